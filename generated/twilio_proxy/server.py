# generated from specs/twilio_proxy.yaml — do not edit
"""Server for Twilio Proxy API v1 1.0.0.

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
    "ListServiceResult",
    "ListService200",
    "ListService400",
    "ListService401",
    "CreateServiceResult",
    "CreateService201",
    "CreateService400",
    "CreateService401",
    "CreateService409",
    "FetchServiceResult",
    "FetchService200",
    "FetchService400",
    "FetchService401",
    "FetchService404",
    "UpdateServiceResult",
    "UpdateService200",
    "UpdateService400",
    "UpdateService401",
    "UpdateService404",
    "UpdateService409",
    "DeleteServiceResult",
    "DeleteService204",
    "DeleteService400",
    "DeleteService401",
    "DeleteService404",
    "ListSessionResult",
    "ListSession200",
    "ListSession400",
    "ListSession401",
    "ListSession404",
    "CreateSessionResult",
    "CreateSession201",
    "CreateSession400",
    "CreateSession401",
    "CreateSession404",
    "CreateSession409",
    "FetchSessionResult",
    "FetchSession200",
    "FetchSession400",
    "FetchSession401",
    "FetchSession404",
    "UpdateSessionResult",
    "UpdateSession200",
    "UpdateSession400",
    "UpdateSession401",
    "UpdateSession404",
    "DeleteSessionResult",
    "DeleteSession204",
    "DeleteSession400",
    "DeleteSession401",
    "DeleteSession404",
    "ListParticipantResult",
    "ListParticipant200",
    "ListParticipant400",
    "ListParticipant401",
    "ListParticipant404",
    "CreateParticipantResult",
    "CreateParticipant201",
    "CreateParticipant400",
    "CreateParticipant401",
    "CreateParticipant404",
    "CreateParticipant409",
    "FetchParticipantResult",
    "FetchParticipant200",
    "FetchParticipant400",
    "FetchParticipant401",
    "FetchParticipant404",
    "DeleteParticipantResult",
    "DeleteParticipant200",
    "DeleteParticipant400",
    "DeleteParticipant401",
    "DeleteParticipant404",
    "ListPhoneNumberResult",
    "ListPhoneNumber200",
    "ListPhoneNumber400",
    "ListPhoneNumber401",
    "ListPhoneNumber404",
    "CreatePhoneNumberResult",
    "CreatePhoneNumber201",
    "CreatePhoneNumber400",
    "CreatePhoneNumber401",
    "CreatePhoneNumber404",
    "CreatePhoneNumber409",
    "FetchPhoneNumberResult",
    "FetchPhoneNumber200",
    "FetchPhoneNumber400",
    "FetchPhoneNumber401",
    "FetchPhoneNumber404",
    "UpdatePhoneNumberResult",
    "UpdatePhoneNumber200",
    "UpdatePhoneNumber400",
    "UpdatePhoneNumber401",
    "UpdatePhoneNumber404",
    "DeletePhoneNumberResult",
    "DeletePhoneNumber204",
    "DeletePhoneNumber400",
    "DeletePhoneNumber401",
    "DeletePhoneNumber404",
    "ListInteractionResult",
    "ListInteraction200",
    "ListInteraction400",
    "ListInteraction401",
    "ListInteraction404",
    "FetchInteractionResult",
    "FetchInteraction200",
    "FetchInteraction400",
    "FetchInteraction401",
    "FetchInteraction404",
    "DeleteInteractionResult",
    "DeleteInteraction204",
    "DeleteInteraction400",
    "DeleteInteraction401",
    "DeleteInteraction404",
    "ListMessageInteractionResult",
    "ListMessageInteraction200",
    "ListMessageInteraction400",
    "ListMessageInteraction401",
    "ListMessageInteraction404",
    "CreateMessageInteractionResult",
    "CreateMessageInteraction200",
    "CreateMessageInteraction400",
    "CreateMessageInteraction401",
    "CreateMessageInteraction404",
    "CreateMessageInteraction409",
    "FetchMessageInteractionResult",
    "FetchMessageInteraction200",
    "FetchMessageInteraction400",
    "FetchMessageInteraction401",
    "FetchMessageInteraction404",
]

PrincipalT = TypeVar("PrincipalT")


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credentials a request sent for each scheme of every security requirement it satisfied (not yet checked).

    A scheme of no satisfied requirement is ``None``; ``Service.authenticate`` decides.
    """

    account_sid_auth_token: BasicCredentials | None = None  # accountSid_authToken


# -- GET /v1/Services (ListService)


@dataclass(frozen=True, slots=True)
class ListService200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListServiceResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListService400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListService401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListServiceResult: TypeAlias = ListService200 | ListService400 | ListService401


# -- POST /v1/Services (CreateService)


@dataclass(frozen=True, slots=True)
class CreateService201:
    """201: Created."""

    STATUS: ClassVar[int | None] = 201
    body: models.Service
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateService400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateService401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateService409:
    """409: Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateServiceResult: TypeAlias = CreateService201 | CreateService400 | CreateService401 | CreateService409


# -- GET /v1/Services/{Sid} (FetchService)


@dataclass(frozen=True, slots=True)
class FetchService200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.Service
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchService400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchService401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchService404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


FetchServiceResult: TypeAlias = FetchService200 | FetchService400 | FetchService401 | FetchService404


# -- POST /v1/Services/{Sid} (UpdateService)


@dataclass(frozen=True, slots=True)
class UpdateService200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.Service
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateService400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateService401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateService404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateService409:
    """409: Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


UpdateServiceResult: TypeAlias = (
    UpdateService200 | UpdateService400 | UpdateService401 | UpdateService404 | UpdateService409
)


# -- DELETE /v1/Services/{Sid} (DeleteService)


@dataclass(frozen=True, slots=True)
class DeleteService204:
    """204: The resource was deleted successfully. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteService400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteService401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteService404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeleteServiceResult: TypeAlias = DeleteService204 | DeleteService400 | DeleteService401 | DeleteService404


# -- GET /v1/Services/{ServiceSid}/Sessions (ListSession)


@dataclass(frozen=True, slots=True)
class ListSession200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListSessionResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSession400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListSession404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListSessionResult: TypeAlias = ListSession200 | ListSession400 | ListSession401 | ListSession404


# -- POST /v1/Services/{ServiceSid}/Sessions (CreateSession)


@dataclass(frozen=True, slots=True)
class CreateSession201:
    """201: Created."""

    STATUS: ClassVar[int | None] = 201
    body: models.Session
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateSession409:
    """409: Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateSessionResult: TypeAlias = (
    CreateSession201 | CreateSession400 | CreateSession401 | CreateSession404 | CreateSession409
)


# -- GET /v1/Services/{ServiceSid}/Sessions/{Sid} (FetchSession)


@dataclass(frozen=True, slots=True)
class FetchSession200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.Session
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchSession400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchSession404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


FetchSessionResult: TypeAlias = FetchSession200 | FetchSession400 | FetchSession401 | FetchSession404


# -- POST /v1/Services/{ServiceSid}/Sessions/{Sid} (UpdateSession)


@dataclass(frozen=True, slots=True)
class UpdateSession200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.Session
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateSession400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateSession404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


UpdateSessionResult: TypeAlias = UpdateSession200 | UpdateSession400 | UpdateSession401 | UpdateSession404


# -- DELETE /v1/Services/{ServiceSid}/Sessions/{Sid} (DeleteSession)


@dataclass(frozen=True, slots=True)
class DeleteSession204:
    """204: The resource was deleted successfully. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteSession404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeleteSessionResult: TypeAlias = DeleteSession204 | DeleteSession400 | DeleteSession401 | DeleteSession404


# -- GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants (ListParticipant)


@dataclass(frozen=True, slots=True)
class ListParticipant200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListParticipantResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipant400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipant401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipant404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListParticipantResult: TypeAlias = ListParticipant200 | ListParticipant400 | ListParticipant401 | ListParticipant404


# -- POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants (CreateParticipant)


@dataclass(frozen=True, slots=True)
class CreateParticipant201:
    """201: Created."""

    STATUS: ClassVar[int | None] = 201
    body: models.Participant
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateParticipant409:
    """409: Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateParticipantResult: TypeAlias = (
    CreateParticipant201 | CreateParticipant400 | CreateParticipant401 | CreateParticipant404 | CreateParticipant409
)


# -- GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid} (FetchParticipant)


@dataclass(frozen=True, slots=True)
class FetchParticipant200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.Participant
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchParticipant400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchParticipant401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchParticipant404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


FetchParticipantResult: TypeAlias = (
    FetchParticipant200 | FetchParticipant400 | FetchParticipant401 | FetchParticipant404
)


# -- DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid} (DeleteParticipant)


@dataclass(frozen=True, slots=True)
class DeleteParticipant200:
    """200: The resource was deleted successfully. No body."""

    STATUS: ClassVar[int | None] = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteParticipant404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeleteParticipantResult: TypeAlias = (
    DeleteParticipant200 | DeleteParticipant400 | DeleteParticipant401 | DeleteParticipant404
)


# -- GET /v1/Services/{ServiceSid}/PhoneNumbers (ListPhoneNumber)


@dataclass(frozen=True, slots=True)
class ListPhoneNumber200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListPhoneNumberResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListPhoneNumber400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListPhoneNumber401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListPhoneNumber404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListPhoneNumberResult: TypeAlias = ListPhoneNumber200 | ListPhoneNumber400 | ListPhoneNumber401 | ListPhoneNumber404


# -- POST /v1/Services/{ServiceSid}/PhoneNumbers (CreatePhoneNumber)


@dataclass(frozen=True, slots=True)
class CreatePhoneNumber201:
    """201: Created."""

    STATUS: ClassVar[int | None] = 201
    body: models.PhoneNumber
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreatePhoneNumber400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreatePhoneNumber401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreatePhoneNumber404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreatePhoneNumber409:
    """409: Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreatePhoneNumberResult: TypeAlias = (
    CreatePhoneNumber201 | CreatePhoneNumber400 | CreatePhoneNumber401 | CreatePhoneNumber404 | CreatePhoneNumber409
)


# -- GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid} (FetchPhoneNumber)


@dataclass(frozen=True, slots=True)
class FetchPhoneNumber200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.PhoneNumber
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchPhoneNumber400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchPhoneNumber401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchPhoneNumber404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


FetchPhoneNumberResult: TypeAlias = (
    FetchPhoneNumber200 | FetchPhoneNumber400 | FetchPhoneNumber401 | FetchPhoneNumber404
)


# -- POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid} (UpdatePhoneNumber)


@dataclass(frozen=True, slots=True)
class UpdatePhoneNumber200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.PhoneNumber
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdatePhoneNumber400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdatePhoneNumber401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdatePhoneNumber404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


UpdatePhoneNumberResult: TypeAlias = (
    UpdatePhoneNumber200 | UpdatePhoneNumber400 | UpdatePhoneNumber401 | UpdatePhoneNumber404
)


# -- DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid} (DeletePhoneNumber)


@dataclass(frozen=True, slots=True)
class DeletePhoneNumber204:
    """204: OK."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeletePhoneNumber400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeletePhoneNumber401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeletePhoneNumber404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeletePhoneNumberResult: TypeAlias = (
    DeletePhoneNumber204 | DeletePhoneNumber400 | DeletePhoneNumber401 | DeletePhoneNumber404
)


# -- GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions (ListInteraction)


@dataclass(frozen=True, slots=True)
class ListInteraction200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListInteractionResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListInteraction400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListInteraction401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListInteraction404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListInteractionResult: TypeAlias = ListInteraction200 | ListInteraction400 | ListInteraction401 | ListInteraction404


# -- GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid} (FetchInteraction)


@dataclass(frozen=True, slots=True)
class FetchInteraction200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.Interaction
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchInteraction400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchInteraction401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchInteraction404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


FetchInteractionResult: TypeAlias = (
    FetchInteraction200 | FetchInteraction400 | FetchInteraction401 | FetchInteraction404
)


# -- DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid} (DeleteInteraction)


@dataclass(frozen=True, slots=True)
class DeleteInteraction204:
    """204: OK."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteInteraction400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteInteraction401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteInteraction404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeleteInteractionResult: TypeAlias = (
    DeleteInteraction204 | DeleteInteraction400 | DeleteInteraction401 | DeleteInteraction404
)


# -- GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions (ListMessageInteraction)


@dataclass(frozen=True, slots=True)
class ListMessageInteraction200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListMessageInteractionResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListMessageInteraction400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListMessageInteraction401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListMessageInteraction404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListMessageInteractionResult: TypeAlias = (
    ListMessageInteraction200 | ListMessageInteraction400 | ListMessageInteraction401 | ListMessageInteraction404
)


# -- POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions (CreateMessageInteraction)


@dataclass(frozen=True, slots=True)
class CreateMessageInteraction200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.MessageInteraction
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateMessageInteraction400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateMessageInteraction401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateMessageInteraction404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateMessageInteraction409:
    """409: Conflict. A unique name or a participant identifier is already in use (participant identifiers stay in use after a soft delete)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateMessageInteractionResult: TypeAlias = (
    CreateMessageInteraction200
    | CreateMessageInteraction400
    | CreateMessageInteraction401
    | CreateMessageInteraction404
    | CreateMessageInteraction409
)


# -- GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid} (FetchMessageInteraction)


@dataclass(frozen=True, slots=True)
class FetchMessageInteraction200:
    """200: OK."""

    STATUS: ClassVar[int | None] = 200
    body: models.MessageInteraction
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchMessageInteraction400:
    """400: Bad Request. A parameter or form field is missing, of the wrong type or otherwise invalid."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchMessageInteraction401:
    """401: Unauthorized. Credentials are missing or wrong."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchMessageInteraction404:
    """404: Not Found. The addressed resource (or one of its parents) does not exist or was deleted."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


FetchMessageInteractionResult: TypeAlias = (
    FetchMessageInteraction200 | FetchMessageInteraction400 | FetchMessageInteraction401 | FetchMessageInteraction404
)


class Service(Protocol[PrincipalT]):
    """The business logic of Twilio Proxy API v1: implement every method.

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

    async def list_service(
        self,
        *,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListServiceResult:
        """GET /v1/Services: List Services"""
        ...

    async def create_service(
        self,
        *,
        body: models.CreateServiceRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateServiceResult:
        """POST /v1/Services: Create a Service"""
        ...

    async def fetch_service(
        self,
        *,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> FetchServiceResult:
        """GET /v1/Services/{Sid}: Fetch a Service"""
        ...

    async def update_service(
        self,
        *,
        sid: str,
        body: models.UpdateServiceRequest | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> UpdateServiceResult:
        """POST /v1/Services/{Sid}: Update a Service"""
        ...

    async def delete_service(
        self,
        *,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeleteServiceResult:
        """DELETE /v1/Services/{Sid}: Delete a Service"""
        ...

    async def list_session(
        self,
        *,
        service_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListSessionResult:
        """GET /v1/Services/{ServiceSid}/Sessions: List Sessions"""
        ...

    async def create_session(
        self,
        *,
        service_sid: str,
        body: models.CreateSessionRequest | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateSessionResult:
        """POST /v1/Services/{ServiceSid}/Sessions: Create a Session"""
        ...

    async def fetch_session(
        self,
        *,
        service_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> FetchSessionResult:
        """GET /v1/Services/{ServiceSid}/Sessions/{Sid}: Fetch a Session"""
        ...

    async def update_session(
        self,
        *,
        service_sid: str,
        sid: str,
        body: models.UpdateSessionRequest | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> UpdateSessionResult:
        """POST /v1/Services/{ServiceSid}/Sessions/{Sid}: Update a Session"""
        ...

    async def delete_session(
        self,
        *,
        service_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeleteSessionResult:
        """DELETE /v1/Services/{ServiceSid}/Sessions/{Sid}: Delete a Session"""
        ...

    async def list_participant(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListParticipantResult:
        """GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants: List Participants"""
        ...

    async def create_participant(
        self,
        *,
        service_sid: str,
        session_sid: str,
        body: models.CreateParticipantRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateParticipantResult:
        """POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants: Create a Participant"""
        ...

    async def fetch_participant(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> FetchParticipantResult:
        """GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}: Fetch a Participant"""
        ...

    async def delete_participant(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeleteParticipantResult:
        """DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}: Delete a Participant"""
        ...

    async def list_phone_number(
        self,
        *,
        service_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListPhoneNumberResult:
        """GET /v1/Services/{ServiceSid}/PhoneNumbers: List the Phone Numbers of a Service's pool"""
        ...

    async def create_phone_number(
        self,
        *,
        service_sid: str,
        body: models.CreatePhoneNumberRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreatePhoneNumberResult:
        """POST /v1/Services/{ServiceSid}/PhoneNumbers: Add a Phone Number to a Service's Proxy Number Pool"""
        ...

    async def fetch_phone_number(
        self,
        *,
        service_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> FetchPhoneNumberResult:
        """GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}: Fetch a Phone Number of the pool"""
        ...

    async def update_phone_number(
        self,
        *,
        service_sid: str,
        sid: str,
        body: models.UpdatePhoneNumberRequest | None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> UpdatePhoneNumberResult:
        """POST /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}: Update a Phone Number of the pool"""
        ...

    async def delete_phone_number(
        self,
        *,
        service_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeletePhoneNumberResult:
        """DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}: Remove a Phone Number from the pool"""
        ...

    async def list_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListInteractionResult:
        """GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions: List the Interactions of a Session"""
        ...

    async def fetch_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> FetchInteractionResult:
        """GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}: Fetch an Interaction"""
        ...

    async def delete_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeleteInteractionResult:
        """DELETE /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}: Delete an Interaction"""
        ...

    async def list_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListMessageInteractionResult:
        """GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions: List the message Interactions of a Participant"""
        ...

    async def create_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: models.CreateMessageInteractionRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateMessageInteractionResult:
        """POST /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions: Send a message to a Participant"""
        ...

    async def fetch_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> FetchMessageInteractionResult:
        """GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}: Fetch a message Interaction"""
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
            operation_id="ListService",
            method="GET",
            path="/v1/Services",
            call=service.list_service,
            parameters=(
                _rt.ParamSpec("PageSize", "page_size", "query", "integer", "any", "form", True),
                _rt.ParamSpec("Page", "page", "query", "integer", "any", "form", True),
                _rt.ParamSpec("PageToken", "page_token", "query", "string", "any", "form", True),
            ),
            param_models={
                "query": models.ListServiceQueryParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (ListService200, _rt.ResponseSpec("200", "application/json", "json", models.ListServiceResponse)),
                (ListService400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListService401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="CreateService",
            method="POST",
            path="/v1/Services",
            call=service.create_service,
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.CreateServiceRequest,
                required=True,
                fields=(
                    ("UniqueName", "string", "any", False),
                    ("DefaultTtl", "integer", "any", False),
                    ("CallbackUrl", "string", "any", False),
                    ("GeoMatchLevel", "string", "any", False),
                    ("NumberSelectionBehavior", "string", "any", False),
                    ("InterceptCallbackUrl", "string", "any", False),
                    ("OutOfSessionCallbackUrl", "string", "any", False),
                    ("ChatInstanceSid", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (CreateService201, _rt.ResponseSpec("201", "application/json", "json", models.Service)),
                (CreateService400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateService401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreateService409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="FetchService",
            method="GET",
            path="/v1/Services/{Sid}",
            call=service.fetch_service,
            parameters=(_rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.FetchServicePathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (FetchService200, _rt.ResponseSpec("200", "application/json", "json", models.Service)),
                (FetchService400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (FetchService401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (FetchService404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="UpdateService",
            method="POST",
            path="/v1/Services/{Sid}",
            call=service.update_service,
            parameters=(_rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.UpdateServicePathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.UpdateServiceRequest,
                required=False,
                fields=(
                    ("UniqueName", "string", "any", False),
                    ("DefaultTtl", "integer", "any", False),
                    ("CallbackUrl", "string", "any", False),
                    ("GeoMatchLevel", "string", "any", False),
                    ("NumberSelectionBehavior", "string", "any", False),
                    ("InterceptCallbackUrl", "string", "any", False),
                    ("OutOfSessionCallbackUrl", "string", "any", False),
                    ("ChatInstanceSid", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (UpdateService200, _rt.ResponseSpec("200", "application/json", "json", models.Service)),
                (UpdateService400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (UpdateService401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (UpdateService404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (UpdateService409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="DeleteService",
            method="DELETE",
            path="/v1/Services/{Sid}",
            call=service.delete_service,
            parameters=(_rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.DeleteServicePathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (DeleteService204, _rt.ResponseSpec("204")),
                (DeleteService400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeleteService401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (DeleteService404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="ListSession",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions",
            call=service.list_session,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("PageSize", "page_size", "query", "integer", "any", "form", True),
                _rt.ParamSpec("Page", "page", "query", "integer", "any", "form", True),
                _rt.ParamSpec("PageToken", "page_token", "query", "string", "any", "form", True),
            ),
            param_models={
                "path": models.ListSessionPathParams,
                "query": models.ListSessionQueryParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (ListSession200, _rt.ResponseSpec("200", "application/json", "json", models.ListSessionResponse)),
                (ListSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListSession401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ListSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="CreateSession",
            method="POST",
            path="/v1/Services/{ServiceSid}/Sessions",
            call=service.create_session,
            parameters=(_rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.CreateSessionPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.CreateSessionRequest,
                required=False,
                fields=(
                    ("UniqueName", "string", "any", False),
                    ("DateExpiry", "string", "any", False),
                    ("Ttl", "integer", "any", False),
                    ("Mode", "string", "any", False),
                    ("Status", "string", "any", False),
                    ("Participants", "array", "string", False),
                ),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (CreateSession201, _rt.ResponseSpec("201", "application/json", "json", models.Session)),
                (CreateSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateSession401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreateSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (CreateSession409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="FetchSession",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions/{Sid}",
            call=service.fetch_session,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.FetchSessionPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (FetchSession200, _rt.ResponseSpec("200", "application/json", "json", models.Session)),
                (FetchSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (FetchSession401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (FetchSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="UpdateSession",
            method="POST",
            path="/v1/Services/{ServiceSid}/Sessions/{Sid}",
            call=service.update_session,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.UpdateSessionPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.UpdateSessionRequest,
                required=False,
                fields=(
                    ("DateExpiry", "string", "any", False),
                    ("Ttl", "integer", "any", False),
                    ("Status", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (UpdateSession200, _rt.ResponseSpec("200", "application/json", "json", models.Session)),
                (UpdateSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (UpdateSession401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (UpdateSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="DeleteSession",
            method="DELETE",
            path="/v1/Services/{ServiceSid}/Sessions/{Sid}",
            call=service.delete_session,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.DeleteSessionPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (DeleteSession204, _rt.ResponseSpec("204")),
                (DeleteSession400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeleteSession401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (DeleteSession404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="ListParticipant",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants",
            call=service.list_participant,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("PageSize", "page_size", "query", "integer", "any", "form", True),
                _rt.ParamSpec("Page", "page", "query", "integer", "any", "form", True),
                _rt.ParamSpec("PageToken", "page_token", "query", "string", "any", "form", True),
            ),
            param_models={
                "path": models.ListParticipantPathParams,
                "query": models.ListParticipantQueryParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (
                    ListParticipant200,
                    _rt.ResponseSpec("200", "application/json", "json", models.ListParticipantResponse),
                ),
                (ListParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ListParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="CreateParticipant",
            method="POST",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants",
            call=service.create_participant,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.CreateParticipantPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.CreateParticipantRequest,
                required=True,
                fields=(
                    ("Identifier", "string", "any", False),
                    ("FriendlyName", "string", "any", False),
                    ("ProxyIdentifier", "string", "any", False),
                    ("ProxyIdentifierSid", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (CreateParticipant201, _rt.ResponseSpec("201", "application/json", "json", models.Participant)),
                (CreateParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreateParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (CreateParticipant409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="FetchParticipant",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}",
            call=service.fetch_participant,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.FetchParticipantPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (FetchParticipant200, _rt.ResponseSpec("200", "application/json", "json", models.Participant)),
                (FetchParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (FetchParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (FetchParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="DeleteParticipant",
            method="DELETE",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}",
            call=service.delete_participant,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.DeleteParticipantPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (DeleteParticipant200, _rt.ResponseSpec("200")),
                (DeleteParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeleteParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (DeleteParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="ListPhoneNumber",
            method="GET",
            path="/v1/Services/{ServiceSid}/PhoneNumbers",
            call=service.list_phone_number,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("PageSize", "page_size", "query", "integer", "any", "form", True),
                _rt.ParamSpec("Page", "page", "query", "integer", "any", "form", True),
                _rt.ParamSpec("PageToken", "page_token", "query", "string", "any", "form", True),
            ),
            param_models={
                "path": models.ListPhoneNumberPathParams,
                "query": models.ListPhoneNumberQueryParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (
                    ListPhoneNumber200,
                    _rt.ResponseSpec("200", "application/json", "json", models.ListPhoneNumberResponse),
                ),
                (ListPhoneNumber400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListPhoneNumber401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ListPhoneNumber404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="CreatePhoneNumber",
            method="POST",
            path="/v1/Services/{ServiceSid}/PhoneNumbers",
            call=service.create_phone_number,
            parameters=(_rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.CreatePhoneNumberPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.CreatePhoneNumberRequest,
                required=True,
                fields=(
                    ("Sid", "string", "any", False),
                    ("PhoneNumber", "string", "any", False),
                    ("IsReserved", "boolean", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (CreatePhoneNumber201, _rt.ResponseSpec("201", "application/json", "json", models.PhoneNumber)),
                (CreatePhoneNumber400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreatePhoneNumber401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreatePhoneNumber404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (CreatePhoneNumber409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="FetchPhoneNumber",
            method="GET",
            path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
            call=service.fetch_phone_number,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.FetchPhoneNumberPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (FetchPhoneNumber200, _rt.ResponseSpec("200", "application/json", "json", models.PhoneNumber)),
                (FetchPhoneNumber400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (FetchPhoneNumber401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (FetchPhoneNumber404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="UpdatePhoneNumber",
            method="POST",
            path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
            call=service.update_phone_number,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.UpdatePhoneNumberPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.UpdatePhoneNumberRequest,
                required=False,
                fields=(("IsReserved", "boolean", "any", False),),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (UpdatePhoneNumber200, _rt.ResponseSpec("200", "application/json", "json", models.PhoneNumber)),
                (UpdatePhoneNumber400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (UpdatePhoneNumber401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (UpdatePhoneNumber404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="DeletePhoneNumber",
            method="DELETE",
            path="/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
            call=service.delete_phone_number,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.DeletePhoneNumberPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (DeletePhoneNumber204, _rt.ResponseSpec("204")),
                (DeletePhoneNumber400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeletePhoneNumber401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (DeletePhoneNumber404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="ListInteraction",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions",
            call=service.list_interaction,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("PageSize", "page_size", "query", "integer", "any", "form", True),
                _rt.ParamSpec("Page", "page", "query", "integer", "any", "form", True),
                _rt.ParamSpec("PageToken", "page_token", "query", "string", "any", "form", True),
            ),
            param_models={
                "path": models.ListInteractionPathParams,
                "query": models.ListInteractionQueryParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (
                    ListInteraction200,
                    _rt.ResponseSpec("200", "application/json", "json", models.ListInteractionResponse),
                ),
                (ListInteraction400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListInteraction401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ListInteraction404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="FetchInteraction",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}",
            call=service.fetch_interaction,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.FetchInteractionPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (FetchInteraction200, _rt.ResponseSpec("200", "application/json", "json", models.Interaction)),
                (FetchInteraction400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (FetchInteraction401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (FetchInteraction404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="DeleteInteraction",
            method="DELETE",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}",
            call=service.delete_interaction,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.DeleteInteractionPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (DeleteInteraction204, _rt.ResponseSpec("204")),
                (DeleteInteraction400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeleteInteraction401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (DeleteInteraction404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="ListMessageInteraction",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions",
            call=service.list_message_interaction,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("ParticipantSid", "participant_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("PageSize", "page_size", "query", "integer", "any", "form", True),
                _rt.ParamSpec("Page", "page", "query", "integer", "any", "form", True),
                _rt.ParamSpec("PageToken", "page_token", "query", "string", "any", "form", True),
            ),
            param_models={
                "path": models.ListMessageInteractionPathParams,
                "query": models.ListMessageInteractionQueryParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (
                    ListMessageInteraction200,
                    _rt.ResponseSpec("200", "application/json", "json", models.ListMessageInteractionResponse),
                ),
                (ListMessageInteraction400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListMessageInteraction401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ListMessageInteraction404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="CreateMessageInteraction",
            method="POST",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions",
            call=service.create_message_interaction,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("ParticipantSid", "participant_sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.CreateMessageInteractionPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.CreateMessageInteractionRequest,
                required=True,
                fields=(
                    ("Body", "string", "any", False),
                    ("MediaUrl", "array", "string", False),
                ),
            ),
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (
                    CreateMessageInteraction200,
                    _rt.ResponseSpec("200", "application/json", "json", models.MessageInteraction),
                ),
                (CreateMessageInteraction400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateMessageInteraction401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreateMessageInteraction404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (CreateMessageInteraction409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="FetchMessageInteraction",
            method="GET",
            path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}",
            call=service.fetch_message_interaction,
            parameters=(
                _rt.ParamSpec("ServiceSid", "service_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("SessionSid", "session_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("ParticipantSid", "participant_sid", "path", "string", "any", "simple", False),
                _rt.ParamSpec("Sid", "sid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.FetchMessageInteractionPathParams,
            },
            security=((_rt.SchemeSpec("account_sid_auth_token", "basic", "", ""),),),
            responses=(
                (
                    FetchMessageInteraction200,
                    _rt.ResponseSpec("200", "application/json", "json", models.MessageInteraction),
                ),
                (FetchMessageInteraction400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (FetchMessageInteraction401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (FetchMessageInteraction404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Twilio Proxy API v1",
        docs=docs,
        base_path="",
        auth=_rt.AuthSpec(service.authenticate, Credentials, realm),
    )
