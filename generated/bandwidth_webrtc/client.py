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
import functools
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
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
    _fields_json,
    _Op,
    _parser,
    _path,
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
    "ForbiddenError",
    "NotFoundError",
    "ConflictError",
    "InternalServerError",
]


# -- one exception class per documented error status --------------------------------------------
class BadRequestError(ClientError):
    """HTTP 400; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


class UnauthorizedError(ClientError):
    """HTTP 401; ``body`` is models.UnauthorizedError when it validates."""

    body: models.UnauthorizedError | JsonValue


class ForbiddenError(ClientError):
    """HTTP 403; ``body`` is models.ForbiddenError when it validates."""

    body: models.ForbiddenError | JsonValue


class NotFoundError(ClientError):
    """HTTP 404; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


class ConflictError(ClientError):
    """HTTP 409; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


class InternalServerError(ServerError):
    """HTTP 500; ``body`` is models.Error when it validates."""

    body: models.Error | JsonValue


_STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    500: InternalServerError,
}

# -- operations: everything that does not change between calls ------------------------------------
_op_create_participant: _Op[models.CreateParticipantResponse] = _Op(
    "create_participant",
    "POST",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _parser("json", models.CreateParticipantResponse, "models.CreateParticipantResponse"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "500": _parser("json", models.Error, "models.Error"),
    },
    content_type="application/json",
)
_op_get_participant: _Op[models.Participant] = _Op(
    "get_participant",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _parser("json", models.Participant, "models.Participant"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
    },
)
_op_delete_participant: _Op[None] = _Op(
    "delete_participant",
    "DELETE",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
    },
)
_op_create_session: _Op[models.Session] = _Op(
    "create_session",
    "POST",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _parser("json", models.Session, "models.Session"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "500": _parser("json", models.Error, "models.Error"),
    },
    content_type="application/json",
)
_op_get_session: _Op[models.Session] = _Op(
    "get_session",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _parser("json", models.Session, "models.Session"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
    },
)
_op_delete_session: _Op[None] = _Op(
    "delete_session",
    "DELETE",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
    },
)
_op_list_session_participants: _Op[list[models.Participant]] = _Op(
    "list_session_participants",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _parser("json", list[models.Participant], "list[models.Participant]"),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
    },
)
_op_add_participant_to_session: _Op[None] = _Op(
    "add_participant_to_session",
    "PUT",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "409": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
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
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
    },
)
_op_get_participant_subscriptions: _Op[models.GetParticipantSubscriptionsResponse] = _Op(
    "get_participant_subscriptions",
    "GET",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "200": _parser(
            "json", models.GetParticipantSubscriptionsResponse, "models.GetParticipantSubscriptionsResponse"
        ),
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
    },
)
_op_update_participant_subscriptions: _Op[None] = _Op(
    "update_participant_subscriptions",
    "PUT",
    _STATUS_ERRORS,
    security=(("basicAuth",),),
    responses={
        "204": None,
        "400": _parser("json", models.Error, "models.Error"),
        "401": _parser("json", models.UnauthorizedError, "models.UnauthorizedError"),
        "403": _parser("json", models.ForbiddenError, "models.ForbiddenError"),
        "404": _parser("json", models.Error, "models.Error"),
        "500": _parser("json", models.Error, "models.Error"),
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
        username: basic credential.
            Bandwidth WebRTC API leverages Basic Authentication with your Dashboard API Credentials
            (username and password). Missing or wrong credentials answer 401 `{"message":
            "Unauthorized"}`; valid credentials that may not act on the account answer 403.
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

    @functools.cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return ClientWithRawResponse(self)

    def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | MISSING = MISSING,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        device_api_version: Literal["V2", "V3"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.CreateParticipantResponse:
        """Create a new participant under this account

        Create a new participant under this account.

        Participants are idempotent, so relevant parameters must be set in this function if
        desired (a participant cannot be updated after creation).

        IMPORTANT NOTE ABOUT PARTICIPANT TAGS! You should not include sensitive or
        personally-identifiable information in any tag!

        The request body is optional (the vendor's SDK marks it optional); a missing body is the
        same as `{}`. `deviceApiVersion` defaults to `V2`. The answer is `200` (not 201) with the
        new participant and the auth token for it. The new participant's `sessions` is empty:
        it is maintained by the server through addParticipantToSession /
        removeParticipantFromSession and cannot be set here.

        ``POST /accounts/{accountId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            callback_url: body field ``callbackUrl``.
            publish_permissions: body field ``publishPermissions``.
            tag: body field ``tag``.
            device_api_version: body field ``deviceApiVersion``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.CreateParticipantResponse. The participant was created; its id and the token it connects with.

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
            ),
            extra_headers,
            timeout,
        )

    def get_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Participant:
        """Get participant by ID

        Get a participant by its id. Answers 404 when no such participant exists (or it was deleted).

        ``GET /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Participant. The participant.

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
            None,
            extra_headers,
            timeout,
        )

    def delete_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete participant by ID

        Delete a participant by its id. The participant is also removed from the session it was
        in (with its subscriptions). Afterwards every operation addressing it answers 404.

        ``DELETE /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    def create_session(
        self,
        account_id: str,
        *,
        id: uuid.UUID | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Create a new session

        Create a new session. Sessions are idempotent, so relevant parameters must be set in
        this function if desired. The request body is optional; a missing body is the same as
        `{}`. The answer is `200` (not 201) with the new session `{id, tag}`.

        ``POST /accounts/{accountId}/sessions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            id: body field ``id``.
            tag: body field ``tag``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. The session was created.

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
            ),
            extra_headers,
            timeout,
        )

    def get_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Get session by ID

        Get a session by its id. Answers 404 when no such session exists (or it was deleted).

        ``GET /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. The session.

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
            None,
            extra_headers,
            timeout,
        )

    def delete_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete session by ID

        Delete a session by its id. Its participants are removed from it (their `sessions`
        becomes empty and their subscriptions in it are dropped) but are not deleted.
        Afterwards every operation addressing the session answers 404.

        ``DELETE /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    def list_session_participants(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> list[models.Participant]:
        """List participants in a session

        List the participants currently in a session (a JSON array, possibly empty). Answers 404 when the session does not exist.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: list[models.Participant]. The participants in the session.

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
            None,
            extra_headers,
            timeout,
        )

    def add_participant_to_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
        associated with the session in the path; a `sessionId` in the body is informational and
        the server does not reject a request because of it.

        A participant may be in at most one session (`sessions` has at most one item): adding a
        participant that is already in a different session answers 409. Adding it again to the
        session it is already in succeeds (204) and, when a body with `participants` is given,
        replaces its subscriptions. Answers 404 when the session or the participant does not exist.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            session_id_2: body field ``sessionId``.
            participants: body field ``participants``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            ),
            extra_headers,
            timeout,
        )

    def remove_participant_from_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.GetParticipantSubscriptionsResponse:
        """Get a participant's subscriptions

        Get a participant's subscriptions within a session. Answers 404 when the session or the
        participant does not exist, or the participant is not in that session.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.GetParticipantSubscriptionsResponse. The participant's subscriptions in the session.

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
            None,
            extra_headers,
            timeout,
        )

    def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Update a participant's subscriptions

        Update a participant's subscriptions. This is a full update that will replace the
        participant's subscriptions. First call getParticipantSubscriptions if you need the
        current subscriptions. Call this function with no `Subscriptions` object (or without
        `participants`) to remove all subscriptions. A `sessionId` in the body is informational:
        the subscriptions belong to the session in the path. Answers 404 when the session or the
        participant does not exist, or the participant is not in that session.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            session_id_2: body field ``sessionId``.
            participants: body field ``participants``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            ),
            extra_headers,
            timeout,
        )


class ClientWithRawResponse:
    """:class:`Client` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | MISSING = MISSING,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        device_api_version: Literal["V2", "V3"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.CreateParticipantResponse]:
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
            ),
            extra_headers,
            timeout,
        )

    def get_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Participant]:
        """Like :meth:`Client.get_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def delete_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_participant`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def create_session(
        self,
        account_id: str,
        *,
        id: uuid.UUID | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
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
            ),
            extra_headers,
            timeout,
        )

    def get_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
        """Like :meth:`Client.get_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_get_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def delete_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`Client.delete_session`, returning the :class:`RawResponse`."""
        return self._client._send_raw(
            _op_delete_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    def list_session_participants(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[list[models.Participant]]:
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
            None,
            extra_headers,
            timeout,
        )

    def add_participant_to_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            ),
            extra_headers,
            timeout,
        )

    def remove_participant_from_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            None,
            extra_headers,
            timeout,
        )

    def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.GetParticipantSubscriptionsResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            ),
            extra_headers,
            timeout,
        )


class AsyncClient(_AsyncBase):
    """Asynchronous client for Bandwidth WebRTC API 1.0.0.

    Usage::

        async with AsyncClient(username="...", password="...") as client:
            ...

    Args:
        base_url: where the API is served (default: ``https://api.webrtc.bandwidth.com/v1``).
        username: basic credential.
            Bandwidth WebRTC API leverages Basic Authentication with your Dashboard API Credentials
            (username and password). Missing or wrong credentials answer 401 `{"message":
            "Unauthorized"}`; valid credentials that may not act on the account answer 403.
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

    @functools.cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning a :class:`RawResponse` (status, headers, ``parse()``)."""
        return AsyncClientWithRawResponse(self)

    async def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | MISSING = MISSING,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        device_api_version: Literal["V2", "V3"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.CreateParticipantResponse:
        """Create a new participant under this account

        Create a new participant under this account.

        Participants are idempotent, so relevant parameters must be set in this function if
        desired (a participant cannot be updated after creation).

        IMPORTANT NOTE ABOUT PARTICIPANT TAGS! You should not include sensitive or
        personally-identifiable information in any tag!

        The request body is optional (the vendor's SDK marks it optional); a missing body is the
        same as `{}`. `deviceApiVersion` defaults to `V2`. The answer is `200` (not 201) with the
        new participant and the auth token for it. The new participant's `sessions` is empty:
        it is maintained by the server through addParticipantToSession /
        removeParticipantFromSession and cannot be set here.

        ``POST /accounts/{accountId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            callback_url: body field ``callbackUrl``.
            publish_permissions: body field ``publishPermissions``.
            tag: body field ``tag``.
            device_api_version: body field ``deviceApiVersion``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.CreateParticipantResponse. The participant was created; its id and the token it connects with.

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
            ),
            extra_headers,
            timeout,
        )

    async def get_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Participant:
        """Get participant by ID

        Get a participant by its id. Answers 404 when no such participant exists (or it was deleted).

        ``GET /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Participant. The participant.

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
            None,
            extra_headers,
            timeout,
        )

    async def delete_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete participant by ID

        Delete a participant by its id. The participant is also removed from the session it was
        in (with its subscriptions). Afterwards every operation addressing it answers 404.

        ``DELETE /accounts/{accountId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    async def create_session(
        self,
        account_id: str,
        *,
        id: uuid.UUID | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Create a new session

        Create a new session. Sessions are idempotent, so relevant parameters must be set in
        this function if desired. The request body is optional; a missing body is the same as
        `{}`. The answer is `200` (not 201) with the new session `{id, tag}`.

        ``POST /accounts/{accountId}/sessions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            id: body field ``id``.
            tag: body field ``tag``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. The session was created.

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
            ),
            extra_headers,
            timeout,
        )

    async def get_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.Session:
        """Get session by ID

        Get a session by its id. Answers 404 when no such session exists (or it was deleted).

        ``GET /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.Session. The session.

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
            None,
            extra_headers,
            timeout,
        )

    async def delete_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Delete session by ID

        Delete a session by its id. Its participants are removed from it (their `sessions`
        becomes empty and their subscriptions in it are dropped) but are not deleted.
        Afterwards every operation addressing the session answers 404.

        ``DELETE /accounts/{accountId}/sessions/{sessionId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    async def list_session_participants(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> list[models.Participant]:
        """List participants in a session

        List the participants currently in a session (a JSON array, possibly empty). Answers 404 when the session does not exist.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: list[models.Participant]. The participants in the session.

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
            None,
            extra_headers,
            timeout,
        )

    async def add_participant_to_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
        associated with the session in the path; a `sessionId` in the body is informational and
        the server does not reject a request because of it.

        A participant may be in at most one session (`sessions` has at most one item): adding a
        participant that is already in a different session answers 409. Adding it again to the
        session it is already in succeeds (204) and, when a body with `participants` is given,
        replaces its subscriptions. Answers 404 when the session or the participant does not exist.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            session_id_2: body field ``sessionId``.
            participants: body field ``participants``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            ),
            extra_headers,
            timeout,
        )

    async def remove_participant_from_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            None,
            extra_headers,
            timeout,
        )

    async def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> models.GetParticipantSubscriptionsResponse:
        """Get a participant's subscriptions

        Get a participant's subscriptions within a session. Answers 404 when the session or the
        participant does not exist, or the participant is not in that session.

        ``GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

        Returns:
            HTTP 200: models.GetParticipantSubscriptionsResponse. The participant's subscriptions in the session.

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
            None,
            extra_headers,
            timeout,
        )

    async def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> None:
        """Update a participant's subscriptions

        Update a participant's subscriptions. This is a full update that will replace the
        participant's subscriptions. First call getParticipantSubscriptions if you need the
        current subscriptions. Call this function with no `Subscriptions` object (or without
        `participants`) to remove all subscriptions. A `sessionId` in the body is informational:
        the subscriptions belong to the session in the path. Answers 404 when the session or the
        participant does not exist, or the participant is not in that session.

        ``PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions``.

        Args:
            account_id: path parameter ``accountId``.
                Your Bandwidth account id (for example `9900000`).
            session_id: path parameter ``sessionId``.
                Session id (a UUID assigned by the server).
            participant_id: path parameter ``participantId``.
                Participant id (a UUID assigned by the server).
            session_id_2: body field ``sessionId``.
            participants: body field ``participants``.
            extra_headers: extra HTTP headers for this request.
            timeout: this request's timeout (default: the client's).

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
            ),
            extra_headers,
            timeout,
        )


class AsyncClientWithRawResponse:
    """:class:`AsyncClient` operations returning :class:`RawResponse` (error statuses still raise)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_participant(
        self,
        account_id: str,
        *,
        callback_url: str | None | MISSING = MISSING,
        publish_permissions: list[Literal["AUDIO", "VIDEO"]] | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        device_api_version: Literal["V2", "V3"] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.CreateParticipantResponse]:
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
            ),
            extra_headers,
            timeout,
        )

    async def get_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Participant]:
        """Like :meth:`AsyncClient.get_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def delete_participant(
        self,
        account_id: str,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_participant`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_participant,
            self._client._base_url + "/accounts/" + _path(account_id) + "/participants/" + _path(participant_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def create_session(
        self,
        account_id: str,
        *,
        id: uuid.UUID | MISSING = MISSING,
        tag: str | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
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
            ),
            extra_headers,
            timeout,
        )

    async def get_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.Session]:
        """Like :meth:`AsyncClient.get_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_get_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def delete_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[None]:
        """Like :meth:`AsyncClient.delete_session`, returning the :class:`RawResponse`."""
        return await self._client._send_raw(
            _op_delete_session,
            self._client._base_url + "/accounts/" + _path(account_id) + "/sessions/" + _path(session_id),
            None,
            None,
            None,
            extra_headers,
            timeout,
        )

    async def list_session_participants(
        self,
        account_id: str,
        session_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[list[models.Participant]]:
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
            None,
            extra_headers,
            timeout,
        )

    async def add_participant_to_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            ),
            extra_headers,
            timeout,
        )

    async def remove_participant_from_session(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            None,
            extra_headers,
            timeout,
        )

    async def get_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
    ) -> RawResponse[models.GetParticipantSubscriptionsResponse]:
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
            None,
            extra_headers,
            timeout,
        )

    async def update_participant_subscriptions(
        self,
        account_id: str,
        session_id: uuid.UUID,
        participant_id: uuid.UUID,
        *,
        session_id_2: uuid.UUID | MISSING = MISSING,
        participants: list[models.ParticipantSubscription] | MISSING = MISSING,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | MISSING = MISSING,
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
            ),
            extra_headers,
            timeout,
        )
