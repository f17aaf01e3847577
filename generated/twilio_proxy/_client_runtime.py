# generated from specs/twilio_proxy.yaml — do not edit
# runtime: spec-first-generator 0.1.0, source sha256 2b060a28c6417e52 (copied verbatim; do not edit)
"""Runtime of a generated client: errors, response parsing, wire encoding, retries, sync and async transports.

Private module: import the public names (``Client``, ``AsyncClient``, the errors, ``RawResponse``) from
``client`` or from the package itself. Nothing here depends on a spec: ``client.py`` passes in what is
spec-specific (each operation's response parsers, its security, and the per-status error classes).

Sync and async come from one source. Request building, the retry loop, response classification,
parsing and pagination are free of I/O: the retry loop is a generator (``_Core._exchange``) that yields
the request to send, or a pause to take, and returns the final response. ``_SyncBase`` and ``_AsyncBase``
only perform those actions (send, sleep, close) with ``httpx.Client`` or ``httpx.AsyncClient``.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import email.utils
import json
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator, Mapping
from typing import Any, Generic, Self, TypeAlias, TypeVar, cast
from urllib.parse import quote, urlencode

import httpx
import pydantic
import pydantic_core
from pydantic import MISSING

__all__ = [
    "ApiError",
    "ApiStatusError",
    "ClientError",
    "JsonValue",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "TimeoutTypes",
    "TransportError",
    "UnexpectedStatusError",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
M = TypeVar("M", bound=pydantic.BaseModel)

JsonValue: TypeAlias = dict[str, "JsonValue"] | list["JsonValue"] | str | int | float | bool | None
"""A parsed JSON document."""

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""A timeout in seconds, an ``httpx.Timeout``, or ``None`` for no timeout."""

_QueryPairs: TypeAlias = list[tuple[str, str | int | float | bool | None]]

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})


# -- errors ------------------------------------------------------------------------------------------
class ApiError(Exception):
    """Base class of every error the client raises.

    Attributes:
        message: A readable summary.
        operation: The client method that failed (e.g. ``"get_room"``).
        status_code: The HTTP status, or ``None`` when no response was received.
        body: The parsed error body: the spec's error model when the body validates
            against it, else the raw JSON value, else the text (``None`` when empty).
        response: The raw ``httpx.Response``, or ``None`` when no response was received.
    """

    status_code: int | None
    body: object
    response: httpx.Response | None

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status_code: int | None = None,
        body: object = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation
        self.status_code = status_code
        self.body = body
        self.response = response


class TransportError(ApiError):
    """The request could not be completed (connection failure, timeout, protocol error).

    ``error`` (also ``__cause__``) is the underlying ``httpx.TransportError``.
    Idempotent requests are retried before this is raised.
    """

    def __init__(self, operation: str, error: httpx.TransportError) -> None:
        super().__init__(f"{operation}: {type(error).__name__}: {error}", operation=operation)
        self.error = error


class ResponseValidationError(ApiError):
    """A success response whose body does not match the schema the spec documents.

    ``errors`` holds pydantic's error details; ``expected`` names the documented type.
    """

    status_code: int
    response: httpx.Response

    def __init__(
        self, operation: str, response: httpx.Response, expected: str, error: pydantic.ValidationError
    ) -> None:
        details = error.errors(include_url=False)
        lines = [f"  {'.'.join(str(p) for p in d['loc']) or '<body>'}: {d['msg']}" for d in details[:10]]
        if len(details) > 10:
            lines.append(f"  ... and {len(details) - 10} more")
        message = (
            f"{operation}: HTTP {response.status_code} response body does not match {expected} "
            f"({len(details)} validation error{'s' if len(details) != 1 else ''}):\n" + "\n".join(lines)
        )
        super().__init__(
            message, operation=operation, status_code=response.status_code, body=_raw_body(response), response=response
        )
        self.expected = expected
        self.errors = details


class ApiStatusError(ApiError):
    """The server answered with a status that is not a documented success."""

    status_code: int
    response: httpx.Response

    def __init__(self, operation: str, response: httpx.Response, body: object) -> None:
        summary = _summary(body)
        message = f"{operation}: HTTP {response.status_code} {response.reason_phrase}" + (
            f": {summary}" if summary else ""
        )
        super().__init__(message, operation=operation, status_code=response.status_code, body=body, response=response)


class UnexpectedStatusError(ApiStatusError):
    """A status the operation does not document and that is not 4xx/5xx (e.g. 3xx, an undocumented 2xx)."""


class ClientError(ApiStatusError):
    """A 4xx answer (the specific subclasses below cover the statuses the spec documents)."""


class ServerError(ApiStatusError):
    """A 5xx answer (the specific subclasses below cover the statuses the spec documents)."""


def _error_class(status: int, status_errors: Mapping[int, type[ApiStatusError]]) -> type[ApiStatusError]:
    """The exception class for a status: the documented one, else ``ClientError``/``ServerError``/unexpected."""
    found = status_errors.get(status)
    if found is not None:
        return found
    if 400 <= status < 500:
        return ClientError
    return ServerError if 500 <= status < 600 else UnexpectedStatusError


def _raw_body(response: httpx.Response) -> JsonValue:
    content = response.content
    if not content:
        return None
    try:
        return cast(JsonValue, json.loads(content))
    except ValueError:
        return response.text


def _summary(body: object) -> str:
    if body is None:
        return ""
    if isinstance(body, pydantic.BaseModel):
        text = body.model_dump_json()
    else:
        text = body if isinstance(body, str) else json.dumps(body)
    return text if len(text) <= 300 else text[:297] + "..."


# -- response parsing --------------------------------------------------------------------------------
class _Parser(Generic[T_co]):
    """Turns a response into the documented Python value (raises ``pydantic.ValidationError``)."""

    __slots__ = ("expected",)

    def __init__(self, expected: str) -> None:
        self.expected = expected

    def __call__(self, response: httpx.Response) -> T_co:
        raise NotImplementedError


class _ModelParser(_Parser[M]):
    __slots__ = ("_validate",)

    def __init__(self, model: type[M], expected: str) -> None:
        super().__init__(expected)
        self._validate = model.model_validate_json

    def __call__(self, response: httpx.Response) -> M:
        return self._validate(response.content, strict=True)


class _JsonParser(_Parser[T]):
    """Strict JSON validation against any annotation; the ``TypeAdapter`` is built on first use."""

    __slots__ = ("_type", "_adapter")

    def __init__(self, tp: Any, expected: str) -> None:
        super().__init__(expected)
        self._type = tp
        self._adapter: pydantic.TypeAdapter[T] | None = None

    def adapter(self) -> pydantic.TypeAdapter[T]:
        """The validator of the documented type."""
        adapter = self._adapter
        if adapter is None:
            adapter = self._adapter = pydantic.TypeAdapter(self._type)
        return adapter

    def __call__(self, response: httpx.Response) -> T:
        return self.adapter().validate_json(response.content, strict=True)


class _NdjsonParser(_JsonParser[Any]):
    """Newline-delimited JSON: each non-empty line validated strictly against the item type; a list of items."""

    __slots__ = ()

    def __call__(self, response: httpx.Response) -> list[Any]:
        adapter = self.adapter()
        items: list[Any] = []
        for line in response.content.splitlines():
            if not line.strip():
                continue
            try:
                items.append(adapter.validate_json(line, strict=True))
            except pydantic.ValidationError as exc:
                raise _at_index(exc, len(items)) from None
        return items


def _at_index(error: pydantic.ValidationError, index: int) -> pydantic.ValidationError:
    """``error`` with every location prefixed by ``index`` (the item's position in the list)."""
    details: list[pydantic_core.InitErrorDetails] = [
        {
            "type": pydantic_core.PydanticCustomError(d["type"], d["msg"]),
            "loc": (index, *d["loc"]),
            "input": d["input"],
        }
        for d in error.errors(include_url=False)
    ]
    return pydantic.ValidationError.from_exception_data(error.title, details)


class _TextParser(_Parser[str]):
    __slots__ = ()

    def __call__(self, response: httpx.Response) -> str:
        return response.text


class _BytesParser(_Parser[bytes]):
    __slots__ = ()

    def __call__(self, response: httpx.Response) -> bytes:
        return response.content


class _EmptyParser(_Parser[None]):
    __slots__ = ()

    def __call__(self, response: httpx.Response) -> None:
        return None


_TEXT = _TextParser("str")
_BYTES = _BytesParser("bytes")
_EMPTY = _EmptyParser("no content")


def _is_model(tp: object) -> bool:
    try:
        return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)
    except TypeError:  # a generic alias such as ``list[int]``
        return False


def _parser(encoding: str, tp: Any, expected: str) -> _Parser[Any]:
    """The parser of a response body with this encoding, documented as ``tp`` (the item type for ndjson).

    ``expected`` names what the client returns, for error messages.
    """
    if encoding == "json":
        return _ModelParser(tp, expected) if _is_model(tp) else _JsonParser[Any](tp, expected)
    if encoding == "ndjson":
        return _NdjsonParser(tp, expected)
    return _TEXT if encoding == "text" else _BYTES


class _LazyParser(_Parser[T]):
    """A JSON or ndjson parser whose documented type is looked up on first use.

    Generated clients pass ``lambda: models.X``: the model classes are then built when a
    response first needs them, not when the client module is imported.
    """

    __slots__ = ("_encoding", "_type", "_parser")

    def __init__(self, encoding: str, tp: Callable[[], Any], expected: str) -> None:
        super().__init__(expected)
        self._encoding = encoding
        self._type = tp
        self._parser: _Parser[T] | None = None

    def __call__(self, response: httpx.Response) -> T:
        parser = self._parser
        if parser is None:
            parser = self._parser = _parser(self._encoding, self._type(), self.expected)
        return parser(response)


def _lazy_parser(encoding: str, tp: Callable[[], Any], expected: str) -> _Parser[Any]:
    """:func:`_parser` with the type given as a function, called on first use (see :class:`_LazyParser`)."""
    if encoding in ("json", "ndjson"):
        return _LazyParser[Any](encoding, tp, expected)
    return _parser(encoding, None, expected)


# -- operations --------------------------------------------------------------------------------------
class _Op(Generic[T]):
    """Everything about one operation that does not change between calls (built at import time).

    ``responses`` maps each documented status (``"200"``, ``"4XX"``, ``"default"``) to the parser of
    its body, ``None`` when it has none: a success without a body returns ``None``, an error without
    one keeps the raw body. An operation that documents no success accepts any 2xx as ``None``.
    """

    __slots__ = (
        "name",
        "method",
        "idempotent",
        "status_errors",
        "security",
        "success",
        "success_any",
        "errors",
        "error_ranges",
        "error_default",
        "content_type",
        "pagination",
    )

    def __init__(
        self,
        name: str,
        method: str,
        status_errors: Mapping[int, type[ApiStatusError]],
        *,
        security: tuple[tuple[str, ...], ...],
        responses: Mapping[str, _Parser[Any] | None],
        content_type: str | None = None,
        pagination: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
    ) -> None:
        self.name = name
        self.method = method
        self.idempotent = method in _IDEMPOTENT
        self.status_errors = status_errors
        self.security = security
        self.content_type = content_type
        self.pagination = pagination
        self.success: dict[int, _Parser[T]] = {}
        self.success_any: _Parser[T] | None = None
        self.errors: dict[int, _Parser[object]] = {}
        self.error_ranges: dict[int, _Parser[object]] = {}
        self.error_default: _Parser[object] | None = None
        for status, parser in responses.items():
            self._add(status, parser)
        if not self.success and self.success_any is None:
            self.success_any = cast(_Parser[T], _EMPTY)

    def _add(self, status: str, parser: _Parser[Any] | None) -> None:
        if status.startswith("2"):
            chosen = cast(_Parser[T], parser or _EMPTY)
            if status.isdigit():
                self.success[int(status)] = chosen
            else:
                self.success_any = self.success_any or chosen
        elif parser is None:
            return
        elif status.isdigit():
            self.errors[int(status)] = parser
        elif status == "default":
            self.error_default = self.error_default or parser
        elif len(status) == 3 and status[0] in "1345" and status[1:].upper() == "XX":
            self.error_ranges[int(status[0])] = parser

    def accepts(self, status: int) -> bool:
        """True when ``status`` is a success this operation documents."""
        return status in self.success or (self.success_any is not None and 200 <= status < 300)

    def parse(self, response: httpx.Response) -> T:
        """The documented value of a response, or the matching exception."""
        status = response.status_code
        parser = self.success.get(status)
        if parser is None:
            if self.success_any is None or not 200 <= status < 300:
                raise self.status_error(response)
            parser = self.success_any
        try:
            return parser(response)
        except pydantic.ValidationError as exc:
            raise ResponseValidationError(self.name, response, parser.expected, exc) from None

    def raw(self, response: httpx.Response) -> RawResponse[T]:
        """The unparsed success response, or the matching exception."""
        if not self.accepts(response.status_code):
            raise self.status_error(response)
        return RawResponse(self, response)

    def status_error(self, response: httpx.Response) -> ApiStatusError:
        """The exception for a response that is not a documented success."""
        status = response.status_code
        body: object = None
        parser = self.errors.get(status) or self.error_ranges.get(status // 100) or self.error_default
        parsed = False
        if parser is not None:
            with contextlib.suppress(pydantic.ValidationError, ValueError):
                body, parsed = parser(response), True
        if not parsed:
            body = _raw_body(response)
        return _error_class(status, self.status_errors)(self.name, response, body)


class RawResponse(Generic[T]):
    """A success response before parsing: ``status_code``, ``headers``, ``http_response``, ``parse()``.

    Returned by the methods of ``client.with_raw_response``; error statuses still raise.
    """

    __slots__ = ("http_response", "_op", "_value", "_parsed")

    def __init__(self, op: _Op[T], response: httpx.Response) -> None:
        self.http_response = response
        self._op = op
        self._value: T | None = None
        self._parsed = False

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw response body."""
        return self.http_response.content

    def parse(self) -> T:
        """The body as the documented type (validated once; raises ``ResponseValidationError``)."""
        if not self._parsed:
            self._value = self._op.parse(self.http_response)
            self._parsed = True
        return cast(T, self._value)

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self._op.name}>"


# -- wire encoding: parameters -----------------------------------------------------------------------
_FORM, _FORM_FLAT, _SPACE, _PIPE, _DEEP = 0, 1, 2, 3, 4  # query styles: form+explode, form, ..., deepObject
_STYLES = {"deepObject": _DEEP, "spaceDelimited": _SPACE, "pipeDelimited": _PIPE}
_SEPARATORS = {_SPACE: " ", _PIPE: "|"}


def _s(value: object) -> str:
    """One scalar as it appears in a path, query, header, cookie or form value."""
    if isinstance(value, str):
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, pydantic.BaseModel):
        return json.dumps(value.model_dump(mode="json", by_alias=True))
    if isinstance(value, dict | list | tuple):
        return json.dumps(pydantic_core.to_jsonable_python(value, by_alias=True))
    return str(value)


def _items(value: object) -> Iterable[tuple[str, object]]:
    """The (wire name, value) pairs of a model or mapping (nothing for anything else)."""
    if isinstance(value, pydantic.BaseModel):
        return cast(dict[str, object], value.model_dump(mode="json", by_alias=True)).items()
    if isinstance(value, Mapping):
        return cast(Mapping[str, object], value).items()
    return ()


def _is_object(value: object) -> bool:
    return isinstance(value, Mapping | pydantic.BaseModel)


def _path(value: object) -> str:
    """A path parameter (style ``simple``): percent-encoded, arrays comma-joined."""
    if isinstance(value, list | tuple):
        return ",".join(quote(_s(v), safe="") for v in value)
    return quote(_s(value), safe="")


def _deep(out: _QueryPairs, name: str, value: object) -> None:
    for key, item in _items(value):
        if item is None or item is MISSING:
            continue
        if _is_object(item):
            _deep(out, f"{name}[{key}]", item)
        elif isinstance(item, list | tuple):
            out.extend((f"{name}[{key}]", _s(v)) for v in item)
        else:
            out.append((f"{name}[{key}]", _s(item)))


def _query_param(out: _QueryPairs, name: str, value: object, mode: int) -> None:
    if isinstance(value, list | tuple):
        if mode == _FORM:
            out.extend((name, _s(v)) for v in value)
        else:
            out.append((name, _SEPARATORS.get(mode, ",").join(_s(v) for v in value)))
    elif _is_object(value):
        if mode == _DEEP:
            _deep(out, name, value)
        elif mode == _FORM:
            out.extend((k, _s(v)) for k, v in _items(value) if v is not None)
        else:
            out.append((name, ",".join(f"{k},{_s(v)}" for k, v in _items(value) if v is not None)))
    else:
        out.append((name, _s(value)))


def _query(*params: tuple[str, object, str, bool]) -> _QueryPairs | None:
    """Query pairs for ``(wire name, value, style, explode)``; ``None`` values are left out.

    Arrays repeat the key when exploded (``form``) and are joined otherwise (``,``, or the
    delimiter of ``spaceDelimited``/``pipeDelimited``); objects are ``name[key]=value`` pairs
    (``deepObject``), one pair per property (exploded ``form``) or ``name=k,v,k,v``.
    """
    out: _QueryPairs = []
    for name, value, style, explode in params:
        if value is not None:
            _query_param(out, name, value, _STYLES.get(style, _FORM if explode else _FORM_FLAT))
    return out or None


def _headers(*params: tuple[str, object]) -> dict[str, str] | None:
    """Header values (style ``simple``) for ``(lower-case wire name, value)``; ``None`` values are left out."""
    out: dict[str, str] = {}
    for name, value in params:
        if value is None:
            continue
        if isinstance(value, list | tuple):
            out[name] = ",".join(_s(v) for v in value)
        elif _is_object(value):
            out[name] = ",".join(f"{k},{_s(v)}" for k, v in _items(value))
        else:
            out[name] = _s(value)
    return out or None


def _cookies(headers: dict[str, str] | None, *params: tuple[str, object]) -> dict[str, str] | None:
    """Add cookie parameters to ``headers`` as one ``cookie`` header."""
    pairs = [f"{name}={quote(_s(value), safe='')}" for name, value in params if value is not None]
    if not pairs:
        return headers
    out = dict(headers or {})
    out["cookie"] = "; ".join(pairs)
    return out


# -- wire encoding: bodies ---------------------------------------------------------------------------
# ``_fields_<encoding>`` encodes an object body given as (wire name, value) pairs (the client's keyword
# arguments); an ``optional`` body with no value given is not sent. ``_value_<encoding>`` encodes a body
# passed whole as ``body=``; ``MISSING`` (an optional body left out) is not sent.
class _Multipart:
    """A multipart body: ``bytes``/file values become files, everything else form fields."""

    __slots__ = ("data", "files")

    def __init__(self, fields: Iterable[tuple[str, object]]) -> None:
        self.data: dict[str, str | list[str]] = {}
        self.files: list[tuple[str, Any]] = []
        for name, value in fields:
            if value is MISSING or value is None:
                continue
            for v in value if isinstance(value, list | tuple) else [value]:
                if isinstance(v, bytes | bytearray | tuple) or hasattr(v, "read"):
                    self.files.append((name, v))
                else:
                    self._field(name, _s(v))

    def parts(self) -> tuple[dict[str, str | list[str]] | None, list[tuple[str, Any]]]:
        """``data`` and ``files`` for httpx; without a file, the fields go as parts without a file name.

        (Given no files, httpx would send the fields as a urlencoded form instead of multipart.)
        """
        if self.files:
            return self.data, self.files
        values = (
            (name, v) for name, found in self.data.items() for v in (found if isinstance(found, list) else [found])
        )
        return None, [(name, (None, v)) for name, v in values]

    def _field(self, name: str, value: str) -> None:
        existing = self.data.get(name)
        if existing is None:
            self.data[name] = value
        elif isinstance(existing, list):
            existing.append(value)
        else:
            self.data[name] = [existing, value]


_Body: TypeAlias = bytes | _Multipart | None


def _form_pairs(fields: Iterable[tuple[str, object]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, value in fields:
        if value is MISSING or value is None:
            continue
        if isinstance(value, list | tuple):
            out.extend((name, _s(v)) for v in value if v is not None and v is not MISSING)
        else:
            out.append((name, _s(value)))
    return out


def _fields_json(fields: Iterable[tuple[str, object]], optional: bool) -> bytes | None:
    """A JSON object from ``(wire name, value)`` pairs; ``MISSING`` values are left out."""
    data = {name: value for name, value in fields if value is not MISSING}
    if optional and not data:
        return None
    return pydantic_core.to_json(data, by_alias=True)


def _fields_form(fields: Iterable[tuple[str, object]], optional: bool) -> bytes | None:
    """Form-urlencoded: wire names, ``true``/``false``, arrays as repeated keys, ``MISSING``/``None`` left out."""
    pairs = _form_pairs(fields)
    if optional and not pairs:
        return None
    return urlencode(pairs).encode("ascii")


def _fields_multipart(fields: Iterable[tuple[str, object]], optional: bool) -> _Multipart | None:
    """Multipart form data: ``bytes``/file values as files, the rest as fields; ``MISSING``/``None`` left out."""
    body = _Multipart(fields)
    return None if optional and not body.data and not body.files else body


def _value_json(value: object) -> bytes | None:
    return None if value is MISSING else pydantic_core.to_json(value, by_alias=True)


def _value_ndjson(value: object) -> bytes | None:
    """One JSON document per line: each item of a list, or the value itself."""
    if value is MISSING:
        return None
    items = value if isinstance(value, list | tuple) else [value]
    return b"".join(pydantic_core.to_json(item, by_alias=True) + b"\n" for item in items)


def _value_form(value: object) -> bytes | None:
    return None if value is MISSING else _fields_form(_items(value), False)


def _value_multipart(value: object) -> _Multipart | None:
    return None if value is MISSING else _fields_multipart(_items(value), False)


def _value_text(value: object) -> bytes | None:
    return None if value is MISSING else cast(str, value).encode("utf-8")


def _value_binary(value: object) -> bytes | None:
    return None if value is MISSING else cast(bytes, value)


# -- credentials -------------------------------------------------------------------------------------
class _Credential:
    """What one security scheme adds to a request."""

    __slots__ = ("headers", "params", "cookies")

    def __init__(
        self,
        headers: Mapping[str, str] | None = None,
        params: tuple[tuple[str, str], ...] = (),
        cookies: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.headers = dict(headers or {})
        self.params = params
        self.cookies = cookies


def _basic(username: str | None, password: str | None) -> _Credential | None:
    if username is None and password is None:
        return None
    token = base64.b64encode(f"{username or ''}:{password or ''}".encode()).decode("ascii")
    return _Credential({"authorization": f"Basic {token}"})


def _bearer(token: str | None) -> _Credential | None:
    return None if token is None else _Credential({"authorization": f"Bearer {token}"})


def _api_key(value: str | None, name: str, location: str) -> _Credential | None:
    if value is None:
        return None
    if location == "query":
        return _Credential(params=((name, value),))
    if location == "cookie":
        return _Credential(cookies=((name, value),))
    return _Credential({name.lower(): value})


def _credential(kind: str, *values: str | None, name: str = "", location: str = "") -> _Credential | None:
    """The credential of a security scheme of ``kind`` from the client's arguments; ``None`` when not given.

    ``basic`` takes (username, password); ``apiKey`` the key, sent as ``name`` in ``location``;
    every other kind (bearer, oauth2, openIdConnect) a bearer token.
    """
    if kind == "basic":
        return _basic(values[0], values[1])
    if kind == "apiKey":
        return _api_key(values[0], name, location)
    return _bearer(values[0])


# -- retries -----------------------------------------------------------------------------------------
_INITIAL_BACKOFF = 0.5
"""Seconds before the first retry; doubled for each further retry."""
_MAX_BACKOFF = 8.0
"""Upper bound of one backoff delay, in seconds."""
_MAX_RETRY_AFTER = 60.0
"""A ``Retry-After`` longer than this is ignored in favour of the computed backoff."""


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds (delta-seconds or an HTTP date), or ``None``."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


def _retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """Honour ``Retry-After`` when sensible, else exponential backoff with jitter (up to 25% shorter)."""
    if response is not None:
        after = _retry_after(response)
        if after is not None and after <= _MAX_RETRY_AFTER:
            return after
    delay = min(_INITIAL_BACKOFF * 2.0**attempt, _MAX_BACKOFF)
    return delay * (1.0 - 0.25 * random.random())  # noqa: S311 - jitter, not crypto


def _should_retry(op: _Op[Any], status: int) -> bool:
    """429/503 are retried for any method; other 5xx only for idempotent methods."""
    return status == 429 or status == 503 or (op.idempotent and 500 <= status < 600)


# -- pagination --------------------------------------------------------------------------------------
_ALIASES: dict[type[pydantic.BaseModel], dict[str, str]] = {}


def _wire_get(value: object, name: str) -> object:
    """The field with wire name ``name`` of a model (or mapping)."""
    if isinstance(value, pydantic.BaseModel):
        cls = type(value)
        names = _ALIASES.get(cls)
        if names is None:
            names = {attr: attr for attr in cls.model_fields}
            names.update({f.alias: attr for attr, f in cls.model_fields.items() if f.alias})
            _ALIASES[cls] = names
        attr = names.get(name)
        found = getattr(value, attr, None) if attr is not None else None
        return None if found is MISSING else found
    if isinstance(value, Mapping):
        return cast(Mapping[str, object], value).get(name)
    return None


def _walk(value: object, path: tuple[str, ...]) -> object:
    for name in path:
        value = _wire_get(value, name)
    return value


class _Pages:
    """Pagination without I/O: ``url`` and ``params`` of the next request (``url`` is None after the last page)."""

    __slots__ = ("url", "params", "_base_url", "_next_path", "_items_path", "_seen")

    def __init__(self, op: _Op[Any], base_url: str, url: str, params: _QueryPairs | None) -> None:
        if op.pagination is None:
            raise TypeError(f"{op.name} is not paginated")
        self._next_path, self._items_path = op.pagination
        self._base_url = base_url
        self._seen: set[str] = set()
        self.url: str | None = url
        self.params = params

    def turn(self, page: object) -> list[Any]:
        """The items of ``page``; moves on to the page it points at (query parameters are in that URL)."""
        items = _walk(page, self._items_path)
        self.url, self.params = self._next_url(page), None
        return items if isinstance(items, list) else []

    def _next_url(self, page: object) -> str | None:
        """The absolute URL of the next page (``None`` on the last page or when a URL repeats)."""
        found = _walk(page, self._next_path)
        url = "" if found is None else str(found)  # a str, or a pydantic URL type
        if not url or url in self._seen:
            return None
        self._seen.add(url)
        if not url.startswith(("http://", "https://")):
            url = str(httpx.URL(self._base_url + "/").join(url))
        return url


# -- the transport core, free of I/O -----------------------------------------------------------------
class _Wait:
    """An action: close ``response`` (a retried answer, if any), then sleep ``seconds``."""

    __slots__ = ("seconds", "response")

    def __init__(self, seconds: float, response: httpx.Response | None) -> None:
        self.seconds = seconds
        self.response = response


_Action: TypeAlias = httpx.Request | _Wait
_Exchange: TypeAlias = Generator[_Action, httpx.Response | None, httpx.Response]


class _Flow:
    """Steps an exchange: ``action`` is what the transport does next; ``response`` is the answer once ``done``.

    The transport calls ``send`` with the response to a request (``None`` after a ``_Wait``), or
    ``throw`` with the ``httpx.TransportError`` sending raised.
    """

    __slots__ = ("_steps", "action", "done", "response")

    action: _Action
    response: httpx.Response

    def __init__(self, steps: _Exchange) -> None:
        self._steps = steps
        self.done = False
        self.send(None)

    def send(self, reply: httpx.Response | None) -> None:
        try:
            self.action = self._steps.send(reply)
        except StopIteration as stop:
            self.done, self.response = True, stop.value

    def throw(self, error: httpx.TransportError) -> None:
        try:
            self.action = self._steps.throw(error)
        except StopIteration as stop:
            self.done, self.response = True, stop.value


class _Core:
    """State, request building and the retry loop shared by the sync and async clients."""

    _http: httpx.Client | httpx.AsyncClient

    def _setup(
        self,
        base_url: str,
        credentials: Mapping[str, _Credential | None],
        timeout: TimeoutTypes | MISSING,
        retries: int,
        headers: Mapping[str, str] | None,
        http_client: object,
        transport: object,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ValueError("pass either http_client or transport, not both")
        if retries < 0:
            raise ValueError("retries must be >= 0")
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._retries = retries
        self._default_headers = {k.lower(): v for k, v in (headers or {}).items()}
        self._credentials = {name: c for name, c in credentials.items() if c is not None}
        self._auth_cache: dict[tuple[_Op[Any], bool], tuple[dict[str, str], tuple[tuple[str, str], ...]]] = {}
        self._owns_http = http_client is None

    @property
    def _client_timeout(self) -> TimeoutTypes:
        """The timeout of an ``httpx`` client created here: 30 s unless one was given."""
        return 30.0 if self._timeout is MISSING else self._timeout

    @property
    def base_url(self) -> str:
        """The URL every operation path is appended to."""
        return self._base_url

    def _fixed(self, op: _Op[Any], has_content: bool) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
        """Headers and query pairs that are the same for every call of ``op`` (computed once).

        Default headers, the body's content type (multipart bodies get theirs, with the boundary,
        from httpx), and the credentials of the first security alternative all of whose credentials
        were given.
        """
        key = (op, has_content)
        cached = self._auth_cache.get(key)
        if cached is None:
            headers = dict(self._default_headers)
            if has_content and op.content_type:
                headers["content-type"] = op.content_type
            params: list[tuple[str, str]] = []
            cookies: list[tuple[str, str]] = []
            for alternative in op.security:
                if alternative and all(name in self._credentials for name in alternative):
                    for name in alternative:
                        credential = self._credentials[name]
                        headers.update(credential.headers)
                        params.extend(credential.params)
                        cookies.extend(credential.cookies)
                    break
            if cookies:
                headers["cookie"] = "; ".join(f"{k}={quote(v, safe='')}" for k, v in cookies)
            cached = self._auth_cache[key] = (headers, tuple(params))
        return cached

    def _merge_headers(
        self, fixed: dict[str, str], headers: dict[str, str] | None, extra_headers: Mapping[str, str] | None
    ) -> dict[str, str]:
        """The fixed headers, then the call's parameters (cookies appended), then ``extra_headers``."""
        if not headers and not extra_headers:
            return fixed
        merged = dict(fixed)
        if headers:
            cookie = merged.get("cookie")
            merged.update(headers)
            if cookie and "cookie" in headers:
                merged["cookie"] = cookie + "; " + headers["cookie"]
        if extra_headers:
            merged.update({k.lower(): v for k, v in extra_headers.items()})
        return merged

    def _build(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> httpx.Request:
        fixed, auth_params = self._fixed(op, isinstance(body, bytes))
        merged = self._merge_headers(fixed, headers, extra_headers)
        if auth_params:
            params = [*(params or ()), *auth_params]
        if params and "?" in url:  # a next-page URL: keep its query (httpx would replace it with ``params``)
            url, params = str(httpx.URL(url).copy_merge_params(params)), None
        if timeout is MISSING:
            timeout = self._timeout
        request_timeout = httpx.USE_CLIENT_DEFAULT if timeout is MISSING else timeout
        if isinstance(body, _Multipart):
            data, files = body.parts()
            return self._http.build_request(
                op.method, url, params=params, headers=merged, data=data, files=files, timeout=request_timeout
            )
        return self._http.build_request(
            op.method, url, params=params, headers=merged, content=body, timeout=request_timeout
        )

    def _exchange(self, op: _Op[Any], request: httpx.Request) -> _Exchange:
        """Send ``request`` until it succeeds or retries run out: yields the actions, returns the last response."""
        attempt = 0
        while True:
            try:
                response = cast(httpx.Response, (yield request))
            except httpx.TransportError as exc:
                if attempt >= self._retries or not op.idempotent:
                    raise TransportError(op.name, exc) from exc
                yield _Wait(_retry_delay(attempt, None), None)
            else:
                status = response.status_code
                if status < 400 or attempt >= self._retries or not _should_retry(op, status):
                    return response
                yield _Wait(_retry_delay(attempt, response), response)
            attempt += 1

    def _flow(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> _Flow:
        """The exchange of one call, ready for a transport to perform."""
        return _Flow(self._exchange(op, self._build(op, url, params, headers, body, extra_headers, timeout)))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base_url}>"


# -- the two transports: they only send, sleep and close ---------------------------------------------
class _SyncBase(_Core):
    """The sync transport: performs the core's actions with ``httpx.Client``."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, _Credential | None],
        timeout: TimeoutTypes | MISSING,
        retries: int,
        headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
        sleep: Callable[[float], None],
    ) -> None:
        self._setup(base_url, credentials, timeout, retries, headers, http_client, transport)
        self._http = (
            http_client if http_client is not None else httpx.Client(transport=transport, timeout=self._client_timeout)
        )
        self._sleep = sleep

    def _run(self, flow: _Flow) -> httpx.Response:
        while not flow.done:
            action = flow.action
            if isinstance(action, _Wait):
                if action.response is not None:
                    action.response.close()
                self._sleep(action.seconds)
                flow.send(None)
                continue
            try:
                response = self._http.send(action)
            except httpx.TransportError as exc:
                flow.throw(exc)
            else:
                flow.send(response)
        return flow.response

    def _send(
        self,
        op: _Op[T],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> T:
        return op.parse(self._run(self._flow(op, url, params, headers, body, extra_headers, timeout)))

    def _send_raw(
        self,
        op: _Op[T],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> RawResponse[T]:
        return op.raw(self._run(self._flow(op, url, params, headers, body, extra_headers, timeout)))

    def _iter_items(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> Iterator[Any]:
        pages = _Pages(op, self._base_url, url, params)
        while pages.url is not None:
            yield from pages.turn(self._send(op, pages.url, pages.params, headers, None, extra_headers, timeout))

    def close(self) -> None:
        """Close the underlying HTTP client (unless it was passed in by the caller)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _AsyncBase(_Core):
    """The async transport: performs the core's actions with ``httpx.AsyncClient``."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, _Credential | None],
        timeout: TimeoutTypes | MISSING,
        retries: int,
        headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self._setup(base_url, credentials, timeout, retries, headers, http_client, transport)
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(transport=transport, timeout=self._client_timeout)
        )
        self._sleep = sleep

    async def _run(self, flow: _Flow) -> httpx.Response:
        while not flow.done:
            action = flow.action
            if isinstance(action, _Wait):
                if action.response is not None:
                    await action.response.aclose()
                await self._sleep(action.seconds)
                flow.send(None)
                continue
            try:
                response = await self._http.send(action)
            except httpx.TransportError as exc:
                flow.throw(exc)
            else:
                flow.send(response)
        return flow.response

    async def _send(
        self,
        op: _Op[T],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> T:
        return op.parse(await self._run(self._flow(op, url, params, headers, body, extra_headers, timeout)))

    async def _send_raw(
        self,
        op: _Op[T],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> RawResponse[T]:
        return op.raw(await self._run(self._flow(op, url, params, headers, body, extra_headers, timeout)))

    async def _iter_items(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> AsyncIterator[Any]:
        pages = _Pages(op, self._base_url, url, params)
        while pages.url is not None:
            for item in pages.turn(
                await self._send(op, pages.url, pages.params, headers, None, extra_headers, timeout)
            ):
                yield item

    async def aclose(self) -> None:
        """Close the underlying HTTP client (unless it was passed in by the caller)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
