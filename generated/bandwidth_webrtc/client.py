# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Typed HTTP client for Bandwidth WebRTC API 1.0.0 (sync ``Client``, async ``AsyncClient``).

Usage::

    from bandwidth_webrtc import Client, NotFoundError

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
import functools
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Literal

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
    _path,
    _publish,
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
    "InternalServerError",
]


log = _configure(__package__ or __name__, "1.0.0", ())
"""The package's logger: requests, responses, retries and backoff; ``BANDWIDTH_WEBRTC_LOG=debug`` (or ``info``) prints them."""


# -- one exception class per documented error status --------------------------------------------
class BadRequestError(ClientError):
    """HTTP 400; ``body`` is responses.Error when it validates."""

    body: responses.Error

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.Error,)


class UnauthorizedError(ClientError):
    """HTTP 401; ``body`` is responses.UnauthorizedError when it validates."""

    body: responses.UnauthorizedError

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.UnauthorizedError,)


class ForbiddenError(ClientError):
    """HTTP 403; ``body`` is responses.ForbiddenError when it validates."""

    body: responses.ForbiddenError

    @staticmethod
    def _body_models() -> _ModelTypes:
        return (responses.ForbiddenError,)


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


class InternalServerError(ServerError):
    """HTTP 500; ``body`` is responses.Error when it validates."""

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
    500: InternalServerError,
}

# -- operations: everything that does not change between calls ------------------------------------
_op_create_participant: _Op[responses.CreateParticipantResponse] = _Op(
    "create_participant",
    "POST",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.CreateParticipantResponse, "responses.CreateParticipantResponse"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_get_participant: _Op[responses.Participant] = _Op(
    "get_participant",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Participant, "responses.Participant"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_delete_participant: _Op[None] = _Op(
    "delete_participant",
    "DELETE",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_create_session: _Op[responses.Session] = _Op(
    "create_session",
    "POST",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Session, "responses.Session"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_get_session: _Op[responses.Session] = _Op(
    "get_session",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _lazy_parser("json", lambda: responses.Session, "responses.Session"),
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_delete_session: _Op[None] = _Op(
    "delete_session",
    "DELETE",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_list_session_participants: _Op[list[responses.Participant] | None] = _Op(
    "list_session_participants",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _lazy_parser("json", lambda: list[responses.Participant], "list[responses.Participant]"),
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_add_participant_to_session: _Op[None] = _Op(
    "add_participant_to_session",
    "PUT",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "409": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)
_op_remove_participant_from_session: _Op[None] = _Op(
    "remove_participant_from_session",
    "DELETE",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_get_participant_subscriptions: _Op[responses.GetParticipantSubscriptionsResponse | None] = _Op(
    "get_participant_subscriptions",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _lazy_parser(
            "json",
            lambda: responses.GetParticipantSubscriptionsResponse,
            "responses.GetParticipantSubscriptionsResponse",
        ),
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
)
_op_update_participant_subscriptions: _Op[None] = _Op(
    "update_participant_subscriptions",
    "PUT",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "401": _lazy_parser("json", lambda: responses.UnauthorizedError, "responses.UnauthorizedError"),
        "403": _lazy_parser("json", lambda: responses.ForbiddenError, "responses.ForbiddenError"),
        "404": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
        "500": _lazy_parser("json", lambda: responses.Error, "responses.Error"),
    },
    content_type="application/json",
)


class Client(_SyncBase):
    """Synchronous client for Bandwidth WebRTC API 1.0.0.

    Usage::

        with Client(username="...", password="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://api.webrtc.bandwidth.com/v1``).
        username: basic credential; default: the
            environment variable ``BANDWIDTH_WEBRTC_USERNAME``.
            Bandwidth WebRTC API leverages Basic Authentication with your Dashboard API Credentials
            (username and password). Missing or wrong credentials answer 401 `{"message":
            "Unauthorized"}`; valid credentials that may not act on the account answer 403.
        password: basic credential; default: the
            environment variable ``BANDWIDTH_WEBRTC_PASSWORD``.
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
        base_url: str = "https://api.webrtc.bandwidth.com/v1",
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
        username = username if username is not None else os.environ.get("BANDWIDTH_WEBRTC_USERNAME")
        password = password if password is not None else os.environ.get("BANDWIDTH_WEBRTC_PASSWORD")
        super().__init__(
            base_url=base_url,
            credentials={
                "basicAuth": _credential("basic", username, password),
            },
            timeout=timeout,
            retries=retries,
            headers=headers,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
        )
        self._require(
            ("basicAuth",),
            ("authorization",),
            "pass username=/password= (or BANDWIDTH_WEBRTC_USERNAME/BANDWIDTH_WEBRTC_PASSWORD)",
        )

    @functools.cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return ClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same operations as context managers yielding a :class:`StreamedResponse` (body not read)."""
        return ClientWithStreamingResponse(self)

    def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | Omit = omit,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | Omit = omit,
        tag: str | Omit = omit,
        device_api_version: Literal["V2", "V3"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.CreateParticipantResponse:
        """Create a new participant under this account

        Create a new participant under this account.

        Participants are idempotent, so relevant parameters must be set in this function if
        desired (a participant cannot be updated after creation).

        IMPORTANT NOTE ABOUT PARTICIPANT TAGS! You should not include sensitive or
        personally-identifiable information in any tag!

        The request body is optional (the vendor's SDK marks it optional); a missing body is the
        same as `{}`. `deviceApiVersion` defaults to `V2`, as the seed says; a server may be
        configured to default to `V3` instead, for clients written against the vendor's 2.0.0
        document, which knows only `V3` (the seed wins over that document by default). The answer is `200` (not 201) with the
        new participant and the auth token for it. The new participant's `sessions` is empty:
        it is maintained by the server through addParticipantToSession /
        removeParticipantFromSession and cannot be set here.

        ``POST /accounts/{accountId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            callback_url: body field ``callbackUrl``.
                Full callback url to use for notifications about this participant.
                Format ``uri``.
            publish_permissions: body field ``publishPermissions``.
                Defines the types of media this participant can publish. Accepted values: `AUDIO`, `VIDEO`.
                Each item one of ``'AUDIO'``, ``'VIDEO'``. Unique items.
            tag: body field ``tag``.
                User defined tag to associate with the participant. Do not put sensitive or personally-identifiable information in it.
            device_api_version: body field ``deviceApiVersion``.
                Optional parameter that sets the version of the signaling API the participant will use. Accepted values: `V2`, `V3`. Defaults to `V2` (a server may be configured to default to `V3` for clients of the vendor's 2.0.0 document).
                One of ``'V2'``, ``'V3'``. Default ``'V2'``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.CreateParticipantResponse. The participant was created; its id and the token it connects with.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_participant,
            self._base_url + "/accounts/" + _path(account_id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("callbackUrl", callback_url),
                    ("publishPermissions", publish_permissions),
                    ("tag", tag),
                    ("deviceApiVersion", device_api_version),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Get participant by ID

        Get a participant by its id. Answers 404 when no such participant exists (or it was deleted).

        ``GET /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Participant. The participant.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_get_participant,
            self._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete participant by ID

        Delete a participant by its id. The participant is also removed from the session it was
        in (with its subscriptions). Afterwards every operation addressing it answers 404.

        ``DELETE /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was deleted. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_participant,
            self._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        account_id: str,
        *,
        id: str | Omit = omit,
        tag: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Create a new session

        Create a new session. Sessions are idempotent, so relevant parameters must be set in
        this function if desired. The request body is optional; a missing body is the same as
        `{}`. The answer is `200` (not 201) with the new session `{id, tag}`.

        ``POST /accounts/{accountId}/sessions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            id: body field ``id``.
                Ignored (the server assigns the id), so any string is accepted. The vendor's document uses its Session schema, with `id` readOnly, as this body, so clients may send one.
            tag: body field ``tag``.
                User defined tag to associate with the session.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. The session was created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_create_session,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions",
            None,
            None,
            _fields_json(
                (
                    ("id", id),
                    ("tag", tag),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Get session by ID

        Get a session by its id. Answers 404 when no such session exists (or it was deleted).

        ``GET /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. The session.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_get_session,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete session by ID

        Delete a session by its id. Its participants are removed from it (their `sessions`
        becomes empty and their subscriptions in it are dropped) but are not deleted.
        Afterwards every operation addressing the session answers 404.

        ``DELETE /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The session was deleted. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_delete_session,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session_participants(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> list[responses.Participant] | None:
        """List participants in a session

        List the participants currently in a session (a non-empty JSON array). A session without
        participants answers `204 No Content`, as the vendor's document allows (the seeds are
        silent). Answers 404 when the session does not exist.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: list[responses.Participant]. The participants in the session.
            HTTP 204: None (no content). The session has no participants. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_list_session_participants,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id) + "/participants",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant_to_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Add a participant to a session

        Add a participant to a session. Subscriptions can optionally be provided as part of this
        call.

        Deviations from the seed page, and why:

        * URL. The seed's "Request URL" is
          `/v1/accounts/{accountId}/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}`,
          repeating `/accounts/{accountId}`. That is a typo in the page: its own curl example,
          every SDK sample (which pass one accountId) and the vendor's API use
          `/v1/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}`, which is
          the path used here.
        * Response. The seed's "Responds" block is empty/broken (a lone `}`). The vendor's API
          answers `204 No Content` with no body, which is what this contract documents.
        * Body shape. The seed's curl example sends `participants` as bare id strings, but every
          one of its SDK samples (C#, Java, Ruby, Python, JavaScript and PHP, each building
          `ParticipantSubscription` objects) and the vendor's API send objects
          `{participantId, streamAliases?}`. The object form (`ParticipantSubscription`) is the
          one accepted here; bare strings answer 400.

        The body (`Subscriptions`) is optional, as are both of its fields. The subscriptions are
        associated with the session in the path; a `sessionId` in the body without a non-empty
        `participants` subscribes to everyone in that session, including later joiners (see
        `Subscriptions`), and the server does not reject a request because of its value.

        A participant may be in at most one session (`sessions` has at most one item): adding a
        participant that is already in a different session answers 409. Adding it again to the
        session it is already in succeeds (204) and, when a body with `sessionId` or
        `participants` is given, replaces its subscriptions. Answers 404 when the session or the participant does not exist.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            session_id_2: body field ``sessionId``.
                Session the subscriptions are associated with.
                Format ``uuid``.
            participants: body field ``participants``.
                Subset of participants to subscribe to in the session. Optional.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was added to the session. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            ConflictError: HTTP 409. Conflict. The participant is already in another session (a participant may be in at most one session).
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_add_participant_to_session,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant_from_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Remove a participant from a session

        Remove a participant from a session. This will automatically remove any subscriptions
        the participant has associated with this session. The participant itself is not deleted.
        Answers 404 when the session or the participant does not exist, or the participant is not
        in that session.

        ``DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was removed from the session. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_remove_participant_from_session,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.GetParticipantSubscriptionsResponse | None:
        """Get a participant's subscriptions

        Get a participant's subscriptions within a session: `{sessionId}` alone when it is
        subscribed to everyone in the session (including participants added later),
        `{sessionId, participants}` when it is subscribed to some participants. A participant
        with no subscriptions answers `204 No Content`, as the vendor's document allows (the
        seeds are silent). Answers 404 when the session or the participant does not exist, or
        the participant is not in that session.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.GetParticipantSubscriptionsResponse. The participant's subscriptions in the session.
            HTTP 204: None (no content). The participant has no subscriptions in the session. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_get_participant_subscriptions,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Update a participant's subscriptions

        Update a participant's subscriptions. This is a full update that will replace the
        participant's subscriptions. First call getParticipantSubscriptions if you need the
        current subscriptions. Call this function with no `Subscriptions` object (or with neither
        `sessionId` nor a non-empty `participants`) to remove all subscriptions; `sessionId`
        alone subscribes to everyone in the session, including later joiners (see
        `Subscriptions`). The subscriptions belong to the session in the path. Answers 404 when the session or the
        participant does not exist, or the participant is not in that session.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            session_id_2: body field ``sessionId``.
                Session the subscriptions are associated with.
                Format ``uuid``.
            participants: body field ``participants``.
                Subset of participants to subscribe to in the session. Optional.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The subscriptions were replaced. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return self._send(
            _op_update_participant_subscriptions,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class ClientWithRawResponse:
    """:class:`Client` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | Omit = omit,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | Omit = omit,
        tag: str | Omit = omit,
        device_api_version: Literal["V2", "V3"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.CreateParticipantResponse]:
        """Like :meth:`Client.create_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("callbackUrl", callback_url),
                    ("publishPermissions", publish_permissions),
                    ("tag", tag),
                    ("deviceApiVersion", device_api_version),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`Client.get_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        account_id: str,
        participant_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        account_id: str,
        *,
        id: str | Omit = omit,
        tag: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`Client.create_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_create_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions",
            None,
            None,
            _fields_json(
                (
                    ("id", id),
                    ("tag", tag),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`Client.get_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        account_id: str,
        session_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session_participants(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[list[responses.Participant] | None]:
        """Like :meth:`Client.list_session_participants`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_list_session_participants,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant_to_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.add_participant_to_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_add_participant_to_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant_from_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.remove_participant_from_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_remove_participant_from_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.GetParticipantSubscriptionsResponse | None]:
        """Like :meth:`Client.get_participant_subscriptions`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`Client.update_participant_subscriptions`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_update_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
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

    def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | Omit = omit,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | Omit = omit,
        tag: str | Omit = omit,
        device_api_version: Literal["V2", "V3"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_participant`, streaming the response body."""
        return self._client._stream(
            _op_create_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("callbackUrl", callback_url),
                    ("publishPermissions", publish_permissions),
                    ("tag", tag),
                    ("deviceApiVersion", device_api_version),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.get_participant`, streaming the response body."""
        return self._client._stream(
            _op_get_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        account_id: str,
        participant_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        account_id: str,
        *,
        id: str | Omit = omit,
        tag: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.create_session`, streaming the response body."""
        return self._client._stream(
            _op_create_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions",
            None,
            None,
            _fields_json(
                (
                    ("id", id),
                    ("tag", tag),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.get_session`, streaming the response body."""
        return self._client._stream(
            _op_get_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        account_id: str,
        session_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session_participants(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.list_session_participants`, streaming the response body."""
        return self._client._stream(
            _op_list_session_participants,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant_to_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.add_participant_to_session`, streaming the response body."""
        return self._client._stream(
            _op_add_participant_to_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant_from_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.remove_participant_from_session`, streaming the response body."""
        return self._client._stream(
            _op_remove_participant_from_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.get_participant_subscriptions`, streaming the response body."""
        return self._client._stream(
            _op_get_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractContextManager[StreamedResponse]:
        """Like :meth:`Client.update_participant_subscriptions`, streaming the response body."""
        return self._client._stream(
            _op_update_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClient(_AsyncBase):
    """Asynchronous client for Bandwidth WebRTC API 1.0.0.

    Usage::

        async with AsyncClient(username="...", password="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://api.webrtc.bandwidth.com/v1``).
        username: basic credential; default: the
            environment variable ``BANDWIDTH_WEBRTC_USERNAME``.
            Bandwidth WebRTC API leverages Basic Authentication with your Dashboard API Credentials
            (username and password). Missing or wrong credentials answer 401 `{"message":
            "Unauthorized"}`; valid credentials that may not act on the account answer 403.
        password: basic credential; default: the
            environment variable ``BANDWIDTH_WEBRTC_PASSWORD``.
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
        base_url: str = "https://api.webrtc.bandwidth.com/v1",
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
        username = username if username is not None else os.environ.get("BANDWIDTH_WEBRTC_USERNAME")
        password = password if password is not None else os.environ.get("BANDWIDTH_WEBRTC_PASSWORD")
        super().__init__(
            base_url=base_url,
            credentials={
                "basicAuth": _credential("basic", username, password),
            },
            timeout=timeout,
            retries=retries,
            headers=headers,
            http_client=http_client,
            transport=transport,
            sleep=sleep,
        )
        self._require(
            ("basicAuth",),
            ("authorization",),
            "pass username=/password= (or BANDWIDTH_WEBRTC_USERNAME/BANDWIDTH_WEBRTC_PASSWORD)",
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return AsyncClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same operations as context managers yielding a :class:`StreamedResponse` (body not read)."""
        return AsyncClientWithStreamingResponse(self)

    async def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | Omit = omit,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | Omit = omit,
        tag: str | Omit = omit,
        device_api_version: Literal["V2", "V3"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.CreateParticipantResponse:
        """Create a new participant under this account

        Create a new participant under this account.

        Participants are idempotent, so relevant parameters must be set in this function if
        desired (a participant cannot be updated after creation).

        IMPORTANT NOTE ABOUT PARTICIPANT TAGS! You should not include sensitive or
        personally-identifiable information in any tag!

        The request body is optional (the vendor's SDK marks it optional); a missing body is the
        same as `{}`. `deviceApiVersion` defaults to `V2`, as the seed says; a server may be
        configured to default to `V3` instead, for clients written against the vendor's 2.0.0
        document, which knows only `V3` (the seed wins over that document by default). The answer is `200` (not 201) with the
        new participant and the auth token for it. The new participant's `sessions` is empty:
        it is maintained by the server through addParticipantToSession /
        removeParticipantFromSession and cannot be set here.

        ``POST /accounts/{accountId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            callback_url: body field ``callbackUrl``.
                Full callback url to use for notifications about this participant.
                Format ``uri``.
            publish_permissions: body field ``publishPermissions``.
                Defines the types of media this participant can publish. Accepted values: `AUDIO`, `VIDEO`.
                Each item one of ``'AUDIO'``, ``'VIDEO'``. Unique items.
            tag: body field ``tag``.
                User defined tag to associate with the participant. Do not put sensitive or personally-identifiable information in it.
            device_api_version: body field ``deviceApiVersion``.
                Optional parameter that sets the version of the signaling API the participant will use. Accepted values: `V2`, `V3`. Defaults to `V2` (a server may be configured to default to `V3` for clients of the vendor's 2.0.0 document).
                One of ``'V2'``, ``'V3'``. Default ``'V2'``.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.CreateParticipantResponse. The participant was created; its id and the token it connects with.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_participant,
            self._base_url + "/accounts/" + _path(account_id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("callbackUrl", callback_url),
                    ("publishPermissions", publish_permissions),
                    ("tag", tag),
                    ("deviceApiVersion", device_api_version),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Participant:
        """Get participant by ID

        Get a participant by its id. Answers 404 when no such participant exists (or it was deleted).

        ``GET /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Participant. The participant.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_get_participant,
            self._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete participant by ID

        Delete a participant by its id. The participant is also removed from the session it was
        in (with its subscriptions). Afterwards every operation addressing it answers 404.

        ``DELETE /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was deleted. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_participant,
            self._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_session(
        self,
        account_id: str,
        *,
        id: str | Omit = omit,
        tag: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Create a new session

        Create a new session. Sessions are idempotent, so relevant parameters must be set in
        this function if desired. The request body is optional; a missing body is the same as
        `{}`. The answer is `200` (not 201) with the new session `{id, tag}`.

        ``POST /accounts/{accountId}/sessions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            id: body field ``id``.
                Ignored (the server assigns the id), so any string is accepted. The vendor's document uses its Session schema, with `id` readOnly, as this body, so clients may send one.
            tag: body field ``tag``.
                User defined tag to associate with the session.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. The session was created.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_create_session,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions",
            None,
            None,
            _fields_json(
                (
                    ("id", id),
                    ("tag", tag),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.Session:
        """Get session by ID

        Get a session by its id. Answers 404 when no such session exists (or it was deleted).

        ``GET /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.Session. The session.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_get_session,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Delete session by ID

        Delete a session by its id. Its participants are removed from it (their `sessions`
        becomes empty and their subscriptions in it are dropped) but are not deleted.
        Afterwards every operation addressing the session answers 404.

        ``DELETE /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The session was deleted. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_delete_session,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_session_participants(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> list[responses.Participant] | None:
        """List participants in a session

        List the participants currently in a session (a non-empty JSON array). A session without
        participants answers `204 No Content`, as the vendor's document allows (the seeds are
        silent). Answers 404 when the session does not exist.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: list[responses.Participant]. The participants in the session.
            HTTP 204: None (no content). The session has no participants. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_list_session_participants,
            self._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id) + "/participants",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def add_participant_to_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Add a participant to a session

        Add a participant to a session. Subscriptions can optionally be provided as part of this
        call.

        Deviations from the seed page, and why:

        * URL. The seed's "Request URL" is
          `/v1/accounts/{accountId}/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}`,
          repeating `/accounts/{accountId}`. That is a typo in the page: its own curl example,
          every SDK sample (which pass one accountId) and the vendor's API use
          `/v1/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}`, which is
          the path used here.
        * Response. The seed's "Responds" block is empty/broken (a lone `}`). The vendor's API
          answers `204 No Content` with no body, which is what this contract documents.
        * Body shape. The seed's curl example sends `participants` as bare id strings, but every
          one of its SDK samples (C#, Java, Ruby, Python, JavaScript and PHP, each building
          `ParticipantSubscription` objects) and the vendor's API send objects
          `{participantId, streamAliases?}`. The object form (`ParticipantSubscription`) is the
          one accepted here; bare strings answer 400.

        The body (`Subscriptions`) is optional, as are both of its fields. The subscriptions are
        associated with the session in the path; a `sessionId` in the body without a non-empty
        `participants` subscribes to everyone in that session, including later joiners (see
        `Subscriptions`), and the server does not reject a request because of its value.

        A participant may be in at most one session (`sessions` has at most one item): adding a
        participant that is already in a different session answers 409. Adding it again to the
        session it is already in succeeds (204) and, when a body with `sessionId` or
        `participants` is given, replaces its subscriptions. Answers 404 when the session or the participant does not exist.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            session_id_2: body field ``sessionId``.
                Session the subscriptions are associated with.
                Format ``uuid``.
            participants: body field ``participants``.
                Subset of participants to subscribe to in the session. Optional.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was added to the session. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            ConflictError: HTTP 409. Conflict. The participant is already in another session (a participant may be in at most one session).
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_add_participant_to_session,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def remove_participant_from_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Remove a participant from a session

        Remove a participant from a session. This will automatically remove any subscriptions
        the participant has associated with this session. The participant itself is not deleted.
        Answers 404 when the session or the participant does not exist, or the participant is not
        in that session.

        ``DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The participant was removed from the session. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_remove_participant_from_session,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> responses.GetParticipantSubscriptionsResponse | None:
        """Get a participant's subscriptions

        Get a participant's subscriptions within a session: `{sessionId}` alone when it is
        subscribed to everyone in the session (including participants added later),
        `{sessionId, participants}` when it is subscribed to some participants. A participant
        with no subscriptions answers `204 No Content`, as the vendor's document allows (the
        seeds are silent). Answers 404 when the session or the participant does not exist, or
        the participant is not in that session.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 200: responses.GetParticipantSubscriptionsResponse. The participant's subscriptions in the session.
            HTTP 204: None (no content). The participant has no subscriptions in the session. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_get_participant_subscriptions,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> None:
        """Update a participant's subscriptions

        Update a participant's subscriptions. This is a full update that will replace the
        participant's subscriptions. First call getParticipantSubscriptions if you need the
        current subscriptions. Call this function with no `Subscriptions` object (or with neither
        `sessionId` nor a non-empty `participants`) to remove all subscriptions; `sessionId`
        alone subscribes to everyone in the session, including later joiners (see
        `Subscriptions`). The subscriptions belong to the session in the path. Answers 404 when the session or the
        participant does not exist, or the participant is not in that session.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
                Pattern ``^[A-Za-z0-9_-]{1,64}$``.
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown session (404).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server). Typed as a plain string, as in Bandwidth's document: a value that is not one of the server's ids, UUID-shaped or not, is an unknown participant (404).
            session_id_2: body field ``sessionId``.
                Session the subscriptions are associated with.
                Format ``uuid``.
            participants: body field ``participants``.
                Subset of participants to subscribe to in the session. Optional.
            extra_headers: extra HTTP headers for this request.
            extra_query: extra query parameters for this request.
            extra_body: extra body fields for this request (merged into an object body; a JSON object when
                the operation has no body).
            timeout: this request's timeout (default: the client's).
            retries: this request's retries (default: the client's).

        Returns:
            HTTP 204: None (no content). The subscriptions were replaced. No body.

        Raises:
            BadRequestError: HTTP 400. Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...).
            UnauthorizedError: HTTP 401. Unauthorized. Credentials are missing or wrong.
            ForbiddenError: HTTP 403. Access Denied. The credentials are valid but may not perform this operation on this account.
            NotFoundError: HTTP 404. Not Found. The addressed participant or session does not exist.
            InternalServerError: HTTP 500. Unexpected Error.
            ApiError: any other failure (see the module docstring).
        """
        return await self._send(
            _op_update_participant_subscriptions,
            self._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )


class AsyncClientWithRawResponse:
    """:class:`AsyncClient` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | Omit = omit,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | Omit = omit,
        tag: str | Omit = omit,
        device_api_version: Literal["V2", "V3"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.CreateParticipantResponse]:
        """Like :meth:`AsyncClient.create_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("callbackUrl", callback_url),
                    ("publishPermissions", publish_permissions),
                    ("tag", tag),
                    ("deviceApiVersion", device_api_version),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Participant]:
        """Like :meth:`AsyncClient.get_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_participant(
        self,
        account_id: str,
        participant_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def create_session(
        self,
        account_id: str,
        *,
        id: str | Omit = omit,
        tag: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`AsyncClient.create_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_create_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions",
            None,
            None,
            _fields_json(
                (
                    ("id", id),
                    ("tag", tag),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.Session]:
        """Like :meth:`AsyncClient.get_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def delete_session(
        self,
        account_id: str,
        session_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def list_session_participants(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[list[responses.Participant] | None]:
        """Like :meth:`AsyncClient.list_session_participants`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_list_session_participants,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def add_participant_to_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.add_participant_to_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_add_participant_to_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def remove_participant_from_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.remove_participant_from_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_remove_participant_from_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[responses.GetParticipantSubscriptionsResponse | None]:
        """Like :meth:`AsyncClient.get_participant_subscriptions`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    async def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.update_participant_subscriptions`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_update_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
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

    def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | Omit = omit,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | Omit = omit,
        tag: str | Omit = omit,
        device_api_version: Literal["V2", "V3"] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_participant`, streaming the response body."""
        return self._client._stream(
            _op_create_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants",
            None,
            None,
            _fields_json(
                (
                    ("callbackUrl", callback_url),
                    ("publishPermissions", publish_permissions),
                    ("tag", tag),
                    ("deviceApiVersion", device_api_version),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant(
        self,
        account_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.get_participant`, streaming the response body."""
        return self._client._stream(
            _op_get_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_participant(
        self,
        account_id: str,
        participant_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def create_session(
        self,
        account_id: str,
        *,
        id: str | Omit = omit,
        tag: str | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.create_session`, streaming the response body."""
        return self._client._stream(
            _op_create_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions",
            None,
            None,
            _fields_json(
                (
                    ("id", id),
                    ("tag", tag),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_session(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.get_session`, streaming the response body."""
        return self._client._stream(
            _op_get_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def delete_session(
        self,
        account_id: str,
        session_id: str,
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
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def list_session_participants(
        self,
        account_id: str,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.list_session_participants`, streaming the response body."""
        return self._client._stream(
            _op_list_session_participants,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def add_participant_to_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.add_participant_to_session`, streaming the response body."""
        return self._client._stream(
            _op_add_participant_to_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def remove_participant_from_session(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.remove_participant_from_session`, streaming the response body."""
        return self._client._stream(
            _op_remove_participant_from_session,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id),
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.get_participant_subscriptions`, streaming the response body."""
        return self._client._stream(
            _op_get_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _value_json(omit, extra_body),
            _Call(extra_headers, timeout, extra_query=extra_query, retries=retries),
        )

    def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: str,
        participant_id: str,
        *,
        session_id_2: uuid.UUID | Omit = omit,
        participants: list[models.ParticipantSubscription] | Omit = omit,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | Omit = omit,
        retries: int | Omit = omit,
    ) -> AbstractAsyncContextManager[StreamedResponse]:
        """Like :meth:`AsyncClient.update_participant_subscriptions`, streaming the response body."""
        return self._client._stream(
            _op_update_participant_subscriptions,
            self._client._base_url
            + "/accounts/"
            + _path(account_id)
            + "/sessions/"
            + _path(session_id)
            + "/participants/"
            + _path(participant_id)
            + "/subscriptions",
            None,
            None,
            _fields_json(
                (
                    ("sessionId", session_id_2),
                    ("participants", participants),
                ),
                True,
                extra_body,
            ),
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
    InternalServerError,
    Client,
    AsyncClient,
)
