# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""Typed HTTP client for Secured hooks 1.0 (sync ``Client``, async ``AsyncClient``).

Usage::

    from golden_secured_hooks import Client, NotFoundError

    with Client() as client:
        ...

Design (the same for both clients; ``AsyncClient`` methods are awaited, its iterators
are ``async for``-ed and it is an ``async with`` context manager):

* One method per operation, named after the operationId. Path parameters are
  positional, in path order; everything else is keyword-only.
* Query, header and cookie parameters are typed; an optional one defaults to
  ``omit`` and is then not sent (the server applies the spec's default). Query
  arrays use the spec's style (repeated keys when exploded, comma-joined when not;
  ``deepObject`` objects as ``name[key]=value``); path values are percent-encoded.
* An object request body (JSON, form or multipart) is flattened: each top-level
  property is a keyword argument named like the model field. An optional property
  defaults to ``omit`` and is then left out of the body (``None`` sends
  JSON ``null`` where the schema is nullable; form bodies leave ``None`` out). Any
  other body is passed as ``body=``. JSON uses wire names; form bodies use wire
  names, ``true``/``false`` and repeated keys for arrays.
* A method returns the documented success type as a response view (the tolerant
  twin in ``responses`` of a ``models`` class: an absent optional field is ``None``,
  unknown enum values and fields are kept), ``None`` for a success without content,
  a union when success statuses carry different types; a list of items for
  newline-delimited JSON. A success body that does not match its schema raises
  ``ResponseValidationError``.
* Errors form one hierarchy under ``ApiError``: ``TransportError`` (no response),
  ``ResponseValidationError``, and ``ApiStatusError`` with ``ClientError`` (4xx),
  ``ServerError`` (5xx) and ``UnexpectedStatusError`` (any other undocumented
  status). Each status the spec documents has its own subclass (``NotFoundError``,
  ...) whose ``body`` is the spec's error model when the body validates, else the
  raw JSON value or text; ``response`` is the ``httpx.Response``.
* Retries (``retries=2`` by default, ``0`` disables): idempotent methods (GET, HEAD,
  PUT, DELETE, OPTIONS) on transport errors and 5xx; any method on 429 and 503.
  Delays back off exponentially with jitter, or follow ``Retry-After`` (seconds or
  an HTTP date).
* Paginated operations (next-page URL, cursor, offset, page number or ``Link``
  header; detected from the spec or declared by ``x-pagination``) also have
  ``iter_<name>(...)``, yielding every item across pages, and ``page_<name>(...)``,
  returning the first page as a ``Page`` (``items``, ``has_next_page()``, ``next_page()``).
* ``client.with_raw_response.<name>(...)`` returns a ``RawResponse`` with
  ``status_code``, ``headers``, ``http_response`` and ``parse()``.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager

import httpx
from pydantic import MISSING

from ._client_runtime import (
    RETRY_COUNT_HEADER,
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AsyncPage,
    ClientClosedError,
    ClientError,
    JsonValue,
    MissingCredentialsError,
    Omit,
    Page,
    RawResponse,
    ResponseValidationError,
    ServerError,
    StreamedResponse,
    TimeoutTypes,
    TransportError,
    UnexpectedStatusError,
    _AsyncBase,
    _Call,
    _configure,
    _fields_json,
    _Op,
    _publish,
    _SyncBase,
    omit,
)

__all__ = [
    "RETRY_COUNT_HEADER",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncClientWithStreamingResponse",
    "AsyncPage",
    "Client",
    "ClientClosedError",
    "ClientError",
    "ClientWithRawResponse",
    "ClientWithStreamingResponse",
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
    "log",
    "omit",
]


log = _configure(__package__ or __name__, "1.0", ())
"""The package's logger: requests, responses, retries and backoff; ``GOLDEN_SECURED_HOOKS_LOG=debug`` (or ``info``) prints them."""


# -- one exception class per documented error status --------------------------------------------
_STATUS_ERRORS: dict[int, type[ApiStatusError]] = {}

# -- operations: everything that does not change between calls ------------------------------------
_op_subscribe: _Op[None] = _Op(
    "subscribe",
    "POST",
    _STATUS_ERRORS,
    security=(),
    responses={
        "201": None,
    },
    content_type="application/json",
)


class Client(_SyncBase):
    """Synchronous client for Secured hooks 1.0.

    Usage::

        with Client() as client:
            ...

    Args:
        base_url: where the API is served.
        timeout: seconds (or an ``httpx.Timeout``; ``None`` disables) for every request;
            default 30 s, or the injected ``http_client``'s own timeout.
        retries: how often a failed request is retried (``0`` turns retries off).
        headers: default headers sent with every request.
        http_client: an ``httpx.Client`` to use (not closed by ``close()``).
        transport: an ``httpx`` transport for the client created here (e.g. ``httpx.MockTransport``).
        sleep: how to wait between retries (injectable for tests).
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: TimeoutTypes | MISSING = MISSING,
        retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials={},
            timeout=timeout,
            retries=retries,
            headers=headers,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
        )

    @functools.cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return ClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same operations as context managers yielding a :class:`StreamedResponse` (body not read)."""
        return ClientWithStreamingResponse(self)

    def subscribe(
        self,
        *,
        callback_url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """``POST /subscriptions``

        ``POST /subscriptions``.

        Args:
            callback_url: body field ``callbackUrl`` (required).
                Format ``uri``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: None (no content). subscribed

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_subscribe,
            self._base_url + "/subscriptions",
            None,
            None,
            _fields_json((("callbackUrl", callback_url),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class ClientWithRawResponse:
    """:class:`Client` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def subscribe(
        self,
        *,
        callback_url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.subscribe`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_subscribe,
            self._client._base_url + "/subscriptions",
            None,
            None,
            _fields_json((("callbackUrl", callback_url),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class ClientWithStreamingResponse:
    """:class:`Client` operations as context managers yielding a :class:`StreamedResponse`.

    The body is not read up front: iterate it with ``iter_bytes()``,
    ``iter_lines()`` or ``iter_text()``;
    error statuses raise on entering the block.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def subscribe(
        self,
        *,
        callback_url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.subscribe`, streaming the response body."""
        return self._client._stream(
            _op_subscribe,
            self._client._base_url + "/subscriptions",
            None,
            None,
            _fields_json((("callbackUrl", callback_url),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClient(_AsyncBase):
    """Asynchronous client for Secured hooks 1.0.

    Usage::

        async with AsyncClient() as client:
            ...

    Args:
        base_url: where the API is served.
        timeout: seconds (or an ``httpx.Timeout``; ``None`` disables) for every request;
            default 30 s, or the injected ``http_client``'s own timeout.
        retries: how often a failed request is retried (``0`` turns retries off).
        headers: default headers sent with every request.
        http_client: an ``httpx.AsyncClient`` to use (not closed by ``aclose()``).
        transport: an ``httpx`` transport for the client created here (e.g. ``httpx.MockTransport``).
        sleep: how to wait between retries (injectable for tests).
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: TimeoutTypes | MISSING = MISSING,
        retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials={},
            timeout=timeout,
            retries=retries,
            headers=headers,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return AsyncClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same operations as context managers yielding a :class:`StreamedResponse` (body not read)."""
        return AsyncClientWithStreamingResponse(self)

    async def subscribe(
        self,
        *,
        callback_url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """``POST /subscriptions``

        ``POST /subscriptions``.

        Args:
            callback_url: body field ``callbackUrl`` (required).
                Format ``uri``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: None (no content). subscribed

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_subscribe,
            self._base_url + "/subscriptions",
            None,
            None,
            _fields_json((("callbackUrl", callback_url),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClientWithRawResponse:
    """:class:`AsyncClient` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def subscribe(
        self,
        *,
        callback_url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.subscribe`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_subscribe,
            self._client._base_url + "/subscriptions",
            None,
            None,
            _fields_json((("callbackUrl", callback_url),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClientWithStreamingResponse:
    """:class:`AsyncClient` operations as async context managers yielding a :class:`StreamedResponse`.

    The body is not read up front: iterate it with ``aiter_bytes()``,
    ``aiter_lines()`` or ``aiter_text()``;
    error statuses raise on entering the block.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def subscribe(
        self,
        *,
        callback_url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.subscribe`, streaming the response body."""
        return self._client._stream(
            _op_subscribe,
            self._client._base_url + "/subscriptions",
            None,
            None,
            _fields_json((("callbackUrl", callback_url),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


_publish(
    __package__ or __name__,
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AsyncPage,
    ClientClosedError,
    ClientError,
    MissingCredentialsError,
    Omit,
    Page,
    RawResponse,
    ResponseValidationError,
    ServerError,
    StreamedResponse,
    TransportError,
    UnexpectedStatusError,
    Client,
    AsyncClient,
)
