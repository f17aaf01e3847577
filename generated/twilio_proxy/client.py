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
  ``None`` and is then not sent (the server applies the spec's default). Query
  arrays use the spec's style (repeated keys when exploded, comma-joined when not;
  ``deepObject`` objects as ``name[key]=value``); path values are percent-encoded.
* An object request body (JSON, form or multipart) is flattened: each top-level
  property is a keyword argument named like the model field. An optional property
  defaults to ``pydantic.MISSING`` and is then left out of the body (``None`` sends
  JSON ``null`` where the schema is nullable; form bodies leave ``None`` out). Any
  other body is passed as ``body=``. JSON uses wire names; form bodies use wire
  names, ``true``/``false`` and repeated keys for arrays.
* A method returns the documented success type, validated strictly (a Pydantic
  model, ``None`` for a success without content, a union when success statuses
  carry different types; a list of items for newline-delimited JSON). A success
  body that does not match its schema raises ``ResponseValidationError``; nothing
  unvalidated is ever returned.
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
* Paginated operations also have ``iter_<name>(...)``, yielding every item across
  pages by following the absolute next-page URL until it is null.
* ``client.with_raw_response.<name>(...)`` returns a ``RawResponse`` with
  ``status_code``, ``headers``, ``http_response`` and ``parse()``.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Literal

import httpx
from pydantic import MISSING

from . import models
from ._client_runtime import (
    ApiError,
    ApiStatusError,
    ClientError,
    JsonValue,
    RawResponse,
    ResponseValidationError,
    ServerError,
    TimeoutTypes,
    TransportError,
    UnexpectedStatusError,
    _AsyncBase,
    _credential,
    _fields_form,
    _Op,
    _parser,
    _path,
    _query,
    _SyncBase,
)

__all__ = [
    "ApiError",
    "ApiStatusError",
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "Client",
    "ClientError",
    "ClientWithRawResponse",
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


# -- one exception class per documented error status --------------------------------------------
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

# -- operations: everything that does not change between calls ------------------------------------
_op_list_service: _Op[models.ListServiceResponse] = _Op(
    "list_service",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.ListServiceResponse, "models.ListServiceResponse"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
    },
    pagination=(
        (
            "meta",
            "next_page_url",
        ),
        ("services",),
    ),
)
_op_create_service: _Op[models.Service] = _Op(
    "create_service",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _parser("json", models.Service, "models.Service"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "409": _parser("json", models.Error, "models.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_service: _Op[models.Service] = _Op(
    "fetch_service",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.Service, "models.Service"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_update_service: _Op[models.Service] = _Op(
    "update_service",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.Service, "models.Service"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
        "409": _parser("json", models.Error, "models.Error"),
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
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_list_session: _Op[models.ListSessionResponse] = _Op(
    "list_session",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.ListSessionResponse, "models.ListSessionResponse"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
    pagination=(
        (
            "meta",
            "next_page_url",
        ),
        ("sessions",),
    ),
)
_op_create_session: _Op[models.Session] = _Op(
    "create_session",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _parser("json", models.Session, "models.Session"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
        "409": _parser("json", models.Error, "models.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_session: _Op[models.Session] = _Op(
    "fetch_session",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.Session, "models.Session"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_update_session: _Op[models.Session] = _Op(
    "update_session",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.Session, "models.Session"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
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
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_list_participant: _Op[models.ListParticipantResponse] = _Op(
    "list_participant",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.ListParticipantResponse, "models.ListParticipantResponse"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
    pagination=(
        (
            "meta",
            "next_page_url",
        ),
        ("participants",),
    ),
)
_op_create_participant: _Op[models.Participant] = _Op(
    "create_participant",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _parser("json", models.Participant, "models.Participant"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
        "409": _parser("json", models.Error, "models.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_participant: _Op[models.Participant] = _Op(
    "fetch_participant",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.Participant, "models.Participant"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_delete_participant: _Op[None] = _Op(
    "delete_participant",
    "DELETE",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": None,
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_list_phone_number: _Op[models.ListPhoneNumberResponse] = _Op(
    "list_phone_number",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.ListPhoneNumberResponse, "models.ListPhoneNumberResponse"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
    pagination=(
        (
            "meta",
            "next_page_url",
        ),
        ("phone_numbers",),
    ),
)
_op_create_phone_number: _Op[models.PhoneNumber] = _Op(
    "create_phone_number",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "201": _parser("json", models.PhoneNumber, "models.PhoneNumber"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
        "409": _parser("json", models.Error, "models.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_phone_number: _Op[models.PhoneNumber] = _Op(
    "fetch_phone_number",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.PhoneNumber, "models.PhoneNumber"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_update_phone_number: _Op[models.PhoneNumber] = _Op(
    "update_phone_number",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.PhoneNumber, "models.PhoneNumber"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
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
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_list_interaction: _Op[models.ListInteractionResponse] = _Op(
    "list_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.ListInteractionResponse, "models.ListInteractionResponse"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
    pagination=(
        (
            "meta",
            "next_page_url",
        ),
        ("interactions",),
    ),
)
_op_fetch_interaction: _Op[models.Interaction] = _Op(
    "fetch_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.Interaction, "models.Interaction"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_delete_interaction: _Op[None] = _Op(
    "delete_interaction",
    "DELETE",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "204": None,
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)
_op_list_message_interaction: _Op[models.ListMessageInteractionResponse] = _Op(
    "list_message_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.ListMessageInteractionResponse, "models.ListMessageInteractionResponse"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
    pagination=(
        (
            "meta",
            "next_page_url",
        ),
        ("interactions",),
    ),
)
_op_create_message_interaction: _Op[models.MessageInteraction] = _Op(
    "create_message_interaction",
    "POST",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.MessageInteraction, "models.MessageInteraction"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
        "409": _parser("json", models.Error, "models.Error"),
    },
    content_type="application/x-www-form-urlencoded",
)
_op_fetch_message_interaction: _Op[models.MessageInteraction] = _Op(
    "fetch_message_interaction",
    "GET",
    _STATUS_ERRORS,
    security=(("accountSid_authToken",),),
    responses={
        "200": _parser("json", models.MessageInteraction, "models.MessageInteraction"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.Error, "models.Error"),
        "404": _parser("json", models.Error, "models.Error"),
    },
)


class Client(_SyncBase):
    """Synchronous client for Twilio Proxy API v1 1.0.0.

    Usage::

        with Client(username="...", password="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://proxy.twilio.com``).
        username: basic credential.
            HTTP Basic with your Account SID as the username and your Auth Token as the password.
            Missing or wrong credentials answer 401 with `Error` (code 20003).
        password: basic credential.
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

    @functools.cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return ClientWithRawResponse(self)

    def list_service(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListServiceResponse:
        """List Services

        Retrieve a list of all Services for Twilio Proxy, one page at a time.

        ``GET /v1/Services``.

        Args:
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListServiceResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_service(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> Iterator[models.Service]:
        """Every item of :meth:`list_service` across all pages.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Service:
        """Create a Service

        Create a new Service for Twilio Proxy. `UniqueName` is required and must be unique among
        the account's Services (409 otherwise). Defaults: `DefaultTtl` 0 (unlimited),
        `GeoMatchLevel` `country`, `NumberSelectionBehavior` `prefer-sticky`.

        ``POST /v1/Services``.

        Args:
            unique_name: body field ``UniqueName`` (required).
            default_ttl: body field ``DefaultTtl``.
            callback_url: body field ``CallbackUrl``.
            geo_match_level: body field ``GeoMatchLevel``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
            chat_instance_sid: body field ``ChatInstanceSid``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.Service. Created.

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
            ),
            extra_headers,
            timeout,
        )

    def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Service:
        """Fetch a Service

        Fetch a specific Service. Answers 404 (code 20404) when there is no such Service.

        ``GET /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Service. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_fetch_service, self._base_url + "/v1/Services/" + _path(sid), None, None, None, extra_headers, timeout
        )

    def update_service(
        self,
        sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Service:
        """Update a Service

        Update a specific Service: only the form fields sent change. A `UniqueName` already used
        by another of the account's Services answers 409. Answers 404 when there is no such
        Service.

        ``POST /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
            unique_name: body field ``UniqueName``.
            default_ttl: body field ``DefaultTtl``.
            callback_url: body field ``CallbackUrl``.
            geo_match_level: body field ``GeoMatchLevel``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
            chat_instance_sid: body field ``ChatInstanceSid``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Service. OK.

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
            ),
            extra_headers,
            timeout,
        )

    def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete a Service

        Delete a specific Service, together with its Sessions and their Participants. Afterwards
        every operation addressing it (or anything under it) answers 404.

        ``DELETE /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 204: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_service, self._base_url + "/v1/Services/" + _path(sid), None, None, None, extra_headers, timeout
        )

    def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListSessionResponse:
        """List Sessions

        Retrieve a list of all Sessions for the Service, one page at a time. Answers 404 when the Service does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListSessionResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> Iterator[models.Session]:
        """Every item of :meth:`list_session` across all pages.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        participants: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
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
            unique_name: body field ``UniqueName``.
            date_expiry: body field ``DateExpiry``.
            ttl: body field ``Ttl``.
            mode: body field ``Mode``.
            status: body field ``Status``.
            participants: body field ``Participants``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.Session. Created.

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
            ),
            extra_headers,
            timeout,
        )

    def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Fetch a Session

        Fetch a specific Session. Answers 404 when the Service or the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Update a Session

        Update a specific Session: `Status=closed` closes it (`date_ended` set, `closed_reason`
        `api`), `Status=in-progress` (or `open`) re-opens a closed one; `Ttl` and `DateExpiry`
        change when it expires (a new `Ttl` counts from this update). Answers 404 when the
        Service or the Session does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
            date_expiry: body field ``DateExpiry``.
            ttl: body field ``Ttl``.
            status: body field ``Status``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. OK.

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
            ),
            extra_headers,
            timeout,
        )

    def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete a Session

        Delete a specific Session. Its Participants (including soft-deleted ones) are
        permanently deleted with it. Afterwards every operation addressing it (or anything under
        it) answers 404.

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListParticipantResponse:
        """List Participants

        Retrieve a list of all Participants in a Session, one page at a time. Soft-deleted
        Participants are still listed, with `date_deleted` set. Answers 404 when the Service or
        the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListParticipantResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> Iterator[models.Participant]:
        """Every item of :meth:`list_participant` across all pages.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | MISSING = MISSING,
        proxy_identifier: str | MISSING = MISSING,
        proxy_identifier_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Participant:
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
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            identifier: body field ``Identifier`` (required).
            friendly_name: body field ``FriendlyName``.
            proxy_identifier: body field ``ProxyIdentifier``.
            proxy_identifier_sid: body field ``ProxyIdentifierSid``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.Participant. Created.

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
            ),
            extra_headers,
            timeout,
        )

    def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Participant:
        """Fetch a Participant

        Fetch a specific Participant. Answers 404 when the Service, the Session or the
        Participant does not exist, or the Participant was deleted.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Participant. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListPhoneNumberResponse:
        """List the Phone Numbers of a Service's pool

        Retrieve a list of all Phone Numbers in the Proxy Number Pool of a Service, one page at a time.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListPhoneNumberResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> Iterator[models.PhoneNumber]:
        """Every item of :meth:`list_phone_number` across all pages.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | MISSING = MISSING,
        phone_number: str | MISSING = MISSING,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.PhoneNumber:
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
            sid: body field ``Sid``.
            phone_number: body field ``PhoneNumber``.
            is_reserved: body field ``IsReserved``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.PhoneNumber. Created.

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
            ),
            extra_headers,
            timeout,
        )

    def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.PhoneNumber:
        """Fetch a Phone Number of the pool

        Fetch a specific Phone Number of the Service's pool. Answers 404 when it is not in the pool.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.PhoneNumber. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.PhoneNumber:
        """Update a Phone Number of the pool

        Change whether a Phone Number of the pool is reserved (`IsReserved`).

        ``POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
            is_reserved: body field ``IsReserved``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.PhoneNumber. OK.

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
            _fields_form((("IsReserved", is_reserved),), True),
            extra_headers,
            timeout,
        )

    def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Remove a Phone Number from the pool

        Remove a Phone Number from the Service's pool; Participants that already use it keep it.

        ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListInteractionResponse:
        """List the Interactions of a Session

        Retrieve a list of all Interactions of a Session, one page at a time (oldest first). The
        stand-in records one Interaction per CreateMessageInteraction (no real calls or messages
        take place).

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListInteractionResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> Iterator[models.Interaction]:
        """Every item of :meth:`list_interaction` across all pages.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Interaction:
        """Fetch an Interaction

        Fetch a specific Interaction of a Session.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Interaction. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete an Interaction

        Delete a specific Interaction (also from its Participant's MessageInteractions).

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListMessageInteractionResponse:
        """List the message Interactions of a Participant

        Retrieve a list of all message Interactions sent to a Participant, one page at a time.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListMessageInteractionResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> Iterator[models.MessageInteraction]:
        """Every item of :meth:`list_message_interaction` across all pages.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body_2: str | MISSING = MISSING,
        media_url: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.MessageInteraction:
        """Send a message to a Participant

        Create a new message Interaction to send directly from your system to one Participant;
        its `inbound` properties are always null. Twilio needs `Body` or `MediaUrl`; the
        stand-in records an empty message when neither is sent. The stand-in records it (as an Interaction of the Session too), marks
        the Session `in-progress`, sets `date_last_interaction` and restarts the `Ttl` clock. A
        closed Session answers 409; a deleted Participant 404. As in the vendor's document,
        success is `200`.

        ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
            body_2: body field ``Body``.
            media_url: body field ``MediaUrl``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.MessageInteraction. OK.

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
                    ("Body", body_2),
                    ("MediaUrl", media_url),
                ),
                False,
            ),
            extra_headers,
            timeout,
        )

    def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.MessageInteraction:
        """Fetch a message Interaction

        Fetch a specific message Interaction of a Participant.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.MessageInteraction. OK.

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
            None,
            extra_headers,
            timeout,
        )


class ClientWithRawResponse:
    """:class:`Client` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_service(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListServiceResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Service]:
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
            ),
            extra_headers,
            timeout,
        )

    def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Service]:
        """Like :meth:`Client.fetch_service`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def update_service(
        self,
        sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Service]:
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
            ),
            extra_headers,
            timeout,
        )

    def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_service`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListSessionResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        participants: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
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
            ),
            extra_headers,
            timeout,
        )

    def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
        """Like :meth:`Client.fetch_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
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
            ),
            extra_headers,
            timeout,
        )

    def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListParticipantResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | MISSING = MISSING,
        proxy_identifier: str | MISSING = MISSING,
        proxy_identifier_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Participant]:
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
            ),
            extra_headers,
            timeout,
        )

    def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Participant]:
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
            None,
            extra_headers,
            timeout,
        )

    def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            None,
            extra_headers,
            timeout,
        )

    def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListPhoneNumberResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | MISSING = MISSING,
        phone_number: str | MISSING = MISSING,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.PhoneNumber]:
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
            ),
            extra_headers,
            timeout,
        )

    def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.PhoneNumber]:
        """Like :meth:`Client.fetch_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_fetch_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.PhoneNumber]:
        """Like :meth:`Client.update_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_update_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True),
            extra_headers,
            timeout,
        )

    def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_phone_number`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListInteractionResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Interaction]:
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
            None,
            extra_headers,
            timeout,
        )

    def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            None,
            extra_headers,
            timeout,
        )

    def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListMessageInteractionResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body_2: str | MISSING = MISSING,
        media_url: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.MessageInteraction]:
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
                    ("Body", body_2),
                    ("MediaUrl", media_url),
                ),
                False,
            ),
            extra_headers,
            timeout,
        )

    def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.MessageInteraction]:
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
            None,
            extra_headers,
            timeout,
        )


class AsyncClient(_AsyncBase):
    """Asynchronous client for Twilio Proxy API v1 1.0.0.

    Usage::

        async with AsyncClient(username="...", password="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://proxy.twilio.com``).
        username: basic credential.
            HTTP Basic with your Account SID as the username and your Auth Token as the password.
            Missing or wrong credentials answer 401 with `Error` (code 20003).
        password: basic credential.
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

    @functools.cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return AsyncClientWithRawResponse(self)

    async def list_service(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListServiceResponse:
        """List Services

        Retrieve a list of all Services for Twilio Proxy, one page at a time.

        ``GET /v1/Services``.

        Args:
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListServiceResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_service(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> AsyncIterator[models.Service]:
        """Every item of :meth:`list_service` across all pages, with ``async for``.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    async def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Service:
        """Create a Service

        Create a new Service for Twilio Proxy. `UniqueName` is required and must be unique among
        the account's Services (409 otherwise). Defaults: `DefaultTtl` 0 (unlimited),
        `GeoMatchLevel` `country`, `NumberSelectionBehavior` `prefer-sticky`.

        ``POST /v1/Services``.

        Args:
            unique_name: body field ``UniqueName`` (required).
            default_ttl: body field ``DefaultTtl``.
            callback_url: body field ``CallbackUrl``.
            geo_match_level: body field ``GeoMatchLevel``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
            chat_instance_sid: body field ``ChatInstanceSid``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.Service. Created.

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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Service:
        """Fetch a Service

        Fetch a specific Service. Answers 404 (code 20404) when there is no such Service.

        ``GET /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Service. OK.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_fetch_service, self._base_url + "/v1/Services/" + _path(sid), None, None, None, extra_headers, timeout
        )

    async def update_service(
        self,
        sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Service:
        """Update a Service

        Update a specific Service: only the form fields sent change. A `UniqueName` already used
        by another of the account's Services answers 409. Answers 404 when there is no such
        Service.

        ``POST /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
            unique_name: body field ``UniqueName``.
            default_ttl: body field ``DefaultTtl``.
            callback_url: body field ``CallbackUrl``.
            geo_match_level: body field ``GeoMatchLevel``.
            number_selection_behavior: body field ``NumberSelectionBehavior``.
            intercept_callback_url: body field ``InterceptCallbackUrl``.
            out_of_session_callback_url: body field ``OutOfSessionCallbackUrl``.
            chat_instance_sid: body field ``ChatInstanceSid``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Service. OK.

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
            ),
            extra_headers,
            timeout,
        )

    async def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete a Service

        Delete a specific Service, together with its Sessions and their Participants. Afterwards
        every operation addressing it (or anything under it) answers 404.

        ``DELETE /v1/Services/{Sid}``.

        Args:
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Service resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 204: None (no content). The resource was deleted successfully. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid.
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            NotFoundError: HTTP 404. Not Found. The addressed resource (or one of its parents) does not exist or was deleted.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_service, self._base_url + "/v1/Services/" + _path(sid), None, None, None, extra_headers, timeout
        )

    async def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListSessionResponse:
        """List Sessions

        Retrieve a list of all Sessions for the Service, one page at a time. Answers 404 when the Service does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListSessionResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> AsyncIterator[models.Session]:
        """Every item of :meth:`list_session` across all pages, with ``async for``.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    async def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        participants: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
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
            unique_name: body field ``UniqueName``.
            date_expiry: body field ``DateExpiry``.
            ttl: body field ``Ttl``.
            mode: body field ``Mode``.
            status: body field ``Status``.
            participants: body field ``Participants``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.Session. Created.

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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Fetch a Session

        Fetch a specific Session. Answers 404 when the Service or the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. OK.

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
            None,
            extra_headers,
            timeout,
        )

    async def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Update a Session

        Update a specific Session: `Status=closed` closes it (`date_ended` set, `closed_reason`
        `api`), `Status=in-progress` (or `open`) re-opens a closed one; `Ttl` and `DateExpiry`
        change when it expires (a new `Ttl` counts from this update). Answers 404 when the
        Service or the Session does not exist.

        ``POST /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
            date_expiry: body field ``DateExpiry``.
            ttl: body field ``Ttl``.
            status: body field ``Status``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. OK.

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
            ),
            extra_headers,
            timeout,
        )

    async def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete a Session

        Delete a specific Session. Its Participants (including soft-deleted ones) are
        permanently deleted with it. Afterwards every operation addressing it (or anything under
        it) answers 404.

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Session resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    async def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListParticipantResponse:
        """List Participants

        Retrieve a list of all Participants in a Session, one page at a time. Soft-deleted
        Participants are still listed, with `date_deleted` set. Answers 404 when the Service or
        the Session does not exist.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListParticipantResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> AsyncIterator[models.Participant]:
        """Every item of :meth:`list_participant` across all pages, with ``async for``.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    async def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | MISSING = MISSING,
        proxy_identifier: str | MISSING = MISSING,
        proxy_identifier_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Participant:
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
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            identifier: body field ``Identifier`` (required).
            friendly_name: body field ``FriendlyName``.
            proxy_identifier: body field ``ProxyIdentifier``.
            proxy_identifier_sid: body field ``ProxyIdentifierSid``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.Participant. Created.

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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Participant:
        """Fetch a Participant

        Fetch a specific Participant. Answers 404 when the Service, the Session or the
        Participant does not exist, or the Participant was deleted.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Participant. OK.

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
            None,
            extra_headers,
            timeout,
        )

    async def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string that uniquely identifies the Participant resource.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    async def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListPhoneNumberResponse:
        """List the Phone Numbers of a Service's pool

        Retrieve a list of all Phone Numbers in the Proxy Number Pool of a Service, one page at a time.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListPhoneNumberResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> AsyncIterator[models.PhoneNumber]:
        """Every item of :meth:`list_phone_number` across all pages, with ``async for``.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    async def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | MISSING = MISSING,
        phone_number: str | MISSING = MISSING,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.PhoneNumber:
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
            sid: body field ``Sid``.
            phone_number: body field ``PhoneNumber``.
            is_reserved: body field ``IsReserved``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 201: models.PhoneNumber. Created.

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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.PhoneNumber:
        """Fetch a Phone Number of the pool

        Fetch a specific Phone Number of the Service's pool. Answers 404 when it is not in the pool.

        ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.PhoneNumber. OK.

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
            None,
            extra_headers,
            timeout,
        )

    async def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.PhoneNumber:
        """Update a Phone Number of the pool

        Change whether a Phone Number of the pool is reserved (`IsReserved`).

        ``POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
            is_reserved: body field ``IsReserved``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.PhoneNumber. OK.

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
            _fields_form((("IsReserved", is_reserved),), True),
            extra_headers,
            timeout,
        )

    async def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Remove a Phone Number from the pool

        Remove a Phone Number from the Service's pool; Participants that already use it keep it.

        ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            sid: path parameter ``Sid``.
                The SID (`PN…`) of the Phone Number; the vendor also accepts the number itself in E.164.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    async def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListInteractionResponse:
        """List the Interactions of a Session

        Retrieve a list of all Interactions of a Session, one page at a time (oldest first). The
        stand-in records one Interaction per CreateMessageInteraction (no real calls or messages
        take place).

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListInteractionResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> AsyncIterator[models.Interaction]:
        """Every item of :meth:`list_interaction` across all pages, with ``async for``.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    async def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Interaction:
        """Fetch an Interaction

        Fetch a specific Interaction of a Session.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Interaction. OK.

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
            None,
            extra_headers,
            timeout,
        )

    async def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete an Interaction

        Delete a specific Interaction (also from its Participant's MessageInteractions).

        ``DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    async def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.ListMessageInteractionResponse:
        """List the message Interactions of a Participant

        Retrieve a list of all message Interactions sent to a Participant, one page at a time.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
            page_size: query parameter ``PageSize`` (server default: ``50``).
                How many resources to return in each list page. The default is 50, and the maximum is 1000.
            page: query parameter ``Page`` (server default: ``0``).
                The page index. This value is simply for client state.
            page_token: query parameter ``PageToken``.
                The page token. This is provided by the API (inside `meta.next_page_url` /
                `previous_page_url`); it is opaque, and a token the server did not issue is ignored
                (the page is then chosen by `Page`).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.ListMessageInteractionResponse. OK.

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
            None,
            extra_headers,
            timeout,
        )

    def iter_list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> AsyncIterator[models.MessageInteraction]:
        """Every item of :meth:`list_message_interaction` across all pages, with ``async for``.

        Takes the same arguments; follows the absolute next-page URL in
        ``meta.next_page_url`` until it is null.
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
            extra_headers,
            timeout,
        )

    async def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body_2: str | MISSING = MISSING,
        media_url: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.MessageInteraction:
        """Send a message to a Participant

        Create a new message Interaction to send directly from your system to one Participant;
        its `inbound` properties are always null. Twilio needs `Body` or `MediaUrl`; the
        stand-in records an empty message when neither is sent. The stand-in records it (as an Interaction of the Session too), marks
        the Session `in-progress`, sets `date_last_interaction` and restarts the `Ttl` clock. A
        closed Session answers 409; a deleted Participant 404. As in the vendor's document,
        success is `200`.

        ``POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
            body_2: body field ``Body``.
            media_url: body field ``MediaUrl``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.MessageInteraction. OK.

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
                    ("Body", body_2),
                    ("MediaUrl", media_url),
                ),
                False,
            ),
            extra_headers,
            timeout,
        )

    async def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.MessageInteraction:
        """Fetch a message Interaction

        Fetch a specific message Interaction of a Participant.

        ``GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}``.

        Args:
            service_sid: path parameter ``ServiceSid``.
                The SID of the parent [Service](https://www.twilio.com/docs/proxy/api/service) resource.
            session_sid: path parameter ``SessionSid``.
                The SID of the parent [Session](https://www.twilio.com/docs/proxy/api/session) resource.
            participant_sid: path parameter ``ParticipantSid``.
                The SID of the parent Participant resource.
            sid: path parameter ``Sid``.
                The Twilio-provided string (`KI…`) that uniquely identifies the Interaction.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.MessageInteraction. OK.

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
            None,
            extra_headers,
            timeout,
        )


class AsyncClientWithRawResponse:
    """:class:`AsyncClient` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_service(
        self,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListServiceResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    async def create_service(
        self,
        *,
        unique_name: str,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Service]:
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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Service]:
        """Like :meth:`AsyncClient.fetch_service`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def update_service(
        self,
        sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        default_ttl: int | MISSING = MISSING,
        callback_url: str | MISSING = MISSING,
        geo_match_level: Literal["area-code", "overlay", "radius", "country"] | MISSING = MISSING,
        number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | MISSING = MISSING,
        intercept_callback_url: str | MISSING = MISSING,
        out_of_session_callback_url: str | MISSING = MISSING,
        chat_instance_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Service]:
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
            ),
            extra_headers,
            timeout,
        )

    async def delete_service(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_service`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_service,
            self._client._base_url + "/v1/Services/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def list_session(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListSessionResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    async def create_session(
        self,
        service_sid: str,
        *,
        unique_name: str | MISSING = MISSING,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        mode: Literal["message-only", "voice-only", "voice-and-message"] | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        participants: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
        """Like :meth:`AsyncClient.fetch_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def update_session(
        self,
        service_sid: str,
        sid: str,
        *,
        date_expiry: datetime.datetime | MISSING = MISSING,
        ttl: int | MISSING = MISSING,
        status: Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
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
            ),
            extra_headers,
            timeout,
        )

    async def delete_session(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_session,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/Sessions/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def list_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListParticipantResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    async def create_participant(
        self,
        service_sid: str,
        session_sid: str,
        *,
        identifier: str,
        friendly_name: str | MISSING = MISSING,
        proxy_identifier: str | MISSING = MISSING,
        proxy_identifier_sid: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Participant]:
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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Participant]:
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
            None,
            extra_headers,
            timeout,
        )

    async def delete_participant(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            None,
            extra_headers,
            timeout,
        )

    async def list_phone_number(
        self,
        service_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListPhoneNumberResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    async def create_phone_number(
        self,
        service_sid: str,
        *,
        sid: str | MISSING = MISSING,
        phone_number: str | MISSING = MISSING,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.PhoneNumber]:
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
            ),
            extra_headers,
            timeout,
        )

    async def fetch_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.PhoneNumber]:
        """Like :meth:`AsyncClient.fetch_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_fetch_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def update_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        is_reserved: bool | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.PhoneNumber]:
        """Like :meth:`AsyncClient.update_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_update_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            _fields_form((("IsReserved", is_reserved),), True),
            extra_headers,
            timeout,
        )

    async def delete_phone_number(
        self,
        service_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_phone_number`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_phone_number,
            self._client._base_url + "/v1/Services/" + _path(service_sid) + "/PhoneNumbers/" + _path(sid),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def list_interaction(
        self,
        service_sid: str,
        session_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListInteractionResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    async def fetch_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Interaction]:
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
            None,
            extra_headers,
            timeout,
        )

    async def delete_interaction(
        self,
        service_sid: str,
        session_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            None,
            extra_headers,
            timeout,
        )

    async def list_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        page_size: int | None = None,
        page: int | None = None,
        page_token: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.ListMessageInteractionResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    async def create_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        *,
        body_2: str | MISSING = MISSING,
        media_url: list[str] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.MessageInteraction]:
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
                    ("Body", body_2),
                    ("MediaUrl", media_url),
                ),
                False,
            ),
            extra_headers,
            timeout,
        )

    async def fetch_message_interaction(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.MessageInteraction]:
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
            None,
            extra_headers,
            timeout,
        )
