# generated from specs/rooms.yaml — do not edit
"""Typed HTTP client for Rooms API 1.0.0 (sync ``Client``, async ``AsyncClient``).

Usage::

    from rooms import Client, NotFoundError

    with Client(token="...", api_key="...") as client:
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
import datetime
import functools
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, Literal

import httpx
from pydantic import MISSING

from . import models, responses
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
    _credential,
    _fields_json,
    _lazy_parser,
    _ModelTypes,
    _Op,
    _Paging,
    _path,
    _publish,
    _query,
    _SyncBase,
    _value_json,
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
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "ConflictError",
]


log = _configure(__package__ or __name__, "1.0.0", ())
"""The package's logger: requests, responses, retries and backoff; ``ROOMS_LOG=debug`` (or ``info``) prints them."""


# -- one exception class per documented error status --------------------------------------------
class BadRequestError(ClientError):
    """HTTP 400; ``body`` is responses.Error when it validates."""

    body: responses.Error

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.Error,)


class UnauthorizedError(ClientError):
    """HTTP 401; ``body`` is responses.Error when it validates."""

    body: responses.Error

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.Error,)


class ForbiddenError(ClientError):
    """HTTP 403; ``body`` is responses.Error when it validates."""

    body: responses.Error

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.Error,)


class NotFoundError(ClientError):
    """HTTP 404; ``body`` is responses.Error when it validates."""

    body: responses.Error

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.Error,)


class ConflictError(ClientError):
    """HTTP 409; ``body`` is responses.Error when it validates."""

    body: responses.Error

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.Error,)


_STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
}

# -- operations: everything that does not change between calls ------------------------------------
_op_get_token: _Op[responses.TokenResponse] = _Op(
    "get_token",
    "POST",
    _STATUS_ERRORS,
    security=(),
    responses={
        "200": _lazy_parser("json", lambda: responses.TokenResponse, "responses.TokenResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_refresh_token: _Op[responses.TokenResponse] = _Op(
    "refresh_token",
    "POST",
    _STATUS_ERRORS,
    security=(),
    responses={
        "200": _lazy_parser("json", lambda: responses.TokenResponse, "responses.TokenResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_list_rooms: _Op[responses.ListRoomsResponse] = _Op(
    "list_rooms",
    "GET",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser("json", lambda: responses.ListRoomsResponse, "responses.ListRoomsResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    pagination=_Paging(
        "offset",
        ("rooms",),
        (),
        param="offset",
        limit="limit",
    ),
)
_op_create_room: _Op[responses.Room] = _Op(
    "create_room",
    "POST",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "201": _lazy_parser("json", lambda: responses.Room, "responses.Room"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_schedule_room: _Op[responses.Room] = _Op(
    "schedule_room",
    "POST",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "201": _lazy_parser("json", lambda: responses.Room, "responses.Room"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_get_room: _Op[responses.RoomWithParticipantCount] = _Op(
    "get_room",
    "GET",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser("json", lambda: responses.RoomWithParticipantCount, "responses.RoomWithParticipantCount"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_delete_room: _Op[None] = _Op(
    "delete_room",
    "DELETE",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_update_room: _Op[responses.Room] = _Op(
    "update_room",
    "PATCH",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser("json", lambda: responses.Room, "responses.Room"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_end_room: _Op[responses.Room] = _Op(
    "end_room",
    "POST",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser("json", lambda: responses.Room, "responses.Room"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_create_join_token: _Op[responses.CreateJoinTokenResponse] = _Op(
    "create_join_token",
    "POST",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser("json", lambda: responses.CreateJoinTokenResponse, "responses.CreateJoinTokenResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_participants: _Op[responses.ListParticipantsResponse] = _Op(
    "list_participants",
    "GET",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser("json", lambda: responses.ListParticipantsResponse, "responses.ListParticipantsResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_add_participant: _Op[responses.AddParticipantResponse] = _Op(
    "add_participant",
    "POST",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "201": _lazy_parser("json", lambda: responses.AddParticipantResponse, "responses.AddParticipantResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_bulk_add_participants: _Op[responses.BulkAddParticipantsResponse] = _Op(
    "bulk_add_participants",
    "POST",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser(
            "json", lambda: responses.BulkAddParticipantsResponse, "responses.BulkAddParticipantsResponse"
        ),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_remove_participant: _Op[None] = _Op(
    "remove_participant",
    "DELETE",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_update_participant: _Op[responses.Participant] = _Op(
    "update_participant",
    "PATCH",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser("json", lambda: responses.Participant, "responses.Participant"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_refresh_participant_token: _Op[responses.RefreshParticipantTokenResponse] = _Op(
    "refresh_participant_token",
    "POST",
    _STATUS_ERRORS,
    security=(
        ("token",),
        ("apiKey",),
    ),
    responses={
        "200": _lazy_parser(
            "json", lambda: responses.RefreshParticipantTokenResponse, "responses.RefreshParticipantTokenResponse"
        ),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "403": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)


class Client(_SyncBase):
    """Synchronous client for Rooms API 1.0.0.

    Usage::

        with Client(token="...", api_key="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://rooms.example.com``).
        token: bearer credential (token); default: the
            environment variable ``ROOMS_TOKEN``.
            `Authorization: Bearer <token>`: the tenant's `access_token` (getToken / refreshToken),
            the tenant API key itself, or a participant's `access_token` or `auth_token` (acting as
            that participant). A missing, malformed, unknown, expired or revoked token answers 401
            `{"error": "..."}`.
        api_key: apiKey credential (apiKey); default: the
            environment variable ``ROOMS_API_KEY``.
            `X-API-Key: <tenant API key>` (`ck_live_…` or `ck_test_…`), acting as the tenant. (The
            schemes are named `token` and `apiKey` so that clients take `token=` and `api_key=`.)
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
        base_url: str = "https://rooms.example.com",
        *,
        token: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
        retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        token = token if token is not None else os.environ.get("ROOMS_TOKEN")
        api_key = api_key if api_key is not None else os.environ.get("ROOMS_API_KEY")
        super().__init__(
            base_url=base_url,
            credentials={
                "token": _credential("bearer", token),
                "apiKey": _credential("apiKey", api_key, name="X-API-Key", location="header"),
            },
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

    def get_token(
        self,
        *,
        api_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.TokenResponse:
        """Exchange an API key for a JWT pair

        Exchange a tenant API key (`ck_test_…` / `ck_live_…`) for a JWT pair: `access_token` (the
        bearer token of the other operations, valid `expires_in` seconds) and `refresh_token`
        (for refreshToken). An unknown key answers 401.

        ``POST /api/v1/auth/token``.

        Args:
            api_key: body field ``api_key`` (required).
                The tenant API key (`ck_live_…` or `ck_test_…`).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.TokenResponse. The token pair.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The API key or refresh token is unknown, expired or revoked.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_get_token,
            self._base_url + "/api/v1/auth/token",
            None,
            None,
            _fields_json((("api_key", api_key),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.TokenResponse:
        """Refresh a JWT pair

        Exchange a `refresh_token` (a tenant's, from getToken or refreshToken, or a participant's)
        for a new pair acting as the same principal. An invalid, expired or revoked refresh token
        answers 401.

        ``POST /api/v1/auth/refresh``.

        Args:
            refresh_token: body field ``refresh_token`` (required).
                A refresh token from getToken, refreshToken, addParticipant, bulk or refreshParticipantToken.
                (This example is a valid refresh token of the development tenant of `services/rooms.py`.)
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.TokenResponse. The new token pair.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The API key or refresh token is unknown, expired or revoked.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_refresh_token,
            self._base_url + "/api/v1/auth/refresh",
            None,
            None,
            _fields_json((("refresh_token", refresh_token),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListRoomsResponse:
        """List rooms

        The tenant's active rooms (oldest first), each with its `participant_count`, a page of
        `limit` from `offset`; `total` counts them all. A participant token sees only its own room.

        ``GET /api/v1/rooms``.

        Args:
            limit: query parameter ``limit``.
                Maximum number of rooms to return.
                Server default ``20``. At least 1, at most 100.
            offset: query parameter ``offset``.
                Number of rooms to skip.
                Server default ``0``. At least 0.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListRoomsResponse. A page of rooms.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_rooms,
            self._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Iterator[responses.RoomWithParticipantCount]:
        """Every item of :meth:`list_rooms` across all pages.

        Takes the same arguments. Advances ``offset`` by the number of items received until a page is empty.
        """
        return self._iter_items(
            _op_list_rooms,
            self._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def page_list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Page[responses.RoomWithParticipantCount]:
        """The first page of :meth:`list_rooms` as a :class:`Page` (``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Advances ``offset`` by the number of items received until a page is empty.
        """
        return self._first_page(
            _op_list_rooms,
            self._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_room(
        self,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """Create a room

        Create an active room (a Cloudflare RealtimeKit meeting is provisioned: its
        `cloudflare_meeting_id`). `name` is optional free text and need not be unique; `config`
        is kept as given. Only tenant credentials may create rooms (participant tokens: 403).

        ``POST /api/v1/rooms``.

        Args:
            name: body field ``name``.
                Room name (free text, need not be unique), usable as `{id}` in paths.
            config: body field ``config``.
                Room configuration, kept as given (other keys are kept too).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Room. The room was created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_room,
            self._base_url + "/api/v1/rooms",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def schedule_room(
        self,
        *,
        scheduled_start_at: datetime.datetime,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        scheduled_end_at: datetime.datetime | None | Omit = omit,
        allow_early_join_minutes: int | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """Schedule a room

        Create a room in status `scheduled`: it becomes active on the first join at or after
        `scheduled_start_at` minus `allow_early_join_minutes` (default 0). Only tenant
        credentials may schedule rooms (participant tokens: 403).

        ``POST /api/v1/rooms/schedule``.

        Args:
            name: body field ``name``.
                Room name (free text).
            config: body field ``config``.
                Room configuration, kept as given (other keys are kept too).
            scheduled_start_at: body field ``scheduled_start_at`` (required).
                When the room starts.
                Format ``date-time``.
            scheduled_end_at: body field ``scheduled_end_at``.
                When the room is planned to end, or null.
                Format ``date-time``.
            allow_early_join_minutes: body field ``allow_early_join_minutes``.
                Minutes participants can join before `scheduled_start_at` (default 0).
                At least 0.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Room. The room was scheduled.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_schedule_room,
            self._base_url + "/api/v1/rooms/schedule",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                    ("scheduled_start_at", scheduled_start_at),
                    ("scheduled_end_at", scheduled_end_at),
                    ("allow_early_join_minutes", allow_early_join_minutes),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.RoomWithParticipantCount:
        """Get a room

        The room (by UUID or name) with its `participant_count` (active participants).

        ``GET /api/v1/rooms/{id}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.RoomWithParticipantCount. The room.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_get_room,
            self._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a room

        End and delete the room: it is gone (404) afterwards and its participants' tokens no
        longer authenticate. Only tenant credentials may delete rooms. 204 No Content.

        ``DELETE /api/v1/rooms/{id}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The room was deleted. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_room,
            self._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_room(
        self,
        id: str,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """Update a room

        Change the room's `name` and/or replace its `config`; fields not sent are kept. Only
        tenant credentials and hosts may update a room.

        ``PATCH /api/v1/rooms/{id}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            name: body field ``name``.
                New room name.
            config: body field ``config``.
                Room configuration, kept as given (other keys are kept too).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Room. The updated room.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_update_room,
            self._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def end_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """End a room

        End the room: status `ended`, `ended_at` set, every active participant disconnected
        (`left_at` set, its tokens revoked). Ending an ended room answers it unchanged. The room
        can be reactivated by a later join (with `allow_early_join`). Tenant credentials and
        hosts may end a room.

        ``POST /api/v1/rooms/{id}/end``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Room. The ended room.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_end_room,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/end",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_join_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.CreateJoinTokenResponse:
        """Create a join token

        An opaque join token for the room, which unauthenticated clients exchange (at the
        vendor's public join endpoint, not part of this API) for scoped participant access.
        Tenant credentials and hosts may create one.

        ``POST /api/v1/rooms/{id}/join-token``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.CreateJoinTokenResponse. The join token.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_join_token,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/join-token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participants(
        self,
        id: str,
        *,
        active: bool | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListParticipantsResponse:
        """List Participants

        List the participants of a room. With `active=true` only active participants (those not
        removed, `left_at` null) are returned; by default (`active=false`) all participants,
        including removed ones, are returned. Answers 404 when there is no such room.

        ``GET /api/v1/rooms/{id}/participants``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            active: query parameter ``active``.
                If true, returns only active participants.
                Server default ``False``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListParticipantsResponse. The room's participants.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_participants,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            _query(
                ("active", active, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant(
        self,
        id: str,
        *,
        display_name: str,
        external_user_id: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.AddParticipantResponse:
        """Add Participant

        The room `{id}` can be either a UUID or a room name. If the room doesn't exist and
        `allow_early_join` is enabled in tenant config, the room will be created automatically
        (named `{id}`; only for a name, an unknown UUID is 404) and `room_created` is true;
        otherwise an unknown room answers 404. Joining a scheduled room activates it (or
        answers 409 before its join window); joining an ended room reactivates it (409 without
        early join).

        Answers 201 with the participant, the room (short form), the tenant configuration and
        the participant's tokens: `access_token`, `refresh_token`, `auth_token` (each JWT also
        usable as this API's bearer token, acting as the participant), `token_type` `Bearer`
        and `expires_in` (seconds, normally 3600). `should_start_recording` indicates if the
        client should initiate recording. `role` defaults to `participant` (the first
        participant becomes a host when `first_participant_is_host` is on). `metadata` is kept.

        ``POST /api/v1/rooms/{id}/participants``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            display_name: body field ``display_name`` (required).
                Display name shown to other participants (not empty).
                At least 1 character.
            external_user_id: body field ``external_user_id``.
                Your application's user identifier (empty means none).
            role: body field ``role``.
                Participant role.
                One of ``'host'``, ``'participant'``. Default ``'participant'``.
            metadata: body field ``metadata``.
                Custom metadata attached to the participant (kept as given).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.AddParticipantResponse. The participant was added.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ConflictError: HTTP 409. Conflict. The room's state refuses joins (a scheduled room before its window, an ended room without early join).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_add_participant,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("external_user_id", external_user_id),
                    ("role", role),
                    ("metadata", metadata),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def bulk_add_participants(
        self,
        id: str,
        *,
        participants: list[models.BulkParticipantInput],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.BulkAddParticipantsResponse:
        """Bulk Add Participants

        Add multiple participants to a room in a single request. Only a host (or tenant
        credentials) may do this; other participant tokens answer 403. Answers 404 when there is
        no such room (bulk add never creates one).

        Each item is validated on its own and a failed item does not fail the others: the answer
        is 200 with one result per item, in order. Failed additions include an `error` field,
        e.g. an item without `display_name` yields
        `{"success": false, "error": "display_name is required"}`; so does an empty one, and a
        `role` other than `host` / `participant` fails its item. Only a body that is not of this
        shape at all (not an object, no or empty `participants`, items that are not objects,
        known fields of the wrong JSON type) answers 400.

        ``POST /api/v1/rooms/{id}/participants/bulk``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            participants: body field ``participants`` (required).
                At least 1 item.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.BulkAddParticipantsResponse. One result per requested participant, in request order.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ConflictError: HTTP 409. Conflict. The room's state refuses joins (a scheduled room before its window, an ended room without early join).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_bulk_add_participants,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/bulk",
            None,
            None,
            _fields_json((("participants", participants),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Remove Participant

        Kicks the participant from the room. Returns 204 No Content on success. Only a host (or
        tenant credentials) may do this; other participant tokens answer 403. The participant's
        `left_at` is set and it is no longer active (its tokens no longer authenticate): it
        stays in listParticipants (without `active=true`), while removeParticipant,
        updateParticipant and refreshParticipantToken on it answer 404.

        ``DELETE /api/v1/rooms/{id}/participants/{pid}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            pid: path parameter ``pid``.
                The participant's UUID (updateParticipant also takes `me`); anything else is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was removed. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_remove_participant,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant(
        self,
        id: str,
        pid: str,
        *,
        display_name: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Update Participant

        Change a participant's `display_name` and/or `role` (fields not sent are kept; an empty
        body changes nothing). `{pid}` may be `me`: the calling participant. A host (or tenant
        credentials) may update anyone; a participant only itself, and not its role (403).
        Answers 200 with the participant; 404 when the room or participant does not exist or
        the participant was removed.

        ``PATCH /api/v1/rooms/{id}/participants/{pid}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            pid: path parameter ``pid``.
                The participant's UUID (updateParticipant also takes `me`); anything else is 404.
                At least 1 character.
            display_name: body field ``display_name``.
                New display name (not empty).
                At least 1 character.
            role: body field ``role``.
                New role (hosts and tenant credentials only).
                One of ``'host'``, ``'participant'``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Participant. The updated participant.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_update_participant,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("role", role),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_participant_token(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.RefreshParticipantTokenResponse:
        """Refresh Participant Token

        Generates new tokens for an existing participant. No request body. Only a host (or
        tenant credentials) may do this; other participant tokens answer 403. Answers 404 when
        the room or participant does not exist or the participant was removed.

        ``POST /api/v1/rooms/{id}/participants/{pid}/token``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            pid: path parameter ``pid``.
                The participant's UUID (updateParticipant also takes `me`); anything else is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.RefreshParticipantTokenResponse. The participant's new tokens.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_refresh_participant_token,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid) + "/token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class ClientWithRawResponse:
    """:class:`Client` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_token(
        self,
        *,
        api_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.TokenResponse]:
        """Like :meth:`Client.get_token`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_token,
            self._client._base_url + "/api/v1/auth/token",
            None,
            None,
            _fields_json((("api_key", api_key),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.TokenResponse]:
        """Like :meth:`Client.refresh_token`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_refresh_token,
            self._client._base_url + "/api/v1/auth/refresh",
            None,
            None,
            _fields_json((("refresh_token", refresh_token),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListRoomsResponse]:
        """Like :meth:`Client.list_rooms`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_rooms,
            self._client._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_room(
        self,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`Client.create_room`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_room,
            self._client._base_url + "/api/v1/rooms",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def schedule_room(
        self,
        *,
        scheduled_start_at: datetime.datetime,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        scheduled_end_at: datetime.datetime | None | Omit = omit,
        allow_early_join_minutes: int | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`Client.schedule_room`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_schedule_room,
            self._client._base_url + "/api/v1/rooms/schedule",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                    ("scheduled_start_at", scheduled_start_at),
                    ("scheduled_end_at", scheduled_end_at),
                    ("allow_early_join_minutes", allow_early_join_minutes),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.RoomWithParticipantCount]:
        """Like :meth:`Client.get_room`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_room`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_room(
        self,
        id: str,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`Client.update_room`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_update_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def end_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`Client.end_room`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_end_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/end",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_join_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.CreateJoinTokenResponse]:
        """Like :meth:`Client.create_join_token`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_join_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/join-token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participants(
        self,
        id: str,
        *,
        active: bool | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListParticipantsResponse]:
        """Like :meth:`Client.list_participants`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            _query(
                ("active", active, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant(
        self,
        id: str,
        *,
        display_name: str,
        external_user_id: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.AddParticipantResponse]:
        """Like :meth:`Client.add_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_add_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("external_user_id", external_user_id),
                    ("role", role),
                    ("metadata", metadata),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def bulk_add_participants(
        self,
        id: str,
        *,
        participants: list[models.BulkParticipantInput],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.BulkAddParticipantsResponse]:
        """Like :meth:`Client.bulk_add_participants`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_bulk_add_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/bulk",
            None,
            None,
            _fields_json((("participants", participants),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.remove_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_remove_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant(
        self,
        id: str,
        pid: str,
        *,
        display_name: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`Client.update_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_update_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("role", role),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_participant_token(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.RefreshParticipantTokenResponse]:
        """Like :meth:`Client.refresh_participant_token`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_refresh_participant_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid) + "/token",
            None,
            None,
            _value_json(omit, extra_body),
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

    def get_token(
        self,
        *,
        api_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.get_token`, streaming the response body."""
        return self._client._stream(
            _op_get_token,
            self._client._base_url + "/api/v1/auth/token",
            None,
            None,
            _fields_json((("api_key", api_key),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.refresh_token`, streaming the response body."""
        return self._client._stream(
            _op_refresh_token,
            self._client._base_url + "/api/v1/auth/refresh",
            None,
            None,
            _fields_json((("refresh_token", refresh_token),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_rooms`, streaming the response body."""
        return self._client._stream(
            _op_list_rooms,
            self._client._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_room(
        self,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_room`, streaming the response body."""
        return self._client._stream(
            _op_create_room,
            self._client._base_url + "/api/v1/rooms",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def schedule_room(
        self,
        *,
        scheduled_start_at: datetime.datetime,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        scheduled_end_at: datetime.datetime | None | Omit = omit,
        allow_early_join_minutes: int | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.schedule_room`, streaming the response body."""
        return self._client._stream(
            _op_schedule_room,
            self._client._base_url + "/api/v1/rooms/schedule",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                    ("scheduled_start_at", scheduled_start_at),
                    ("scheduled_end_at", scheduled_end_at),
                    ("allow_early_join_minutes", allow_early_join_minutes),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.get_room`, streaming the response body."""
        return self._client._stream(
            _op_get_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.delete_room`, streaming the response body."""
        return self._client._stream(
            _op_delete_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_room(
        self,
        id: str,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.update_room`, streaming the response body."""
        return self._client._stream(
            _op_update_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def end_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.end_room`, streaming the response body."""
        return self._client._stream(
            _op_end_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/end",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_join_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_join_token`, streaming the response body."""
        return self._client._stream(
            _op_create_join_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/join-token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participants(
        self,
        id: str,
        *,
        active: bool | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_participants`, streaming the response body."""
        return self._client._stream(
            _op_list_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            _query(
                ("active", active, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant(
        self,
        id: str,
        *,
        display_name: str,
        external_user_id: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.add_participant`, streaming the response body."""
        return self._client._stream(
            _op_add_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("external_user_id", external_user_id),
                    ("role", role),
                    ("metadata", metadata),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def bulk_add_participants(
        self,
        id: str,
        *,
        participants: list[models.BulkParticipantInput],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.bulk_add_participants`, streaming the response body."""
        return self._client._stream(
            _op_bulk_add_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/bulk",
            None,
            None,
            _fields_json((("participants", participants),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.remove_participant`, streaming the response body."""
        return self._client._stream(
            _op_remove_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant(
        self,
        id: str,
        pid: str,
        *,
        display_name: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.update_participant`, streaming the response body."""
        return self._client._stream(
            _op_update_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("role", role),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_participant_token(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.refresh_participant_token`, streaming the response body."""
        return self._client._stream(
            _op_refresh_participant_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid) + "/token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClient(_AsyncBase):
    """Asynchronous client for Rooms API 1.0.0.

    Usage::

        async with AsyncClient(token="...", api_key="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://rooms.example.com``).
        token: bearer credential (token); default: the
            environment variable ``ROOMS_TOKEN``.
            `Authorization: Bearer <token>`: the tenant's `access_token` (getToken / refreshToken),
            the tenant API key itself, or a participant's `access_token` or `auth_token` (acting as
            that participant). A missing, malformed, unknown, expired or revoked token answers 401
            `{"error": "..."}`.
        api_key: apiKey credential (apiKey); default: the
            environment variable ``ROOMS_API_KEY``.
            `X-API-Key: <tenant API key>` (`ck_live_…` or `ck_test_…`), acting as the tenant. (The
            schemes are named `token` and `apiKey` so that clients take `token=` and `api_key=`.)
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
        base_url: str = "https://rooms.example.com",
        *,
        token: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
        retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        token = token if token is not None else os.environ.get("ROOMS_TOKEN")
        api_key = api_key if api_key is not None else os.environ.get("ROOMS_API_KEY")
        super().__init__(
            base_url=base_url,
            credentials={
                "token": _credential("bearer", token),
                "apiKey": _credential("apiKey", api_key, name="X-API-Key", location="header"),
            },
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

    async def get_token(
        self,
        *,
        api_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.TokenResponse:
        """Exchange an API key for a JWT pair

        Exchange a tenant API key (`ck_test_…` / `ck_live_…`) for a JWT pair: `access_token` (the
        bearer token of the other operations, valid `expires_in` seconds) and `refresh_token`
        (for refreshToken). An unknown key answers 401.

        ``POST /api/v1/auth/token``.

        Args:
            api_key: body field ``api_key`` (required).
                The tenant API key (`ck_live_…` or `ck_test_…`).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.TokenResponse. The token pair.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The API key or refresh token is unknown, expired or revoked.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_get_token,
            self._base_url + "/api/v1/auth/token",
            None,
            None,
            _fields_json((("api_key", api_key),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.TokenResponse:
        """Refresh a JWT pair

        Exchange a `refresh_token` (a tenant's, from getToken or refreshToken, or a participant's)
        for a new pair acting as the same principal. An invalid, expired or revoked refresh token
        answers 401.

        ``POST /api/v1/auth/refresh``.

        Args:
            refresh_token: body field ``refresh_token`` (required).
                A refresh token from getToken, refreshToken, addParticipant, bulk or refreshParticipantToken.
                (This example is a valid refresh token of the development tenant of `services/rooms.py`.)
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.TokenResponse. The new token pair.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The API key or refresh token is unknown, expired or revoked.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_refresh_token,
            self._base_url + "/api/v1/auth/refresh",
            None,
            None,
            _fields_json((("refresh_token", refresh_token),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListRoomsResponse:
        """List rooms

        The tenant's active rooms (oldest first), each with its `participant_count`, a page of
        `limit` from `offset`; `total` counts them all. A participant token sees only its own room.

        ``GET /api/v1/rooms``.

        Args:
            limit: query parameter ``limit``.
                Maximum number of rooms to return.
                Server default ``20``. At least 1, at most 100.
            offset: query parameter ``offset``.
                Number of rooms to skip.
                Server default ``0``. At least 0.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListRoomsResponse. A page of rooms.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_rooms,
            self._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncIterator[responses.RoomWithParticipantCount]:
        """Every item of :meth:`list_rooms` across all pages, with ``async for``.

        Takes the same arguments. Advances ``offset`` by the number of items received until a page is empty.
        """
        return self._iter_items(
            _op_list_rooms,
            self._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def page_list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncPage[responses.RoomWithParticipantCount]:
        """The first page of :meth:`list_rooms` as a :class:`AsyncPage` (``items``, ``has_next_page()``,
        ``await next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Advances ``offset`` by the number of items received until a page is empty.
        """
        return await self._first_page(
            _op_list_rooms,
            self._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_room(
        self,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """Create a room

        Create an active room (a Cloudflare RealtimeKit meeting is provisioned: its
        `cloudflare_meeting_id`). `name` is optional free text and need not be unique; `config`
        is kept as given. Only tenant credentials may create rooms (participant tokens: 403).

        ``POST /api/v1/rooms``.

        Args:
            name: body field ``name``.
                Room name (free text, need not be unique), usable as `{id}` in paths.
            config: body field ``config``.
                Room configuration, kept as given (other keys are kept too).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Room. The room was created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_room,
            self._base_url + "/api/v1/rooms",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def schedule_room(
        self,
        *,
        scheduled_start_at: datetime.datetime,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        scheduled_end_at: datetime.datetime | None | Omit = omit,
        allow_early_join_minutes: int | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """Schedule a room

        Create a room in status `scheduled`: it becomes active on the first join at or after
        `scheduled_start_at` minus `allow_early_join_minutes` (default 0). Only tenant
        credentials may schedule rooms (participant tokens: 403).

        ``POST /api/v1/rooms/schedule``.

        Args:
            name: body field ``name``.
                Room name (free text).
            config: body field ``config``.
                Room configuration, kept as given (other keys are kept too).
            scheduled_start_at: body field ``scheduled_start_at`` (required).
                When the room starts.
                Format ``date-time``.
            scheduled_end_at: body field ``scheduled_end_at``.
                When the room is planned to end, or null.
                Format ``date-time``.
            allow_early_join_minutes: body field ``allow_early_join_minutes``.
                Minutes participants can join before `scheduled_start_at` (default 0).
                At least 0.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Room. The room was scheduled.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_schedule_room,
            self._base_url + "/api/v1/rooms/schedule",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                    ("scheduled_start_at", scheduled_start_at),
                    ("scheduled_end_at", scheduled_end_at),
                    ("allow_early_join_minutes", allow_early_join_minutes),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.RoomWithParticipantCount:
        """Get a room

        The room (by UUID or name) with its `participant_count` (active participants).

        ``GET /api/v1/rooms/{id}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.RoomWithParticipantCount. The room.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_get_room,
            self._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a room

        End and delete the room: it is gone (404) afterwards and its participants' tokens no
        longer authenticate. Only tenant credentials may delete rooms. 204 No Content.

        ``DELETE /api/v1/rooms/{id}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The room was deleted. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_room,
            self._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_room(
        self,
        id: str,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """Update a room

        Change the room's `name` and/or replace its `config`; fields not sent are kept. Only
        tenant credentials and hosts may update a room.

        ``PATCH /api/v1/rooms/{id}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            name: body field ``name``.
                New room name.
            config: body field ``config``.
                Room configuration, kept as given (other keys are kept too).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Room. The updated room.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_update_room,
            self._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def end_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Room:
        """End a room

        End the room: status `ended`, `ended_at` set, every active participant disconnected
        (`left_at` set, its tokens revoked). Ending an ended room answers it unchanged. The room
        can be reactivated by a later join (with `allow_early_join`). Tenant credentials and
        hosts may end a room.

        ``POST /api/v1/rooms/{id}/end``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Room. The ended room.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_end_room,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/end",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_join_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.CreateJoinTokenResponse:
        """Create a join token

        An opaque join token for the room, which unauthenticated clients exchange (at the
        vendor's public join endpoint, not part of this API) for scoped participant access.
        Tenant credentials and hosts may create one.

        ``POST /api/v1/rooms/{id}/join-token``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.CreateJoinTokenResponse. The join token.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_join_token,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/join-token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_participants(
        self,
        id: str,
        *,
        active: bool | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListParticipantsResponse:
        """List Participants

        List the participants of a room. With `active=true` only active participants (those not
        removed, `left_at` null) are returned; by default (`active=false`) all participants,
        including removed ones, are returned. Answers 404 when there is no such room.

        ``GET /api/v1/rooms/{id}/participants``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            active: query parameter ``active``.
                If true, returns only active participants.
                Server default ``False``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListParticipantsResponse. The room's participants.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_participants,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            _query(
                ("active", active, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def add_participant(
        self,
        id: str,
        *,
        display_name: str,
        external_user_id: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.AddParticipantResponse:
        """Add Participant

        The room `{id}` can be either a UUID or a room name. If the room doesn't exist and
        `allow_early_join` is enabled in tenant config, the room will be created automatically
        (named `{id}`; only for a name, an unknown UUID is 404) and `room_created` is true;
        otherwise an unknown room answers 404. Joining a scheduled room activates it (or
        answers 409 before its join window); joining an ended room reactivates it (409 without
        early join).

        Answers 201 with the participant, the room (short form), the tenant configuration and
        the participant's tokens: `access_token`, `refresh_token`, `auth_token` (each JWT also
        usable as this API's bearer token, acting as the participant), `token_type` `Bearer`
        and `expires_in` (seconds, normally 3600). `should_start_recording` indicates if the
        client should initiate recording. `role` defaults to `participant` (the first
        participant becomes a host when `first_participant_is_host` is on). `metadata` is kept.

        ``POST /api/v1/rooms/{id}/participants``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            display_name: body field ``display_name`` (required).
                Display name shown to other participants (not empty).
                At least 1 character.
            external_user_id: body field ``external_user_id``.
                Your application's user identifier (empty means none).
            role: body field ``role``.
                Participant role.
                One of ``'host'``, ``'participant'``. Default ``'participant'``.
            metadata: body field ``metadata``.
                Custom metadata attached to the participant (kept as given).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.AddParticipantResponse. The participant was added.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ConflictError: HTTP 409. Conflict. The room's state refuses joins (a scheduled room before its window, an ended room without early join).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_add_participant,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("external_user_id", external_user_id),
                    ("role", role),
                    ("metadata", metadata),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def bulk_add_participants(
        self,
        id: str,
        *,
        participants: list[models.BulkParticipantInput],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.BulkAddParticipantsResponse:
        """Bulk Add Participants

        Add multiple participants to a room in a single request. Only a host (or tenant
        credentials) may do this; other participant tokens answer 403. Answers 404 when there is
        no such room (bulk add never creates one).

        Each item is validated on its own and a failed item does not fail the others: the answer
        is 200 with one result per item, in order. Failed additions include an `error` field,
        e.g. an item without `display_name` yields
        `{"success": false, "error": "display_name is required"}`; so does an empty one, and a
        `role` other than `host` / `participant` fails its item. Only a body that is not of this
        shape at all (not an object, no or empty `participants`, items that are not objects,
        known fields of the wrong JSON type) answers 400.

        ``POST /api/v1/rooms/{id}/participants/bulk``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            participants: body field ``participants`` (required).
                At least 1 item.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.BulkAddParticipantsResponse. One result per requested participant, in request order.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ConflictError: HTTP 409. Conflict. The room's state refuses joins (a scheduled room before its window, an ended room without early join).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_bulk_add_participants,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/bulk",
            None,
            None,
            _fields_json((("participants", participants),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def remove_participant(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Remove Participant

        Kicks the participant from the room. Returns 204 No Content on success. Only a host (or
        tenant credentials) may do this; other participant tokens answer 403. The participant's
        `left_at` is set and it is no longer active (its tokens no longer authenticate): it
        stays in listParticipants (without `active=true`), while removeParticipant,
        updateParticipant and refreshParticipantToken on it answer 404.

        ``DELETE /api/v1/rooms/{id}/participants/{pid}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            pid: path parameter ``pid``.
                The participant's UUID (updateParticipant also takes `me`); anything else is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was removed. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_remove_participant,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_participant(
        self,
        id: str,
        pid: str,
        *,
        display_name: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Update Participant

        Change a participant's `display_name` and/or `role` (fields not sent are kept; an empty
        body changes nothing). `{pid}` may be `me`: the calling participant. A host (or tenant
        credentials) may update anyone; a participant only itself, and not its role (403).
        Answers 200 with the participant; 404 when the room or participant does not exist or
        the participant was removed.

        ``PATCH /api/v1/rooms/{id}/participants/{pid}``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            pid: path parameter ``pid``.
                The participant's UUID (updateParticipant also takes `me`); anything else is 404.
                At least 1 character.
            display_name: body field ``display_name``.
                New display name (not empty).
                At least 1 character.
            role: body field ``role``.
                New role (hosts and tenant credentials only).
                One of ``'host'``, ``'participant'``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Participant. The updated participant.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_update_participant,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("role", role),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def refresh_participant_token(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.RefreshParticipantTokenResponse:
        """Refresh Participant Token

        Generates new tokens for an existing participant. No request body. Only a host (or
        tenant credentials) may do this; other participant tokens answer 403. Answers 404 when
        the room or participant does not exist or the participant was removed.

        ``POST /api/v1/rooms/{id}/participants/{pid}/token``.

        Args:
            id: path parameter ``id``.
                The room: its UUID or its name (any text). Lookup tries the UUID first, then the name;
                nothing found is 404.
                At least 1 character.
            pid: path parameter ``pid``.
                The participant's UUID (updateParticipant also takes `me`); anything else is 404.
                At least 1 character.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.RefreshParticipantTokenResponse. The participant's new tokens.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters).
            UnauthorizedError: HTTP 401. Unauthorized. The credentials are missing, malformed, unknown, expired or revoked.
            ForbiddenError: HTTP 403. Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room).
            NotFoundError: HTTP 404. Not Found. No such room (and early join did not apply) or no such (active) participant in it.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_refresh_participant_token,
            self._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid) + "/token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClientWithRawResponse:
    """:class:`AsyncClient` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_token(
        self,
        *,
        api_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.TokenResponse]:
        """Like :meth:`AsyncClient.get_token`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_token,
            self._client._base_url + "/api/v1/auth/token",
            None,
            None,
            _fields_json((("api_key", api_key),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.TokenResponse]:
        """Like :meth:`AsyncClient.refresh_token`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_refresh_token,
            self._client._base_url + "/api/v1/auth/refresh",
            None,
            None,
            _fields_json((("refresh_token", refresh_token),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListRoomsResponse]:
        """Like :meth:`AsyncClient.list_rooms`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_rooms,
            self._client._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_room(
        self,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`AsyncClient.create_room`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_room,
            self._client._base_url + "/api/v1/rooms",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def schedule_room(
        self,
        *,
        scheduled_start_at: datetime.datetime,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        scheduled_end_at: datetime.datetime | None | Omit = omit,
        allow_early_join_minutes: int | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`AsyncClient.schedule_room`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_schedule_room,
            self._client._base_url + "/api/v1/rooms/schedule",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                    ("scheduled_start_at", scheduled_start_at),
                    ("scheduled_end_at", scheduled_end_at),
                    ("allow_early_join_minutes", allow_early_join_minutes),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.RoomWithParticipantCount]:
        """Like :meth:`AsyncClient.get_room`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_room`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_room(
        self,
        id: str,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`AsyncClient.update_room`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_update_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def end_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Room]:
        """Like :meth:`AsyncClient.end_room`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_end_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/end",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_join_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.CreateJoinTokenResponse]:
        """Like :meth:`AsyncClient.create_join_token`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_join_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/join-token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_participants(
        self,
        id: str,
        *,
        active: bool | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListParticipantsResponse]:
        """Like :meth:`AsyncClient.list_participants`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            _query(
                ("active", active, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def add_participant(
        self,
        id: str,
        *,
        display_name: str,
        external_user_id: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.AddParticipantResponse]:
        """Like :meth:`AsyncClient.add_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_add_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("external_user_id", external_user_id),
                    ("role", role),
                    ("metadata", metadata),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def bulk_add_participants(
        self,
        id: str,
        *,
        participants: list[models.BulkParticipantInput],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.BulkAddParticipantsResponse]:
        """Like :meth:`AsyncClient.bulk_add_participants`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_bulk_add_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/bulk",
            None,
            None,
            _fields_json((("participants", participants),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def remove_participant(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.remove_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_remove_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_participant(
        self,
        id: str,
        pid: str,
        *,
        display_name: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`AsyncClient.update_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_update_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("role", role),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def refresh_participant_token(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.RefreshParticipantTokenResponse]:
        """Like :meth:`AsyncClient.refresh_participant_token`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_refresh_participant_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid) + "/token",
            None,
            None,
            _value_json(omit, extra_body),
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

    def get_token(
        self,
        *,
        api_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.get_token`, streaming the response body."""
        return self._client._stream(
            _op_get_token,
            self._client._base_url + "/api/v1/auth/token",
            None,
            None,
            _fields_json((("api_key", api_key),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_token(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.refresh_token`, streaming the response body."""
        return self._client._stream(
            _op_refresh_token,
            self._client._base_url + "/api/v1/auth/refresh",
            None,
            None,
            _fields_json((("refresh_token", refresh_token),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_rooms(
        self,
        *,
        limit: int | None | Omit = omit,
        offset: int | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_rooms`, streaming the response body."""
        return self._client._stream(
            _op_list_rooms,
            self._client._base_url + "/api/v1/rooms",
            _query(
                ("limit", limit, "form", True),
                ("offset", offset, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_room(
        self,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_room`, streaming the response body."""
        return self._client._stream(
            _op_create_room,
            self._client._base_url + "/api/v1/rooms",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def schedule_room(
        self,
        *,
        scheduled_start_at: datetime.datetime,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        scheduled_end_at: datetime.datetime | None | Omit = omit,
        allow_early_join_minutes: int | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.schedule_room`, streaming the response body."""
        return self._client._stream(
            _op_schedule_room,
            self._client._base_url + "/api/v1/rooms/schedule",
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                    ("scheduled_start_at", scheduled_start_at),
                    ("scheduled_end_at", scheduled_end_at),
                    ("allow_early_join_minutes", allow_early_join_minutes),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.get_room`, streaming the response body."""
        return self._client._stream(
            _op_get_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.delete_room`, streaming the response body."""
        return self._client._stream(
            _op_delete_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_room(
        self,
        id: str,
        *,
        name: str | Omit = omit,
        config: models.RoomConfig | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.update_room`, streaming the response body."""
        return self._client._stream(
            _op_update_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id),
            None,
            None,
            _fields_json(
                (
                    ("name", name),
                    ("config", config),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def end_room(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.end_room`, streaming the response body."""
        return self._client._stream(
            _op_end_room,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/end",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_join_token(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_join_token`, streaming the response body."""
        return self._client._stream(
            _op_create_join_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/join-token",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participants(
        self,
        id: str,
        *,
        active: bool | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_participants`, streaming the response body."""
        return self._client._stream(
            _op_list_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            _query(
                ("active", active, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant(
        self,
        id: str,
        *,
        display_name: str,
        external_user_id: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        metadata: dict[str, Any] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.add_participant`, streaming the response body."""
        return self._client._stream(
            _op_add_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("external_user_id", external_user_id),
                    ("role", role),
                    ("metadata", metadata),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def bulk_add_participants(
        self,
        id: str,
        *,
        participants: list[models.BulkParticipantInput],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.bulk_add_participants`, streaming the response body."""
        return self._client._stream(
            _op_bulk_add_participants,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/bulk",
            None,
            None,
            _fields_json((("participants", participants),), False, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.remove_participant`, streaming the response body."""
        return self._client._stream(
            _op_remove_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant(
        self,
        id: str,
        pid: str,
        *,
        display_name: str | Omit = omit,
        role: Literal["host", "participant"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.update_participant`, streaming the response body."""
        return self._client._stream(
            _op_update_participant,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid),
            None,
            None,
            _fields_json(
                (
                    ("display_name", display_name),
                    ("role", role),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def refresh_participant_token(
        self,
        id: str,
        pid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.refresh_participant_token`, streaming the response body."""
        return self._client._stream(
            _op_refresh_participant_token,
            self._client._base_url + "/api/v1/rooms/" + _path(id) + "/participants/" + _path(pid) + "/token",
            None,
            None,
            _value_json(omit, extra_body),
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
    BadRequestError,
    UnauthorizedError,
    ForbiddenError,
    NotFoundError,
    ConflictError,
    Client,
    AsyncClient,
)
