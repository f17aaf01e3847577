# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Server for Bandwidth WebRTC API 1.0.0.

Implement ``Service`` (one ``async`` method per operation, plus ``error_body``) and serve
``create_app(service)`` with any ASGI server. Each method gets its parameters already validated
against the spec, the request body as its model and a ``RequestContext``; it returns one of the
operation's response classes. The generated layer answers bad input, missing credentials, unknown
routes and methods, and wrong media types itself, in the spec's error shape (see ``Service.error_body``).

Secured operations also get ``principal``: what ``Service.authenticate`` made of the request's
credentials. It runs once per request, before the operation; a ``Refusal`` it returns is answered
like missing credentials, with the same body shape and ``WWW-Authenticate`` challenge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol, TypeAlias, TypeVar

from starlette.applications import Starlette

from . import _server_runtime as _rt
from . import models
from ._server_runtime import ApiKeyCredentials, BasicCredentials, BearerToken, Refusal, RequestContext

__all__ = [
    "ApiKeyCredentials",
    "BasicCredentials",
    "BearerToken",
    "Credentials",
    "Refusal",
    "RequestContext",
    "Service",
    "create_app",
    "CreateParticipantResult",
    "CreateParticipant200",
    "CreateParticipant400",
    "CreateParticipant401",
    "CreateParticipant403",
    "CreateParticipant500",
    "GetParticipantResult",
    "GetParticipant200",
    "GetParticipant400",
    "GetParticipant401",
    "GetParticipant403",
    "GetParticipant404",
    "GetParticipant500",
    "DeleteParticipantResult",
    "DeleteParticipant204",
    "DeleteParticipant400",
    "DeleteParticipant401",
    "DeleteParticipant403",
    "DeleteParticipant404",
    "DeleteParticipant500",
    "CreateSessionResult",
    "CreateSession200",
    "CreateSession400",
    "CreateSession401",
    "CreateSession403",
    "CreateSession500",
    "GetSessionResult",
    "GetSession200",
    "GetSession400",
    "GetSession401",
    "GetSession403",
    "GetSession404",
    "GetSession500",
    "DeleteSessionResult",
    "DeleteSession204",
    "DeleteSession400",
    "DeleteSession401",
    "DeleteSession403",
    "DeleteSession404",
    "DeleteSession500",
    "ListSessionParticipantsResult",
    "ListSessionParticipants200",
    "ListSessionParticipants204",
    "ListSessionParticipants400",
    "ListSessionParticipants401",
    "ListSessionParticipants403",
    "ListSessionParticipants404",
    "ListSessionParticipants500",
    "AddParticipantToSessionResult",
    "AddParticipantToSession204",
    "AddParticipantToSession400",
    "AddParticipantToSession401",
    "AddParticipantToSession403",
    "AddParticipantToSession404",
    "AddParticipantToSession409",
    "AddParticipantToSession500",
    "RemoveParticipantFromSessionResult",
    "RemoveParticipantFromSession204",
    "RemoveParticipantFromSession400",
    "RemoveParticipantFromSession401",
    "RemoveParticipantFromSession403",
    "RemoveParticipantFromSession404",
    "RemoveParticipantFromSession500",
    "GetParticipantSubscriptionsResult",
    "GetParticipantSubscriptions200",
    "GetParticipantSubscriptions204",
    "GetParticipantSubscriptions400",
    "GetParticipantSubscriptions401",
    "GetParticipantSubscriptions403",
    "GetParticipantSubscriptions404",
    "GetParticipantSubscriptions500",
    "UpdateParticipantSubscriptionsResult",
    "UpdateParticipantSubscriptions204",
    "UpdateParticipantSubscriptions400",
    "UpdateParticipantSubscriptions401",
    "UpdateParticipantSubscriptions403",
    "UpdateParticipantSubscriptions404",
    "UpdateParticipantSubscriptions500",
]

PrincipalT = TypeVar("PrincipalT")


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credentials a request sent for each scheme of every security requirement it satisfied (not yet checked).

    A scheme of no satisfied requirement is ``None``; ``Service.authenticate`` decides.
    """

    basic_auth: BasicCredentials | None = None  # basicAuth


# -- POST /accounts/{accountId}/participants (createParticipant)


@dataclass(frozen=True, slots=True)
class CreateParticipant200:
    """200: The participant was created; its id and the token it connects with."""

    STATUS: ClassVar[int | None] = 200
    body: models.CreateParticipantResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateParticipantResult: TypeAlias = (
    CreateParticipant200 | CreateParticipant400 | CreateParticipant401 | CreateParticipant403 | CreateParticipant500
)


# -- GET /accounts/{accountId}/participants/{participantId} (getParticipant)


@dataclass(frozen=True, slots=True)
class GetParticipant200:
    """200: The participant."""

    STATUS: ClassVar[int | None] = 200
    body: models.Participant
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipant400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipant401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipant403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipant404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipant500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


GetParticipantResult: TypeAlias = (
    GetParticipant200
    | GetParticipant400
    | GetParticipant401
    | GetParticipant403
    | GetParticipant404
    | GetParticipant500
)


# -- DELETE /accounts/{accountId}/participants/{participantId} (deleteParticipant)


@dataclass(frozen=True, slots=True)
class DeleteParticipant204:
    """204: The participant was deleted. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeleteParticipantResult: TypeAlias = (
    DeleteParticipant204
    | DeleteParticipant400
    | DeleteParticipant401
    | DeleteParticipant403
    | DeleteParticipant404
    | DeleteParticipant500
)


# -- POST /accounts/{accountId}/sessions (createSession)


@dataclass(frozen=True, slots=True)
class CreateSession200:
    """200: The session was created."""

    STATUS: ClassVar[int | None] = 200
    body: models.Session
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateSessionResult: TypeAlias = (
    CreateSession200 | CreateSession400 | CreateSession401 | CreateSession403 | CreateSession500
)


# -- GET /accounts/{accountId}/sessions/{sessionId} (getSession)


@dataclass(frozen=True, slots=True)
class GetSession200:
    """200: The session."""

    STATUS: ClassVar[int | None] = 200
    body: models.Session
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetSession400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetSession403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetSession404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetSession500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


GetSessionResult: TypeAlias = (
    GetSession200 | GetSession400 | GetSession401 | GetSession403 | GetSession404 | GetSession500
)


# -- DELETE /accounts/{accountId}/sessions/{sessionId} (deleteSession)


@dataclass(frozen=True, slots=True)
class DeleteSession204:
    """204: The session was deleted. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeleteSessionResult: TypeAlias = (
    DeleteSession204 | DeleteSession400 | DeleteSession401 | DeleteSession403 | DeleteSession404 | DeleteSession500
)


# -- GET /accounts/{accountId}/sessions/{sessionId}/participants (listSessionParticipants)


@dataclass(frozen=True, slots=True)
class ListSessionParticipants200:
    """200: The participants in the session."""

    STATUS: ClassVar[int | None] = 200
    body: list[models.Participant]
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSessionParticipants204:
    """204: The session has no participants. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSessionParticipants400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSessionParticipants401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSessionParticipants403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSessionParticipants404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSessionParticipants500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListSessionParticipantsResult: TypeAlias = (
    ListSessionParticipants200
    | ListSessionParticipants204
    | ListSessionParticipants400
    | ListSessionParticipants401
    | ListSessionParticipants403
    | ListSessionParticipants404
    | ListSessionParticipants500
)


# -- PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId} (addParticipantToSession)


@dataclass(frozen=True, slots=True)
class AddParticipantToSession204:
    """204: The participant was added to the session. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipantToSession400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipantToSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipantToSession403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipantToSession404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipantToSession409:
    """409: Conflict. The participant is already in another session (a participant may be in at most one session)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipantToSession500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


AddParticipantToSessionResult: TypeAlias = (
    AddParticipantToSession204
    | AddParticipantToSession400
    | AddParticipantToSession401
    | AddParticipantToSession403
    | AddParticipantToSession404
    | AddParticipantToSession409
    | AddParticipantToSession500
)


# -- DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId} (removeParticipantFromSession)


@dataclass(frozen=True, slots=True)
class RemoveParticipantFromSession204:
    """204: The participant was removed from the session. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipantFromSession400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipantFromSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipantFromSession403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipantFromSession404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipantFromSession500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


RemoveParticipantFromSessionResult: TypeAlias = (
    RemoveParticipantFromSession204
    | RemoveParticipantFromSession400
    | RemoveParticipantFromSession401
    | RemoveParticipantFromSession403
    | RemoveParticipantFromSession404
    | RemoveParticipantFromSession500
)


# -- GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions (getParticipantSubscriptions)


@dataclass(frozen=True, slots=True)
class GetParticipantSubscriptions200:
    """200: The participant's subscriptions in the session."""

    STATUS: ClassVar[int | None] = 200
    body: models.GetParticipantSubscriptionsResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipantSubscriptions204:
    """204: The participant has no subscriptions in the session. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipantSubscriptions400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipantSubscriptions401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipantSubscriptions403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipantSubscriptions404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetParticipantSubscriptions500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


GetParticipantSubscriptionsResult: TypeAlias = (
    GetParticipantSubscriptions200
    | GetParticipantSubscriptions204
    | GetParticipantSubscriptions400
    | GetParticipantSubscriptions401
    | GetParticipantSubscriptions403
    | GetParticipantSubscriptions404
    | GetParticipantSubscriptions500
)


# -- PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions (updateParticipantSubscriptions)


@dataclass(frozen=True, slots=True)
class UpdateParticipantSubscriptions204:
    """204: The subscriptions were replaced. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipantSubscriptions400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields, a path parameter of the wrong form, ...)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipantSubscriptions401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.UnauthorizedError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipantSubscriptions403:
    """403: Access Denied. The credentials are valid but may not perform this operation on this account."""

    STATUS: ClassVar[int | None] = 403
    body: models.ForbiddenError
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipantSubscriptions404:
    """404: Not Found. The addressed participant or session does not exist."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipantSubscriptions500:
    """500: Unexpected Error."""

    STATUS: ClassVar[int | None] = 500
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


UpdateParticipantSubscriptionsResult: TypeAlias = (
    UpdateParticipantSubscriptions204
    | UpdateParticipantSubscriptions400
    | UpdateParticipantSubscriptions401
    | UpdateParticipantSubscriptions403
    | UpdateParticipantSubscriptions404
    | UpdateParticipantSubscriptions500
)


class Service(Protocol[PrincipalT]):
    """The business logic of Bandwidth WebRTC API: implement every method.

    ``PrincipalT`` is whatever ``authenticate`` makes of valid credentials (an account, a user...);
    secured operations receive it as ``principal``.
    """

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> PrincipalT | Refusal:
        """Who the credentials stand for, or a ``Refusal`` (401 by default) when they are not accepted.

        Called once per request to a secured operation, before its parameters and body are read,
        with the credentials of every security requirement the request satisfied. A refusal, like a request
        without credentials, is answered with ``error_body`` and the ``WWW-Authenticate`` challenge of the
        app's realm (``create_app(..., realm=...)``).
        """
        ...

    async def create_participant(
        self,
        *,
        account_id: str,
        body: models.CreateParticipantRequest | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateParticipantResult:
        """POST /accounts/{accountId}/participants: Create a new participant under this account"""
        ...

    async def get_participant(
        self,
        *,
        account_id: str,
        participant_id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> GetParticipantResult:
        """GET /accounts/{accountId}/participants/{participantId}: Get participant by ID"""
        ...

    async def delete_participant(
        self,
        *,
        account_id: str,
        participant_id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeleteParticipantResult:
        """DELETE /accounts/{accountId}/participants/{participantId}: Delete participant by ID"""
        ...

    async def create_session(
        self,
        *,
        account_id: str,
        body: models.CreateSessionRequest | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateSessionResult:
        """POST /accounts/{accountId}/sessions: Create a new session"""
        ...

    async def get_session(
        self,
        *,
        account_id: str,
        session_id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> GetSessionResult:
        """GET /accounts/{accountId}/sessions/{sessionId}: Get session by ID"""
        ...

    async def delete_session(
        self,
        *,
        account_id: str,
        session_id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeleteSessionResult:
        """DELETE /accounts/{accountId}/sessions/{sessionId}: Delete session by ID"""
        ...

    async def list_session_participants(
        self,
        *,
        account_id: str,
        session_id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListSessionParticipantsResult:
        """GET /accounts/{accountId}/sessions/{sessionId}/participants: List participants in a session"""
        ...

    async def add_participant_to_session(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        body: models.Subscriptions | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> AddParticipantToSessionResult:
        """PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}: Add a participant to a session"""
        ...

    async def remove_participant_from_session(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> RemoveParticipantFromSessionResult:
        """DELETE /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}: Remove a participant from a session"""
        ...

    async def get_participant_subscriptions(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> GetParticipantSubscriptionsResult:
        """GET /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions: Get a participant's subscriptions"""
        ...

    async def update_participant_subscriptions(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        body: models.Subscriptions | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> UpdateParticipantSubscriptionsResult:
        """PUT /accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions: Update a participant's subscriptions"""
        ...

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """The body (a model or a dict) the generated layer sends when it answers an error itself.

        It is checked against the schema the operation documents for ``status``; when it does not
        match, a generic ``{"code": status, "message": message}`` is sent instead.
        """
        ...


def create_app(service: Service[PrincipalT], *, docs: bool = True, realm: str | None = None) -> Starlette:
    """The ASGI app serving ``service``; ``docs`` adds Swagger UI at ``/docs`` (``/openapi.json`` is always served).

    ``realm`` names the realm of every ``WWW-Authenticate`` challenge: ``Basic realm="..."`` (``"api"``
    when None) and ``Bearer realm="..."`` (a plain ``Bearer`` when None).
    """
    operations = (
        _rt.OperationSpec(
            operation_id="createParticipant",
            method="POST",
            path="/accounts/{accountId}/participants",
            call=service.create_participant,
            parameters=(_rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.CreateParticipantPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.CreateParticipantRequest,
                required=False,
                fields=(
                    ("callbackUrl", "string", "any", False),
                    ("publishPermissions", "array", "string", False),
                    ("tag", "string", "any", False),
                    ("deviceApiVersion", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (
                    CreateParticipant200,
                    _rt.ResponseSpec("200", "application/json", "json", models.CreateParticipantResponse),
                ),
                (CreateParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError)),
                (CreateParticipant403, _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError)),
                (CreateParticipant500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="getParticipant",
            method="GET",
            path="/accounts/{accountId}/participants/{participantId}",
            call=service.get_participant,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("participantId", "participant_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.GetParticipantPathParams,
            },
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (GetParticipant200, _rt.ResponseSpec("200", "application/json", "json", models.Participant)),
                (GetParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (GetParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError)),
                (GetParticipant403, _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError)),
                (GetParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (GetParticipant500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="deleteParticipant",
            method="DELETE",
            path="/accounts/{accountId}/participants/{participantId}",
            call=service.delete_participant,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("participantId", "participant_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.DeleteParticipantPathParams,
            },
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (DeleteParticipant204, _rt.ResponseSpec("204")),
                (DeleteParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeleteParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError)),
                (DeleteParticipant403, _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError)),
                (DeleteParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (DeleteParticipant500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="createSession",
            method="POST",
            path="/accounts/{accountId}/sessions",
            call=service.create_session,
            parameters=(_rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.CreateSessionPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.CreateSessionRequest,
                required=False,
                fields=(
                    ("id", "string", "any", False),
                    ("tag", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (CreateSession200, _rt.ResponseSpec("200", "application/json", "json", models.Session)),
                (CreateSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateSession401, _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError)),
                (CreateSession403, _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError)),
                (CreateSession500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="getSession",
            method="GET",
            path="/accounts/{accountId}/sessions/{sessionId}",
            call=service.get_session,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("sessionId", "session_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.GetSessionPathParams,
            },
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (GetSession200, _rt.ResponseSpec("200", "application/json", "json", models.Session)),
                (GetSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (GetSession401, _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError)),
                (GetSession403, _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError)),
                (GetSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (GetSession500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="deleteSession",
            method="DELETE",
            path="/accounts/{accountId}/sessions/{sessionId}",
            call=service.delete_session,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("sessionId", "session_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.DeleteSessionPathParams,
            },
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (DeleteSession204, _rt.ResponseSpec("204")),
                (DeleteSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeleteSession401, _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError)),
                (DeleteSession403, _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError)),
                (DeleteSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (DeleteSession500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="listSessionParticipants",
            method="GET",
            path="/accounts/{accountId}/sessions/{sessionId}/participants",
            call=service.list_session_participants,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("sessionId", "session_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.ListSessionParticipantsPathParams,
            },
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (
                    ListSessionParticipants200,
                    _rt.ResponseSpec("200", "application/json", "json", list[models.Participant]),
                ),
                (ListSessionParticipants204, _rt.ResponseSpec("204")),
                (ListSessionParticipants400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (
                    ListSessionParticipants401,
                    _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError),
                ),
                (
                    ListSessionParticipants403,
                    _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError),
                ),
                (ListSessionParticipants404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (ListSessionParticipants500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="addParticipantToSession",
            method="PUT",
            path="/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}",
            call=service.add_participant_to_session,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("sessionId", "session_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("participantId", "participant_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.AddParticipantToSessionPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.Subscriptions,
                required=False,
                fields=(
                    ("sessionId", "string", "any", False),
                    ("participants", "array", "object", False),
                ),
            ),
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (AddParticipantToSession204, _rt.ResponseSpec("204")),
                (AddParticipantToSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (
                    AddParticipantToSession401,
                    _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError),
                ),
                (
                    AddParticipantToSession403,
                    _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError),
                ),
                (AddParticipantToSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (AddParticipantToSession409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
                (AddParticipantToSession500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="removeParticipantFromSession",
            method="DELETE",
            path="/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}",
            call=service.remove_participant_from_session,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("sessionId", "session_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("participantId", "participant_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.RemoveParticipantFromSessionPathParams,
            },
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (RemoveParticipantFromSession204, _rt.ResponseSpec("204")),
                (RemoveParticipantFromSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (
                    RemoveParticipantFromSession401,
                    _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError),
                ),
                (
                    RemoveParticipantFromSession403,
                    _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError),
                ),
                (RemoveParticipantFromSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (RemoveParticipantFromSession500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="getParticipantSubscriptions",
            method="GET",
            path="/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions",
            call=service.get_participant_subscriptions,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("sessionId", "session_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("participantId", "participant_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.GetParticipantSubscriptionsPathParams,
            },
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (
                    GetParticipantSubscriptions200,
                    _rt.ResponseSpec("200", "application/json", "json", models.GetParticipantSubscriptionsResponse),
                ),
                (GetParticipantSubscriptions204, _rt.ResponseSpec("204")),
                (GetParticipantSubscriptions400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (
                    GetParticipantSubscriptions401,
                    _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError),
                ),
                (
                    GetParticipantSubscriptions403,
                    _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError),
                ),
                (GetParticipantSubscriptions404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (GetParticipantSubscriptions500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="updateParticipantSubscriptions",
            method="PUT",
            path="/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions",
            call=service.update_participant_subscriptions,
            parameters=(
                _rt.ParamSpec("accountId", "account_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("sessionId", "session_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("participantId", "participant_id", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.UpdateParticipantSubscriptionsPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.Subscriptions,
                required=False,
                fields=(
                    ("sessionId", "string", "any", False),
                    ("participants", "array", "object", False),
                ),
            ),
            security=((_rt.SchemeSpec("basic_auth", "basic", "", ""),),),
            responses=(
                (UpdateParticipantSubscriptions204, _rt.ResponseSpec("204")),
                (UpdateParticipantSubscriptions400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (
                    UpdateParticipantSubscriptions401,
                    _rt.ResponseSpec("401", "application/json", "json", models.UnauthorizedError),
                ),
                (
                    UpdateParticipantSubscriptions403,
                    _rt.ResponseSpec("403", "application/json", "json", models.ForbiddenError),
                ),
                (UpdateParticipantSubscriptions404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (UpdateParticipantSubscriptions500, _rt.ResponseSpec("500", "application/json", "json", models.Error)),
            ),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Bandwidth WebRTC API",
        docs=docs,
        base_path="/v1",
        auth=_rt.AuthSpec(service.authenticate, Credentials, realm),
    )
