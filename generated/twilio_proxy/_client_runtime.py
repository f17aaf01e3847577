# generated from specs/twilio_proxy.yaml — do not edit
"""Runtime of the generated client for Twilio Proxy API v1: errors, retries, wire encoding.

Private module: import the public names (``Client``, ``AsyncClient``, the errors,
``RawResponse``) from ``client`` or from the package itself.
"""

from __future__ import annotations

import base64
import datetime
import email.utils
import json
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeAlias, TypeVar, cast
from urllib.parse import quote, urlencode

import httpx
import pydantic
import pydantic_core
from pydantic import MISSING

from . import models

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
    "BadRequestError",
    "UnauthorizedError",
    "NotFoundError",
    "ConflictError",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

JsonValue: TypeAlias = dict[str, "JsonValue"] | list["JsonValue"] | str | int | float | bool | None
"""A parsed JSON document."""

_QueryPairs: TypeAlias = list[tuple[str, str | int | float | bool | None]]

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""A timeout in seconds, an ``httpx.Timeout``, or ``None`` for no timeout."""

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})


# -- errors ------------------------------------------------------------------------------------
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


class BadRequestError(ClientError):
    """HTTP 400; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


class UnauthorizedError(ClientError):
    """HTTP 401; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


class NotFoundError(ClientError):
    """HTTP 404; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


class ConflictError(ClientError):
    """HTTP 409; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


_STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    404: NotFoundError,
    409: ConflictError,
}


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
    text = (
        body.model_dump_json()
        if isinstance(body, pydantic.BaseModel)
        else body
        if isinstance(body, str)
        else json.dumps(body)
    )
    return text if len(text) <= 300 else text[:297] + "..."


# -- response parsing --------------------------------------------------------------------------
class _Parser(Generic[T_co]):
    """Turns a response into the documented Python value (raises ``pydantic.ValidationError``)."""

    __slots__ = ("expected",)

    def __init__(self, expected: str) -> None:
        self.expected = expected

    def __call__(self, response: httpx.Response) -> T_co:
        raise NotImplementedError


M = TypeVar("M", bound=pydantic.BaseModel)


class _ModelParser(_Parser[M]):
    __slots__ = ("_validate",)

    def __init__(self, model: type[M], expected: str) -> None:
        super().__init__(expected)
        self._validate = model.model_validate_json

    def __call__(self, response: httpx.Response) -> M:
        return self._validate(response.content)


class _JsonParser(_Parser[T]):
    """Strict JSON validation against any annotation; the ``TypeAdapter`` is built on first use."""

    __slots__ = ("_type", "_adapter")

    def __init__(self, tp: Any, expected: str) -> None:
        super().__init__(expected)
        self._type = tp
        self._adapter: pydantic.TypeAdapter[T] | None = None

    def __call__(self, response: httpx.Response) -> T:
        adapter = self._adapter
        if adapter is None:
            adapter = self._adapter = pydantic.TypeAdapter(self._type)
        return adapter.validate_json(response.content, strict=True)


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


class _Op(Generic[T]):
    """Everything about one operation that does not change between calls (built at import time)."""

    __slots__ = (
        "name",
        "method",
        "idempotent",
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
        *,
        security: tuple[tuple[str, ...], ...],
        success: Mapping[int, _Parser[T]],
        success_any: _Parser[T] | None = None,
        errors: Mapping[int, _Parser[object]] | None = None,
        error_ranges: Mapping[int, _Parser[object]] | None = None,
        error_default: _Parser[object] | None = None,
        content_type: str | None = None,
        pagination: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
    ) -> None:
        self.name = name
        self.method = method
        self.idempotent = method in _IDEMPOTENT
        self.security = security
        self.success = dict(success)
        self.success_any = success_any
        self.errors = dict(errors or {})
        self.error_ranges = dict(error_ranges or {})
        self.error_default = error_default
        self.content_type = content_type
        self.pagination = pagination

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

    def status_error(self, response: httpx.Response) -> ApiStatusError:
        """The exception for a response that is not a documented success."""
        status = response.status_code
        body: object = None
        parser = self.errors.get(status) or self.error_ranges.get(status // 100) or self.error_default
        parsed = False
        if parser is not None:
            try:
                body, parsed = parser(response), True
            except (pydantic.ValidationError, ValueError):
                pass
        if not parsed:
            body = _raw_body(response)
        cls = _STATUS_ERRORS.get(status)
        if cls is None:
            cls = ClientError if 400 <= status < 500 else ServerError if 500 <= status < 600 else UnexpectedStatusError
        return cls(self.name, response, body)


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


# -- wire encoding -----------------------------------------------------------------------------
_FORM, _FORM_FLAT, _SPACE, _PIPE, _DEEP = 0, 1, 2, 3, 4  # query styles: form+explode, form, ..., deepObject


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
    if isinstance(value, pydantic.BaseModel):
        return cast(dict[str, object], value.model_dump(mode="json", by_alias=True)).items()
    if isinstance(value, Mapping):
        return cast(Mapping[str, object], value).items()
    return ()


def _path(value: object) -> str:
    """A path parameter (style ``simple``): percent-encoded, arrays comma-joined."""
    if isinstance(value, list | tuple):
        return ",".join(quote(_s(v), safe="") for v in value)
    return quote(_s(value), safe="")


def _deep(out: _QueryPairs, name: str, value: object) -> None:
    for key, item in _items(value):
        if item is None or item is MISSING:
            continue
        if isinstance(item, Mapping) or isinstance(item, pydantic.BaseModel):
            _deep(out, f"{name}[{key}]", item)
        elif isinstance(item, list | tuple):
            out.extend((f"{name}[{key}]", _s(v)) for v in item)
        else:
            out.append((f"{name}[{key}]", _s(item)))


def _query(*params: tuple[str, object, int]) -> _QueryPairs | None:
    """Query pairs for ``(wire name, value, style)``; ``None`` values are left out."""
    out: _QueryPairs = []
    for name, value, style in params:
        if value is None:
            continue
        if isinstance(value, list | tuple):
            if style == _FORM:
                out.extend((name, _s(v)) for v in value)
            else:
                out.append(
                    (name, (" " if style == _SPACE else "|" if style == _PIPE else ",").join(_s(v) for v in value))
                )
        elif isinstance(value, Mapping) or isinstance(value, pydantic.BaseModel):
            if style == _DEEP:
                _deep(out, name, value)
            elif style == _FORM:
                out.extend((k, _s(v)) for k, v in _items(value) if v is not None)
            else:
                out.append((name, ",".join(f"{k},{_s(v)}" for k, v in _items(value) if v is not None)))
        else:
            out.append((name, _s(value)))
    return out or None


def _headers(*params: tuple[str, object]) -> dict[str, str] | None:
    """Header values (style ``simple``) for ``(lower-case wire name, value)``; ``None`` values are left out."""
    out: dict[str, str] = {}
    for name, value in params:
        if value is None:
            continue
        if isinstance(value, list | tuple):
            out[name] = ",".join(_s(v) for v in value)
        elif isinstance(value, Mapping) or isinstance(value, pydantic.BaseModel):
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


def _json(fields: Iterable[tuple[str, object]], optional: bool) -> bytes | None:
    """A JSON object body from ``(wire name, value)`` pairs; ``MISSING`` values are left out.

    An ``optional`` body with no value given is not sent at all.
    """
    data = {name: value for name, value in fields if value is not MISSING}
    if optional and not data:
        return None
    return pydantic_core.to_json(data, by_alias=True)


def _json_value(value: object) -> bytes:
    return pydantic_core.to_json(value, by_alias=True)


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


def _form(fields: Iterable[tuple[str, object]], optional: bool) -> bytes | None:
    """A form-urlencoded body: wire names, ``true``/``false``, arrays as repeated keys, ``MISSING``/``None`` left out.

    An ``optional`` body with no value given is not sent at all.
    """
    pairs = _form_pairs(fields)
    if optional and not pairs:
        return None
    return urlencode(pairs).encode("ascii")


class _Multipart:
    """A multipart body: ``bytes``/file values become files, everything else form fields."""

    __slots__ = ("data", "files")

    def __init__(self, fields: Iterable[tuple[str, object]]) -> None:
        self.data: dict[str, str | list[str]] = {}
        self.files: list[tuple[str, Any]] = []
        for name, value in fields:
            if value is MISSING or value is None:
                continue
            values = value if isinstance(value, list | tuple) else [value]
            for v in values:
                if isinstance(v, bytes | bytearray) or hasattr(v, "read") or isinstance(v, tuple):
                    self.files.append((name, v))
                else:
                    existing = self.data.get(name)
                    if existing is None:
                        self.data[name] = _s(v)
                    elif isinstance(existing, list):
                        existing.append(_s(v))
                    else:
                        self.data[name] = [existing, _s(v)]


def _multipart(fields: Iterable[tuple[str, object]], optional: bool) -> _Multipart | None:
    body = _Multipart(fields)
    return None if optional and not body.data and not body.files else body


_Body: TypeAlias = bytes | _Multipart | None


# -- credentials and retries -------------------------------------------------------------------
class _Credential:
    """What one security scheme adds to a request."""

    __slots__ = ("headers", "params", "cookies")

    def __init__(
        self,
        headers: Mapping[str, str] = {},  # noqa: B006 - never mutated
        params: tuple[tuple[str, str], ...] = (),
        cookies: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.headers = dict(headers)
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
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds())


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


class _Common:
    """State and request building shared by the sync and async clients."""

    _INITIAL_BACKOFF = 0.5
    """Seconds before the first retry; doubled for each further retry."""
    _MAX_BACKOFF = 8.0
    """Upper bound of one backoff delay, in seconds."""
    _MAX_RETRY_AFTER = 60.0
    """A ``Retry-After`` longer than this is ignored in favour of the computed backoff."""

    _http: httpx.Client | httpx.AsyncClient

    def _setup(
        self,
        base_url: str,
        credentials: Mapping[str, _Credential | None],
        timeout: TimeoutTypes | MISSING,
        retries: int,
        headers: Mapping[str, str] | None,
    ) -> None:
        if retries < 0:
            raise ValueError("retries must be >= 0")
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._retries = retries
        self._default_headers = {k.lower(): v for k, v in (headers or {}).items()}
        self._credentials = {name: c for name, c in credentials.items() if c is not None}
        self._auth_cache: dict[tuple[_Op[Any], bool], tuple[dict[str, str], tuple[tuple[str, str], ...]]] = {}

    @property
    def base_url(self) -> str:
        """The URL every operation path is appended to."""
        return self._base_url

    def _fixed(self, op: _Op[Any], has_body: bool) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
        """Headers and query pairs that are the same for every call of ``op`` (computed once).

        Default headers, the body's content type, and the credentials of the first security
        alternative all of whose credentials were given.
        """
        key = (op, has_body)
        cached = self._auth_cache.get(key)
        if cached is None:
            security = op.security
            headers = dict(self._default_headers)
            if has_body and op.content_type:
                headers["content-type"] = op.content_type
            params: list[tuple[str, str]] = []
            cookies: list[tuple[str, str]] = []
            for alternative in security:
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
        auth_headers, auth_params = self._fixed(op, body is not None)
        merged = auth_headers
        if headers or extra_headers:
            merged = dict(auth_headers)
            if headers:
                cookie = merged.get("cookie")
                merged.update(headers)
                if cookie and "cookie" in headers:
                    merged["cookie"] = cookie + "; " + headers["cookie"]
            if extra_headers:
                merged.update({k.lower(): v for k, v in extra_headers.items()})
        if auth_params:
            params = [*(params or ()), *auth_params]
        if timeout is MISSING:
            timeout = self._timeout
        request_timeout = httpx.USE_CLIENT_DEFAULT if timeout is MISSING else timeout
        if isinstance(body, _Multipart):
            return self._http.build_request(
                op.method, url, params=params, headers=merged, data=body.data, files=body.files, timeout=request_timeout
            )
        return self._http.build_request(
            op.method, url, params=params, headers=merged, content=body, timeout=request_timeout
        )

    def _next_url(self, page: object, path: tuple[str, ...], seen: set[str]) -> str | None:
        """The absolute URL of the next page (``None`` on the last page or when a URL repeats)."""
        found = _walk(page, path)
        url = "" if found is None else str(found)  # a str, or a pydantic URL type
        if not url or url in seen:
            return None
        seen.add(url)
        if not url.startswith(("http://", "https://")):
            url = str(httpx.URL(self._base_url + "/").join(url))
        return url

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Honour ``Retry-After`` when sensible, else exponential backoff with jitter."""
        if response is not None:
            after = _retry_after(response)
            if after is not None and after <= self._MAX_RETRY_AFTER:
                return after
        delay = min(self._INITIAL_BACKOFF * 2.0**attempt, self._MAX_BACKOFF)
        return delay * (1.0 - 0.25 * random.random())  # noqa: S311 - jitter, not crypto

    @staticmethod
    def _should_retry(op: _Op[Any], status: int) -> bool:
        """429/503 are retried for any method; other 5xx only for idempotent methods."""
        return status == 429 or status == 503 or (op.idempotent and 500 <= status < 600)


class _SyncBase(_Common):
    """The sync transport: retries, error mapping, pagination."""

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
        if http_client is not None and transport is not None:
            raise ValueError("pass either http_client or transport, not both")
        self._setup(base_url, credentials, timeout, retries, headers)
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(transport=transport, timeout=30.0 if timeout is MISSING else timeout)
        )
        self._sleep = sleep

    def _execute(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> httpx.Response:
        request = self._build(op, url, params, headers, body, extra_headers, timeout)
        attempt = 0
        while True:
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                if attempt >= self._retries or not op.idempotent:
                    raise TransportError(op.name, exc) from exc
                self._sleep(self._retry_delay(attempt, None))
                attempt += 1
                continue
            status = response.status_code
            if status < 400 or attempt >= self._retries or not self._should_retry(op, status):
                return response
            delay = self._retry_delay(attempt, response)
            response.close()
            self._sleep(delay)
            attempt += 1

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
        return op.parse(self._execute(op, url, params, headers, body, extra_headers, timeout))

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
        response = self._execute(op, url, params, headers, body, extra_headers, timeout)
        if not op.accepts(response.status_code):
            raise op.status_error(response)
        return RawResponse(op, response)

    def _iter_items(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> Iterator[Any]:
        assert op.pagination is not None
        next_path, items_path = op.pagination
        seen: set[str] = set()
        next_url: str | None = url
        while next_url is not None:
            page = self._send(op, next_url, params, headers, None, extra_headers, timeout)
            items = _walk(page, items_path)
            if isinstance(items, list):
                for item in items:
                    yield item
            next_url, params = self._next_url(page, next_path, seen), None

    def close(self) -> None:
        """Close the underlying HTTP client (unless it was passed in by the caller)."""
        if self._owns_http:
            self._http.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base_url}>"


class _AsyncBase(_Common):
    """The async transport: retries, error mapping, pagination."""

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
        if http_client is not None and transport is not None:
            raise ValueError("pass either http_client or transport, not both")
        self._setup(base_url, credentials, timeout, retries, headers)
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(transport=transport, timeout=30.0 if timeout is MISSING else timeout)
        )
        self._sleep = sleep

    async def _execute(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        body: _Body,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> httpx.Response:
        request = self._build(op, url, params, headers, body, extra_headers, timeout)
        attempt = 0
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                if attempt >= self._retries or not op.idempotent:
                    raise TransportError(op.name, exc) from exc
                await self._sleep(self._retry_delay(attempt, None))
                attempt += 1
                continue
            status = response.status_code
            if status < 400 or attempt >= self._retries or not self._should_retry(op, status):
                return response
            delay = self._retry_delay(attempt, response)
            await response.aclose()
            await self._sleep(delay)
            attempt += 1

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
        return op.parse(await self._execute(op, url, params, headers, body, extra_headers, timeout))

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
        response = await self._execute(op, url, params, headers, body, extra_headers, timeout)
        if not op.accepts(response.status_code):
            raise op.status_error(response)
        return RawResponse(op, response)

    async def _iter_items(
        self,
        op: _Op[Any],
        url: str,
        params: _QueryPairs | None,
        headers: dict[str, str] | None,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | MISSING,
    ) -> AsyncIterator[Any]:
        assert op.pagination is not None
        next_path, items_path = op.pagination
        seen: set[str] = set()
        next_url: str | None = url
        while next_url is not None:
            page = await self._send(op, next_url, params, headers, None, extra_headers, timeout)
            items = _walk(page, items_path)
            if isinstance(items, list):
                for item in items:
                    yield item
            next_url, params = self._next_url(page, next_path, seen), None

    async def aclose(self) -> None:
        """Close the underlying HTTP client (unless it was passed in by the caller)."""
        if self._owns_http:
            await self._http.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base_url}>"
