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
]

PrincipalT = TypeVar("PrincipalT")


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credentials a request sent for each scheme of the security requirement it satisfied (not yet checked).

    A scheme that is not part of that requirement is ``None``; ``Service.authenticate`` decides.
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


class Service(Protocol[PrincipalT]):
    """The business logic of Twilio Proxy API v1: implement every method.

    ``PrincipalT`` is whatever ``authenticate`` makes of valid credentials (an account, a user...);
    secured operations receive it as ``principal``.
    """

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> PrincipalT | Refusal:
        """Who the credentials stand for, or a ``Refusal`` (401 by default) when they are not accepted.

        Called once per request to a secured operation, before its parameters and body are read,
        with the credentials of the security requirement the request satisfied. A refusal, like a request
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
