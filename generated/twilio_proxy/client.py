# generated from specs/twilio_proxy.yaml — do not edit
"""Typed HTTP client for Twilio Proxy API v1 1.0.0 (sync ``Client``, async ``AsyncClient``).

Usage::

    from twilio_proxy import Client, NotFoundError

    with Client(username="...", password="...") as client:
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
from typing import Literal

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
    _fields_form,
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
    "NotFoundError",
    "ConflictError",
]


log = _configure(__package__ or __name__, "1.0.0", ())
"""The package's logger: requests, responses, retries and backoff; ``TWILIO_PROXY_LOG=debug`` (or ``info``) prints them."""


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
    404: NotFoundError,
    409: ConflictError,
}

# -- operations: everything that does not change between calls ------------------------------------
_op_list_service: _Op[responses.ListServiceResponse] = _Op(
    "list_service",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.ListServiceResponse, "responses.ListServiceResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    pagination=_Paging(
        "next_url",
        ("services",),
        (
            "meta",
            "next_page_url",
        ),
    ),
)
_op_create_service: _Op[responses.Service] = _Op(
    "create_service",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _lazy_parser("json", lambda: responses.Service, "responses.Service"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_service: _Op[responses.Service] = _Op(
    "fetch_service",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Service, "responses.Service"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_update_service: _Op[responses.Service] = _Op(
    "update_service",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Service, "responses.Service"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_delete_service: _Op[None] = _Op(
    "delete_service",
    "DELETE",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_session: _Op[responses.ListSessionResponse] = _Op(
    "list_session",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.ListSessionResponse, "responses.ListSessionResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    pagination=_Paging(
        "next_url",
        ("sessions",),
        (
            "meta",
            "next_page_url",
        ),
    ),
)
_op_create_session: _Op[responses.Session] = _Op(
    "create_session",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _lazy_parser("json", lambda: responses.Session, "responses.Session"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_session: _Op[responses.Session] = _Op(
    "fetch_session",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Session, "responses.Session"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_update_session: _Op[responses.Session] = _Op(
    "update_session",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Session, "responses.Session"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_delete_session: _Op[None] = _Op(
    "delete_session",
    "DELETE",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_participant: _Op[responses.ListParticipantResponse] = _Op(
    "list_participant",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.ListParticipantResponse, "responses.ListParticipantResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    pagination=_Paging(
        "next_url",
        ("participants",),
        (
            "meta",
            "next_page_url",
        ),
    ),
)
_op_create_participant: _Op[responses.Participant] = _Op(
    "create_participant",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _lazy_parser("json", lambda: responses.Participant, "responses.Participant"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_participant: _Op[responses.Participant] = _Op(
    "fetch_participant",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Participant, "responses.Participant"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_delete_participant: _Op[None] = _Op(
    "delete_participant",
    "DELETE",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_phone_number: _Op[responses.ListPhoneNumberResponse] = _Op(
    "list_phone_number",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.ListPhoneNumberResponse, "responses.ListPhoneNumberResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    pagination=_Paging(
        "next_url",
        ("phone_numbers",),
        (
            "meta",
            "next_page_url",
        ),
    ),
)
_op_create_phone_number: _Op[responses.PhoneNumber] = _Op(
    "create_phone_number",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _lazy_parser("json", lambda: responses.PhoneNumber, "responses.PhoneNumber"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_phone_number: _Op[responses.PhoneNumber] = _Op(
    "fetch_phone_number",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.PhoneNumber, "responses.PhoneNumber"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_update_phone_number: _Op[responses.PhoneNumber] = _Op(
    "update_phone_number",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.PhoneNumber, "responses.PhoneNumber"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_delete_phone_number: _Op[None] = _Op(
    "delete_phone_number",
    "DELETE",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_interaction: _Op[responses.ListInteractionResponse] = _Op(
    "list_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.ListInteractionResponse, "responses.ListInteractionResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    pagination=_Paging(
        "next_url",
        ("interactions",),
        (
            "meta",
            "next_page_url",
        ),
    ),
)
_op_fetch_interaction: _Op[responses.Interaction] = _Op(
    "fetch_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Interaction, "responses.Interaction"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_delete_interaction: _Op[None] = _Op(
    "delete_interaction",
    "DELETE",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_message_interaction: _Op[responses.ListMessageInteractionResponse] = _Op(
    "list_message_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser(
            "json", lambda: responses.ListMessageInteractionResponse, "responses.ListMessageInteractionResponse"
        ),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    pagination=_Paging(
        "next_url",
        ("interactions",),
        (
            "meta",
            "next_page_url",
        ),
    ),
)
_op_create_message_interaction: _Op[responses.MessageInteraction] = _Op(
    "create_message_interaction",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.MessageInteraction, "responses.MessageInteraction"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_message_interaction: _Op[responses.MessageInteraction] = _Op(
    "fetch_message_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.MessageInteraction, "responses.MessageInteraction"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)


class Client(_SyncBase):
    """Synchronous client for Twilio Proxy API v1 1.0.0.

    Usage::

        with Client(username="...", password="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://proxy.twilio.com``).
        username: basic credential; default: the
            environment variable ``TWILIO_PROXY_USERNAME``.
            HTTP Basic with your Account SID as the username and your Auth Token as the password.
            Missing or wrong credentials answer 401 with `Error` (code 20003).
        password: basic credential; default: the
            environment variable ``TWILIO_PROXY_PASSWORD``.
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
        base_url: str = "https://proxy.twilio.com",
        *,
        username: str | None = None,
        password: str | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
        retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        username = username if username is not None else os.environ.get("TWILIO_PROXY_USERNAME")
        password = password if password is not None else os.environ.get("TWILIO_PROXY_PASSWORD")
        super().__init__(
            base_url=base_url,
            credentials={
                "accountSid_authToken": _credential("basic", username, password),
            },
            timeout=timeout,
            retries=retries,
            headers=headers,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
        )
        self._require(
            ("accountSid_authToken",),
            ("authorization",),
            "pass username=/password= (or TWILIO_PROXY_USERNAME/TWILIO_PROXY_PASSWORD)",
        )

    @functools.cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return ClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same operations as context managers yielding a :class:`StreamedResponse` (body not read)."""
        return ClientWithStreamingResponse(self)

    def list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListServiceResponse:
        """List Services

        Retrieve a list of all Services for Twilio Proxy, one page at a time.

        ``GET /v1/Services``.

        Args:
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListServiceResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_service,
            self._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Iterator[responses.Service]:
        """Every item of :meth:`list_service` across all pages.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_service,
            self._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def page_list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Page[responses.Service]:
        """The first page of :meth:`list_service` as a :class:`Page` (``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._first_page(
            _op_list_service,
            self._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Service:
        """Create a Service

        Create a new Service for Twilio Proxy. `UniqueName` is required and must be unique among
        the account's Services (409 otherwise). Defaults: `DefaultTtl` 0 (unlimited),
        `GeoMatchLevel` `country`, `NumberSelectionBehavior` `prefer-sticky`.

        ``POST /v1/Services``.

        Args:
            unique_name: body field ``UniqueName`` (required).
                An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
                1 to 191 characters.
            default_ttl: body field ``DefaultTtl``.
                The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction. The default value of `0` indicates an unlimited Session length. The stand-in takes a negative value as 0 and caps it at 2147483647 (the vendor's document gives no bounds).
                Default ``0``.
            callback_url: body field ``CallbackUrl``.
                The URL we should call when the interaction status changes.
                Format ``uri``.
            geo_match_level: body field ``GeoMatchLevel``.
                Where a proxy number must be located relative to the participant identifier. The default value is `country`.
                One of ``'area-code'``, ``'overlay'``, ``'radius'``, ``'country'``. Default ``'country'``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
                The preference for Proxy Number selection in the Service instance. The default is `prefer-sticky`.
                One of ``'avoid-sticky'``, ``'prefer-sticky'``. Default ``'prefer-sticky'``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
                The URL we call on each interaction. If we receive a 403 status, we block the interaction; otherwise the interaction continues.
                Format ``uri``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
                The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.
                Format ``uri``.
            chat_instance_sid: body field ``ChatInstanceSid``.
                The SID of the Chat Service Instance managed by Proxy Service.
                34 to 34 characters. Pattern ``^IS[0-9a-fA-F]{32}$``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Service. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_service,
            self._base_url + "/v1/Services",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Service:
        """Fetch a Service

        Fetch a specific Service. Answers 404 (code 20404) when there is no such Service.

        ``GET /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Service. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_fetch_service,
            self._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_service(
        self,
        sid: str,
        *,
        unique_name: str | Omit = omit,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Service:
        """Update a Service

        Update a specific Service: only the form fields sent change. A `UniqueName` already used
        by another of the account's Services answers 409. Answers 404 when there is no such
        Service.

        ``POST /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
                At most 64 characters.
            unique_name: body field ``UniqueName``.
                An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
                1 to 191 characters.
            default_ttl: body field ``DefaultTtl``.
                The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction. The default value of `0` indicates an unlimited Session length. The stand-in takes a negative value as 0 and caps it at 2147483647 (the vendor's document gives no bounds).
            callback_url: body field ``CallbackUrl``.
                The URL we should call when the interaction status changes.
                Format ``uri``.
            geo_match_level: body field ``GeoMatchLevel``.
                Where a proxy number must be located relative to the participant identifier. The default value is `country`.
                One of ``'area-code'``, ``'overlay'``, ``'radius'``, ``'country'``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
                The preference for Proxy Number selection in the Service instance. The default is `prefer-sticky`.
                One of ``'avoid-sticky'``, ``'prefer-sticky'``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
                The URL we call on each interaction. If we receive a 403 status, we block the interaction; otherwise the interaction continues.
                Format ``uri``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
                The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.
                Format ``uri``.
            chat_instance_sid: body field ``ChatInstanceSid``.
                The SID of the Chat Service Instance managed by Proxy Service.
                34 to 34 characters. Pattern ``^IS[0-9a-fA-F]{32}$``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Service. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_update_service,
            self._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a Service

        Delete a specific Service, together with its Sessions and their Participants. Afterwards
        every operation addressing it (or anything under it) answers 404.

        ``DELETE /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_service,
            self._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListSessionResponse:
        """List Sessions

        Retrieve a list of all Sessions for the Service, one page at a time. Answers 404 when the Service does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListSessionResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Iterator[responses.Session]:
        """Every item of :meth:`list_session` across all pages.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def page_list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Page[responses.Session]:
        """The first page of :meth:`list_session` as a :class:`Page` (``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._first_page(
            _op_list_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | Omit = omit,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        participants: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Create a Session

        Create a new Session in a Service. All fields are optional (an empty body is fine).
        Defaults: `Mode` `voice-and-message`, `Status` `open`, `Ttl` the Service's `default_ttl`.
        `UniqueName`, when given, must be unique among the Service's Sessions (409 otherwise).
        Each `Participants` item is a JSON object (see `CreateSessionRequest`) and creates a
        Participant in the new Session; a repeated `Identifier` among them answers 409 and
        creates nothing. Answers 404 when the Service does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            unique_name: body field ``UniqueName``.
                An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
                1 to 191 characters.
            date_expiry: body field ``DateExpiry``.
                The ISO 8601 date when the Session should expire. If this is value is present, it overrides the `ttl` value.
                Format ``date-time``.
            ttl: body field ``Ttl``.
                The time, in seconds, when the session will expire. The time is measured from the last Session create or the Session's last Interaction. Defaults to the Service's `default_ttl`. A negative value counts as 0, values are capped at 2147483647.
            mode: body field ``Mode``.
                The Mode of the Session. The default value is `voice-and-message`.
                One of ``'message-only'``, ``'voice-only'``, ``'voice-and-message'``. Default ``'voice-and-message'``.
            status: body field ``Status``.
                The initial status of the Session. The default is `open` on create.
                One of ``'open'``, ``'in-progress'``, ``'closed'``, ``'failed'``, ``'unknown'``. Default ``'open'``.
            participants: body field ``Participants``.
                The Participant objects to include in the new session, one form value each
                (repeated `Participants` keys). Each value is a JSON object with the
                CreateParticipant fields (`Identifier` required; `FriendlyName`, `ProxyIdentifier`,
                `ProxyIdentifierSid` optional; string values) in any key order, as the official SDK
                sends it (`json.dumps`). More than two answer 409 with code 80609 (a Session holds
                at most two Participants).
                The vendor's document types the items as anything (`items: {}`); Twilio reads them
                as JSON objects.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Session. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Mode", mode),
                    ("Status", status),
                    ("Participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Fetch a Session

        Fetch a specific Session. Answers 404 when the Service or the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_fetch_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Update a Session

        Update a specific Session: `Status=closed` closes it (`date_ended` set, `closed_reason`
        `api`), `Status=in-progress` (or `open`) re-opens a closed one; `Ttl` and `DateExpiry`
        change when it expires (a new `Ttl` counts from this update). Answers 404 when the
        Service or the Session does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
                At most 64 characters.
            date_expiry: body field ``DateExpiry``.
                The ISO 8601 date when the Session should expire; overrides `Ttl`.
                Format ``date-time``.
            ttl: body field ``Ttl``.
                The time, in seconds, when the session will expire, counted from this update or the Session's last Interaction (0 or less = never; capped at 2147483647).
            status: body field ``Status``.
                `closed` closes the Session; `in-progress` (or `open`) re-opens a closed one.
                One of ``'open'``, ``'in-progress'``, ``'closed'``, ``'failed'``, ``'unknown'``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_update_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Status", status),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a Session

        Delete a specific Session. Its Participants (including soft-deleted ones) are
        permanently deleted with it. Afterwards every operation addressing it (or anything under
        it) answers 404.

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListParticipantResponse:
        """List Participants

        Retrieve a list of all Participants in a Session, one page at a time. Soft-deleted
        Participants are still listed, with `date_deleted` set. Answers 404 when the Service or
        the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListParticipantResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Iterator[responses.Participant]:
        """Every item of :meth:`list_participant` across all pages.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def page_list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Page[responses.Participant]:
        """The first page of :meth:`list_participant` as a :class:`Page` (``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._first_page(
            _op_list_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | Omit = omit,
        proxy_identifier: str | Omit = omit,
        proxy_identifier_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Create a Participant

        Add a new Participant to the Session. `Identifier` (the phone number or channel
        identifier of the Participant) is required. `ProxyIdentifier` is the proxy phone number
        to use for the Participant; if not specified, Proxy will select a number from the pool.
        `ProxyIdentifierSid` is the SID of the Proxy Identifier to assign.

        An `Identifier` already used in this Session answers 409 — including one
        whose Participant was deleted: deletion is a soft delete, the Participant remains
        associated with the Session and cannot be re-added. Answers 404 when the Service or the
        Session does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            identifier: body field ``Identifier`` (required).
                The phone number (or channel identifier) of the Participant.
                1 to 191 characters.
            friendly_name: body field ``FriendlyName``.
                The string that you assigned to describe the participant. This value must be 255 characters or fewer. **This value should not have PII.**
                At most 255 characters.
            proxy_identifier: body field ``ProxyIdentifier``.
                The proxy phone number to use for the Participant. If not specified, Proxy will select a number from the pool.
                1 to 191 characters.
            proxy_identifier_sid: body field ``ProxyIdentifierSid``.
                The SID of the Proxy Identifier to assign to the Participant.
                34 to 34 characters. Pattern ``^PN[0-9a-fA-F]{32}$``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Participant. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            None,
            None,
            _fields_form(
                (
                    ("Identifier", identifier),
                    ("FriendlyName", friendly_name),
                    ("ProxyIdentifier", proxy_identifier),
                    ("ProxyIdentifierSid", proxy_identifier_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Fetch a Participant

        Fetch a specific Participant. Answers 404 when the Service, the Session or the
        Participant does not exist, or the Participant was deleted.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Participant. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_fetch_participant,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a Participant

        Delete a specific Participant. This is a soft-delete. The participant remains associated
        with the session and cannot be re-added (CreateParticipant with its Identifier answers
        409). Participants are only permanently deleted when the Session is deleted.

        As in the vendor's own spec, success is `200` with no body (Twilio's other deletes
        answer 204). After deletion, FetchParticipant and DeleteParticipant on it answer 404,
        and ListParticipant shows it with `date_deleted` set.

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_participant,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListPhoneNumberResponse:
        """List the Phone Numbers of a Service's pool

        Retrieve a list of all Phone Numbers in the Proxy Number Pool of a Service, one page at a time.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListPhoneNumberResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Iterator[responses.PhoneNumber]:
        """Every item of :meth:`list_phone_number` across all pages.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def page_list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Page[responses.PhoneNumber]:
        """The first page of :meth:`list_phone_number` as a :class:`Page` (``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._first_page(
            _op_list_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | Omit = omit,
        phone_number: str | Omit = omit,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.PhoneNumber:
        """Add a Phone Number to a Service's Proxy Number Pool

        Add a phone number to the Service's number pool, by `Sid` (a `PN…` SID of one of the
        account's numbers) or by `PhoneNumber` (E.164). Twilio needs one of them; the stand-in,
        with `Config.auto_numbers` on (the default), adds a fresh number when neither is sent
        (off: 400, code 20001). "One of two form fields" is left out of the schema: the
        generator types a form body with a top-level `anyOf` as `Any`. A number already in the
        pool answers 409. Participants get their
        proxy identifier from the pool's numbers; `IsReserved` numbers are only used when asked
        for by `ProxyIdentifier`/`ProxyIdentifierSid`. Answers 404 when the Service does not exist.

        ``POST /v1/Services/{ServiceSid}/PhoneNumbers``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: body field ``Sid``.
                The SID of a Phone Number of the account to add to the pool.
                34 to 34 characters. Pattern ``^PN[0-9a-fA-F]{32}$``.
            phone_number: body field ``PhoneNumber``.
                The phone number in E.164 format to add to the pool.
                At most 32 characters.
            is_reserved: body field ``IsReserved``.
                Whether the number is reserved (only used when a Participant asks for it).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.PhoneNumber. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            None,
            None,
            _fields_form(
                (
                    ("Sid", sid),
                    ("PhoneNumber", phone_number),
                    ("IsReserved", is_reserved),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.PhoneNumber:
        """Fetch a Phone Number of the pool

        Fetch a specific Phone Number of the Service's pool. Answers 404 when it is not in the pool.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.PhoneNumber. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_fetch_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.PhoneNumber:
        """Update a Phone Number of the pool

        Change whether a Phone Number of the pool is reserved (`IsReserved`).

        ``POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
                At most 64 characters.
            is_reserved: body field ``IsReserved``.
                Whether the number is reserved.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.PhoneNumber. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_update_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Remove a Phone Number from the pool

        Remove a Phone Number from the Service's pool; Participants that already use it keep it.

        ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListInteractionResponse:
        """List the Interactions of a Session

        Retrieve a list of all Interactions of a Session, one page at a time (oldest first). The
        stand-in records one Interaction per CreateMessageInteraction (no real calls or messages
        take place).

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListInteractionResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_interaction,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Iterator[responses.Interaction]:
        """Every item of :meth:`list_interaction` across all pages.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_interaction,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def page_list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Page[responses.Interaction]:
        """The first page of :meth:`list_interaction` as a :class:`Page` (``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._first_page(
            _op_list_interaction,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Interaction:
        """Fetch an Interaction

        Fetch a specific Interaction of a Session.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Interaction. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_fetch_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete an Interaction

        Delete a specific Interaction (also from its Participant's MessageInteractions).

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListMessageInteractionResponse:
        """List the message Interactions of a Participant

        Retrieve a list of all message Interactions sent to a Participant, one page at a time.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListMessageInteractionResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Iterator[responses.MessageInteraction]:
        """Every item of :meth:`list_message_interaction` across all pages.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def page_list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> Page[responses.MessageInteraction]:
        """The first page of :meth:`list_message_interaction` as a :class:`Page` (``items``, ``has_next_page()``,
        ``next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._first_page(
            _op_list_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body: str | Omit = omit,
        media_url: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.MessageInteraction:
        """Send a message to a Participant

        Create a new message Interaction to send directly from your system to one Participant;
        its `inbound` properties are always null. Twilio needs `Body` or `MediaUrl`; the
        stand-in records an empty message when neither is sent. The stand-in records it (as an Interaction of the Session too), marks
        the Session `in-progress`, sets `date_last_interaction` and restarts the `Ttl` clock. A
        closed Session answers 409; a deleted Participant 404. As in the vendor's document,
        success is `200`. Afterwards the Service's intercept and interaction callbacks are sent
        (CreateService's `callbacks`); with an `InterceptCallbackUrl` the answer's
        `outbound_resource_status` is `queued` until the intercept callback lets it through.

        ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
                At most 64 characters.
            body: body field ``Body``.
                The message to send to the Participant.
                At most 1600 characters.
            media_url: body field ``MediaUrl``.
                Reference URLs of media to send with the message (repeated `MediaUrl` keys).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.MessageInteraction. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            None,
            None,
            _fields_form(
                (
                    ("Body", body),
                    ("MediaUrl", media_url),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.MessageInteraction:
        """Fetch a message Interaction

        Fetch a specific message Interaction of a Participant.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.MessageInteraction. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_fetch_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class ClientWithRawResponse:
    """:class:`Client` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListServiceResponse]:
        """Like :meth:`Client.list_service`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_service,
            self._client._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Service]:
        """Like :meth:`Client.create_service`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_service,
            self._client._base_url + "/v1/Services",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Service]:
        """Like :meth:`Client.fetch_service`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_service(
        self,
        sid: str,
        *,
        unique_name: str | Omit = omit,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Service]:
        """Like :meth:`Client.update_service`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_update_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_service`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListSessionResponse]:
        """Like :meth:`Client.list_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | Omit = omit,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        participants: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`Client.create_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Mode", mode),
                    ("Status", status),
                    ("Participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`Client.fetch_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`Client.update_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_update_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Status", status),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListParticipantResponse]:
        """Like :meth:`Client.list_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | Omit = omit,
        proxy_identifier: str | Omit = omit,
        proxy_identifier_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`Client.create_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            None,
            None,
            _fields_form(
                (
                    ("Identifier", identifier),
                    ("FriendlyName", friendly_name),
                    ("ProxyIdentifier", proxy_identifier),
                    ("ProxyIdentifierSid", proxy_identifier_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`Client.fetch_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListPhoneNumberResponse]:
        """Like :meth:`Client.list_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | Omit = omit,
        phone_number: str | Omit = omit,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.PhoneNumber]:
        """Like :meth:`Client.create_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            None,
            None,
            _fields_form(
                (
                    ("Sid", sid),
                    ("PhoneNumber", phone_number),
                    ("IsReserved", is_reserved),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.PhoneNumber]:
        """Like :meth:`Client.fetch_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.PhoneNumber]:
        """Like :meth:`Client.update_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_update_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListInteractionResponse]:
        """Like :meth:`Client.list_interaction`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Interaction]:
        """Like :meth:`Client.fetch_interaction`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_interaction`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListMessageInteractionResponse]:
        """Like :meth:`Client.list_message_interaction`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body: str | Omit = omit,
        media_url: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.MessageInteraction]:
        """Like :meth:`Client.create_message_interaction`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            None,
            None,
            _fields_form(
                (
                    ("Body", body),
                    ("MediaUrl", media_url),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.MessageInteraction]:
        """Like :meth:`Client.fetch_message_interaction`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions/"
            + _path(sid),
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

    def list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_service`, streaming the response body."""
        return self._client._stream(
            _op_list_service,
            self._client._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_service`, streaming the response body."""
        return self._client._stream(
            _op_create_service,
            self._client._base_url + "/v1/Services",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.fetch_service`, streaming the response body."""
        return self._client._stream(
            _op_fetch_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_service(
        self,
        sid: str,
        *,
        unique_name: str | Omit = omit,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.update_service`, streaming the response body."""
        return self._client._stream(
            _op_update_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.delete_service`, streaming the response body."""
        return self._client._stream(
            _op_delete_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_session`, streaming the response body."""
        return self._client._stream(
            _op_list_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | Omit = omit,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        participants: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_session`, streaming the response body."""
        return self._client._stream(
            _op_create_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Mode", mode),
                    ("Status", status),
                    ("Participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.fetch_session`, streaming the response body."""
        return self._client._stream(
            _op_fetch_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.update_session`, streaming the response body."""
        return self._client._stream(
            _op_update_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Status", status),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.delete_session`, streaming the response body."""
        return self._client._stream(
            _op_delete_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_participant`, streaming the response body."""
        return self._client._stream(
            _op_list_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | Omit = omit,
        proxy_identifier: str | Omit = omit,
        proxy_identifier_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_participant`, streaming the response body."""
        return self._client._stream(
            _op_create_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            None,
            None,
            _fields_form(
                (
                    ("Identifier", identifier),
                    ("FriendlyName", friendly_name),
                    ("ProxyIdentifier", proxy_identifier),
                    ("ProxyIdentifierSid", proxy_identifier_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.fetch_participant`, streaming the response body."""
        return self._client._stream(
            _op_fetch_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.delete_participant`, streaming the response body."""
        return self._client._stream(
            _op_delete_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_list_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | Omit = omit,
        phone_number: str | Omit = omit,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_create_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            None,
            None,
            _fields_form(
                (
                    ("Sid", sid),
                    ("PhoneNumber", phone_number),
                    ("IsReserved", is_reserved),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.fetch_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_fetch_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.update_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_update_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.delete_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_delete_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_interaction`, streaming the response body."""
        return self._client._stream(
            _op_list_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.fetch_interaction`, streaming the response body."""
        return self._client._stream(
            _op_fetch_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.delete_interaction`, streaming the response body."""
        return self._client._stream(
            _op_delete_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_message_interaction`, streaming the response body."""
        return self._client._stream(
            _op_list_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body: str | Omit = omit,
        media_url: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_message_interaction`, streaming the response body."""
        return self._client._stream(
            _op_create_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            None,
            None,
            _fields_form(
                (
                    ("Body", body),
                    ("MediaUrl", media_url),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.fetch_message_interaction`, streaming the response body."""
        return self._client._stream(
            _op_fetch_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClient(_AsyncBase):
    """Asynchronous client for Twilio Proxy API v1 1.0.0.

    Usage::

        async with AsyncClient(username="...", password="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://proxy.twilio.com``).
        username: basic credential; default: the
            environment variable ``TWILIO_PROXY_USERNAME``.
            HTTP Basic with your Account SID as the username and your Auth Token as the password.
            Missing or wrong credentials answer 401 with `Error` (code 20003).
        password: basic credential; default: the
            environment variable ``TWILIO_PROXY_PASSWORD``.
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
        base_url: str = "https://proxy.twilio.com",
        *,
        username: str | None = None,
        password: str | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
        retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        username = username if username is not None else os.environ.get("TWILIO_PROXY_USERNAME")
        password = password if password is not None else os.environ.get("TWILIO_PROXY_PASSWORD")
        super().__init__(
            base_url=base_url,
            credentials={
                "accountSid_authToken": _credential("basic", username, password),
            },
            timeout=timeout,
            retries=retries,
            headers=headers,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
        )
        self._require(
            ("accountSid_authToken",),
            ("authorization",),
            "pass username=/password= (or TWILIO_PROXY_USERNAME/TWILIO_PROXY_PASSWORD)",
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return AsyncClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same operations as context managers yielding a :class:`StreamedResponse` (body not read)."""
        return AsyncClientWithStreamingResponse(self)

    async def list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListServiceResponse:
        """List Services

        Retrieve a list of all Services for Twilio Proxy, one page at a time.

        ``GET /v1/Services``.

        Args:
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListServiceResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_service,
            self._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncIterator[responses.Service]:
        """Every item of :meth:`list_service` across all pages, with ``async for``.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_service,
            self._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def page_list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncPage[responses.Service]:
        """The first page of :meth:`list_service` as a :class:`AsyncPage` (``items``, ``has_next_page()``,
        ``await next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return await self._first_page(
            _op_list_service,
            self._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Service:
        """Create a Service

        Create a new Service for Twilio Proxy. `UniqueName` is required and must be unique among
        the account's Services (409 otherwise). Defaults: `DefaultTtl` 0 (unlimited),
        `GeoMatchLevel` `country`, `NumberSelectionBehavior` `prefer-sticky`.

        ``POST /v1/Services``.

        Args:
            unique_name: body field ``UniqueName`` (required).
                An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
                1 to 191 characters.
            default_ttl: body field ``DefaultTtl``.
                The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction. The default value of `0` indicates an unlimited Session length. The stand-in takes a negative value as 0 and caps it at 2147483647 (the vendor's document gives no bounds).
                Default ``0``.
            callback_url: body field ``CallbackUrl``.
                The URL we should call when the interaction status changes.
                Format ``uri``.
            geo_match_level: body field ``GeoMatchLevel``.
                Where a proxy number must be located relative to the participant identifier. The default value is `country`.
                One of ``'area-code'``, ``'overlay'``, ``'radius'``, ``'country'``. Default ``'country'``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
                The preference for Proxy Number selection in the Service instance. The default is `prefer-sticky`.
                One of ``'avoid-sticky'``, ``'prefer-sticky'``. Default ``'prefer-sticky'``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
                The URL we call on each interaction. If we receive a 403 status, we block the interaction; otherwise the interaction continues.
                Format ``uri``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
                The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.
                Format ``uri``.
            chat_instance_sid: body field ``ChatInstanceSid``.
                The SID of the Chat Service Instance managed by Proxy Service.
                34 to 34 characters. Pattern ``^IS[0-9a-fA-F]{32}$``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Service. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_service,
            self._base_url + "/v1/Services",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Service:
        """Fetch a Service

        Fetch a specific Service. Answers 404 (code 20404) when there is no such Service.

        ``GET /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Service. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_fetch_service,
            self._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_service(
        self,
        sid: str,
        *,
        unique_name: str | Omit = omit,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Service:
        """Update a Service

        Update a specific Service: only the form fields sent change. A `UniqueName` already used
        by another of the account's Services answers 409. Answers 404 when there is no such
        Service.

        ``POST /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
                At most 64 characters.
            unique_name: body field ``UniqueName``.
                An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
                1 to 191 characters.
            default_ttl: body field ``DefaultTtl``.
                The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction. The default value of `0` indicates an unlimited Session length. The stand-in takes a negative value as 0 and caps it at 2147483647 (the vendor's document gives no bounds).
            callback_url: body field ``CallbackUrl``.
                The URL we should call when the interaction status changes.
                Format ``uri``.
            geo_match_level: body field ``GeoMatchLevel``.
                Where a proxy number must be located relative to the participant identifier. The default value is `country`.
                One of ``'area-code'``, ``'overlay'``, ``'radius'``, ``'country'``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
                The preference for Proxy Number selection in the Service instance. The default is `prefer-sticky`.
                One of ``'avoid-sticky'``, ``'prefer-sticky'``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
                The URL we call on each interaction. If we receive a 403 status, we block the interaction; otherwise the interaction continues.
                Format ``uri``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
                The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.
                Format ``uri``.
            chat_instance_sid: body field ``ChatInstanceSid``.
                The SID of the Chat Service Instance managed by Proxy Service.
                34 to 34 characters. Pattern ``^IS[0-9a-fA-F]{32}$``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Service. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_update_service,
            self._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a Service

        Delete a specific Service, together with its Sessions and their Participants. Afterwards
        every operation addressing it (or anything under it) answers 404.

        ``DELETE /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_service,
            self._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListSessionResponse:
        """List Sessions

        Retrieve a list of all Sessions for the Service, one page at a time. Answers 404 when the Service does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListSessionResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncIterator[responses.Session]:
        """Every item of :meth:`list_session` across all pages, with ``async for``.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def page_list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncPage[responses.Session]:
        """The first page of :meth:`list_session` as a :class:`AsyncPage` (``items``, ``has_next_page()``,
        ``await next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return await self._first_page(
            _op_list_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | Omit = omit,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        participants: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Create a Session

        Create a new Session in a Service. All fields are optional (an empty body is fine).
        Defaults: `Mode` `voice-and-message`, `Status` `open`, `Ttl` the Service's `default_ttl`.
        `UniqueName`, when given, must be unique among the Service's Sessions (409 otherwise).
        Each `Participants` item is a JSON object (see `CreateSessionRequest`) and creates a
        Participant in the new Session; a repeated `Identifier` among them answers 409 and
        creates nothing. Answers 404 when the Service does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            unique_name: body field ``UniqueName``.
                An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
                1 to 191 characters.
            date_expiry: body field ``DateExpiry``.
                The ISO 8601 date when the Session should expire. If this is value is present, it overrides the `ttl` value.
                Format ``date-time``.
            ttl: body field ``Ttl``.
                The time, in seconds, when the session will expire. The time is measured from the last Session create or the Session's last Interaction. Defaults to the Service's `default_ttl`. A negative value counts as 0, values are capped at 2147483647.
            mode: body field ``Mode``.
                The Mode of the Session. The default value is `voice-and-message`.
                One of ``'message-only'``, ``'voice-only'``, ``'voice-and-message'``. Default ``'voice-and-message'``.
            status: body field ``Status``.
                The initial status of the Session. The default is `open` on create.
                One of ``'open'``, ``'in-progress'``, ``'closed'``, ``'failed'``, ``'unknown'``. Default ``'open'``.
            participants: body field ``Participants``.
                The Participant objects to include in the new session, one form value each
                (repeated `Participants` keys). Each value is a JSON object with the
                CreateParticipant fields (`Identifier` required; `FriendlyName`, `ProxyIdentifier`,
                `ProxyIdentifierSid` optional; string values) in any key order, as the official SDK
                sends it (`json.dumps`). More than two answer 409 with code 80609 (a Session holds
                at most two Participants).
                The vendor's document types the items as anything (`items: {}`); Twilio reads them
                as JSON objects.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Session. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Mode", mode),
                    ("Status", status),
                    ("Participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Fetch a Session

        Fetch a specific Session. Answers 404 when the Service or the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_fetch_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Update a Session

        Update a specific Session: `Status=closed` closes it (`date_ended` set, `closed_reason`
        `api`), `Status=in-progress` (or `open`) re-opens a closed one; `Ttl` and `DateExpiry`
        change when it expires (a new `Ttl` counts from this update). Answers 404 when the
        Service or the Session does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
                At most 64 characters.
            date_expiry: body field ``DateExpiry``.
                The ISO 8601 date when the Session should expire; overrides `Ttl`.
                Format ``date-time``.
            ttl: body field ``Ttl``.
                The time, in seconds, when the session will expire, counted from this update or the Session's last Interaction (0 or less = never; capped at 2147483647).
            status: body field ``Status``.
                `closed` closes the Session; `in-progress` (or `open`) re-opens a closed one.
                One of ``'open'``, ``'in-progress'``, ``'closed'``, ``'failed'``, ``'unknown'``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_update_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Status", status),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a Session

        Delete a specific Session. Its Participants (including soft-deleted ones) are
        permanently deleted with it. Afterwards every operation addressing it (or anything under
        it) answers 404.

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_session,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListParticipantResponse:
        """List Participants

        Retrieve a list of all Participants in a Session, one page at a time. Soft-deleted
        Participants are still listed, with `date_deleted` set. Answers 404 when the Service or
        the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListParticipantResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncIterator[responses.Participant]:
        """Every item of :meth:`list_participant` across all pages, with ``async for``.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def page_list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncPage[responses.Participant]:
        """The first page of :meth:`list_participant` as a :class:`AsyncPage` (``items``, ``has_next_page()``,
        ``await next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return await self._first_page(
            _op_list_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | Omit = omit,
        proxy_identifier: str | Omit = omit,
        proxy_identifier_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Create a Participant

        Add a new Participant to the Session. `Identifier` (the phone number or channel
        identifier of the Participant) is required. `ProxyIdentifier` is the proxy phone number
        to use for the Participant; if not specified, Proxy will select a number from the pool.
        `ProxyIdentifierSid` is the SID of the Proxy Identifier to assign.

        An `Identifier` already used in this Session answers 409 — including one
        whose Participant was deleted: deletion is a soft delete, the Participant remains
        associated with the Session and cannot be re-added. Answers 404 when the Service or the
        Session does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            identifier: body field ``Identifier`` (required).
                The phone number (or channel identifier) of the Participant.
                1 to 191 characters.
            friendly_name: body field ``FriendlyName``.
                The string that you assigned to describe the participant. This value must be 255 characters or fewer. **This value should not have PII.**
                At most 255 characters.
            proxy_identifier: body field ``ProxyIdentifier``.
                The proxy phone number to use for the Participant. If not specified, Proxy will select a number from the pool.
                1 to 191 characters.
            proxy_identifier_sid: body field ``ProxyIdentifierSid``.
                The SID of the Proxy Identifier to assign to the Participant.
                34 to 34 characters. Pattern ``^PN[0-9a-fA-F]{32}$``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.Participant. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_participant,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Participants",
            None,
            None,
            _fields_form(
                (
                    ("Identifier", identifier),
                    ("FriendlyName", friendly_name),
                    ("ProxyIdentifier", proxy_identifier),
                    ("ProxyIdentifierSid", proxy_identifier_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Fetch a Participant

        Fetch a specific Participant. Answers 404 when the Service, the Session or the
        Participant does not exist, or the Participant was deleted.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Participant. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_fetch_participant,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete a Participant

        Delete a specific Participant. This is a soft-delete. The participant remains associated
        with the session and cannot be re-added (CreateParticipant with its Identifier answers
        409). Participants are only permanently deleted when the Session is deleted.

        As in the vendor's own spec, success is `200` with no body (Twilio's other deletes
        answer 204). After deletion, FetchParticipant and DeleteParticipant on it answer 404,
        and ListParticipant shows it with `date_deleted` set.

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_participant,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListPhoneNumberResponse:
        """List the Phone Numbers of a Service's pool

        Retrieve a list of all Phone Numbers in the Proxy Number Pool of a Service, one page at a time.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListPhoneNumberResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncIterator[responses.PhoneNumber]:
        """Every item of :meth:`list_phone_number` across all pages, with ``async for``.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def page_list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncPage[responses.PhoneNumber]:
        """The first page of :meth:`list_phone_number` as a :class:`AsyncPage` (``items``, ``has_next_page()``,
        ``await next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return await self._first_page(
            _op_list_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | Omit = omit,
        phone_number: str | Omit = omit,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.PhoneNumber:
        """Add a Phone Number to a Service's Proxy Number Pool

        Add a phone number to the Service's number pool, by `Sid` (a `PN…` SID of one of the
        account's numbers) or by `PhoneNumber` (E.164). Twilio needs one of them; the stand-in,
        with `Config.auto_numbers` on (the default), adds a fresh number when neither is sent
        (off: 400, code 20001). "One of two form fields" is left out of the schema: the
        generator types a form body with a top-level `anyOf` as `Any`. A number already in the
        pool answers 409. Participants get their
        proxy identifier from the pool's numbers; `IsReserved` numbers are only used when asked
        for by `ProxyIdentifier`/`ProxyIdentifierSid`. Answers 404 when the Service does not exist.

        ``POST /v1/Services/{ServiceSid}/PhoneNumbers``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: body field ``Sid``.
                The SID of a Phone Number of the account to add to the pool.
                34 to 34 characters. Pattern ``^PN[0-9a-fA-F]{32}$``.
            phone_number: body field ``PhoneNumber``.
                The phone number in E.164 format to add to the pool.
                At most 32 characters.
            is_reserved: body field ``IsReserved``.
                Whether the number is reserved (only used when a Participant asks for it).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 201: responses.PhoneNumber. Created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            None,
            None,
            _fields_form(
                (
                    ("Sid", sid),
                    ("PhoneNumber", phone_number),
                    ("IsReserved", is_reserved),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.PhoneNumber:
        """Fetch a Phone Number of the pool

        Fetch a specific Phone Number of the Service's pool. Answers 404 when it is not in the pool.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.PhoneNumber. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_fetch_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.PhoneNumber:
        """Update a Phone Number of the pool

        Change whether a Phone Number of the pool is reserved (`IsReserved`).

        ``POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
                At most 64 characters.
            is_reserved: body field ``IsReserved``.
                Whether the number is reserved.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.PhoneNumber. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_update_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Remove a Phone Number from the pool

        Remove a Phone Number from the Service's pool; Participants that already use it keep it.

        ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_phone_number,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListInteractionResponse:
        """List the Interactions of a Session

        Retrieve a list of all Interactions of a Session, one page at a time (oldest first). The
        stand-in records one Interaction per CreateMessageInteraction (no real calls or messages
        take place).

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListInteractionResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_interaction,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncIterator[responses.Interaction]:
        """Every item of :meth:`list_interaction` across all pages, with ``async for``.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_interaction,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def page_list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncPage[responses.Interaction]:
        """The first page of :meth:`list_interaction` as a :class:`AsyncPage` (``items``, ``has_next_page()``,
        ``await next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return await self._first_page(
            _op_list_interaction,
            self._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(session_sid) + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Interaction:
        """Fetch an Interaction

        Fetch a specific Interaction of a Session.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Interaction. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_fetch_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete an Interaction

        Delete a specific Interaction (also from its Participant's MessageInteractions).

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.ListMessageInteractionResponse:
        """List the message Interactions of a Participant

        Retrieve a list of all message Interactions sent to a Participant, one page at a time.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
                At most 64 characters.
            page_size: query parameter ``PageSize``.
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
                Server default ``50``. At least 1, at most 1000.
            page: query parameter ``Page``.
                The page index. This value is simply for client state.
                Server default ``0``. At least 0.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
                At most 256 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.ListMessageInteractionResponse. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def iter_list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncIterator[responses.MessageInteraction]:
        """Every item of :meth:`list_message_interaction` across all pages, with ``async for``.

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return self._iter_items(
            _op_list_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def page_list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AsyncPage[responses.MessageInteraction]:
        """The first page of :meth:`list_message_interaction` as a :class:`AsyncPage` (``items``, ``has_next_page()``,
        ``await next_page()``, ``iter_pages()``; iterating it yields every item from this page on).

        Takes the same arguments. Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.
        """
        return await self._first_page(
            _op_list_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body: str | Omit = omit,
        media_url: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.MessageInteraction:
        """Send a message to a Participant

        Create a new message Interaction to send directly from your system to one Participant;
        its `inbound` properties are always null. Twilio needs `Body` or `MediaUrl`; the
        stand-in records an empty message when neither is sent. The stand-in records it (as an Interaction of the Session too), marks
        the Session `in-progress`, sets `date_last_interaction` and restarts the `Ttl` clock. A
        closed Session answers 409; a deleted Participant 404. As in the vendor's document,
        success is `200`. Afterwards the Service's intercept and interaction callbacks are sent
        (CreateService's `callbacks`); with an `InterceptCallbackUrl` the answer's
        `outbound_resource_status` is `queued` until the intercept callback lets it through.

        ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
                At most 64 characters.
            body: body field ``Body``.
                The message to send to the Participant.
                At most 1600 characters.
            media_url: body field ``MediaUrl``.
                Reference URLs of media to send with the message (repeated `MediaUrl` keys).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.MessageInteraction. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ConflictError: HTTP 409. Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete).
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            None,
            None,
            _fields_form(
                (
                    ("Body", body),
                    ("MediaUrl", media_url),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.MessageInteraction:
        """Fetch a message Interaction

        Fetch a specific message Interaction of a Participant.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
                At most 64 characters.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
                At most 64 characters.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
                At most 64 characters.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
                At most 64 characters.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.MessageInteraction. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_fetch_message_interaction,
            self._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClientWithRawResponse:
    """:class:`AsyncClient` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListServiceResponse]:
        """Like :meth:`AsyncClient.list_service`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_service,
            self._client._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Service]:
        """Like :meth:`AsyncClient.create_service`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_service,
            self._client._base_url + "/v1/Services",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Service]:
        """Like :meth:`AsyncClient.fetch_service`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_service(
        self,
        sid: str,
        *,
        unique_name: str | Omit = omit,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Service]:
        """Like :meth:`AsyncClient.update_service`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_update_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_service`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListSessionResponse]:
        """Like :meth:`AsyncClient.list_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | Omit = omit,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        participants: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`AsyncClient.create_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Mode", mode),
                    ("Status", status),
                    ("Participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`AsyncClient.fetch_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`AsyncClient.update_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_update_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Status", status),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListParticipantResponse]:
        """Like :meth:`AsyncClient.list_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | Omit = omit,
        proxy_identifier: str | Omit = omit,
        proxy_identifier_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`AsyncClient.create_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            None,
            None,
            _fields_form(
                (
                    ("Identifier", identifier),
                    ("FriendlyName", friendly_name),
                    ("ProxyIdentifier", proxy_identifier),
                    ("ProxyIdentifierSid", proxy_identifier_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`AsyncClient.fetch_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListPhoneNumberResponse]:
        """Like :meth:`AsyncClient.list_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | Omit = omit,
        phone_number: str | Omit = omit,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.PhoneNumber]:
        """Like :meth:`AsyncClient.create_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            None,
            None,
            _fields_form(
                (
                    ("Sid", sid),
                    ("PhoneNumber", phone_number),
                    ("IsReserved", is_reserved),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.PhoneNumber]:
        """Like :meth:`AsyncClient.fetch_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.PhoneNumber]:
        """Like :meth:`AsyncClient.update_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_update_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListInteractionResponse]:
        """Like :meth:`AsyncClient.list_interaction`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Interaction]:
        """Like :meth:`AsyncClient.fetch_interaction`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_interaction`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.ListMessageInteractionResponse]:
        """Like :meth:`AsyncClient.list_message_interaction`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body: str | Omit = omit,
        media_url: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.MessageInteraction]:
        """Like :meth:`AsyncClient.create_message_interaction`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            None,
            None,
            _fields_form(
                (
                    ("Body", body),
                    ("MediaUrl", media_url),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.MessageInteraction]:
        """Like :meth:`AsyncClient.fetch_message_interaction`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions/"
            + _path(sid),
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

    def list_service(
        self,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_service`, streaming the response body."""
        return self._client._stream(
            _op_list_service,
            self._client._base_url + "/v1/Services",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_service`, streaming the response body."""
        return self._client._stream(
            _op_create_service,
            self._client._base_url + "/v1/Services",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.fetch_service`, streaming the response body."""
        return self._client._stream(
            _op_fetch_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_service(
        self,
        sid: str,
        *,
        unique_name: str | Omit = omit,
        default_ttl: int | Omit = omit,
        callback_url: str | Omit = omit,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | Omit = omit,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | Omit = omit,
        intercept_callback_url: str | Omit = omit,
        out_of_session_callback_url: str | Omit = omit,
        chat_instance_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.update_service`, streaming the response body."""
        return self._client._stream(
            _op_update_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DefaultTtl", default_ttl),
                    ("CallbackUrl", callback_url),
                    ("GeoMatchLevel", geo_match_level),
                    ("NumberSelectionBehavior", number_selection_behavior),
                    ("InterceptCallbackUrl", intercept_callback_url),
                    ("OutOfSessionCallbackUrl", out_of_session_callback_url),
                    ("ChatInstanceSid", chat_instance_sid),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.delete_service`, streaming the response body."""
        return self._client._stream(
            _op_delete_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_session`, streaming the response body."""
        return self._client._stream(
            _op_list_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | Omit = omit,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        participants: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_session`, streaming the response body."""
        return self._client._stream(
            _op_create_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions",
            None,
            None,
            _fields_form(
                (
                    ("UniqueName", unique_name),
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Mode", mode),
                    ("Status", status),
                    ("Participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.fetch_session`, streaming the response body."""
        return self._client._stream(
            _op_fetch_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | Omit = omit,
        ttl: int | Omit = omit,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.update_session`, streaming the response body."""
        return self._client._stream(
            _op_update_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _fields_form(
                (
                    ("DateExpiry", date_expiry),
                    ("Ttl", ttl),
                    ("Status", status),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.delete_session`, streaming the response body."""
        return self._client._stream(
            _op_delete_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_participant`, streaming the response body."""
        return self._client._stream(
            _op_list_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | Omit = omit,
        proxy_identifier: str | Omit = omit,
        proxy_identifier_sid: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_participant`, streaming the response body."""
        return self._client._stream(
            _op_create_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants",
            None,
            None,
            _fields_form(
                (
                    ("Identifier", identifier),
                    ("FriendlyName", friendly_name),
                    ("ProxyIdentifier", proxy_identifier),
                    ("ProxyIdentifierSid", proxy_identifier_sid),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.fetch_participant`, streaming the response body."""
        return self._client._stream(
            _op_fetch_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.delete_participant`, streaming the response body."""
        return self._client._stream(
            _op_delete_participant,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_list_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | Omit = omit,
        phone_number: str | Omit = omit,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_create_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers",
            None,
            None,
            _fields_form(
                (
                    ("Sid", sid),
                    ("PhoneNumber", phone_number),
                    ("IsReserved", is_reserved),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.fetch_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_fetch_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.update_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_update_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.delete_phone_number`, streaming the response body."""
        return self._client._stream(
            _op_delete_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_interaction`, streaming the response body."""
        return self._client._stream(
            _op_list_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.fetch_interaction`, streaming the response body."""
        return self._client._stream(
            _op_fetch_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.delete_interaction`, streaming the response body."""
        return self._client._stream(
            _op_delete_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Interactions/"
            + _path(sid),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None | Omit = omit,
        page: int | None | Omit = omit,
        page_token: str | None | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_message_interaction`, streaming the response body."""
        return self._client._stream(
            _op_list_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            _query(
                ("PageSize", page_size, "form", True),
                ("Page", page, "form", True),
                ("PageToken", page_token, "form", True),
            ),
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body: str | Omit = omit,
        media_url: list[str] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_message_interaction`, streaming the response body."""
        return self._client._stream(
            _op_create_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions",
            None,
            None,
            _fields_form(
                (
                    ("Body", body),
                    ("MediaUrl", media_url),
                ),
                False,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.fetch_message_interaction`, streaming the response body."""
        return self._client._stream(
            _op_fetch_message_interaction,
            self._client._base_url
            + "/v1/Services/"
            + _path(service_sid)
            + "/Sessions/"
            + _path(session_sid)
            + "/Participants/"
            + _path(participant_sid)
            + "/MessageInteractions/"
            + _path(sid),
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
    NotFoundError,
    ConflictError,
    Client,
    AsyncClient,
)
