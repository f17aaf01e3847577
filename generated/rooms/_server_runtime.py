# generated from specs/rooms.yaml — do not edit
"""Runtime of the generated server: routing, parsing, strict validation, credentials, serialization.

``server.py`` describes every operation once (``OperationSpec``); ``build_app`` compiles each into
plain look-up tables and pydantic validators when the app is created, so a request only does
dictionary look-ups, the string coercions its parameters need, and pydantic's compiled code.
Nothing here depends on the spec; the spec-specific parts live in ``server.py``.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import math
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from pydantic import MISSING, BaseModel, TypeAdapter, ValidationError
from pydantic_core import to_json
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request, cookie_parser
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "ApiKeyCredentials",
    "BasicCredentials",
    "BearerToken",
    "BodySpec",
    "ErrorBody",
    "OperationSpec",
    "ParamSpec",
    "RequestContext",
    "ResponseSpec",
    "SchemeSpec",
    "ServerApp",
    "build_app",
]

_log = logging.getLogger(__name__)

MAX_BODY_BYTES = 32 * 1024 * 1024


# -- what the service sees ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BasicCredentials:
    """HTTP Basic credentials as sent (not yet checked: the service decides)."""

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


@dataclass(frozen=True, slots=True)
class RequestContext:
    """What a service may need about the request beyond its parameters."""

    operation_id: str
    base_url: str  # scheme://host[:port] of this request, no trailing slash
    url: str  # the full request URL
    headers: Mapping[str, str]


ErrorBody = Callable[[int, str, RequestContext], object]


# -- what server.py describes ------------------------------------------------------------------
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
    """The request body: accepted media types, how it is encoded, its type and its top-level fields."""

    content_types: tuple[str, ...]
    encoding: str
    type: Any
    required: bool
    fields: tuple[tuple[str, str, str, bool], ...] = ()  # (wire name, kind, item kind, binary)


@dataclass(frozen=True, slots=True)
class SchemeSpec:
    """One security scheme of a requirement."""

    kind: str  # basic | bearer | apiKey | oauth2 | openIdConnect | mutualTLS | http
    param_name: str = ""
    param_in: str = ""


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    """One documented response: status ("200", "4XX", "default"), media type (None: no body), body type."""

    status: str
    content_type: str | None = None
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
    security: tuple[tuple[SchemeSpec, ...], ...] = ()  # alternatives; () = no auth argument
    responses: tuple[tuple[type, ResponseSpec], ...] = ()


# -- errors --------------------------------------------------------------------------------------
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


# -- wire-string coercion ------------------------------------------------------------------------
_INT = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _to_integer(s: str) -> object:
    return int(s) if _INT.fullmatch(s) else s


def _to_number(s: str) -> object:
    if _INT.fullmatch(s):
        return int(s)
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


def _coercer(kind: str) -> Callable[[str], object]:
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


# -- media types -----------------------------------------------------------------------------------
_JSON_MEDIA = re.compile(r"^application/([\w.+-]+\+)?json$")


def _media(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _encoding_of(media: str) -> str:
    if _JSON_MEDIA.match(media):
        return "json"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media.startswith("multipart/"):
        return "multipart"
    if media.startswith("text/"):
        return "text"
    return "binary"


def _media_matches(pattern: str, media: str) -> bool:
    if pattern in ("*/*", "*"):
        return True
    if pattern.endswith("/*"):
        return media.startswith(pattern[:-1])
    return pattern == media


def _send_content_type(content_type: str | None) -> str | None:
    if content_type is None:
        return None
    if "*" in content_type:
        return "application/json"
    return content_type


# -- sending ---------------------------------------------------------------------------------------
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


def _check_headers(headers: object) -> dict[str, str]:
    """Response headers from a service: a str -> str mapping safe to put on the wire."""
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


def _generic_error(status: int, message: str) -> bytes:
    return json.dumps({"code": status, "message": message}, ensure_ascii=False).encode("utf-8")


# -- compiled pieces -------------------------------------------------------------------------------
class _CompiledResponse:
    __slots__ = ("adapter", "code", "content_type", "has_body", "is_json", "low", "high", "wants_bytes")

    def __init__(self, spec: ResponseSpec) -> None:
        status = spec.status.upper()
        self.code: int | None = int(status) if status.isdigit() else None
        if self.code is not None:
            self.low, self.high = self.code, self.code
        elif len(status) == 3 and status[0].isdigit() and status[1:] == "XX":
            self.low, self.high = int(status[0]) * 100, int(status[0]) * 100 + 99
        else:
            self.low, self.high = 100, 599
        self.has_body = spec.content_type is not None
        self.content_type = _send_content_type(spec.content_type)
        media = _media(spec.content_type or "")
        self.is_json = self.has_body and (_encoding_of(media) == "json" or "*" in media)
        self.adapter: TypeAdapter[Any] = TypeAdapter(spec.type) if self.has_body else _ANY
        self.wants_bytes = self.has_body and spec.type is bytes

    def serialize(self, body: object) -> bytes:
        """The wire bytes of a service's body; raises when the body does not match the declared type."""
        value = self.adapter.validate_python(body, strict=True)
        if self.is_json:
            return self.adapter.dump_json(value, by_alias=True, warnings="error")
        if isinstance(value, bytes):
            return value
        if isinstance(value, str):
            return value.encode("utf-8")
        return self.adapter.dump_json(value, by_alias=True, warnings="error")

    def error_payload(self, obj: object, status: int, message: str) -> tuple[bytes, str | None]:
        """The documented error body for ``obj`` (from ``Service.error_body``), or a generic one."""
        if not self.has_body:
            return b"", None
        if self.is_json:
            try:
                raw = _ANY.dump_json(obj, by_alias=True, warnings="error")
                self.adapter.validate_json(raw, strict=True)
                return raw, self.content_type
            except Exception:  # noqa: BLE001 - the service's error body does not fit: send a generic one
                return _generic_error(status, message), "application/json"
        if isinstance(obj, str) and not self.wants_bytes:
            return obj.encode("utf-8"), self.content_type
        return message.encode("utf-8"), self.content_type


class _Location:
    """Coercion and strict validation of one parameter location through its generated params model."""

    __slots__ = ("array_params", "attrs", "location", "model", "params", "what")

    def __init__(self, location: str, params: Sequence[ParamSpec], model: type[BaseModel] | None) -> None:
        self.location = location
        self.what = f"{location} parameter"
        self.model = model
        # (wire name, keyword, coerce, array item coerce or None, separator)
        self.params: list[tuple[str, str, Callable[[str], object], Callable[[str], object] | None, str | None]] = []
        self.array_params: set[str] = set()
        self.attrs: dict[str, str] = {}
        fields = model.model_fields if model is not None else {}
        by_alias = {(info.alias or name): name for name, info in fields.items()}
        for p in params:
            is_array = p.kind == "array"
            if is_array:
                self.array_params.add(p.name)
            if location == "query":
                separator = None if p.explode and p.style == "form" else _SEPARATORS.get(p.style, ",")
            else:
                separator = ","
            self.params.append(
                (p.name, p.python_name, _coercer(p.kind), _coercer(p.item_kind) if is_array else None, separator)
            )
            attr = by_alias.get(p.name) or (p.name if p.name in fields else None)
            if model is not None and attr is None:
                raise RuntimeError(f"{model.__name__} has no field for {location} parameter {p.name!r}")
            self.attrs[p.name] = attr or p.name

    def value_of(
        self, values: list[str], coerce: Callable[[str], object], item: Callable[[str], object] | None, sep: str | None
    ) -> object:
        if item is None:
            return coerce(values[0])
        items: list[object] = []
        strip = self.location == "header"
        for v in values:
            if sep is None:
                items.append(item(v))
            elif v != "":
                items.extend(item(part.strip() if strip else part) for part in v.split(sep))
        return items

    def parse(self, raw: Mapping[str, list[str]], kwargs: dict[str, object]) -> None:
        data: dict[str, object] = {}
        for name, _, coerce, item, sep in self.params:
            values = raw.get(name)
            if values is not None:
                if item is None and len(values) > 1:
                    raise HttpError(400, f"{self.what} {name!r} given more than once")
                data[name] = self.value_of(values, coerce, item, sep)
        if self.model is None:
            for name, keyword, *_ in self.params:
                if name in data:
                    kwargs[keyword] = data[name]
            return
        try:
            instance = self.model.model_validate_json(to_json(data), strict=True)
        except ValidationError as exc:
            raise HttpError(400, _describe(exc, self.what)) from None
        attrs = self.attrs
        for name, keyword, *_ in self.params:
            value = getattr(instance, attrs[name])
            if value is not MISSING:
                kwargs[keyword] = value


class _Body:
    """Parsing and strict validation of the request body."""

    __slots__ = (
        "accepted",
        "adapter",
        "array_fields",
        "encoding",
        "field_coerce",
        "multipart_ok",
        "required",
        "wants_bytes",
    )

    def __init__(self, spec: BodySpec) -> None:
        self.accepted = tuple(_media(ct) for ct in spec.content_types)
        self.encoding = spec.encoding
        self.required = spec.required
        self.adapter: TypeAdapter[Any] = TypeAdapter(spec.type)
        self.wants_bytes = spec.type is bytes
        self.field_coerce: dict[str, Callable[[str], object]] = {}
        self.array_fields: set[str] = set()
        for name, kind, item_kind, _binary in spec.fields:
            if kind == "array":
                self.array_fields.add(name)
                self.field_coerce[name] = _coercer(item_kind)
            else:
                self.field_coerce[name] = _coercer(kind)
        scalar = {"string", "integer", "number", "boolean"}
        self.multipart_ok = bool(spec.fields) and all(
            not binary and (kind in scalar or (kind == "array" and item_kind in scalar))
            for _, kind, item_kind, binary in spec.fields
        )

    def pick(self, content_type: str | None) -> str:
        """The encoding to parse a request of this media type with; raises 415 when not accepted."""
        media = _media(content_type or "")
        if not any(_media_matches(pattern, media) for pattern in self.accepted):
            raise HttpError(
                415, f"unsupported Content-Type {media or '(none)'!r}; expected one of {', '.join(self.accepted)}"
            )
        encoding = _encoding_of(media)
        structured = ("json", "form", "multipart")
        if encoding in structured:
            if self.encoding not in structured:
                raise HttpError(415, f"unsupported Content-Type {media!r}")
            return encoding
        if self.encoding in structured:
            raise HttpError(415, f"unsupported Content-Type {media!r}")
        return encoding

    def validate_json(self, raw: bytes | str) -> object:
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
        try:
            text = raw.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=True, errors="strict") if text else []
        except ValueError:  # bad UTF-8, bad percent-encoding, a field without '='
            raise HttpError(400, "malformed form body") from None
        return self.validate_json(to_json(self.fields_of(pairs)))

    def fields_of(self, pairs: Sequence[tuple[str, str]]) -> dict[str, object]:
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
        if not self.multipart_ok:
            raise HttpError(415, "multipart bodies are not supported by this operation")
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": raw, "more_body": False}

        request = Request(scope, replay)
        try:
            form = await request.form()
        except (AssertionError, ImportError):  # python-multipart is not installed
            raise HttpError(415, "multipart bodies are not supported by this server") from None
        except Exception:  # noqa: BLE001 - malformed multipart
            raise HttpError(400, "malformed multipart body") from None
        pairs: list[tuple[str, str]] = []
        try:
            for key, value in form.multi_items():
                if not isinstance(value, str):
                    raise HttpError(415, f"file parts are not supported (field {key!r})")
                pairs.append((key, value))
        finally:
            await form.close()
        return self.validate_json(to_json(self.fields_of(pairs)))

    def text(self, raw: bytes, encoding: str) -> object:
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


async def _read_body(receive: Receive) -> bytes:
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


def _base_url(scope: Scope, host: str | None) -> str:
    scheme = scope.get("scheme", "http")
    if host:
        return f"{scheme}://{host}"
    server = scope.get("server")
    if server is None:
        return f"{scheme}://localhost"
    name, port = server[0], server[1]
    if port is None or port == {"http": 80, "https": 443, "ws": 80, "wss": 443}.get(scheme):
        return f"{scheme}://{name}"
    return f"{scheme}://{name}:{port}"


def _context(scope: Scope, operation_id: str, headers: Headers) -> RequestContext:
    base = _base_url(scope, headers.get("host"))
    url = base + scope["path"]
    query: bytes = scope.get("query_string", b"")
    if query:
        url += "?" + query.decode("latin-1")
    return RequestContext(operation_id, base, url, headers)


def _basic(value: str | None) -> BasicCredentials | None:
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


def _bearer(value: str | None) -> BearerToken | None:
    if not value:
        return None
    scheme, _, token = value.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not _TOKEN.fullmatch(token):
        return None
    return BearerToken(token)


class _Operation:
    """One operation compiled for serving."""

    def __init__(self, spec: OperationSpec, error_body: ErrorBody) -> None:
        self.operation_id = spec.operation_id
        self.method = spec.method.upper()
        self.path = spec.path
        self.call = spec.call
        self.error_body = error_body
        self.path_names = re.findall(r"{([^}]+)}", spec.path)
        by_location: dict[str, list[ParamSpec]] = {}
        for p in spec.parameters:
            by_location.setdefault(p.location, []).append(p)
        self.locations = {
            loc: _Location(loc, params, spec.param_models.get(loc)) for loc, params in by_location.items()
        }
        self.path_loc = self.locations.get("path")
        self.query_loc = self.locations.get("query")
        self.header_loc = self.locations.get("header")
        self.cookie_loc = self.locations.get("cookie")
        self.query_names = {p.name for p in by_location.get("query", [])}
        self.deep_prefixes = tuple(
            p.name + "[" for p in by_location.get("query", []) if p.style == "deepObject" or p.kind == "object"
        )
        self.body = _Body(spec.body) if spec.body is not None else None
        self.has_auth = bool(spec.security)
        self.security = spec.security
        self.auth_optional = any(not alt for alt in spec.security)
        for alt in spec.security:
            for scheme in alt:
                if scheme.kind == "apiKey" and scheme.param_in == "query":
                    self.query_names.add(scheme.param_name)
        kinds = {s.kind for alt in spec.security for s in alt}
        challenge = []
        if "basic" in kinds:
            challenge.append('Basic realm="api"')
        if kinds & {"bearer", "oauth2", "openIdConnect"}:
            challenge.append("Bearer")
        self.challenge = {"www-authenticate": ", ".join(challenge)} if challenge else {}
        self.needs_cookies = self.cookie_loc is not None or any(
            s.kind == "apiKey" and s.param_in == "cookie" for alt in spec.security for s in alt
        )
        self.responses: dict[type, _CompiledResponse] = {}
        self.by_status: dict[str, _CompiledResponse] = {}
        for cls, response in spec.responses:
            compiled = _CompiledResponse(response)
            self.responses[cls] = compiled
            self.by_status[response.status.upper()] = compiled
        statuses = set(self.by_status)
        self.bad_input = 422 if "422" in statuses and "400" not in statuses else 400

    # -- errors ------------------------------------------------------------------------------
    def error_response_for(self, status: int) -> _CompiledResponse | None:
        found = self.by_status.get(str(status)) or self.by_status.get(f"{status // 100}XX")
        return found or self.by_status.get("DEFAULT")

    async def send_error(
        self, send: Send, status: int, message: str, context: RequestContext, headers: Mapping[str, str] | None = None
    ) -> None:
        await _send_error(self, self.error_body, send, status, message, context, headers)

    # -- credentials -------------------------------------------------------------------------
    def _credential(
        self, scheme: SchemeSpec, headers: Headers, query: Mapping[str, list[str]], cookies: Mapping[str, str]
    ) -> tuple[bool, BasicCredentials | BearerToken | ApiKeyCredentials | None]:
        kind = scheme.kind
        if kind == "basic":
            basic = _basic(headers.get("authorization"))
            return basic is not None, basic
        if kind in ("bearer", "oauth2", "openIdConnect"):
            bearer = _bearer(headers.get("authorization"))
            return bearer is not None, bearer
        if kind == "mutualTLS":
            return True, None
        if kind == "apiKey":
            value: str | None
            if scheme.param_in == "query":
                values = query.get(scheme.param_name)
                value = values[0] if values else None
            elif scheme.param_in == "cookie":
                value = cookies.get(scheme.param_name)
            else:
                value = headers.get(scheme.param_name or "authorization")
        else:  # another HTTP scheme: the whole Authorization value
            value = headers.get("authorization")
        return bool(value), ApiKeyCredentials(value) if value else None

    def authenticate(
        self, headers: Headers, query: Mapping[str, list[str]], cookies: Mapping[str, str]
    ) -> BasicCredentials | BearerToken | ApiKeyCredentials | None:
        for alt in self.security:
            if not alt:
                continue
            found: BasicCredentials | BearerToken | ApiKeyCredentials | None = None
            for scheme in alt:
                ok, credential = self._credential(scheme, headers, query, cookies)
                if not ok:
                    break
                if found is None:
                    found = credential
            else:
                return found
        if self.auth_optional:
            return None
        raise HttpError(401, "missing or malformed credentials", self.challenge)

    # -- the request -------------------------------------------------------------------------
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope)
        context = _context(scope, self.operation_id, headers)
        try:
            kwargs = await self.arguments(scope, receive, headers)
        except HttpError as exc:
            status = self.bad_input if exc.status == 400 else exc.status
            await self.send_error(send, status, exc.message, context, exc.headers)
            return
        except _Disconnected:
            return
        kwargs["context"] = context
        try:
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

    async def arguments(self, scope: Scope, receive: Receive, headers: Headers) -> dict[str, object]:
        kwargs: dict[str, object] = {}
        query: dict[str, list[str]] = {}
        raw_query: bytes = scope.get("query_string", b"")
        if raw_query:
            try:
                pairs = parse_qsl(raw_query.decode("utf-8"), keep_blank_values=True, errors="strict")
            except ValueError:
                raise HttpError(400, "malformed query string") from None
            for key, value in pairs:
                query.setdefault(key, []).append(value)
            for key in query:
                if key not in self.query_names and not (self.deep_prefixes and key.startswith(self.deep_prefixes)):
                    raise HttpError(400, f"unknown query parameter {key!r}")
        cookies: Mapping[str, str] = {}
        if self.needs_cookies:
            cookies = cookie_parser(headers.get("cookie", ""))
        if self.has_auth:
            kwargs["auth"] = self.authenticate(headers, query, cookies)
        if self.path_loc is not None:
            params: dict[str, str] = scope.get("path_params", {})
            raw_path: dict[str, list[str]] = {}
            for i, name in enumerate(self.path_names):
                segment = params.get(f"p{i}")
                if segment is not None and name not in raw_path:
                    raw_path[name] = [segment]
            self.path_loc.parse(raw_path, kwargs)
        if self.query_loc is not None:
            if self.deep_prefixes:
                query = _deep_objects(query, self.deep_prefixes)
            self.query_loc.parse(query, kwargs)
        if self.header_loc is not None:
            raw_headers: dict[str, list[str]] = {}
            for name, *_ in self.header_loc.params:
                values = headers.getlist(name)
                if values:
                    raw_headers[name] = [", ".join(values)] if len(values) > 1 else values
            self.header_loc.parse(raw_headers, kwargs)
        if self.cookie_loc is not None:
            self.cookie_loc.parse({k: [v] for k, v in cookies.items()}, kwargs)
        if self.body is not None:
            kwargs["body"] = await self.read_body(scope, receive, headers)
        return kwargs

    async def read_body(self, scope: Scope, receive: Receive, headers: Headers) -> object:
        body = self.body
        assert body is not None
        raw = await _read_body(receive)
        content_type = headers.get("content-type")
        if not raw and (content_type is None or not body.required):
            if body.required:
                raise HttpError(400, "request body is required")
            return None  # an optional body left out (even with a Content-Type)
        encoding = body.pick(content_type)
        if encoding == "json":
            return body.validate_json(raw)
        if encoding == "form":
            return body.form(raw)
        if encoding == "multipart":
            return await body.multipart(scope, raw)
        return body.text(raw, encoding)

    def serialize(self, result: object) -> tuple[int, bytes, str | None, dict[str, str]]:
        compiled = self.responses.get(type(result))
        if compiled is None:
            raise TypeError(f"{type(result).__name__} is not a response of {self.operation_id}")
        if compiled.code is not None:
            status = compiled.code
        else:
            status = getattr(result, "status_code")  # noqa: B009
            if not isinstance(status, int) or isinstance(status, bool) or not compiled.low <= status <= compiled.high:
                raise ValueError(f"status_code {status!r} is outside the documented range")
            if self.by_status.get(str(status), compiled) is not compiled:
                raise ValueError(f"status_code {status} has its own documented response")
        extra = _check_headers(getattr(result, "headers"))  # noqa: B009
        if not compiled.has_body:
            return status, b"", None, extra
        return status, compiled.serialize(getattr(result, "body")), compiled.content_type, extra  # noqa: B009


def _deep_objects(query: dict[str, list[str]], prefixes: tuple[str, ...]) -> dict[str, list[str]]:
    """``filter[a]=1&filter[b]=2`` -> ``filter={"a": "1", "b": "2"}`` (deepObject), as one JSON value."""
    merged: dict[str, dict[str, str]] = {}
    out: dict[str, list[str]] = {}
    for key, values in query.items():
        if key.startswith(prefixes) and key.endswith("]"):
            name, _, prop = key[:-1].partition("[")
            merged.setdefault(name, {})[prop] = values[-1]
        else:
            out[key] = values
    for name, value in merged.items():
        out[name] = [json.dumps(value)]
    return out


async def _send_error(
    op: _Operation | None,
    error_body: ErrorBody,
    send: Send,
    status: int,
    message: str,
    context: RequestContext,
    headers: Mapping[str, str] | None = None,
) -> None:
    try:
        obj = error_body(status, message, context)
    except Exception:
        _log.exception("Service.error_body raised")
        obj = None
    documented = op.error_response_for(status) if op is not None else None
    if documented is not None:
        payload, content_type = documented.error_payload(obj, status, message)
    else:
        try:
            payload, content_type = _ANY.dump_json(obj, by_alias=True), "application/json"
            if obj is None:
                payload = _generic_error(status, message)
        except Exception:  # noqa: BLE001 - not JSON-serializable: send a generic body
            payload, content_type = _generic_error(status, message), "application/json"
    await _send(send, status, payload, content_type, headers)


# -- routing ---------------------------------------------------------------------------------------
class _PathEndpoint:
    """Every operation of one path template; answers 405 with ``Allow`` for other methods."""

    def __init__(self, operations: Sequence[_Operation], error_body: ErrorBody) -> None:
        self.by_method = {op.method: op for op in operations}
        self.allow = ", ".join(self.by_method)
        self.first = operations[0]
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        op = self.by_method.get(scope["method"])
        if op is not None:
            try:
                await op.handle(scope, receive, send)
            except Exception:  # a bug in this layer: still answer in the documented shape, if we can
                _log.exception("unhandled error in %s", op.operation_id)
                headers = Headers(scope=scope)
                await op.send_error(send, 500, "internal server error", _context(scope, op.operation_id, headers))
            return
        headers = Headers(scope=scope)
        context = _context(scope, "", headers)
        message = f"method {scope['method']} not allowed; allowed: {self.allow}"
        await self.first.send_error(send, 405, message, context, {"allow": self.allow})


class _NotFound:
    """Unknown paths: 404 in the error shape of the operation whose path prefix matches best."""

    def __init__(self, operations: Sequence[_Operation], error_body: ErrorBody) -> None:
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
        context = _context(scope, "", Headers(scope=scope))
        await _send_error(op, self.error_body, send, 404, f"no such path: {path}", context)


class _Static:
    """A fixed document (the spec, the docs page) for GET and HEAD."""

    def __init__(self, body: bytes, content_type: str, error_body: ErrorBody) -> None:
        self.body = body
        self.content_type = content_type
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] in ("GET", "HEAD"):
            await _send(send, 200, self.body, self.content_type)
            return
        context = _context(scope, "", Headers(scope=scope))
        await _send_error(None, self.error_body, send, 405, "method not allowed", context, {"allow": "GET, HEAD"})


_DOCS_HTML = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title} - Swagger UI</title>
<link type="text/css" rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({{url: "openapi.json", dom_id: "#swagger-ui", deepLinking: true}});
</script>
</body>
</html>
"""


def _route_template(path: str) -> str:
    """The spec's path template with each ``{wire name}`` replaced by ``{p0}``, ``{p1}``, ..."""
    counter = iter(range(10_000))
    return re.sub(r"{[^}]+}", lambda _: "{p%d}" % next(counter), path)


def _specificity(path: str) -> tuple[int, ...]:
    """Sort key putting literal segments before templated ones (``/pets/mine`` before ``/pets/{id}``)."""
    return tuple(1 if "{" in segment else 0 for segment in path.split("/"))


def _route_path(scope: Scope) -> str:
    """The path below ``root_path`` (as Starlette's router computes it)."""
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if not root_path or not path.startswith(root_path):
        return path
    if path == root_path:
        return ""
    return path[len(root_path) :] if path[len(root_path)] == "/" else path


class _Dispatch:
    """Front router over the same ``Route`` objects: a dict for literal paths, then each template's regex.

    Templates are grouped by segment count (a ``{param}`` never spans a ``/``) and kept in specificity
    order. Anything else (lifespan, routes added later, unknown paths) goes to Starlette's router.
    """

    def __init__(self, routes: Sequence[Route], router: ASGIApp) -> None:
        self.exact: dict[str, ASGIApp] = {}
        self.templated: dict[int, list[tuple[re.Pattern[str], ASGIApp]]] = {}
        for route in routes:
            if not route.param_convertors:
                self.exact.setdefault(route.path, route.app)
            else:
                self.templated.setdefault(route.path.count("/"), []).append((route.path_regex, route.app))
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = _route_path(scope)
            app = self.exact.get(path)
            if app is not None:
                scope["path_params"] = {}
                await app(scope, receive, send)
                return
            for regex, app in self.templated.get(path.count("/"), ()):
                match = regex.match(path)
                if match is not None:
                    scope["path_params"] = match.groupdict()
                    await app(scope, receive, send)
                    return
        await self.router(scope, receive, send)


class ServerApp(Starlette):
    """The generated app: Starlette routes, without Starlette's exception middleware.

    Every endpoint answers its own errors (500 included) in the spec's shape, so the error and
    exception middleware would only add a layer to every request. Middleware added with
    ``add_middleware`` still wraps the app.
    """

    def __init__(self, routes: Sequence[Route], not_found: ASGIApp) -> None:
        super().__init__(routes=list(routes))
        self.router.redirect_slashes = False
        self.router.default = not_found
        self.dispatch = _Dispatch(routes, self.router)

    def build_middleware_stack(self) -> ASGIApp:
        app: ASGIApp = self.dispatch
        for cls, args, kwargs in reversed(self.user_middleware):
            app = cls(app, *args, **kwargs)
        return app


def build_app(
    operations: Sequence[OperationSpec],
    error_body: ErrorBody,
    *,
    spec_file: Path,
    title: str,
    docs: bool = True,
    base_path: str = "",
) -> Starlette:
    """Compile the operations and route them with Starlette: one route per path template.

    Operations are served at their spec paths and, when the spec's first server URL has a path
    (``base_path``, e.g. ``/v1``), under it too, so clients configured with the vendor's full
    base URL work against the stand-in unchanged.
    """
    compiled = [_Operation(spec, error_body) for spec in operations]
    by_template: dict[str, list[_Operation]] = {}
    for op in compiled:
        if not op.path.startswith("/"):
            op.path = "/" + op.path
        # the same template with other parameter names shares one route (and its Allow header)
        by_template.setdefault(_route_template(op.path), []).append(op)
    routes = [Route(template, endpoint=_PathEndpoint(ops, error_body)) for template, ops in by_template.items()]
    if base_path:
        routes += [
            Route(base_path + template, endpoint=_PathEndpoint(ops, error_body))
            for template, ops in by_template.items()
            if base_path + template not in by_template
        ]
    if "/openapi.json" not in by_template:
        routes.append(Route("/openapi.json", endpoint=_Static(spec_file.read_bytes(), "application/json", error_body)))
    if docs and "/docs" not in by_template:
        page = _DOCS_HTML.format(title=escape(title)).encode("utf-8")
        routes.append(Route("/docs", endpoint=_Static(page, "text/html; charset=utf-8", error_body)))
    routes.sort(key=lambda route: _specificity(route.path))
    return ServerApp(routes, _NotFound(compiled, error_body))
