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
import copy
import datetime
import email.utils
import json
import logging
import mimetypes
import os
import platform
import random
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator, Mapping
from typing import IO, Any, ClassVar, Final, Generic, Literal, Self, TypeAlias, TypeVar, cast
from urllib.parse import quote, urlencode

import httpx
import pydantic
import pydantic_core
from pydantic import MISSING

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "ClientClosedError",
    "AsyncPage",
    "ClientError",
    "FileContent",
    "FileInput",
    "JsonValue",
    "MissingCredentialsError",
    "Omit",
    "Page",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "StreamedResponse",
    "TimeoutTypes",
    "TransportError",
    "UnexpectedStatusError",
    "omit",
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


# -- "not given" -------------------------------------------------------------------------------------
class Omit:
    """The type of :data:`omit`: the default of every optional argument, meaning "leave it out of the request".

    Falsy, so ``if value:`` treats it like an absent value; test with ``isinstance(value, Omit)``.
    """

    __slots__ = ()
    _instance: ClassVar[Omit | None] = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"

    def __reduce__(self) -> str:
        return "omit"


omit: Final = Omit()
"""Leave a query, header, cookie or body argument out of the request (the default of optional ones)."""


def _given(value: object) -> bool:
    """False for ``omit`` (and pydantic's ``MISSING``, accepted for compatibility)."""
    return value is not omit and value is not MISSING


# -- package settings: set once by the generated ``client`` module ------------------------------------
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "twilio-request-id", "x-amzn-requestid", "x-correlation-id")
RETRY_COUNT_HEADER: Final = "x-retry-count"
"""Sent with every request: how many times this request was retried so far (``0`` on the first try)."""


class _Settings:
    """What the generated ``client.py`` tells its runtime copy: names for logs, headers and errors."""

    package = "client"
    user_agent = f"client python/{platform.python_version()} httpx/{httpx.__version__}"
    request_id_headers: tuple[str, ...] = _REQUEST_ID_HEADERS
    logger = logging.getLogger("client")


def _configure(package: str, version: str, request_id_headers: tuple[str, ...] = ()) -> logging.Logger:
    """Name the package: logger ``<package>``, ``User-Agent``, the request-id headers looked up first.

    The logger logs requests, responses, retries and backoff at DEBUG/INFO; it is switched on by the
    environment variable ``<PACKAGE>_LOG`` (``debug`` or ``info``), which adds a stderr handler.
    """
    short = package.rsplit(".", 1)[-1]
    _Settings.package = package
    _Settings.user_agent = f"{short}/{version} python/{platform.python_version()} httpx/{httpx.__version__}"
    _Settings.request_id_headers = tuple(
        dict.fromkeys([*(h.lower() for h in request_id_headers), *_REQUEST_ID_HEADERS])
    )
    logger = _Settings.logger = logging.getLogger(package)
    level = os.environ.get(f"{short.upper()}_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
    return logger


def _request_id(response: httpx.Response | None) -> str | None:
    """The request id the server sent: the spec's documented header first, else a common one."""
    if response is None:
        return None
    for name in _Settings.request_id_headers:
        found = response.headers.get(name)
        if found:
            return str(found)
    return None


def _publish(module: str, *classes: type) -> None:
    """Show ``classes`` under the public module that re-exports them (reprs, tracebacks, docs)."""
    for cls in classes:
        cls.__module__ = module


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
        request_id: The server's request id (from the spec's documented request-id header, else
            ``x-request-id``, ``request-id`` and other common ones), or ``None``.
    """

    status_code: int | None
    body: object
    response: httpx.Response | None
    request_id: str | None

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
        self.request_id = _request_id(response)

    def __str__(self) -> str:
        return self.message + (f" (request id {self.request_id})" if self.request_id else "")


class TransportError(ApiError):
    """The request could not be completed (connection failure, timeout, protocol error).

    ``error`` (also ``__cause__``) is the underlying ``httpx.TransportError``. Idempotent requests
    are retried before this is raised. Raised as :class:`ApiTimeoutError` or :class:`ApiConnectionError`.
    """

    def __init__(self, operation: str, error: httpx.TransportError) -> None:
        detail = str(error) or _TRANSPORT_DETAILS.get(type(error).__name__, "no details from httpx")
        super().__init__(f"{operation}: {type(error).__name__}: {detail}", operation=operation)
        self.error = error


_TRANSPORT_DETAILS = {
    "ConnectTimeout": "timed out while connecting",
    "ReadTimeout": "timed out waiting for the response",
    "WriteTimeout": "timed out sending the request",
    "PoolTimeout": "timed out waiting for a connection from the pool",
    "ConnectError": "could not connect",
    "ReadError": "the connection failed while reading the response",
    "WriteError": "the connection failed while sending the request",
    "RemoteProtocolError": "the server broke the HTTP protocol",
}


class ApiTimeoutError(TransportError):
    """The request timed out (connect, read, write or pool timeout; see ``timeout=``)."""


class ApiConnectionError(TransportError):
    """The connection failed (refused, reset, DNS, TLS or protocol error)."""


def _transport_error(operation: str, error: httpx.TransportError) -> TransportError:
    cls = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
    return cls(operation, error)


class ClientClosedError(ApiError):
    """The client was closed (``close()``/``aclose()``, or its ``http_client`` was) before the call."""

    def __init__(self, operation: str) -> None:
        super().__init__(f"{operation}: the client is closed; create a new one", operation=operation)


class MissingCredentialsError(ApiError):
    """A client was created without the credentials every operation of the API requires."""

    def __init__(self, message: str) -> None:
        super().__init__(message, operation="__init__")


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


_ModelTypes: TypeAlias = tuple[type[pydantic.BaseModel], ...]


class ApiStatusError(ApiError):
    """The server answered with a status that is not a documented success.

    ``data`` is the body as received (parsed JSON, else text, ``None`` when empty). A subclass for a
    status whose error model the spec documents types ``body`` as that model: when the answer does
    not validate against it, ``body`` is built from ``data`` without validation (absent fields ``None``).
    """

    status_code: int
    response: httpx.Response

    @staticmethod
    def _body_models() -> _ModelTypes:
        """The error models the spec documents for this status (a function, so they load on first use)."""
        return ()

    def __init__(self, operation: str, response: httpx.Response, body: object) -> None:
        self.data = _raw_body(response)
        models = type(self)._body_models()
        summary = _summary(body)
        if models and not isinstance(body, models):
            body, summary = _construct(models[0], self.data), _summary(self.data)
        message = f"{operation}: HTTP {response.status_code} {response.reason_phrase}" + (
            f": {summary}" if summary else ""
        )
        super().__init__(message, operation=operation, status_code=response.status_code, body=body, response=response)


def _construct(model: type[M], data: object) -> M:
    """``model`` built from ``data`` without validation: known fields by name or alias, absent ones ``None``."""
    raw = cast(Mapping[str, object], data) if isinstance(data, Mapping) else {}
    values = {name: raw.get(f.alias or name, raw.get(name)) for name, f in model.model_fields.items()}
    return model.model_construct(None, **values)


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
        "idempotency_header",
        "part_types",
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
        pagination: _Paging | tuple[tuple[str, ...], tuple[str, ...]] | None = None,
        idempotency_header: str | None = None,
        part_types: Mapping[str, str] | None = None,
    ) -> None:
        self.name = name
        self.method = method
        self.idempotency_header = idempotency_header.lower() if idempotency_header else None
        self.idempotent = method in _IDEMPOTENT or idempotency_header is not None
        self.status_errors = status_errors
        self.security = security
        self.content_type = content_type
        self.part_types: Mapping[str, str] = part_types or {}  # multipart: declared part types, by field
        self.pagination = _paging(pagination)
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

    def raw(
        self, response: httpx.Response, retries_taken: int = 0, elapsed: datetime.timedelta | None = None
    ) -> RawResponse[T]:
        """The unparsed success response, or the matching exception."""
        if not self.accepts(response.status_code):
            raise self.status_error(response)
        return RawResponse(self, response, retries_taken, elapsed)

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


class _ResponseInfo:
    """What every response wrapper tells about its ``http_response``: status, headers and request id."""

    __slots__ = ("http_response", "retries_taken")

    def __init__(self, response: httpx.Response, retries_taken: int) -> None:
        self.http_response = response
        self.retries_taken = retries_taken

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (see ``ApiError.request_id``), or ``None``."""
        return _request_id(self.http_response)


class RawResponse(_ResponseInfo, Generic[T]):
    """A success response before parsing: ``status_code``, ``headers``, ``http_response``, ``parse()``.

    Also ``request_id``, ``elapsed`` (time to the response, last attempt) and ``retries_taken``.
    Returned by the methods of ``client.with_raw_response``; error statuses still raise.
    """

    __slots__ = ("_elapsed", "_op", "_value", "_parsed")

    def __init__(
        self, op: _Op[T], response: httpx.Response, retries_taken: int = 0, elapsed: datetime.timedelta | None = None
    ) -> None:
        super().__init__(response, retries_taken)
        self._elapsed = elapsed
        self._op = op
        self._value: T | None = None
        self._parsed = False

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the (last) request to receiving its response."""
        return self._elapsed if self._elapsed is not None else self.http_response.elapsed

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
        if item is None or not _given(item):
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
    """Query pairs for ``(wire name, value, style, explode)``; ``omit`` and ``None`` values are left out.

    Arrays repeat the key when exploded (``form``) and are joined otherwise (``,``, or the
    delimiter of ``spaceDelimited``/``pipeDelimited``); objects are ``name[key]=value`` pairs
    (``deepObject``), one pair per property (exploded ``form``) or ``name=k,v,k,v``.
    """
    out: _QueryPairs = []
    for name, value, style, explode in params:
        if value is not None and _given(value):
            _query_param(out, name, value, _STYLES.get(style, _FORM if explode else _FORM_FLAT))
    return out or None


def _headers(*params: tuple[str, object]) -> dict[str, str] | None:
    """Header values (style ``simple``) for ``(lower-case wire name, value)``; ``omit``/``None`` are left out."""
    out: dict[str, str] = {}
    for name, value in params:
        if value is None or not _given(value):
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
    pairs = [f"{name}={quote(_s(value), safe='')}" for name, value in params if value is not None and _given(value)]
    if not pairs:
        return headers
    out = dict(headers or {})
    out["cookie"] = "; ".join(pairs)
    return out


# -- wire encoding: bodies ---------------------------------------------------------------------------
# ``_fields_<encoding>`` encodes an object body given as (wire name, value) pairs (the client's keyword
# arguments); an ``optional`` body with no value given is not sent. ``_value_<encoding>`` encodes a body
# passed whole as ``body=``; ``MISSING`` (an optional body left out) is not sent.
FileContent: TypeAlias = bytes | IO[bytes]
"""A file's content: ``bytes``, or a file object opened for binary reading (read when the request is sent)."""
FileInput: TypeAlias = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
"""A file to upload: its content, or ``(filename, content)`` / ``(filename, content, content type)``.

Without a file name, a file object's own name (its last path part) is sent, else the field's name; without a
content type, the server's ``UploadFile`` one, else the one the spec declares for the field (its multipart
``encoding`` ``contentType``; of several, the one guessed from the file name when it is listed, else the first),
else one guessed from the file name, else ``application/octet-stream``.
"""


def _is_file_tuple(value: tuple[Any, ...]) -> bool:
    """Whether a tuple is one ``(filename, content[, content type])`` file rather than several values."""
    if len(value) not in (2, 3) or not (value[0] is None or isinstance(value[0], str)):
        return False
    return isinstance(value[1], bytes | bytearray) or hasattr(value[1], "read")


def _multipart_values(value: object) -> list[object] | tuple[object, ...]:
    """The values of one multipart field: a list's (or a tuple's) items, else the value itself (one file tuple too)."""
    if isinstance(value, list) or (isinstance(value, tuple) and not _is_file_tuple(value)):
        return value
    return [value]


def _declared_type(declared: str, guess: str | None) -> str | None:
    """The part type to send of the field's declared ones (``"image/png, image/*"``): the guess when it is
    one of them (``type/*`` and ``*/*`` included), else the first that is no wildcard; None when none is."""
    types = [t.strip() for t in declared.split(",") if t.strip()]
    if guess is not None:
        bare = guess.lower()
        for t in types:
            pattern = t.split(";", 1)[0].strip().lower()
            if pattern in (bare, "*/*") or (pattern.endswith("/*") and bare.startswith(pattern[:-1])):
                return guess
    return next((t for t in types if "*" not in t), None)


def _file_part(field: str, value: object, declared: str | None = None) -> tuple[str, Any, str]:
    """httpx's ``(filename, content, content type)`` for one file value of the multipart field ``field``.

    ``declared``: the content types the spec declares for the field (see :data:`FileInput`).
    """
    filename: object = None
    content_type: object = None
    content = value
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        content_type = value[2] if len(value) > 2 else None
    if filename is None:
        filename = getattr(content, "filename", None) if isinstance(content, bytes) else getattr(content, "name", None)
    if content_type is None and isinstance(content, bytes):
        content_type = getattr(content, "content_type", None)  # the server runtime's UploadFile
    name = str(filename).replace("\\", "/").rsplit("/", 1)[-1] if isinstance(filename, str) and filename else field
    if not isinstance(content_type, str) or not content_type:
        guess = mimetypes.guess_type(name)[0]
        content_type = (_declared_type(declared, guess) if declared else None) or guess or "application/octet-stream"
    if isinstance(content, bytearray | memoryview):
        content = bytes(content)
    return name, content, content_type


class _Multipart:
    """A multipart body: ``bytes``/file values become files, everything else form fields."""

    __slots__ = ("data", "files")

    def __init__(self, fields: Iterable[tuple[str, object]]) -> None:
        self.data: dict[str, str | list[str]] = {}
        self.files: list[tuple[str, object]] = []  # (field, file value), made httpx's file parts by ``parts``
        for name, value in fields:
            if value is None or not _given(value):
                continue
            for v in _multipart_values(value):
                if isinstance(v, bytes | bytearray | tuple) or hasattr(v, "read"):
                    self.files.append((name, v))
                else:
                    self._field(name, _s(v))

    def parts(
        self, part_types: Mapping[str, str] | None = None
    ) -> tuple[dict[str, str | list[str]] | None, list[tuple[str, Any]]]:
        """``data`` and ``files`` for httpx; without a file, the fields go as parts without a file name.

        ``part_types`` are the content types the spec declares for fields (multipart ``encoding``): a file
        without a type of its own gets one of them, a field goes as a part of its declared type.
        (Given no files, httpx would send the fields as a urlencoded form instead of multipart.)
        """
        types = part_types or {}
        files: list[tuple[str, Any]] = [(name, _file_part(name, v, types.get(name))) for name, v in self.files]
        data: dict[str, str | list[str]] = {}
        for name, found in self.data.items():
            declared = _declared_type(types[name], None) if name in types else None
            if declared is None:
                data[name] = found
            else:
                files.extend((name, (None, v, declared)) for v in (found if isinstance(found, list) else [found]))
        if files:
            return data, files
        values = ((name, v) for name, found in data.items() for v in (found if isinstance(found, list) else [found]))
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
        if value is None or not _given(value):
            continue
        if isinstance(value, list | tuple):
            out.extend((name, _s(v)) for v in value if v is not None and _given(v))
        else:
            out.append((name, _s(value)))
    return out


def _with_extra(fields: Iterable[tuple[str, object]], extra: Mapping[str, object] | None) -> list[tuple[str, object]]:
    """The fields, then ``extra_body``'s (an extra field replaces a field of the same wire name)."""
    pairs = [(name, value) for name, value in fields if _given(value)]
    if extra:
        pairs = [(n, v) for n, v in pairs if n not in extra] + list(extra.items())
    return pairs


def _fields_json(
    fields: Iterable[tuple[str, object]], optional: bool, extra: Mapping[str, object] | None = None
) -> bytes | None:
    """A JSON object from ``(wire name, value)`` pairs and ``extra_body``; ``omit`` values are left out."""
    data = dict(_with_extra(fields, extra))
    if optional and not data:
        return None
    return pydantic_core.to_json(data, by_alias=True)


def _fields_form(
    fields: Iterable[tuple[str, object]], optional: bool, extra: Mapping[str, object] | None = None
) -> bytes | None:
    """Form-urlencoded: wire names, ``true``/``false``, arrays as repeated keys, ``omit``/``None`` left out."""
    pairs = _form_pairs(_with_extra(fields, extra))
    if optional and not pairs:
        return None
    return urlencode(pairs).encode("ascii")


def _fields_multipart(
    fields: Iterable[tuple[str, object]], optional: bool, extra: Mapping[str, object] | None = None
) -> _Multipart | None:
    """Multipart form data: ``bytes``/file values as files, the rest as fields; ``omit``/``None`` left out."""
    body = _Multipart(_with_extra(fields, extra))
    return None if optional and not body.data and not body.files else body


def _value_json(value: object, extra: Mapping[str, object] | None = None) -> bytes | None:
    if not _given(value):
        return _fields_json((), True, extra)
    if extra and _is_object(value):
        return _fields_json(_items(value), False, extra)
    return pydantic_core.to_json(value, by_alias=True)


def _value_ndjson(value: object, extra: Mapping[str, object] | None = None) -> bytes | None:
    """One JSON document per line: each item of a list, or the value itself (``extra_body`` is not used)."""
    if not _given(value):
        return None
    items = value if isinstance(value, list | tuple) else [value]
    return b"".join(pydantic_core.to_json(item, by_alias=True) + b"\n" for item in items)


def _value_form(value: object, extra: Mapping[str, object] | None = None) -> bytes | None:
    return _fields_form(_items(value), not _given(value), extra)


def _value_multipart(value: object, extra: Mapping[str, object] | None = None) -> _Multipart | None:
    return _fields_multipart(_items(value), not _given(value), extra)


def _value_text(value: object, extra: Mapping[str, object] | None = None) -> bytes | None:
    return cast(str, value).encode("utf-8") if _given(value) else None


def _value_binary(value: object, extra: Mapping[str, object] | None = None) -> bytes | None:
    """A whole binary body: ``bytes``, or the content of a binary file object (read now)."""
    if not _given(value):
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value) if type(value) is not bytes else value
    read = getattr(value, "read", None)
    if callable(read):
        content = read()
        if isinstance(content, bytes):
            return content
    raise TypeError(f"a binary body is bytes or a binary file object, not {type(value).__name__}")


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


class _Paging:
    """How an operation pages: ``kind`` is ``next_url``, ``cursor``, ``offset``, ``page`` or ``link``.

    ``items``: wire path to the item list in the body (empty: the body is the list); ``next``: path to
    the next-page URL (``next_url``) or to the next cursor (``cursor``; empty: the last item's ``cursor_field``);
    ``has_more``: path to a boolean that says whether there is a next page; ``param``: the query parameter
    carrying the cursor, offset or page number; ``limit``: the page-size query parameter (``offset``, ``page``).
    """

    __slots__ = ("kind", "items", "next", "has_more", "param", "limit", "cursor_field")

    def __init__(
        self,
        kind: str,
        items: tuple[str, ...],
        next: tuple[str, ...] = (),
        *,
        has_more: tuple[str, ...] = (),
        param: str = "",
        limit: str = "",
        cursor_field: str = "id",
    ) -> None:
        self.kind = kind
        self.items = items
        self.next = next
        self.has_more = has_more
        self.param = param
        self.limit = limit
        self.cursor_field = cursor_field


def _paging(spec: _Paging | tuple[tuple[str, ...], tuple[str, ...]] | None) -> _Paging | None:
    if spec is None or isinstance(spec, _Paging):
        return spec
    return _Paging("next_url", spec[1], spec[0])


_LINK_NEXT = re.compile(r'<([^>]*)>\s*;[^,]*\brel="?next"?', re.I)


class _Pages:
    """Pagination without I/O: ``url`` and ``params`` of the next request (``url`` is None after the last page)."""

    __slots__ = ("url", "params", "_base_url", "_paging", "_seen")

    def __init__(self, op: _Op[Any], base_url: str, url: str, params: _QueryPairs | None) -> None:
        if op.pagination is None:
            raise TypeError(f"{op.name} is not paginated")
        self._paging = op.pagination
        self._base_url = base_url
        self._seen: set[str] = set()
        self.url: str | None = url
        self.params = params

    def turn(self, page: object, response: httpx.Response | None = None) -> list[Any]:
        """The items of ``page``; moves on to the page after it (``url`` None when there is none)."""
        paging = self._paging
        found = _walk(page, paging.items)
        items: list[Any] = found if isinstance(found, list) else []
        more = _walk(page, paging.has_more) if paging.has_more else True
        if paging.kind == "next_url":
            self.url, self.params = self._absolute(_walk(page, paging.next)), None
        elif paging.kind == "link":
            match = _LINK_NEXT.search(response.headers.get("link", "")) if response is not None else None
            self.url, self.params = self._absolute(match.group(1) if match else None), None
        elif paging.kind == "cursor":
            cursor = (
                _walk(page, paging.next)
                if paging.next
                else (_wire_get(items[-1], paging.cursor_field) if items else None)
            )
            self._set(paging.param, None if cursor is None or cursor == "" or more is False else _s(cursor))
        else:  # offset: advanced by the items received; page: by one (the first page is 1 unless given)
            first = 1 if paging.kind == "page" else 0
            current = next((int(v) for k, v in self.params or () if k == paging.param and v is not None), first)
            step = 1 if paging.kind == "page" else len(items)
            self._set(paging.param, None if not items or more is False else str(current + step))
        return items

    def _set(self, name: str, value: str | None) -> None:
        if value is None:
            self.url = None
            return
        params = [(k, v) for k, v in self.params or () if k != name]
        self.params = [*params, (name, value)]
        key = repr(self.params)
        if key in self._seen:
            self.url = None
        self._seen.add(key)

    def _absolute(self, found: object) -> str | None:
        """The absolute URL of the next page (``None`` on the last page or when a URL repeats)."""
        url = "" if found is None else str(found)  # a str, or a pydantic URL type
        if not url or url in self._seen:
            return None
        self._seen.add(url)
        if not url.startswith(("http://", "https://")):
            url = str(httpx.URL(self._base_url + "/").join(url))
        return url

    def copy(self) -> _Pages:
        other = object.__new__(_Pages)
        other.url, other.params, other._base_url = self.url, self.params, self._base_url
        other._paging, other._seen = self._paging, set(self._seen)
        return other


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
    ``throw`` with the ``httpx.TransportError`` sending raised. ``retries`` counts the waits taken.
    """

    __slots__ = ("_steps", "_sent", "action", "done", "response", "retries", "elapsed")

    action: _Action
    response: httpx.Response

    def __init__(self, steps: _Exchange) -> None:
        self._steps = steps
        self.done = False
        self.retries = 0
        self._sent = 0.0
        self.elapsed = datetime.timedelta(0)  # time from sending the last request to its response
        self.send(None)

    def send(self, reply: httpx.Response | None) -> None:
        if reply is not None:
            self.elapsed = datetime.timedelta(seconds=time.monotonic() - self._sent)
        try:
            self.action = self._steps.send(reply)
        except StopIteration as stop:
            self.done, self.response = True, stop.value
        else:
            self._next()

    def throw(self, error: httpx.TransportError) -> None:
        try:
            self.action = self._steps.throw(error)
        except StopIteration as stop:
            self.done, self.response = True, stop.value
        else:
            self._next()

    def _next(self) -> None:
        if isinstance(self.action, _Wait):
            self.retries += 1
        else:
            self._sent = time.monotonic()


class _Call:
    """The per-call options every method takes besides its parameters."""

    __slots__ = ("extra_headers", "extra_query", "timeout", "retries")

    def __init__(
        self,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
        *,
        extra_query: Mapping[str, object] | None = None,
        retries: int | None | Omit = None,
    ) -> None:
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.timeout: TimeoutTypes | MISSING = MISSING if isinstance(timeout, Omit) else timeout
        self.retries = None if isinstance(retries, Omit) else retries


_NO_OPTIONS = _Call()
_OptionsArg: TypeAlias = "Mapping[str, str] | None | _Call"


def _call(extra_headers: _OptionsArg, timeout: TimeoutTypes | MISSING | Omit) -> _Call:
    """Accepts the two positional forms: ``(extra_headers, timeout)`` or a ready ``_Call``."""
    if isinstance(extra_headers, _Call):
        return extra_headers
    if extra_headers is None and timeout is MISSING:
        return _NO_OPTIONS
    return _Call(extra_headers, timeout)


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
        self._default_headers = {"user-agent": _Settings.user_agent}
        self._default_headers.update({k.lower(): v for k, v in (headers or {}).items()})
        self._credentials = {name: c for name, c in credentials.items() if c is not None}
        self._auth_cache: dict[tuple[_Op[Any], bool], tuple[dict[str, str], tuple[tuple[str, str], ...]]] = {}
        self._owns_http = http_client is None
        self._closed = False
        self._log = _Settings.logger

    def _require(self, names: Iterable[str], headers: Iterable[str], hint: str) -> None:
        """Raise :class:`MissingCredentialsError` when none of the schemes ``names`` has a credential.

        Credentials passed as default headers (``headers={"Authorization": ...}``) count: ``headers`` names
        the headers the schemes would send.
        """
        if any(name in self._credentials for name in names):
            return
        if any(h.lower() in self._default_headers for h in headers):
            return
        raise MissingCredentialsError(f"no credentials: {hint}")

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
        retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with some options changed; it shares the connection pool (and its lifetime).

        ``headers`` are added to (and override) the default headers; closing the copy does not close the pool.
        """
        if retries is not None and retries < 0:
            raise ValueError("retries must be >= 0")
        other = copy.copy(self)
        for cached in ("with_raw_response", "with_streaming_response"):
            other.__dict__.pop(cached, None)
        other._owns_http = False
        other._auth_cache = {}
        if base_url is not None:
            other._base_url = base_url.rstrip("/")
        if timeout is not MISSING:
            other._timeout = timeout
        if retries is not None:
            other._retries = retries
        if headers:
            other._default_headers = {**self._default_headers, **{k.lower(): v for k, v in headers.items()}}
        return other

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
            if has_content:
                headers["content-type"] = op.content_type or "application/json"
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
        call: _Call,
    ) -> httpx.Request:
        fixed, auth_params = self._fixed(op, isinstance(body, bytes))
        merged = self._merge_headers(fixed, headers, call.extra_headers)
        if op.idempotency_header and op.idempotency_header not in merged:
            merged = {**merged, op.idempotency_header: str(uuid.uuid4())}
        if auth_params or call.extra_query:
            extra = [(k, _s(v)) for k, v in (call.extra_query or {}).items()]
            params = [*(params or ()), *auth_params, *extra]
        if params and "?" in url:  # a next-page URL: keep its query (httpx would replace it with ``params``)
            url, params = str(httpx.URL(url).copy_merge_params(params)), None
        timeout = self._timeout if call.timeout is MISSING else call.timeout
        request_timeout = httpx.USE_CLIENT_DEFAULT if timeout is MISSING else timeout
        if isinstance(body, _Multipart):
            data, files = body.parts(op.part_types)
            return self._http.build_request(
                op.method, url, params=params, headers=merged, data=data, files=files, timeout=request_timeout
            )
        return self._http.build_request(
            op.method, url, params=params, headers=merged, content=body, timeout=request_timeout
        )

    def _exchange(self, op: _Op[Any], request: httpx.Request, retries: int | None = None) -> _Exchange:
        """Send ``request`` until it succeeds or retries run out: yields the actions, returns the last response."""
        attempt = 0
        log = self._log
        retries = self._retries if retries is None else retries
        while True:
            request.headers[RETRY_COUNT_HEADER] = str(attempt)
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%s: %s %s (attempt %d)", op.name, request.method, request.url, attempt + 1)
            try:
                response = cast(httpx.Response, (yield request))
            except httpx.TransportError as exc:
                if attempt >= retries or not op.idempotent:
                    raise _transport_error(op.name, exc) from exc
                delay, reason = _retry_delay(attempt, None), f"{type(exc).__name__}: {exc}"
                log.info(
                    "%s: retrying in %.2f s (retry %d of %d) after %s", op.name, delay, attempt + 1, retries, reason
                )
                yield _Wait(delay, None)
            else:
                status = response.status_code
                if log.isEnabledFor(logging.DEBUG):  # the request id is looked up only when it is logged
                    log.debug("%s: HTTP %d (request id %s)", op.name, status, _request_id(response))
                if status < 400 or attempt >= retries or not _should_retry(op, status):
                    return response
                delay = _retry_delay(attempt, response)
                log.info(
                    "%s: retrying in %.2f s (retry %d of %d) after HTTP %d",
                    op.name,
                    delay,
                    attempt + 1,
                    retries,
                    status,
                )
                yield _Wait(delay, response)
            attempt += 1

    def _flow(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        call: _Call,
    ) -> _Flow:
        """The exchange of one call, ready for a transport to perform."""
        if self._closed or self._http.is_closed:
            raise ClientClosedError(op.name)
        retries = self._retries if call.retries is None else call.retries
        return _Flow(self._exchange(op, self._build(op, url, params, headers, body, call), retries))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base_url}>"


class StreamedResponse(_ResponseInfo):
    """A success response whose body has not been read: iterate it (``client.with_streaming_response``).

    ``status_code``, ``headers``, ``request_id``, ``retries_taken``, ``http_response``; ``iter_bytes()``,
    ``iter_text()``, ``iter_lines()`` (``aiter_*`` on the async client) and ``read()``/``aread()``.
    The body is closed when the ``with`` block ends.
    """

    __slots__ = ()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body decoded to text, in chunks."""
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body line by line (e.g. newline-delimited JSON or server-sent events)."""
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        """The whole body."""
        return self.http_response.read()

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive (async client)."""
        return self.http_response.aiter_bytes(chunk_size)

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body decoded to text, in chunks (async client)."""
        return self.http_response.aiter_text(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        """The body line by line (async client)."""
        return self.http_response.aiter_lines()

    async def aread(self) -> bytes:
        """The whole body (async client)."""
        return await self.http_response.aread()

    def __repr__(self) -> str:
        return f"<StreamedResponse [{self.status_code}]>"


class Page(Generic[T]):
    """One page of a paginated list: ``items``, ``has_next_page()``, ``next_page()``, ``iter_pages()``.

    Iterating a page yields its items and then those of every following page (``for x in page:``);
    ``page.items`` is this page's only. ``body`` is the parsed page as the operation returns it.
    """

    def __init__(self, client: _SyncBase, op: _Op[Any], request: _PageRequest, body: object, items: list[T]) -> None:
        self.body = body
        self.items = items
        self._client, self._op, self._request = client, op, request

    def has_next_page(self) -> bool:
        """True when the API points at another page."""
        return self._request.pages.url is not None

    def next_page(self) -> Page[T]:
        """The next page (raises ``StopIteration`` after the last one)."""
        if not self.has_next_page():
            raise StopIteration("no next page")
        return self._client._page(self._op, self._request.following())

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every following one."""
        page: Page[T] = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(Generic[T]):
    """:class:`Page` for the async client: ``await page.next_page()``, ``async for`` over items or pages."""

    def __init__(self, client: _AsyncBase, op: _Op[Any], request: _PageRequest, body: object, items: list[T]) -> None:
        self.body = body
        self.items = items
        self._client, self._op, self._request = client, op, request

    def has_next_page(self) -> bool:
        """True when the API points at another page."""
        return self._request.pages.url is not None

    async def next_page(self) -> AsyncPage[T]:
        """The next page (raises ``StopAsyncIteration`` after the last one)."""
        if not self.has_next_page():
            raise StopAsyncIteration("no next page")
        return await self._client._page(self._op, self._request.following())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every following one."""
        page: AsyncPage[T] = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class _PageRequest:
    """The request of one page: the pagination state and what every page's request repeats."""

    __slots__ = ("pages", "headers", "call", "body")

    def __init__(self, pages: _Pages, headers: dict[str, str] | None, call: _Call, body: _Body = None) -> None:
        self.pages, self.headers, self.call, self.body = pages, headers, call, body

    def following(self) -> _PageRequest:
        return _PageRequest(self.pages.copy(), self.headers, self.call, self.body)


def _raise_status(op: _Op[Any], response: httpx.Response) -> None:
    if not op.accepts(response.status_code):
        raise op.status_error(response)


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

    def _run(self, flow: _Flow, stream: bool = False) -> httpx.Response:
        while not flow.done:
            action = flow.action
            if isinstance(action, _Wait):
                if action.response is not None:
                    action.response.close()
                self._sleep(action.seconds)
                flow.send(None)
                continue
            try:
                response = self._http.send(action, stream=stream)
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
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> T:
        return op.parse(self._run(self._flow(op, url, params, headers, body, _call(extra_headers, timeout))))

    def _send_raw(
        self,
        op: _Op[T],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> RawResponse[T]:
        flow = self._flow(op, url, params, headers, body, _call(extra_headers, timeout))
        return op.raw(self._run(flow), flow.retries, flow.elapsed)

    @contextlib.contextmanager
    def _stream(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        call: _Call,
    ) -> Iterator[StreamedResponse]:
        flow = self._flow(op, url, params, headers, body, call)
        response = self._run(flow, stream=True)
        try:
            if not op.accepts(response.status_code):
                response.read()
                _raise_status(op, response)
            yield StreamedResponse(response, flow.retries)
        finally:
            response.close()

    def _page(self, op: _Op[Any], request: _PageRequest) -> Page[Any]:
        pages = request.pages
        assert pages.url is not None
        flow = self._flow(op, pages.url, pages.params, request.headers, request.body, request.call)
        response = self._run(flow)
        body = op.parse(response)
        return Page(self, op, request, body, pages.turn(body, response))

    def _first_page(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body = None,
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> Page[Any]:
        pages = _Pages(op, self._base_url, url, params)
        return self._page(op, _PageRequest(pages, headers, _call(extra_headers, timeout), body))

    def _iter_items(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body = None,
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> Iterator[Any]:
        yield from self._first_page(op, url, params, headers, body, extra_headers, timeout)

    def close(self) -> None:
        """Close the underlying HTTP client (unless it was passed in by the caller); later calls raise ClientClosedError."""
        self._closed = True
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

    async def _run(self, flow: _Flow, stream: bool = False) -> httpx.Response:
        while not flow.done:
            action = flow.action
            if isinstance(action, _Wait):
                if action.response is not None:
                    await action.response.aclose()
                await self._sleep(action.seconds)
                flow.send(None)
                continue
            try:
                response = await self._http.send(action, stream=stream)
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
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> T:
        return op.parse(await self._run(self._flow(op, url, params, headers, body, _call(extra_headers, timeout))))

    async def _send_raw(
        self,
        op: _Op[T],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> RawResponse[T]:
        flow = self._flow(op, url, params, headers, body, _call(extra_headers, timeout))
        return op.raw(await self._run(flow), flow.retries, flow.elapsed)

    @contextlib.asynccontextmanager
    async def _stream(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        call: _Call,
    ) -> AsyncIterator[StreamedResponse]:
        flow = self._flow(op, url, params, headers, body, call)
        response = await self._run(flow, stream=True)
        try:
            if not op.accepts(response.status_code):
                await response.aread()
                _raise_status(op, response)
            yield StreamedResponse(response, flow.retries)
        finally:
            await response.aclose()

    async def _page(self, op: _Op[Any], request: _PageRequest) -> AsyncPage[Any]:
        pages = request.pages
        assert pages.url is not None
        flow = self._flow(op, pages.url, pages.params, request.headers, request.body, request.call)
        response = await self._run(flow)
        body = op.parse(response)
        return AsyncPage(self, op, request, body, pages.turn(body, response))

    async def _first_page(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body = None,
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> AsyncPage[Any]:
        pages = _Pages(op, self._base_url, url, params)
        return await self._page(op, _PageRequest(pages, headers, _call(extra_headers, timeout), body))

    async def _iter_items(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body = None,
        extra_headers: _OptionsArg = None,
        timeout: TimeoutTypes | MISSING | Omit = MISSING,
    ) -> AsyncIterator[Any]:
        page = await self._first_page(op, url, params, headers, body, extra_headers, timeout)
        async for item in page:
            yield item

    async def aclose(self) -> None:
        """Close the underlying HTTP client (unless it was passed in by the caller); later calls raise ClientClosedError."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
