# generated from tests/golden/encodings/spec.yaml — do not edit
"""Typed HTTP client for Encodings 1.0.0 (sync ``Client``, async ``AsyncClient``).

Usage::

    from golden_encodings import Client, NotFoundError

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

from . import responses
from ._client_runtime import (
    RETRY_COUNT_HEADER,
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AsyncPage,
    ClientClosedError,
    ClientError,
    FileContent,
    FileInput,
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
    _fields_form,
    _fields_multipart,
    _lazy_parser,
    _ModelTypes,
    _Op,
    _path,
    _publish,
    _query,
    _SyncBase,
    _value_json,
    _value_text,
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
    "log",
    "omit",
    "NotFoundError",
]


log = _configure(__package__ or __name__, "1.0.0", ())
"""The package's logger: requests, responses, retries and backoff; ``GOLDEN_ENCODINGS_LOG=debug`` (or ``info``) prints them."""


# -- one exception class per documented error status --------------------------------------------
class NotFoundError(ClientError):
    """HTTP 404; ``body`` is responses.Error when it validates."""

    body: responses.Error

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.Error,)


_STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    404: NotFoundError,
}

# -- operations: everything that does not change between calls ------------------------------------
_op_submit_form: _Op[responses.FormInput] = _Op(
    "submit_form",
    "POST",
    _STATUS_ERRORS,
    security=(),
    responses={
        "200": _lazy_parser("json", lambda: responses.FormInput, "responses.FormInput"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_upload: _Op[responses.Upload] = _Op(
    "upload",
    "POST",
    _STATUS_ERRORS,
    security=(),
    responses={
        "201": _lazy_parser("json", lambda: responses.Upload, "responses.Upload"),
    },
    content_type="multipart/form-data",
)
_op_get_blob: _Op[bytes] = _Op(
    "get_blob",
    "GET",
    _STATUS_ERRORS,
    security=(),
    responses={
        "200": _lazy_parser("binary", lambda: bytes, "bytes"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_events: _Op[list[responses.Event]] = _Op(
    "list_events",
    "GET",
    _STATUS_ERRORS,
    security=(),
    responses={
        "200": _lazy_parser("ndjson", lambda: responses.Event, "list[responses.Event]"),
    },
)
_op_put_note: _Op[str] = _Op(
    "put_note",
    "PUT",
    _STATUS_ERRORS,
    security=(),
    responses={
        "200": _lazy_parser("text", lambda: str, "str"),
    },
    content_type="text/plain",
)


class Client(_SyncBase):
    """Synchronous client for Encodings 1.0.0.

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

    def submit_form(
        self,
        *,
        name: str,
        count: int | Omit = omit,
        tags: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.FormInput:
        """``POST /forms``

        ``POST /forms``.

        Args:
            name: body field ``name`` (required).
            count: body field ``count``.
            tags: body field ``tags``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.FormInput. The form as the server read it.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_submit_form,
            self._base_url + "/forms",
            None,
            None,
            _fields_form(
                (
                    ("name", name),
                    ("count", count),
                    ("tags", tags),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def upload(
        self,
        *,
        file: FileInput,
        title: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Upload:
        """``POST /uploads``

        ``POST /uploads``.

        Args:
            title: body field ``title``.
                A caption for the file.
            file: body field ``file`` (required).
                Format ``binary``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Upload. What arrived.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_upload,
            self._base_url + "/uploads",
            None,
            None,
            _fields_multipart(
                (
                    ("title", title),
                    ("file", file),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_blob(
        self,
        blob_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> bytes:
        """``GET /blobs/{blobId}``

        ``GET /blobs/{blobId}``.

        Args:
            blob_id: path parameter ``blobId``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: bytes. The raw bytes.

        Raises:
            NotFoundError: HTTP 404. No such blob.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_get_blob,
            self._base_url + "/blobs/" + _path(blob_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_events(
        self,
        *,
        limit: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> list[responses.Event]:
        """``GET /events``

        ``GET /events``.

        Args:
            limit: query parameter ``limit``.
                At least 1, at most 100.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: list[responses.Event]. One event per line.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_events,
            self._base_url + "/events",
            _query(
                ("limit", limit, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def put_note(
        self,
        note_id: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> str:
        """``PUT /notes/{noteId}``

        ``PUT /notes/{noteId}``.

        Args:
            note_id: path parameter ``noteId``.
            body: the text/plain request body.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: str. The note as stored.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_put_note,
            self._base_url + "/notes/" + _path(note_id),
            None,
            None,
            _value_text(body, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class ClientWithRawResponse:
    """:class:`Client` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def submit_form(
        self,
        *,
        name: str,
        count: int | Omit = omit,
        tags: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.FormInput]:
        """Like :meth:`Client.submit_form`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_submit_form,
            self._client._base_url + "/forms",
            None,
            None,
            _fields_form(
                (
                    ("name", name),
                    ("count", count),
                    ("tags", tags),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def upload(
        self,
        *,
        file: FileInput,
        title: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Upload]:
        """Like :meth:`Client.upload`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_upload,
            self._client._base_url + "/uploads",
            None,
            None,
            _fields_multipart(
                (
                    ("title", title),
                    ("file", file),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_blob(
        self,
        blob_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[bytes]:
        """Like :meth:`Client.get_blob`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_blob,
            self._client._base_url + "/blobs/" + _path(blob_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_events(
        self,
        *,
        limit: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[list[responses.Event]]:
        """Like :meth:`Client.list_events`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_events,
            self._client._base_url + "/events",
            _query(
                ("limit", limit, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def put_note(
        self,
        note_id: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[str]:
        """Like :meth:`Client.put_note`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_put_note,
            self._client._base_url + "/notes/" + _path(note_id),
            None,
            None,
            _value_text(body, extra_body),
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

    def submit_form(
        self,
        *,
        name: str,
        count: int | Omit = omit,
        tags: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.submit_form`, streaming the response body."""
        return self._client._stream(
            _op_submit_form,
            self._client._base_url + "/forms",
            None,
            None,
            _fields_form(
                (
                    ("name", name),
                    ("count", count),
                    ("tags", tags),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def upload(
        self,
        *,
        file: FileInput,
        title: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.upload`, streaming the response body."""
        return self._client._stream(
            _op_upload,
            self._client._base_url + "/uploads",
            None,
            None,
            _fields_multipart(
                (
                    ("title", title),
                    ("file", file),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_blob(
        self,
        blob_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.get_blob`, streaming the response body."""
        return self._client._stream(
            _op_get_blob,
            self._client._base_url + "/blobs/" + _path(blob_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_events(
        self,
        *,
        limit: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_events`, streaming the response body."""
        return self._client._stream(
            _op_list_events,
            self._client._base_url + "/events",
            _query(
                ("limit", limit, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def put_note(
        self,
        note_id: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.put_note`, streaming the response body."""
        return self._client._stream(
            _op_put_note,
            self._client._base_url + "/notes/" + _path(note_id),
            None,
            None,
            _value_text(body, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClient(_AsyncBase):
    """Asynchronous client for Encodings 1.0.0.

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

    async def submit_form(
        self,
        *,
        name: str,
        count: int | Omit = omit,
        tags: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.FormInput:
        """``POST /forms``

        ``POST /forms``.

        Args:
            name: body field ``name`` (required).
            count: body field ``count``.
            tags: body field ``tags``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.FormInput. The form as the server read it.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_submit_form,
            self._base_url + "/forms",
            None,
            None,
            _fields_form(
                (
                    ("name", name),
                    ("count", count),
                    ("tags", tags),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def upload(
        self,
        *,
        file: FileInput,
        title: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Upload:
        """``POST /uploads``

        ``POST /uploads``.

        Args:
            title: body field ``title``.
                A caption for the file.
            file: body field ``file`` (required).
                Format ``binary``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Upload. What arrived.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_upload,
            self._base_url + "/uploads",
            None,
            None,
            _fields_multipart(
                (
                    ("title", title),
                    ("file", file),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_blob(
        self,
        blob_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> bytes:
        """``GET /blobs/{blobId}``

        ``GET /blobs/{blobId}``.

        Args:
            blob_id: path parameter ``blobId``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: bytes. The raw bytes.

        Raises:
            NotFoundError: HTTP 404. No such blob.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_get_blob,
            self._base_url + "/blobs/" + _path(blob_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_events(
        self,
        *,
        limit: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> list[responses.Event]:
        """``GET /events``

        ``GET /events``.

        Args:
            limit: query parameter ``limit``.
                At least 1, at most 100.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: list[responses.Event]. One event per line.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_events,
            self._base_url + "/events",
            _query(
                ("limit", limit, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def put_note(
        self,
        note_id: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> str:
        """``PUT /notes/{noteId}``

        ``PUT /notes/{noteId}``.

        Args:
            note_id: path parameter ``noteId``.
            body: the text/plain request body.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: str. The note as stored.

        Raises:
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_put_note,
            self._base_url + "/notes/" + _path(note_id),
            None,
            None,
            _value_text(body, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClientWithRawResponse:
    """:class:`AsyncClient` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def submit_form(
        self,
        *,
        name: str,
        count: int | Omit = omit,
        tags: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.FormInput]:
        """Like :meth:`AsyncClient.submit_form`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_submit_form,
            self._client._base_url + "/forms",
            None,
            None,
            _fields_form(
                (
                    ("name", name),
                    ("count", count),
                    ("tags", tags),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def upload(
        self,
        *,
        file: FileInput,
        title: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Upload]:
        """Like :meth:`AsyncClient.upload`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_upload,
            self._client._base_url + "/uploads",
            None,
            None,
            _fields_multipart(
                (
                    ("title", title),
                    ("file", file),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_blob(
        self,
        blob_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[bytes]:
        """Like :meth:`AsyncClient.get_blob`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_blob,
            self._client._base_url + "/blobs/" + _path(blob_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_events(
        self,
        *,
        limit: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[list[responses.Event]]:
        """Like :meth:`AsyncClient.list_events`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_events,
            self._client._base_url + "/events",
            _query(
                ("limit", limit, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def put_note(
        self,
        note_id: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[str]:
        """Like :meth:`AsyncClient.put_note`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_put_note,
            self._client._base_url + "/notes/" + _path(note_id),
            None,
            None,
            _value_text(body, extra_body),
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

    def submit_form(
        self,
        *,
        name: str,
        count: int | Omit = omit,
        tags: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.submit_form`, streaming the response body."""
        return self._client._stream(
            _op_submit_form,
            self._client._base_url + "/forms",
            None,
            None,
            _fields_form(
                (
                    ("name", name),
                    ("count", count),
                    ("tags", tags),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def upload(
        self,
        *,
        file: FileInput,
        title: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.upload`, streaming the response body."""
        return self._client._stream(
            _op_upload,
            self._client._base_url + "/uploads",
            None,
            None,
            _fields_multipart(
                (
                    ("title", title),
                    ("file", file),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_blob(
        self,
        blob_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.get_blob`, streaming the response body."""
        return self._client._stream(
            _op_get_blob,
            self._client._base_url + "/blobs/" + _path(blob_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_events(
        self,
        *,
        limit: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_events`, streaming the response body."""
        return self._client._stream(
            _op_list_events,
            self._client._base_url + "/events",
            _query(
                ("limit", limit, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def put_note(
        self,
        note_id: str,
        *,
        body: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.put_note`, streaming the response body."""
        return self._client._stream(
            _op_put_note,
            self._client._base_url + "/notes/" + _path(note_id),
            None,
            None,
            _value_text(body, extra_body),
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
    NotFoundError,
    Client,
    AsyncClient,
)
