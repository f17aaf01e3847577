# generated from specs/rooms.yaml — do not edit
# runtime: spec-first-generator 0.1.0, source sha256 c809660bfcc8f08c (copied verbatim; do not edit)
"""Runtime of the generated server: routing, parsing, strict validation, authentication, serialization.

``server.py`` describes every operation once (``OperationSpec``) with the generator's decisions: each
accepted request content type and its encoding, each response's encoding, the security requirements.
``build_app`` compiles each operation into plain look-up tables and pydantic validators when the app is
created, so a request only does dictionary look-ups, the string coercions its parameters need, and
pydantic's compiled code. Nothing here depends on a spec; the spec-specific parts live in ``server.py``.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import logging
import math
import re
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from html import escape
from pathlib import Path
from typing import Any, Protocol, TypeAlias, get_args, get_origin
from urllib.parse import parse_qsl, unquote

from pydantic import MISSING, BaseModel, GetCoreSchemaHandler, GetJsonSchemaHandler, TypeAdapter, ValidationError
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticSerializationError, core_schema, to_json
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request, cookie_parser
from starlette.routing import Route, compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "ApiKeyCredentials",
    "AuthSpec",
    "BasicCredentials",
    "BearerToken",
    "BodySpec",
    "Credential",
    "ErrorBody",
    "OperationSpec",
    "ParamSpec",
    "Refusal",
    "RequestContext",
    "ResponseSpec",
    "SchemeSpec",
    "ServerApp",
    "UploadFile",
    "build_app",
]

_log = logging.getLogger(__name__)

MAX_BODY_BYTES = 32 * 1024 * 1024


# -- what the service sees ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BasicCredentials:
    """HTTP Basic credentials as sent (not yet checked: ``Service.authenticate`` decides)."""

    username: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class BearerToken:
    """A bearer token (HTTP bearer, OAuth2, OpenID Connect) as sent."""

    token: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ApiKeyCredentials:
    """An API key (header, query or cookie) as sent; for other HTTP schemes, the whole Authorization value."""

    value: str = field(repr=False)


Credential: TypeAlias = BasicCredentials | BearerToken | ApiKeyCredentials


class UploadFile(bytes):
    """A file as it arrived: a multipart file part, or a whole ``application/octet-stream``-like body.

    It *is* its content (a ``bytes``, so code written for ``bytes`` keeps working); ``content`` is
    the plain ``bytes``, ``filename`` the name the client sent (None when it sent none) and
    ``content_type`` the media type it declared (``application/octet-stream`` when it declared none).
    Immutable, like ``bytes``.
    """

    filename: str | None
    content_type: str

    def __new__(cls, content: bytes = b"", filename: str | None = None, content_type: str | None = None) -> UploadFile:
        self = super().__new__(cls, content)
        object.__setattr__(self, "filename", filename)
        object.__setattr__(self, "content_type", content_type or "application/octet-stream")
        return self

    @property
    def content(self) -> bytes:
        """The file's bytes, as a plain ``bytes``."""
        return bytes(self)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"UploadFile is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"UploadFile is immutable (cannot delete {name!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (UploadFile, (bytes(self), self.filename, self.content_type))

    def __repr__(self) -> str:
        return f"UploadFile(filename={self.filename!r}, content_type={self.content_type!r}, size={len(self)})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Validated as itself; plain ``bytes`` (or, from JSON, a string) become a nameless file."""

        def from_python(value: object) -> UploadFile:
            if isinstance(value, UploadFile):
                return value
            if isinstance(value, bytes):
                return UploadFile(value)
            raise ValueError("a file (bytes) is required")

        def from_json(value: object) -> UploadFile:
            if isinstance(value, str):
                return UploadFile(value.encode("utf-8"))
            raise ValueError("a file is required")

        return core_schema.json_or_python_schema(
            json_schema=core_schema.no_info_plain_validator_function(from_json),
            python_schema=core_schema.no_info_plain_validator_function(from_python),
            serialization=core_schema.plain_serializer_function_ser_schema(bytes, when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        """``{"type": "string", "format": "binary"}``, as the spec says."""
        return {"type": "string", "format": "binary"}


_RAW_NAMES: dict[str, bytes] = {}  # header names looked up, as they are on the wire (lower case, latin-1)


class RequestHeaders(Headers):
    """Starlette's ``Headers`` with a ``get`` that scans the raw list once (no ``KeyError`` for a missing name)."""

    @classmethod
    def of(cls, scope: Scope) -> RequestHeaders:
        """The request's headers (as ``RequestHeaders(scope=scope)``, which makes ``scope["headers"]`` a list)."""
        raw = scope["headers"]
        if type(raw) is not list:
            raw = scope["headers"] = list(raw)
        headers = cls.__new__(cls)
        headers._list = raw
        return headers

    def get(self, key: str, default: Any = None) -> Any:
        """The first value of a header (case-insensitive name), or ``default``."""
        wanted = _RAW_NAMES.get(key)
        if wanted is None:
            wanted = key.lower().encode("latin-1")
            if len(_RAW_NAMES) < 256:
                _RAW_NAMES[key] = wanted
        for name, value in self._list:
            if name == wanted:
                return value.decode("latin-1")
        return default


class RequestContext:
    """What a service may need about the request beyond its parameters (read-only).

    ``base_url`` (``scheme://host[:port]`` of this request, no trailing slash) and ``url`` (the full
    request URL) are given, or worked out from the request's scope when first read.
    """

    __slots__ = ("_base_url", "_headers", "_operation_id", "_scope", "_url")

    _operation_id: str
    _headers: Mapping[str, str]
    _base_url: str | None
    _url: str | None
    _scope: Scope | None

    def __init__(
        self,
        operation_id: str,
        base_url: str | None = None,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        *,
        scope: Scope | None = None,
    ) -> None:
        if scope is None and (base_url is None or url is None):
            raise TypeError("RequestContext needs base_url and url, or the request's scope")
        self._operation_id = operation_id
        self._headers = {} if headers is None else headers
        self._base_url = base_url
        self._url = url
        self._scope = scope

    @property
    def operation_id(self) -> str:
        """The operation's ``operationId`` ("" for an unknown path or method)."""
        return self._operation_id

    @property
    def headers(self) -> Mapping[str, str]:
        """The request's headers (case-insensitive names)."""
        return self._headers

    @property
    def base_url(self) -> str:
        """``scheme://host[:port]`` of this request, no trailing slash."""
        if self._base_url is None:
            self._base_url = base_url(self._scope or {}, self.headers.get("host"))
        return self._base_url or ""

    @property
    def url(self) -> str:
        """The full request URL."""
        if self._url is None:
            scope = self._scope or {}
            url = self.base_url + scope.get("path", "")
            query: bytes = scope.get("query_string", b"")
            self._url = url + "?" + query.decode("latin-1") if query else url
        return self._url or ""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RequestContext):
            return NotImplemented
        mine = (self.operation_id, self.base_url, self.url, self.headers)
        return mine == (other.operation_id, other.base_url, other.url, other.headers)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RequestContext(operation_id={self.operation_id!r}, url={self.url!r})"


@dataclass(frozen=True, slots=True)
class Refusal:
    """What ``Service.authenticate`` returns for credentials it does not accept.

    The generated layer answers ``status`` (401: not authenticated; 403: authenticated, never allowed)
    with ``Service.error_body(status, message, context)`` and, for 401, the API's ``WWW-Authenticate``
    challenge: exactly the answer a request without credentials gets.
    """

    status: int = 401
    message: str = "invalid credentials"

    def __post_init__(self) -> None:
        if not 400 <= self.status <= 499:
            raise ValueError(f"a refusal is a 4xx status, not {self.status}")


ErrorBody = Callable[[int, str, RequestContext], object]
Authenticate = Callable[[Any, RequestContext], Awaitable[object]]


# -- what server.py describes ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One path/query/header/cookie parameter: wire name, keyword argument and how to coerce it."""

    name: str
    python_name: str
    location: str
    kind: str = "any"
    item_kind: str = "any"
    style: str = "form"
    explode: bool = True


@dataclass(frozen=True, slots=True)
class BodySpec:
    """The request body: each accepted (content type, encoding), the chosen one first; its type and top-level fields."""

    accepted: tuple[tuple[str, str], ...]
    type: Any
    required: bool
    fields: tuple[tuple[str, str, str, bool], ...] = ()  # (wire name, kind, item kind, binary)


@dataclass(frozen=True, slots=True)
class SchemeSpec:
    """One security scheme of a requirement; ``name`` is its field in the API's ``Credentials`` class."""

    name: str
    kind: str  # basic | bearer | apiKey | oauth2 | openIdConnect | mutualTLS | http
    param_name: str = ""
    param_in: str = ""


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    """One documented response: status ("200", "4XX", "default"), media type and encoding (None: no body).

    ``type`` is the body's type; for ``ndjson`` a ``list`` of the type of one line.
    """

    status: str
    content_type: str | None = None
    encoding: str | None = None
    type: Any = None


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """Everything the runtime needs about one operation."""

    operation_id: str
    method: str
    path: str
    call: Callable[..., Awaitable[object]]
    parameters: tuple[ParamSpec, ...] = ()
    param_models: Mapping[str, type[BaseModel]] = field(default_factory=dict)
    body: BodySpec | None = None
    security: tuple[tuple[SchemeSpec, ...], ...] = ()  # alternatives of schemes required together; () = none
    responses: tuple[tuple[type, ResponseSpec], ...] = ()


@dataclass(frozen=True, slots=True)
class AuthSpec:
    """How an API authenticates: the service's ``authenticate``, the ``Credentials`` class, the challenge realm.

    ``realm`` is named in every ``WWW-Authenticate`` challenge of the API: ``Basic realm="..."``
    (``"api"`` when None) and ``Bearer realm="..."`` (plain ``Bearer`` when None).
    """

    authenticate: Authenticate
    credentials: Callable[..., object]
    realm: str | None = None


# -- errors ------------------------------------------------------------------------------------------
class HttpError(Exception):
    """An error the generated layer answers itself, in the operation's documented error shape."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


class _Disconnected(Exception):
    pass


def _describe(exc: ValidationError, what: str) -> str:
    errors = exc.errors(include_url=False, include_context=False, include_input=False)
    if not errors:
        return f"invalid {what}"
    first = errors[0]
    loc = ".".join(str(part) for part in first.get("loc", ()))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"invalid {what}{' ' + loc if loc else ''}: {first.get('msg', 'invalid value')}{more}"


# -- wire-string coercion ----------------------------------------------------------------------------
_INT = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _to_integer(s: str) -> object:
    if _INT.fullmatch(s):
        try:
            return int(s)
        except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits): left a string, so 400
            return s
    return s


def _to_number(s: str) -> object:
    if _INT.fullmatch(s):
        return _to_integer(s)
    if _NUMBER.fullmatch(s):
        value = float(s)
        if math.isfinite(value):
            return value
    return s


def _to_boolean(s: str) -> object:
    if s == "true":
        return True
    if s == "false":
        return False
    return s


def _to_object(s: str) -> object:
    if s[:1] in ("{", "["):
        try:
            value: object = json.loads(s)
        except ValueError:
            return s
        return value
    return s


def _to_string(s: str) -> object:
    return s


_COERCE: dict[str, Callable[[str], object]] = {
    "integer": _to_integer,
    "number": _to_number,
    "boolean": _to_boolean,
    "object": _to_object,
}
_SEPARATORS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def coercer(kind: str) -> Callable[[str], object]:
    """The function turning a wire string into the JSON value of a ``kind`` (left a string when it is not one)."""
    return _COERCE.get(kind, _to_string)


def _integral(text: str) -> object:
    value = float(text)
    return int(value) if value.is_integer() else value


def _has_integral_float(exc: ValidationError) -> bool:
    for error in exc.errors(include_url=False, include_context=False):
        value = error.get("input")
        if isinstance(value, float) and value.is_integer():
            return True
    return False


# -- media types -------------------------------------------------------------------------------------
def media_type(content_type: str) -> str:
    """The bare media type of a Content-Type value: lower-case, parameters removed."""
    return content_type.split(";", 1)[0].strip().lower()


def media_matches(pattern: str, media: str) -> bool:
    """Whether a bare media type falls under an accepted one (``*/*``, ``text/*`` or exact)."""
    pattern = media_type(pattern)
    if pattern in ("*/*", "*"):
        return True
    if pattern.endswith("/*"):
        return media.startswith(pattern[:-1])
    return pattern == media


def match_accepted(accepted: Sequence[tuple[str, str]], media: str) -> tuple[str, str] | None:
    """The accepted ``(content type, encoding)`` a request's media type falls under: exact first, then wildcards."""
    for pair in accepted:
        if media_type(pair[0]) == media:
            return pair
    for pair in accepted:
        if media_matches(pair[0], media):
            return pair
    return None


# What a body of each encoding holds: parsed fields, JSON lines, or the raw text/bytes.
_FAMILY = {"json": "fields", "form": "fields", "multipart": "fields", "ndjson": "lines"}
# The Content-Type sent for a response whose documented media type is a wildcard.
_WILDCARD_SENT = {
    "json": "application/json",
    "ndjson": "application/x-ndjson",
    "text": "text/plain; charset=utf-8",
    "binary": "application/octet-stream",
}


def sent_content_type(content_type: str | None, encoding: str | None) -> str | None:
    """The Content-Type to send for a documented response (a wildcard becomes its encoding's usual type)."""
    if content_type is None:
        return None
    if "*" in content_type:
        return _WILDCARD_SENT.get(encoding or "json", "application/json")
    return content_type


# -- sending -----------------------------------------------------------------------------------------
_NO_BODY_STATUSES = frozenset({204, 304})


async def _send(
    send: Send, status: int, body: bytes, content_type: str | None, headers: Mapping[str, str] | None = None
) -> None:
    raw: list[tuple[bytes, bytes]] = []
    if status in _NO_BODY_STATUSES or 100 <= status < 200:
        body = b""
    else:
        raw.append((b"content-length", str(len(body)).encode("ascii")))
        if content_type is not None:
            raw.append((b"content-type", content_type.encode("latin-1")))
    if headers:
        for name, value in headers.items():
            raw.append((name.lower().encode("latin-1"), value.encode("latin-1")))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def check_headers(headers: object) -> dict[str, str]:
    """Response headers from a service: a str -> str mapping safe to put on the wire."""
    if type(headers) is dict and not headers:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError("response headers must be a mapping")
    out: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("response header names and values must be str")
        if any(c in name or c in value for c in "\r\n\0") or not name:
            raise ValueError("response header contains a line break")
        name.encode("latin-1")
        value.encode("latin-1")
        out[name] = value
    return out


_ANY: TypeAdapter[Any] = TypeAdapter(Any)


def generic_error(status: int, message: str) -> bytes:
    """The fallback error body: ``{"code": status, "message": message}``."""
    return json.dumps({"code": status, "message": message}, ensure_ascii=False).encode("utf-8")


# -- responses ---------------------------------------------------------------------------------------
def _status_range(status: str) -> tuple[int | None, int, int]:
    """``(exact code or None, lowest, highest)`` of a documented status: "200", "4XX" or "default"."""
    status = status.upper()
    if status.isdigit():
        return int(status), int(status), int(status)
    if len(status) == 3 and status[0].isdigit() and status[1:] == "XX":
        return None, int(status[0]) * 100, int(status[0]) * 100 + 99
    return None, 100, 599


def line_type(body_type: Any) -> Any:
    """The type of one line of an ndjson body typed ``list[line]`` (``Any`` when it is not a list type)."""
    args = get_args(body_type)
    return args[0] if get_origin(body_type) is list and args else Any


def passthrough_model(body_type: Any) -> type[BaseModel] | None:
    """The model class whose instances strict validation returns unchanged (no model validators), else None."""
    if not isinstance(body_type, type) or not issubclass(body_type, BaseModel):
        return None
    if body_type.model_config.get("revalidate_instances", "never") != "never":
        return None
    return None if body_type.__pydantic_decorators__.model_validators else body_type


class CompiledResponse:
    """One documented response, ready to serialize a service's body in its encoding."""

    __slots__ = (
        "adapter",
        "code",
        "content_type",
        "encoding",
        "high",
        "item_adapter",
        "low",
        "model",
        "to_json",
        "wants_bytes",
    )

    def __init__(self, spec: ResponseSpec) -> None:
        self.code, self.low, self.high = _status_range(spec.status)
        self.encoding = spec.encoding if spec.content_type is not None else None
        self.content_type = sent_content_type(spec.content_type, self.encoding)
        self.adapter: TypeAdapter[Any] = TypeAdapter(spec.type) if self.encoding is not None else _ANY
        self.to_json = self.adapter.serializer.to_json
        self.item_adapter = self.adapter
        if self.encoding == "ndjson":  # the body is a list of lines
            self.item_adapter = TypeAdapter(line_type(spec.type))
        self.wants_bytes = spec.type is bytes
        self.model = passthrough_model(spec.type) if self.encoding == "json" else None

    @property
    def has_body(self) -> bool:
        """Whether the response documents content."""
        return self.encoding is not None

    def serialize(self, body: object) -> bytes:
        """The wire bytes of a service's body; raises when the body does not match the declared type."""
        if type(body) is self.model:  # validating it would hand back the same instance
            return self.json(body)
        value = self.adapter.validate_python(body, strict=True)
        if self.encoding == "json":
            return self.json(value)
        if self.encoding == "ndjson":
            return b"".join(self.line(item) for item in value)
        if isinstance(value, bytes):
            return value
        if isinstance(value, str):
            return value.encode("utf-8")
        return self.adapter.dump_json(value, by_alias=True, warnings="error")

    def json(self, value: object) -> bytes:
        """The JSON of a validated body; a string holding a lone surrogate (JSON input may carry one as a
        ``\\udXXX`` escape) goes back out as that escape, where UTF-8 cannot encode it."""
        try:
            return self.to_json(value, by_alias=True, warnings="error")
        except PydanticSerializationError as exc:
            if "surrogates not allowed" not in str(exc):
                raise
        data = self.adapter.dump_python(value, mode="json", by_alias=True, warnings="error")
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")

    def line(self, item: object) -> bytes:
        """One JSON document of an ndjson body, newline-terminated."""
        return self.item_adapter.dump_json(item, by_alias=True, warnings="error") + b"\n"

    def error_payload(self, obj: object, status: int, message: str) -> tuple[bytes, str | None]:
        """The documented error body for ``obj`` (from ``Service.error_body``), or a generic one."""
        if self.encoding is None:
            return b"", None
        if self.encoding in ("json", "ndjson"):
            try:
                raw = _ANY.dump_json(obj, by_alias=True, warnings="error")
                self.item_adapter.validate_json(raw, strict=True)
            except Exception:  # noqa: BLE001 - the service's error body does not fit: send a generic one
                return generic_error(status, message), "application/json"
            return (raw + b"\n" if self.encoding == "ndjson" else raw), self.content_type
        if isinstance(obj, str) and not self.wants_bytes:
            return obj.encode("utf-8"), self.content_type
        return message.encode("utf-8"), self.content_type


# -- parameters --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Param:
    name: str
    keyword: str
    coerce: Callable[[str], object]
    item: Callable[[str], object] | None  # array items; None for a scalar
    separator: str | None  # None: one value per occurrence (exploded form)


_PLAIN_FIELDS = frozenset({"str", "bool"})


def plain_fields(model: type[BaseModel]) -> bool:
    """Whether every field of a built model is a ``str`` or ``bool`` (optionally with a default).

    Strict validation treats the JSON values parameters are coerced to exactly alike from Python
    objects as from JSON text for these, so such a model skips writing the JSON.
    """
    schema: Any = model.__pydantic_core_schema__
    if schema.get("type") != "model" or schema.get("schema", {}).get("type") != "model-fields":
        return False
    for field_schema in schema["schema"]["fields"].values():
        inner = field_schema.get("schema", {})
        if inner.get("type") == "default":
            inner = inner.get("schema", {})
        if inner.get("type") not in _PLAIN_FIELDS:
            return False
    return True


_FREE_STRING_KEYS = frozenset({"type", "min_length", "strict"})


def free_strings(model: type[BaseModel]) -> bool:
    """Whether every field of a built model is a required ``str`` whose only constraint is ``minLength`` ≤ 1.

    Path parameters of such a model need no validation: the router matches only non-empty segments,
    which strict validation hands back unchanged.
    """
    schema: Any = model.__pydantic_core_schema__
    decorators = model.__pydantic_decorators__
    if decorators.model_validators or decorators.field_validators or decorators.validators:
        return False
    if schema.get("type") != "model" or schema.get("schema", {}).get("type") != "model-fields":
        return False
    for field_schema in schema["schema"]["fields"].values():
        inner = field_schema.get("schema", {})
        if inner.get("type") != "str" or not _FREE_STRING_KEYS.issuperset(inner) or inner.get("min_length", 0) > 1:
            return False
        if set(field_schema) - {"type", "schema", "metadata"}:
            return False
    return True


def _compile_param(p: ParamSpec, location: str) -> _Param:
    is_array = p.kind == "array"
    separator: str | None = ","
    if location == "query":
        separator = None if p.explode and p.style == "form" else _SEPARATORS.get(p.style, ",")
    return _Param(p.name, p.python_name, coercer(p.kind), coercer(p.item_kind) if is_array else None, separator)


class Location:
    """Coercion and strict validation of one parameter location through its generated params model."""

    __slots__ = ("attrs", "from_python", "location", "model", "outputs", "params", "trusted", "validate", "what")

    def __init__(self, location: str, params: Sequence[ParamSpec], model: type[BaseModel] | None) -> None:
        self.location = location
        self.what = f"{location} parameter"
        self.model = model
        self.params = [_compile_param(p, location) for p in params]
        self.attrs: dict[str, str] = {}
        fields = model.model_fields if model is not None else {}
        by_alias = {(info.alias or name): name for name, info in fields.items()}
        for p in params:
            attr = by_alias.get(p.name) or (p.name if p.name in fields else None)
            if model is not None and attr is None:
                raise RuntimeError(f"{model.__name__} has no field for {location} parameter {p.name!r}")
            self.attrs[p.name] = attr or p.name
        self.outputs = [(self.attrs[p.name], p.keyword) for p in self.params]  # (model attribute, keyword)
        # the model's compiled validator (a deferred model is built here, not on the first request)
        self.validate: Callable[..., BaseModel] | None = None
        self.from_python = False
        # path segments of free strings are valid as matched: handed on without the model
        self.trusted = (
            location == "path" and model is not None and all(p.kind == "string" for p in params) and free_strings(model)
        )
        if model is not None:
            self.validate = model.__pydantic_validator__.validate_json
            self.from_python = plain_fields(model)
            if self.from_python:
                self.validate = model.__pydantic_validator__.validate_python

    def value_of(self, values: list[str], param: _Param) -> object:
        """The JSON value of one parameter from its wire strings."""
        if param.item is None:
            return param.coerce(values[0])
        items: list[object] = []
        strip = self.location == "header"
        for v in values:
            if param.separator is None:
                items.append(param.item(v))
            elif v != "":
                items.extend(param.item(part.strip() if strip else part) for part in v.split(param.separator))
        return items

    def parse(self, raw: Mapping[str, list[str]], kwargs: dict[str, object]) -> None:
        """Validate this location's wire values and add them to ``kwargs`` by keyword."""
        if self.trusted:
            for param in self.params:
                values = raw.get(param.name)
                if values:
                    kwargs[param.keyword] = values[0]
            return
        data: dict[str, object] = {}
        for param in self.params:
            values = raw.get(param.name)
            if values is None:
                continue
            if param.item is not None:
                data[param.name] = self.value_of(values, param)
            elif len(values) > 1:
                raise HttpError(400, f"{self.what} {param.name!r} given more than once")
            else:
                data[param.name] = param.coerce(values[0])
        if self.validate is None:
            kwargs.update((p.keyword, data[p.name]) for p in self.params if p.name in data)
            return
        try:
            validated = self.validate(data if self.from_python else to_json(data), strict=True).__dict__
        except ValidationError as exc:
            raise HttpError(400, _describe(exc, self.what)) from None
        for attr, keyword in self.outputs:
            value = validated[attr]
            if value is not MISSING:
                kwargs[keyword] = value


def parse_query(raw_query: bytes) -> dict[str, list[str]]:
    """The query string as name -> values (400 when it is not valid UTF-8 percent-encoding)."""
    query: dict[str, list[str]] = {}
    if not raw_query:
        return query
    try:
        pairs = parse_qsl(raw_query.decode("utf-8"), keep_blank_values=True, errors="strict")
    except ValueError:
        raise HttpError(400, "malformed query string") from None
    for key, value in pairs:
        query.setdefault(key, []).append(value)
    return query


def _deep_path(key: str) -> tuple[str, list[str]] | None:
    """``f[a][b]`` -> ``("f", ["a", "b"])`` (a trailing ``[]`` adds nothing); None for a malformed key."""
    name, sep, rest = key.partition("[")
    if not sep or not rest.endswith("]"):
        return None
    path = rest[:-1].split("][")
    if path and path[-1] == "" and len(path) > 1:
        path.pop()
    return name, path


def _deep_insert(tree: dict[str, Any], path: Sequence[str], values: list[str], key: str) -> None:
    node = tree
    for part in path[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise HttpError(400, f"query parameter {key!r} mixes a value and an object")
        node = child
    if isinstance(node.get(path[-1]), dict):
        raise HttpError(400, f"query parameter {key!r} mixes a value and an object")
    node.setdefault(path[-1], []).extend(values)


def _last_values(tree: dict[str, Any]) -> dict[str, Any]:
    """A merged tree without a schema: each property's last value (as strings)."""
    return {k: _last_values(v) if isinstance(v, dict) else v[-1] for k, v in tree.items()}


DeepConverter = Callable[[dict[str, Any]], object]


def deep_objects(
    query: dict[str, list[str]], prefixes: tuple[str, ...], converters: Mapping[str, DeepConverter] | None = None
) -> dict[str, list[str]]:
    """``filter[a]=1&filter[b][c]=2`` -> ``filter={"a": ..., "b": {"c": ...}}`` (deepObject), as one JSON value.

    ``converters`` (by parameter name, from ``deep_converter``) type each property by its schema
    (integers, booleans, arrays of repeated keys, nested objects); without one, properties stay strings.
    """
    merged: dict[str, dict[str, Any]] = {}
    out: dict[str, list[str]] = {}
    for key, values in query.items():
        found = _deep_path(key) if key.startswith(prefixes) else None
        if found is None:
            out[key] = values
            continue
        _deep_insert(merged.setdefault(found[0], {}), found[1], values, key)
    for name, tree in merged.items():
        convert = (converters or {}).get(name)
        out[name] = [json.dumps(convert(tree) if convert is not None else _last_values(tree))]
    return out


def _schema_at(schema: Any, defs: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON schema with ``$ref``s followed and a nullable ``anyOf``/``oneOf`` reduced to its first other branch."""
    for _ in range(64):
        if not isinstance(schema, dict):
            return {}
        ref = schema.get("$ref")
        if isinstance(ref, str):
            schema = defs.get(ref.rsplit("/", 1)[-1], {})
            continue
        branches = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(branches, list):
            others = [b for b in branches if not (isinstance(b, dict) and b.get("type") == "null")]
            if others:
                schema = others[0]
                continue
        return schema
    return {}


def _typed(value: Any, schema: Any, defs: Mapping[str, Any]) -> object:
    """A merged deepObject value typed by its JSON schema (strings where the schema says nothing more)."""
    node = _schema_at(schema, defs)
    if isinstance(value, dict):
        props = node.get("properties") or {}
        extra = node.get("additionalProperties")
        return {k: _typed(v, props.get(k, extra if isinstance(extra, dict) else {}), defs) for k, v in value.items()}
    kind = node.get("type")
    if kind == "array":
        return [_typed([v], node.get("items", {}), defs) for v in value]
    return coercer(kind if isinstance(kind, str) else "string")(value[-1])


def deep_converter(model: type[BaseModel], name: str) -> DeepConverter | None:
    """How to type the merged properties of the deepObject parameter ``name`` of a params model (None: unknown)."""
    try:
        schema = model.model_json_schema(by_alias=True)
    except Exception:  # noqa: BLE001 - a type without a JSON schema: properties stay strings
        return None
    prop = (schema.get("properties") or {}).get(name)
    if prop is None:
        return None
    defs = schema.get("$defs") or {}
    return lambda tree: _typed(tree, prop, defs)


class Parameters:
    """Every parameter location of one operation: wire values in, validated keyword arguments out."""

    def __init__(self, spec: OperationSpec, extra_query: Iterable[str] = ()) -> None:
        by_location: dict[str, list[ParamSpec]] = {}
        for p in spec.parameters:
            by_location.setdefault(p.location, []).append(p)
        self.locations = {loc: Location(loc, ps, spec.param_models.get(loc)) for loc, ps in by_location.items()}
        self.path_names: list[str] = re.findall(r"{([^}]+)}", spec.path)
        queried = by_location.get("query", [])
        self.query_names = {p.name for p in queried} | set(extra_query)
        deep = [p.name for p in queried if p.style == "deepObject" or p.kind == "object"]
        self.deep_prefixes = tuple(name + "[" for name in deep)
        query_model = spec.param_models.get("query")
        converters = {name: deep_converter(query_model, name) for name in deep} if query_model is not None else {}
        self.deep_converters = {name: convert for name, convert in converters.items() if convert is not None}
        # the declared locations in the order they are validated; the route's key of each path parameter
        self.order = [(name, self.locations[name]) for name in ("path", "query", "header", "cookie") if name in self]
        self.path_keys = [(f"p{i}", name) for i, name in enumerate(self.path_names)]
        # (route key, keyword) of each path parameter when they are all there is and need no validation
        self.path_only: list[tuple[str, str]] = []
        path = self.locations.get("path")
        if len(self.locations) == 1 and path is not None and path.trusted:
            keyword = {p.name: p.keyword for p in path.params}
            first_keys = {name: key for key, name in reversed(self.path_keys)}  # the first segment of a name
            self.path_only = [(first_keys[name], keyword[name]) for name in keyword if name in first_keys]

    def __contains__(self, location: object) -> bool:
        return location in self.locations

    @property
    def needs_cookies(self) -> bool:
        """Whether a cookie parameter is declared."""
        return "cookie" in self.locations

    def query(self, scope: Scope) -> dict[str, list[str]]:
        """The request's query; 400 for a name that is neither a parameter nor a query API key."""
        query = parse_query(scope.get("query_string", b""))
        for key in query:
            if key not in self.query_names and not (self.deep_prefixes and key.startswith(self.deep_prefixes)):
                raise HttpError(400, f"unknown query parameter {key!r}")
        return query

    def parse(
        self,
        scope: Scope,
        headers: Headers,
        query: dict[str, list[str]],
        cookies: Mapping[str, str],
        kwargs: dict[str, object],
    ) -> None:
        """Validate every location in the order path, query, header, cookie, into ``kwargs``."""
        if self.path_only:  # free-string path parameters only: the matched segments, as they are
            params: dict[str, str] = scope.get("path_params", {})
            for key, keyword in self.path_only:
                if key in params:
                    kwargs[keyword] = params[key]
            return
        for location, loc in self.order:
            if location == "path":
                loc.parse(self.path_values(scope), kwargs)
            elif location == "query":
                deep = deep_objects(query, self.deep_prefixes, self.deep_converters) if self.deep_prefixes else query
                loc.parse(deep, kwargs)
            elif location == "header":
                loc.parse(self.header_values(loc, headers), kwargs)
            else:
                loc.parse({k: [v] for k, v in cookies.items()}, kwargs)

    def path_values(self, scope: Scope) -> dict[str, list[str]]:
        """The matched path segments by parameter name (the route names them ``p0``, ``p1``, ...)."""
        params: dict[str, str] = scope.get("path_params", {})
        raw: dict[str, list[str]] = {}
        for key, name in self.path_keys:
            segment = params.get(key)
            if segment is not None and name not in raw:
                raw[name] = [segment]
        return raw

    @staticmethod
    def header_values(loc: Location, headers: Headers) -> dict[str, list[str]]:
        """Each declared header's value; repeated headers are joined with ``, `` as HTTP allows."""
        raw: dict[str, list[str]] = {}
        for param in loc.params:
            values = headers.getlist(param.name)
            if values:
                raw[param.name] = [", ".join(values)] if len(values) > 1 else values
        return raw


# -- request bodies ----------------------------------------------------------------------------------
async def read_body(receive: Receive) -> bytes:
    """The whole request body (413 beyond ``MAX_BODY_BYTES``)."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise HttpError(413, "request body too large")
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


_SCALARS = frozenset({"string", "integer", "number", "boolean"})


class Body:
    """Parsing and strict validation of the request body, in the encoding of its accepted content type."""

    __slots__ = (
        "accepted",
        "adapter",
        "array_fields",
        "binary_fields",
        "encoding",
        "field_coerce",
        "multipart_ok",
        "required",
        "wants_bytes",
    )

    def __init__(self, spec: BodySpec) -> None:
        self.accepted = spec.accepted
        self.encoding = spec.accepted[0][1] if spec.accepted else "json"
        self.required = spec.required
        self.adapter: TypeAdapter[Any] = TypeAdapter(spec.type)
        self.wants_bytes = spec.type is bytes or spec.type is UploadFile
        self.field_coerce: dict[str, Callable[[str], object]] = {}
        self.array_fields: set[str] = set()
        self.binary_fields: dict[str, bool] = {}  # name -> is an array of files
        for name, kind, item_kind, binary in spec.fields:
            if kind == "array":
                self.array_fields.add(name)
            if binary:
                self.binary_fields[name] = kind == "array"
            self.field_coerce[name] = coercer(item_kind if kind == "array" else kind)
        self.multipart_ok = bool(spec.fields) and all(
            binary or kind in _SCALARS or (kind == "array" and item_kind in _SCALARS)
            for _, kind, item_kind, binary in spec.fields
        )

    def pick(self, content_type: str | None) -> str:
        """The encoding to parse a request of this media type with; 415 when it is not accepted."""
        media = media_type(content_type or "")
        found = match_accepted(self.accepted, media)
        if found is None:
            expected = ", ".join(ct for ct, _ in self.accepted)
            raise HttpError(415, f"unsupported Content-Type {media or '(none)'!r}; expected one of {expected}")
        encoding = found[1]
        if _FAMILY.get(encoding, "raw") != _FAMILY.get(self.encoding, "raw"):
            raise HttpError(415, f"unsupported Content-Type {media!r}")
        return encoding

    async def parse(self, scope: Scope, raw: bytes, content_type: str | None) -> object:
        """The validated body of a request (None for an optional body left out)."""
        if not raw and (content_type is None or not self.required):
            if self.required:
                raise HttpError(400, "request body is required")
            return None  # an optional body left out (even with a Content-Type)
        encoding = self.pick(content_type)
        if encoding == "json":
            return self.validate_json(raw)
        if encoding == "ndjson":
            return self.validate_json(to_json(ndjson_values(raw)))
        if encoding == "form":
            return self.form(raw)
        if encoding == "multipart":
            return await self.multipart(scope, raw)
        if self.wants_bytes:  # a whole-body upload: the file with its media type (and name, if one was sent)
            raw = UploadFile(raw, disposition_filename(Headers(scope=scope)), media_type(content_type or "") or None)
        return self.text(raw)

    def validate_json(self, raw: bytes | str) -> object:
        """The body validated from JSON text; integral floats count as integers (JSON Schema)."""
        try:
            return self.adapter.validate_json(raw, strict=True)
        except ValidationError as exc:
            if not _has_integral_float(exc):
                raise HttpError(400, _describe(exc, "request body")) from None
        # JSON Schema counts 131.0 as an integer: retry with integral floats written as integers.
        try:
            normalized = json.dumps(json.loads(raw, parse_float=_integral))
            return self.adapter.validate_json(normalized, strict=True)
        except ValueError as exc:
            message = _describe(exc, "request body") if isinstance(exc, ValidationError) else "invalid JSON"
            raise HttpError(400, message) from None

    def form(self, raw: bytes) -> object:
        """An ``application/x-www-form-urlencoded`` body, its fields coerced from strings."""
        try:
            text = raw.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=True, errors="strict") if text else []
        except ValueError:  # bad UTF-8, bad percent-encoding, a field without '='
            raise HttpError(400, "malformed form body") from None
        return self.validate_json(to_json(self.fields_of(pairs)))

    def fields_of(self, pairs: Sequence[tuple[str, str]]) -> dict[str, object]:
        """Form or multipart fields as a JSON object (array fields collect every occurrence)."""
        data: dict[str, object] = {}
        for key, value in pairs:
            coerce = self.field_coerce.get(key, _to_string)
            if key in self.array_fields:
                items = data.setdefault(key, [])
                if isinstance(items, list):
                    items.append(coerce(value))
            elif key in data:
                raise HttpError(400, f"form field {key!r} given more than once")
            else:
                data[key] = coerce(value)
        return data

    async def multipart(self, scope: Scope, raw: bytes) -> object:
        """A ``multipart/form-data`` body: scalar fields coerced from text, binary fields as ``UploadFile``."""
        if not self.multipart_ok:
            raise HttpError(415, "multipart bodies are not supported by this operation")
        texts, files = await multipart_parts(scope, raw)
        data = self.fields_of([(k, v) for k, v in texts if k not in self.binary_fields])
        blobs = self.blobs_of(
            [*files, *((k, UploadFile(v.encode("utf-8"))) for k, v in texts if k in self.binary_fields)]
        )
        # Validate everything else from JSON (strict, as for JSON bodies), with "" standing in for each file.
        stand_ins = {k: [""] * len(v) if isinstance(v, list) else "" for k, v in blobs.items()}
        value = self.validate_json(to_json({**data, **stand_ins}))
        if not blobs or not isinstance(value, BaseModel):
            return value
        attrs = {info.alias or name: name for name, info in type(value).model_fields.items()}
        return value.model_copy(update={attrs.get(key, key): blob for key, blob in blobs.items()})

    def blobs_of(self, parts: Sequence[tuple[str, UploadFile]]) -> dict[str, UploadFile | list[UploadFile]]:
        """The binary fields of a multipart body (400 for a file in a field that is not binary)."""
        blobs: dict[str, UploadFile | list[UploadFile]] = {}
        for key, content in parts:
            if key not in self.binary_fields:
                raise HttpError(400, f"multipart field {key!r} must not be a file")
            current = blobs.get(key)
            if self.binary_fields[key]:
                blobs[key] = [*(current if isinstance(current, list) else ()), content]
            elif current is not None:
                raise HttpError(400, f"multipart field {key!r} given more than once")
            else:
                blobs[key] = content
        return blobs

    def text(self, raw: bytes) -> object:
        """A text or binary body: UTF-8 text unless its type is ``bytes``."""
        value: object = raw
        if not self.wants_bytes:
            try:
                value = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise HttpError(400, "request body is not valid UTF-8") from None
        try:
            return self.adapter.validate_python(value, strict=True)
        except ValidationError as exc:
            raise HttpError(400, _describe(exc, "request body")) from None


def disposition_filename(headers: Mapping[str, str]) -> str | None:
    """The file name a ``Content-Disposition`` header gives (``filename*`` or ``filename``), else None."""
    value = headers.get("content-disposition")
    if not value:
        return None
    message = EmailMessage()
    try:
        message["content-disposition"] = value
        name = message.get_filename()
    except (ValueError, TypeError, IndexError):  # a malformed header: no name
        return None
    return name or None


def ndjson_values(raw: bytes) -> list[object]:
    """The JSON documents of an ndjson body, one per non-blank line (400 for a line that is not JSON)."""
    try:
        lines = raw.decode("utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except ValueError:
        raise HttpError(400, "invalid JSON line in request body") from None


async def multipart_parts(scope: Scope, raw: bytes) -> tuple[list[tuple[str, str]], list[tuple[str, UploadFile]]]:
    """The text parts and the file parts (with their file names and media types) of a multipart body.

    Parsed by Starlette (python-multipart).
    """
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    try:
        form = await Request(scope, replay).form(max_files=10_000, max_fields=10_000)
    except (AssertionError, ImportError):  # python-multipart is not installed
        raise HttpError(415, "multipart bodies are not supported by this server") from None
    except Exception:  # noqa: BLE001 - malformed multipart
        raise HttpError(400, "malformed multipart body") from None
    texts: list[tuple[str, str]] = []
    files: list[tuple[str, UploadFile]] = []
    try:
        for key, value in form.multi_items():
            if isinstance(value, str):
                texts.append((key, value))
            else:
                files.append((key, UploadFile(await value.read(), value.filename, value.content_type)))
    finally:
        await form.close()
    return texts, files


# -- the request context -----------------------------------------------------------------------------
_HOST_NAME = re.compile(
    r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?"
)
_PORT = re.compile(r"[0-9]{1,5}")


def valid_host(host: str) -> bool:
    """True for a Host header that is ``name[:port]``, ``IPv4[:port]`` or ``[IPv6][:port]`` (safe in a URL)."""
    name, port = host, None
    if ":" in host and not host.endswith("]"):
        name, _, port = host.rpartition(":")
    if port is not None and not (_PORT.fullmatch(port) and int(port) <= 65535):
        return False
    if name.startswith("[") and name.endswith("]"):
        try:
            ipaddress.IPv6Address(name[1:-1])
        except ValueError:
            return False
        return True
    return len(name) <= 253 and _HOST_NAME.fullmatch(name) is not None


_VALID_HOSTS: set[str] = set()  # Host values already found valid (a client sends the same one every time)
_VALID_HOSTS_MAX = 1024


def known_valid_host(host: str) -> bool:
    """``valid_host``, remembering up to ``_VALID_HOSTS_MAX`` valid values."""
    if host in _VALID_HOSTS:
        return True
    if not valid_host(host):
        return False
    if len(_VALID_HOSTS) < _VALID_HOSTS_MAX:
        _VALID_HOSTS.add(host)
    return True


def base_url(scope: Scope, host: str | None) -> str:
    """``scheme://host[:port]`` of a request (a valid Host header first, then the server address)."""
    scheme = scope.get("scheme", "http")
    if host and valid_host(host):
        return f"{scheme}://{host}"
    server = scope.get("server")
    if server is None:
        return f"{scheme}://localhost"
    name, port = server[0], server[1]
    if port is None or port == {"http": 80, "https": 443, "ws": 80, "wss": 443}.get(scheme):
        return f"{scheme}://{name}"
    return f"{scheme}://{name}:{port}"


def request_context(scope: Scope, operation_id: str, headers: Headers) -> RequestContext:
    """The ``RequestContext`` of a request (its URLs are worked out only if a service reads them)."""
    return RequestContext(operation_id, headers=headers, scope=scope)


# -- credentials and authentication ------------------------------------------------------------------
def basic_credentials(value: str | None) -> BasicCredentials | None:
    """HTTP Basic credentials from an Authorization value; None when absent or malformed."""
    if not value:
        return None
    scheme, _, param = value.strip().partition(" ")
    if scheme.lower() != "basic" or not param.strip():
        return None
    try:
        decoded = base64.b64decode(param.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    username, sep, password = decoded.partition(":")
    return BasicCredentials(username, password) if sep else None


_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_BEARER_KINDS = frozenset({"bearer", "oauth2", "openIdConnect"})


def bearer_token(value: str | None) -> BearerToken | None:
    """A bearer token (RFC 6750 ``b64token``) from an Authorization value; None when absent or malformed."""
    if not value:
        return None
    if value.startswith(("Bearer ", "bearer ")):  # the usual spelling: what the general case finds, found directly
        token = value[7:].strip()
    else:
        scheme, _, token = value.strip().partition(" ")
        if scheme.lower() != "bearer":
            return None
        token = token.strip()
    return BearerToken(token) if _TOKEN.fullmatch(token) else None


def credential_of(
    scheme: SchemeSpec, headers: Mapping[str, str], query: Mapping[str, list[str]], cookies: Mapping[str, str]
) -> Credential | None:
    """What the request sent for one scheme; None when it sent nothing usable.

    ``headers`` is keyed by lower-case name (as Starlette's ``Headers`` are, whatever the case sent).
    """
    if scheme.kind == "basic":
        return basic_credentials(headers.get("authorization"))
    if scheme.kind in _BEARER_KINDS:
        return bearer_token(headers.get("authorization"))
    value: str | None
    if scheme.kind == "apiKey" and scheme.param_in == "query":
        values = query.get(scheme.param_name)
        value = values[0] if values else None
    elif scheme.kind == "apiKey" and scheme.param_in == "cookie":
        value = cookies.get(scheme.param_name)
    elif scheme.kind == "apiKey":
        value = headers.get((scheme.param_name or "authorization").lower())
    else:  # another HTTP scheme: the whole Authorization value
        value = headers.get("authorization")
    return ApiKeyCredentials(value) if value else None


CredentialReader = Callable[[Mapping[str, str], Mapping[str, list[str]], Mapping[str, str]], Credential | None]


def _authorization_reader(parse: Callable[[str | None], Credential | None]) -> CredentialReader:
    def read(
        headers: Mapping[str, str], query: Mapping[str, list[str]], cookies: Mapping[str, str]
    ) -> Credential | None:
        return parse(headers.get("authorization"))

    return read


def _header_key_reader(name: str) -> CredentialReader:
    def read(
        headers: Mapping[str, str], query: Mapping[str, list[str]], cookies: Mapping[str, str]
    ) -> Credential | None:
        value = headers.get(name)
        return ApiKeyCredentials(value) if value else None

    return read


def credential_reader(scheme: SchemeSpec) -> CredentialReader:
    """``credential_of`` for one scheme, with the choice of where to look made once."""
    if scheme.kind == "basic":
        return _authorization_reader(basic_credentials)
    if scheme.kind in _BEARER_KINDS:
        return _authorization_reader(bearer_token)
    if scheme.kind == "apiKey" and scheme.param_in not in ("query", "cookie"):
        return _header_key_reader((scheme.param_name or "authorization").lower())
    return lambda headers, query, cookies: credential_of(scheme, headers, query, cookies)


def satisfy(
    requirement: Sequence[SchemeSpec],
    headers: Mapping[str, str],
    query: Mapping[str, list[str]],
    cookies: Mapping[str, str],
) -> dict[str, Credential] | None:
    """Every scheme's credentials of a requirement (by ``SchemeSpec.name``), or None when one is missing.

    Mutual TLS is the TLS layer's business: it adds nothing here and is never missing.
    """
    found: dict[str, Credential] = {}
    for scheme in requirement:
        if scheme.kind == "mutualTLS":
            continue
        credential = credential_of(scheme, headers, query, cookies)
        if credential is None:
            return None
        found[scheme.name] = credential
    return found


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def challenge(kinds: Iterable[str], realm: str | None) -> dict[str, str]:
    """The ``WWW-Authenticate`` header for schemes of these kinds (empty when none has a challenge)."""
    kinds = set(kinds)
    parts: list[str] = []
    if "basic" in kinds:
        parts.append(f"Basic realm={_quoted(realm or 'api')}")
    if kinds & _BEARER_KINDS:
        parts.append("Bearer" if realm is None else f"Bearer realm={_quoted(realm)}")
    return {"www-authenticate": ", ".join(parts)} if parts else {}


class Guard:
    """The security of one operation: find the credentials, ask ``Service.authenticate``, or refuse.

    Every refusal (credentials missing, or refused by ``authenticate``) is an ``HttpError`` with the
    same challenge, so the answer has one shape whichever way the credentials failed.
    """

    __slots__ = ("anonymous", "auth", "challenge", "readers", "requirements", "singles")

    def __init__(self, security: Sequence[Sequence[SchemeSpec]], auth: AuthSpec) -> None:
        self.requirements = tuple(tuple(req) for req in security if req)
        self.anonymous = any(not req for req in security)
        self.auth = auth
        self.challenge = challenge((s.kind for req in security for s in req), auth.realm)
        # per requirement, (field name, reader) of each scheme; mutual TLS adds nothing and is never missing
        self.readers = tuple(
            tuple((s.name, credential_reader(s)) for s in req if s.kind != "mutualTLS") for req in self.requirements
        )
        # when each requirement is one scheme: each scheme once (a request gets every one it sent)
        self.singles: tuple[tuple[str, CredentialReader], ...] | None = None
        if all(len(readers) == 1 for readers in self.readers):
            self.singles = tuple({readers[0][0]: readers[0] for readers in self.readers}.values())

    @property
    def query_keys(self) -> set[str]:
        """Query parameters that carry an API key (never "unknown" parameters)."""
        return {s.param_name for req in self.requirements for s in req if s.kind == "apiKey" and s.param_in == "query"}

    @property
    def needs_cookies(self) -> bool:
        """Whether an API key travels in a cookie."""
        return any(s.kind == "apiKey" and s.param_in == "cookie" for req in self.requirements for s in req)

    def credentials(
        self, headers: Mapping[str, str], query: Mapping[str, list[str]], cookies: Mapping[str, str]
    ) -> dict[str, Credential] | None:
        """Every scheme's credentials of every requirement the request satisfies; None when it satisfies none.

        With ``[{a}, {a, b}]`` a request sending both gets both (not just the first requirement's ``a``).
        """
        if self.singles is not None:
            sent = {n: c for n, read in self.singles if (c := read(headers, query, cookies)) is not None}
            return sent or None
        found: dict[str, Credential] = {}
        satisfied = False
        read_once: dict[str, Credential | None] = {}
        for readers in self.readers:
            mine: dict[str, Credential] = {}
            for name, read in readers:
                if name not in read_once:
                    read_once[name] = read(headers, query, cookies)
                credential = read_once[name]
                if credential is None:
                    break
                mine[name] = credential
            else:
                satisfied = True
                found.update(mine)
        return found if satisfied else None

    async def principal(
        self,
        headers: Mapping[str, str],
        query: Mapping[str, list[str]],
        cookies: Mapping[str, str],
        context: RequestContext,
    ) -> object:
        """Who is calling (None for anonymous access where allowed); raises the API's refusal otherwise."""
        found = self.credentials(headers, query, cookies)
        if found is None:
            if self.anonymous:
                return None
            raise HttpError(401, "missing or malformed credentials", self.challenge)
        result = await self.auth.authenticate(self.auth.credentials(**found), context)
        if isinstance(result, Refusal):
            raise HttpError(result.status, result.message, self.challenge if result.status == 401 else None)
        return result


# -- one operation -----------------------------------------------------------------------------------
async def send_error(
    op: Operation | None,
    error_body: ErrorBody,
    send: Send,
    status: int,
    message: str,
    context: RequestContext,
    headers: Mapping[str, str] | None = None,
) -> None:
    """Answer an error with ``error_body``'s body when it fits the documented schema, else a generic one."""
    try:
        obj = error_body(status, message, context)
    except Exception:
        _log.exception("Service.error_body raised")
        obj = None
    documented = op.error_response_for(status) if op is not None else None
    if documented is not None:
        payload, content_type = documented.error_payload(obj, status, message)
    elif obj is None:
        payload, content_type = generic_error(status, message), "application/json"
    else:
        try:
            payload, content_type = _ANY.dump_json(obj, by_alias=True), "application/json"
        except Exception:  # noqa: BLE001 - not JSON-serializable: send a generic body
            payload, content_type = generic_error(status, message), "application/json"
    await _send(send, status, payload, content_type, headers)


class Operation:
    """One operation compiled for serving: arguments in, the service called, its result out."""

    def __init__(self, spec: OperationSpec, error_body: ErrorBody, auth: AuthSpec | None) -> None:
        self.operation_id = spec.operation_id
        self.method = spec.method.upper()
        self.path = spec.path if spec.path.startswith("/") else "/" + spec.path
        self.call = spec.call
        self.error_body = error_body
        self.guard: Guard | None = None
        if spec.security:
            if auth is None:
                raise ValueError(f"{spec.operation_id} is secured but the app has no AuthSpec")
            self.guard = Guard(spec.security, auth)
        self.params = Parameters(spec, self.guard.query_keys if self.guard is not None else ())
        self.needs_cookies = self.params.needs_cookies or (self.guard is not None and self.guard.needs_cookies)
        self.body = Body(spec.body) if spec.body is not None else None
        self.responses: dict[type, CompiledResponse] = {}
        self.by_status: dict[str, CompiledResponse] = {}
        for cls, response in spec.responses:
            compiled = CompiledResponse(response)
            self.responses[cls] = compiled
            self.by_status[response.status.upper()] = compiled
        self.bad_input = 422 if "422" in self.by_status and "400" not in self.by_status else 400

    def error_response_for(self, status: int) -> CompiledResponse | None:
        """The documented response an error status is answered with: exact, range, then default."""
        found = self.by_status.get(str(status)) or self.by_status.get(f"{status // 100}XX")
        return found or self.by_status.get("DEFAULT")

    async def send_error(
        self, send: Send, status: int, message: str, context: RequestContext, headers: Mapping[str, str] | None = None
    ) -> None:
        """Answer an error in this operation's documented shape."""
        await send_error(self, self.error_body, send, status, message, context, headers)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request."""
        headers = RequestHeaders.of(scope)
        context = RequestContext(self.operation_id, headers=headers, scope=scope)
        try:
            kwargs = await self.arguments(scope, receive, headers, context)
        except HttpError as exc:
            status = self.bad_input if exc.status == 400 else exc.status
            await self.send_error(send, status, exc.message, context, exc.headers)
            return
        except _Disconnected:
            return
        try:
            kwargs["context"] = context
            result = await self.call(**kwargs)
        except Exception:
            _log.exception("service %s raised", self.operation_id)
            await self.send_error(send, 500, "internal server error", context)
            return
        try:
            status, payload, content_type, extra = self.serialize(result)
        except Exception:
            _log.exception("service %s returned a response that does not match the spec", self.operation_id)
            await self.send_error(send, 500, "internal server error", context)
            return
        await _send(send, status, payload, content_type, extra)

    async def arguments(
        self, scope: Scope, receive: Receive, headers: Headers, context: RequestContext
    ) -> dict[str, object]:
        """The service method's keyword arguments (the principal first: nothing is parsed for a refused caller)."""
        kwargs: dict[str, object] = {}
        host = headers.get("host")
        if host and not known_valid_host(host):  # absolute URLs are built from it: refuse rather than 500 later
            raise HttpError(400, "invalid Host header")
        query = self.params.query(scope)
        cookies: Mapping[str, str] = cookie_parser(headers.get("cookie", "")) if self.needs_cookies else {}
        if self.guard is not None:
            kwargs["principal"] = await self.guard.principal(headers, query, cookies, context)
        self.params.parse(scope, headers, query, cookies, kwargs)
        if self.body is not None:
            raw = await read_body(receive)
            kwargs["body"] = await self.body.parse(scope, raw, headers.get("content-type"))
        return kwargs

    def serialize(self, result: object) -> tuple[int, bytes, str | None, dict[str, str]]:
        """Status, body, Content-Type and headers of a service's response object."""
        compiled = self.responses.get(type(result))
        if compiled is None:
            raise TypeError(f"{type(result).__name__} is not a response of {self.operation_id}")
        status = compiled.code if compiled.code is not None else self.ranged_status(result, compiled)
        extra = check_headers(getattr(result, "headers"))  # noqa: B009
        if compiled.encoding is None:  # no content documented
            return status, b"", None, extra
        return status, compiled.serialize(getattr(result, "body")), compiled.content_type, extra  # noqa: B009

    def ranged_status(self, result: object, compiled: CompiledResponse) -> int:
        """The ``status_code`` of a range or default response, checked against what it may answer."""
        status = getattr(result, "status_code")  # noqa: B009
        if not isinstance(status, int) or isinstance(status, bool) or not compiled.low <= status <= compiled.high:
            raise ValueError(f"status_code {status!r} is outside the documented range")
        if self.by_status.get(str(status), compiled) is not compiled:
            raise ValueError(f"status_code {status} has its own documented response")
        return status


# -- endpoints ---------------------------------------------------------------------------------------
class Endpoint(Protocol):
    """What a path answers: the methods it serves, and a 405 for the others."""

    methods: tuple[str, ...]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None: ...

    async def not_allowed(self, scope: Scope, send: Send, allow: str) -> None: ...


async def unhandled(op: Operation, scope: Scope, send: Send) -> None:
    """Answer a bug in this layer (logged) with a 500, in the documented shape if it can."""
    _log.exception("unhandled error in %s", op.operation_id)
    context = request_context(scope, op.operation_id, Headers(scope=scope))
    await op.send_error(send, 500, "internal server error", context)


class PathEndpoint:
    """Every operation of one path template."""

    def __init__(self, operations: Sequence[Operation]) -> None:
        self.by_method = {op.method: op for op in operations}
        self.methods = tuple(self.by_method)
        self.first = operations[0]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        op = self.by_method.get(scope["method"])
        if op is None:
            await self.not_allowed(scope, send, ", ".join(self.methods))
            return
        try:
            await op.handle(scope, receive, send)
        except Exception:
            await unhandled(op, scope, send)

    async def not_allowed(self, scope: Scope, send: Send, allow: str) -> None:
        """405 with ``Allow``, in the error shape of the path's first operation.

        When every operation of the path is secured, a caller whose credentials none of them
        accepts gets that refusal (401) instead: as for the methods the path has, a caller
        without valid credentials learns nothing more.
        """
        headers = Headers(scope=scope)
        context = request_context(scope, "", headers)
        refusal = await self.refusal(scope, headers, context)
        if refusal is not None:
            await refusal[0].send_error(send, refusal[1].status, refusal[1].message, context, refusal[1].headers)
            return
        message = f"method {scope['method']} not allowed; allowed: {allow}"
        await self.first.send_error(send, 405, message, context, {"allow": allow})

    async def refusal(
        self, scope: Scope, headers: Headers, context: RequestContext
    ) -> tuple[Operation, HttpError] | None:
        """The first operation's refusal when no operation of the path accepts the credentials."""
        first: tuple[Operation, HttpError] | None = None
        for op in self.by_method.values():
            if op.guard is None:
                return None
            cookies: Mapping[str, str] = cookie_parser(headers.get("cookie", "")) if op.needs_cookies else {}
            try:
                await op.guard.principal(headers, op.params.query(scope), cookies, context)
            except HttpError as exc:
                first = first or (op, exc)
                continue
            return None
        return first


class StaticEndpoint:
    """A fixed document (the spec, the docs page) for GET and HEAD."""

    methods: tuple[str, ...] = ("GET", "HEAD")

    def __init__(self, body: bytes, content_type: str, error_body: ErrorBody) -> None:
        self.body = body
        self.content_type = content_type
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] in self.methods:
            await _send(send, 200, self.body, self.content_type)
            return
        await self.not_allowed(scope, send, ", ".join(self.methods))

    async def not_allowed(self, scope: Scope, send: Send, allow: str) -> None:
        """405 with ``Allow`` in the service's error shape."""
        context = request_context(scope, "", Headers(scope=scope))
        await send_error(None, self.error_body, send, 405, "method not allowed", context, {"allow": allow})


class NotFound:
    """Unknown paths: 404 in the error shape of the operation whose path prefix matches best."""

    def __init__(self, operations: Sequence[Operation], error_body: ErrorBody) -> None:
        prefixed = [(op.path.split("{", 1)[0], op) for op in operations if op.error_response_for(404) is not None]
        self.prefixed = sorted(prefixed, key=lambda item: -len(item[0]))
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1000})
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        op = next((op for prefix, op in self.prefixed if path.startswith(prefix)), None)
        if op is None and self.prefixed:
            op = self.prefixed[-1][1]
        context = request_context(scope, "", Headers(scope=scope))
        await send_error(op, self.error_body, send, 404, f"no such path: {path}", context)


# -- the spec and the docs page (Swagger UI 5 from the swagger-ui-bundle-v2 package, served locally) ---
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
)
# file served at /docs/<name> -> its content type (from the package's Swagger UI folder)
DOCS_ASSETS: dict[str, str] = {
    "swagger-ui.css": "text/css; charset=utf-8",
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "favicon-32x32.png": "image/png",
}
_DOCS_INIT = b"""window.ui = SwaggerUIBundle({
  url: "openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null
});
"""
_DOCS_HTML = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - Swagger UI</title>
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
<link rel="stylesheet" type="text/css" href="docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/swagger-initializer.js"></script>
</body>
</html>
"""
_DOCS_MISSING_HTML = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{title} - API docs</title></head>
<body>
<h1>{title}</h1>
<p>Swagger UI is not installed beside this server, so this page cannot show the operations.
Install it (it is served from this server, no network needed):
<code>pip install swagger-ui-bundle-v2</code> (Swagger UI 5; in the <code>runtime</code> extra of the toolkit),
then restart.</p>
<p>The spec: <a href="openapi.json">openapi.json</a>.</p>
</body>
</html>
"""


def swagger_ui_dir() -> Path | None:
    """The Swagger UI folder of the ``swagger-ui-bundle-v2`` package; None when it is not installed.

    Both ``swagger-ui-bundle`` distributions install the module ``swagger_ui_bundle``; only Swagger UI 5
    and later render OpenAPI 3.1 (4.x shows "Unable to render this definition"), so an older one is not used.
    """
    import importlib

    try:
        module = importlib.import_module("swagger_ui_bundle")
    except ImportError:
        return None
    folder = Path(str(module.swagger_ui_path))
    version = re.fullmatch(r"swagger-ui-(\d+)\..*", folder.name)
    if version is None or int(version.group(1)) < 5:
        return None
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


class SpecEndpoint(StaticEndpoint):
    """``/openapi.json``: the bundled spec, its ``servers`` naming this server (the request's own base URL)."""

    def __init__(self, spec_file: Path, base_path: str, error_body: ErrorBody) -> None:
        super().__init__(b"", "application/json", error_body)
        self.spec_file = spec_file
        self.base_path = base_path
        self.spec: dict[str, Any] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in self.methods:
            await self.not_allowed(scope, send, ", ".join(self.methods))
            return
        if self.spec is None:
            self.spec = json.loads(self.spec_file.read_bytes())
        root = base_url(scope, Headers(scope=scope).get("host")) + scope.get("root_path", "")
        spec = {**self.spec, "servers": [{"url": root + self.base_path, "description": "this server"}]}
        await _send(send, 200, json.dumps(spec, ensure_ascii=False).encode("utf-8"), self.content_type)


class DocsAsset(StaticEndpoint):
    """One Swagger UI file, read on the first request, sent with the docs' content security policy."""

    def __init__(self, file: Path | None, body: bytes, content_type: str, error_body: ErrorBody) -> None:
        super().__init__(body, content_type, error_body)
        self.file = file

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in self.methods:
            await self.not_allowed(scope, send, ", ".join(self.methods))
            return
        if self.file is not None and not self.body:
            self.body = self.file.read_bytes()
        headers = {"content-security-policy": DOCS_CSP, "x-content-type-options": "nosniff"}
        await _send(send, 200, self.body, self.content_type, headers)


def docs_endpoints(title: str, error_body: ErrorBody) -> list[tuple[str, Endpoint]]:
    """``/docs`` and (when swagger-ui-bundle is installed) ``/docs/<asset>``: Swagger UI with no network."""
    html = "text/html; charset=utf-8"
    folder = swagger_ui_dir()
    if folder is None:
        page = _DOCS_MISSING_HTML.format(title=escape(title)).encode("utf-8")
        return [("/docs", DocsAsset(None, page, html, error_body))]
    page = _DOCS_HTML.format(title=escape(title)).encode("utf-8")
    endpoints: list[tuple[str, Endpoint]] = [
        ("/docs", DocsAsset(None, page, html, error_body)),
        ("/docs/swagger-initializer.js", DocsAsset(None, _DOCS_INIT, DOCS_ASSETS["swagger-ui-bundle.js"], error_body)),
    ]
    endpoints += [
        (f"/docs/{name}", DocsAsset(folder / name, b"", kind, error_body)) for name, kind in DOCS_ASSETS.items()
    ]
    return endpoints


# -- routing -----------------------------------------------------------------------------------------
def route_template(path: str) -> str:
    """The spec's path template with each ``{wire name}`` replaced by ``{p0}``, ``{p1}``, ..."""
    counter = iter(range(10_000))
    return re.sub(r"{[^}]+}", lambda _: f"{{p{next(counter)}}}", path)


def specificity(path: str) -> tuple[int, ...]:
    """Sort key putting literal segments before templated ones (``/pets/mine`` before ``/pets/{id}``)."""
    return tuple(1 if "{" in segment else 0 for segment in path.split("/"))


def route_path(scope: Scope) -> str:
    """The path below ``root_path`` (as Starlette's router computes it)."""
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if not root_path or not path.startswith(root_path):
        return path
    if path == root_path:
        return ""
    return path[len(root_path) :] if path[len(root_path)] == "/" else path


_SLASH = "\ufdd0"  # a noncharacter standing for a decoded "/" inside one path segment while routing


def slash_protected(raw_path: bytes) -> str | None:
    """The decoded path with each encoded ``/`` as ``_SLASH`` (None when it is not UTF-8 or holds ``_SLASH``)."""
    try:
        segments = [unquote(part.decode("ascii"), errors="strict") for part in raw_path.split(b"/")]
    except (UnicodeDecodeError, UnicodeError):
        return None
    if any(_SLASH in segment for segment in segments):
        return None
    return "/".join(segment.replace("/", _SLASH) for segment in segments)


class Dispatch:
    """Front router: a dict for literal paths, then each template's regex, most specific first.

    A request goes to the first matching path that serves its method, so a literal path
    (``/rooms/{id}/bulk``) does not hide a templated one (``/rooms/{id}/{pid}``) for the methods
    only the templated one has. 405 only when no matching path serves the method; its ``Allow``
    lists the methods of the most specific one (the resource the URL names). Anything else (lifespan, routes added later, unknown paths)
    goes to Starlette's router.
    """

    def __init__(self, endpoints: Sequence[tuple[str, Endpoint]], router: ASGIApp) -> None:
        self.exact: dict[str, Endpoint] = {}
        self.templated: dict[int, list[tuple[re.Pattern[str], Endpoint]]] = {}
        for path, endpoint in sorted(endpoints, key=lambda item: specificity(item[0])):
            regex, _, convertors = compile_path(path)
            if not convertors:
                self.exact.setdefault(path, endpoint)
            else:
                self.templated.setdefault(path.count("/"), []).append((regex, endpoint))
        self.router = router

    def matches(self, path: str) -> Iterator[tuple[Endpoint, dict[str, str]]]:
        """Every endpoint whose path matches, most specific first, with the path parameters."""
        exact = self.exact.get(path)
        if exact is not None:
            yield exact, {}
        for regex, endpoint in self.templated.get(path.count("/"), ()):
            match = regex.match(path)
            if match is not None:
                yield endpoint, match.groupdict()

    def candidates(self, scope: Scope) -> Iterator[tuple[Endpoint, dict[str, str]]]:
        """``matches`` for the request's path; an encoded ``/`` (``%2F``) stays inside its path parameter."""
        path = route_path(scope)
        raw: bytes = scope.get("raw_path") or b""
        if b"%2f" not in raw.lower():
            yield from self.matches(path)
            return
        encoded = slash_protected(raw.split(b"?", 1)[0])
        if encoded is None:
            yield from self.matches(path)
            return
        root_path: str = scope.get("root_path", "")
        if root_path and encoded.startswith(root_path) and encoded != root_path:
            encoded = encoded[len(root_path) :] if encoded[len(root_path)] == "/" else encoded
        for endpoint, params in self.matches(encoded):
            yield endpoint, {k: v.replace(_SLASH, "/") for k, v in params.items()}

    def serving(self, scope: Scope, method: str) -> tuple[Endpoint, dict[str, str]] | None:
        """The usual case without the generators of ``candidates``: the first matching path serving
        ``method`` when the path holds no encoded ``/``; None otherwise (``candidates`` decides)."""
        raw: bytes = scope.get("raw_path") or b""
        if b"%2f" in raw or b"%2F" in raw:
            return None
        path = route_path(scope)
        exact = self.exact.get(path)
        if exact is not None and method in exact.methods:
            return exact, {}
        for regex, endpoint in self.templated.get(path.count("/"), ()):
            if method in endpoint.methods:
                match = regex.match(path)
                if match is not None:
                    return endpoint, match.groupdict()
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.router(scope, receive, send)
            return
        method = scope["method"]
        found = self.serving(scope, method)
        if found is not None:
            endpoint, scope["path_params"] = found
            if type(endpoint) is not PathEndpoint:
                await endpoint(scope, receive, send)
                return
            op = endpoint.by_method[method]  # what PathEndpoint.__call__ does, one call less
            try:
                await op.handle(scope, receive, send)
            except Exception:
                await unhandled(op, scope, send)
            return
        first: tuple[Endpoint, dict[str, str]] | None = None
        for endpoint, params in self.candidates(scope):
            if method in endpoint.methods:
                scope["path_params"] = params
                await endpoint(scope, receive, send)
                return
            first = first or (endpoint, params)
        if first is None:
            await self.router(scope, receive, send)
            return
        scope["path_params"] = first[1]
        await first[0].not_allowed(scope, send, ", ".join(first[0].methods))


class ServerApp(Starlette):
    """The generated app: Starlette routes, without Starlette's exception middleware.

    Every endpoint answers its own errors (500 included) in the spec's shape, so the error and
    exception middleware would only add a layer to every request. Middleware added with
    ``add_middleware`` still wraps the app.
    """

    def __init__(self, endpoints: Sequence[tuple[str, Endpoint]], not_found: ASGIApp) -> None:
        ordered = sorted(endpoints, key=lambda item: specificity(item[0]))
        super().__init__(routes=[Route(path, endpoint=endpoint) for path, endpoint in ordered])
        self.router.redirect_slashes = False
        self.router.default = not_found
        self.dispatch = Dispatch(ordered, self.router)

    def build_middleware_stack(self) -> ASGIApp:
        app: ASGIApp = self.dispatch
        for cls, args, kwargs in reversed(self.user_middleware):
            app = cls(app, *args, **kwargs)
        return app


def _endpoints(compiled: Sequence[Operation], base_path: str) -> list[tuple[str, Endpoint]]:
    """One endpoint per path template, at its spec path and (when given) under ``base_path`` too."""
    by_template: dict[str, list[Operation]] = {}
    for op in compiled:
        # the same template with other parameter names shares one endpoint (and its Allow header)
        by_template.setdefault(route_template(op.path), []).append(op)
    endpoints: list[tuple[str, Endpoint]] = [(t, PathEndpoint(ops)) for t, ops in by_template.items()]
    if base_path:
        endpoints += [
            (base_path + t, PathEndpoint(ops)) for t, ops in by_template.items() if base_path + t not in by_template
        ]
    return endpoints


def build_app(
    operations: Sequence[OperationSpec],
    error_body: ErrorBody,
    *,
    spec_file: Path | None,
    title: str,
    docs: bool = True,
    base_path: str = "",
    auth: AuthSpec | None = None,
) -> Starlette:
    """Compile the operations and route them: one endpoint per path template.

    Operations are served at their spec paths and, when the spec's first server URL has a path
    (``base_path``, e.g. ``/v1``), under it too, so clients configured with the vendor's full
    base URL work against the stand-in unchanged. ``auth`` is required when an operation is secured.
    ``spec_file`` is served at ``/openapi.json``; None serves no spec (a webhook receiver's app).
    """
    if auth is not None and auth.realm is not None:
        auth.realm.encode("latin-1")  # it goes into a header
    compiled = [Operation(spec, error_body, auth) for spec in operations]
    endpoints = _endpoints(compiled, base_path)
    taken = {path for path, _ in endpoints}
    if spec_file is not None and "/openapi.json" not in taken:
        endpoints.append(("/openapi.json", SpecEndpoint(spec_file, base_path, error_body)))
    if docs and "/docs" not in taken:
        endpoints += [(path, page) for path, page in docs_endpoints(title, error_body) if path not in taken]
    return ServerApp(endpoints, NotFound(compiled, error_body))
