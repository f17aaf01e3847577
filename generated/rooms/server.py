# generated from specs/rooms.yaml — do not edit
"""Server for Rooms API 1.0.0.

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
    "CreateRoomResult",
    "CreateRoom201",
    "CreateRoom400",
    "CreateRoom401",
    "CreateRoom403",
    "CreateRoom409",
    "GetRoomResult",
    "GetRoom200",
    "GetRoom400",
    "GetRoom401",
    "GetRoom403",
    "GetRoom404",
    "ListParticipantsResult",
    "ListParticipants200",
    "ListParticipants400",
    "ListParticipants401",
    "ListParticipants403",
    "ListParticipants404",
    "AddParticipantResult",
    "AddParticipant201",
    "AddParticipant400",
    "AddParticipant401",
    "AddParticipant403",
    "AddParticipant404",
    "BulkAddParticipantsResult",
    "BulkAddParticipants200",
    "BulkAddParticipants400",
    "BulkAddParticipants401",
    "BulkAddParticipants403",
    "BulkAddParticipants404",
    "RemoveParticipantResult",
    "RemoveParticipant204",
    "RemoveParticipant400",
    "RemoveParticipant401",
    "RemoveParticipant403",
    "RemoveParticipant404",
    "UpdateParticipantResult",
    "UpdateParticipant200",
    "UpdateParticipant400",
    "UpdateParticipant401",
    "UpdateParticipant403",
    "UpdateParticipant404",
    "RefreshParticipantTokenResult",
    "RefreshParticipantToken200",
    "RefreshParticipantToken400",
    "RefreshParticipantToken401",
    "RefreshParticipantToken403",
    "RefreshParticipantToken404",
]

PrincipalT = TypeVar("PrincipalT")


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credentials a request sent for each scheme of every security requirement it satisfied (not yet checked).

    A scheme of no satisfied requirement is ``None``; ``Service.authenticate`` decides.
    """

    bearer_auth: BearerToken | None = None  # bearerAuth


# -- POST /api/v1/rooms (createRoom)


@dataclass(frozen=True, slots=True)
class CreateRoom201:
    """201: The room was created."""

    STATUS: ClassVar[int | None] = 201
    body: models.Room
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateRoom401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateRoom403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateRoom409:
    """409: Conflict. A room with this name already exists."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateRoomResult: TypeAlias = CreateRoom201 | CreateRoom400 | CreateRoom401 | CreateRoom403 | CreateRoom409


# -- GET /api/v1/rooms/{id} (getRoom)


@dataclass(frozen=True, slots=True)
class GetRoom200:
    """200: The room."""

    STATUS: ClassVar[int | None] = 200
    body: models.Room
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetRoom401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetRoom403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetRoom404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


GetRoomResult: TypeAlias = GetRoom200 | GetRoom400 | GetRoom401 | GetRoom403 | GetRoom404


# -- GET /api/v1/rooms/{id}/participants (listParticipants)


@dataclass(frozen=True, slots=True)
class ListParticipants200:
    """200: The room's participants."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListParticipantsResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipants400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipants401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipants403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipants404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListParticipantsResult: TypeAlias = (
    ListParticipants200 | ListParticipants400 | ListParticipants401 | ListParticipants403 | ListParticipants404
)


# -- POST /api/v1/rooms/{id}/participants (addParticipant)


@dataclass(frozen=True, slots=True)
class AddParticipant201:
    """201: The participant was added."""

    STATUS: ClassVar[int | None] = 201
    body: models.AddParticipantResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


AddParticipantResult: TypeAlias = (
    AddParticipant201 | AddParticipant400 | AddParticipant401 | AddParticipant403 | AddParticipant404
)


# -- POST /api/v1/rooms/{id}/participants/bulk (bulkAddParticipants)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants200:
    """200: One result per requested participant, in request order."""

    STATUS: ClassVar[int | None] = 200
    body: models.BulkAddParticipantsResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


BulkAddParticipantsResult: TypeAlias = (
    BulkAddParticipants200
    | BulkAddParticipants400
    | BulkAddParticipants401
    | BulkAddParticipants403
    | BulkAddParticipants404
)


# -- DELETE /api/v1/rooms/{id}/participants/{pid} (removeParticipant)


@dataclass(frozen=True, slots=True)
class RemoveParticipant204:
    """204: The participant was removed. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipant400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipant401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipant403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipant404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


RemoveParticipantResult: TypeAlias = (
    RemoveParticipant204 | RemoveParticipant400 | RemoveParticipant401 | RemoveParticipant403 | RemoveParticipant404
)


# -- PATCH /api/v1/rooms/{id}/participants/{pid} (updateParticipant)


@dataclass(frozen=True, slots=True)
class UpdateParticipant200:
    """200: The updated participant."""

    STATUS: ClassVar[int | None] = 200
    body: models.Participant
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipant400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipant401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipant403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipant404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


UpdateParticipantResult: TypeAlias = (
    UpdateParticipant200 | UpdateParticipant400 | UpdateParticipant401 | UpdateParticipant403 | UpdateParticipant404
)


# -- POST /api/v1/rooms/{id}/participants/{pid}/token (refreshParticipantToken)


@dataclass(frozen=True, slots=True)
class RefreshParticipantToken200:
    """200: The participant's new tokens."""

    STATUS: ClassVar[int | None] = 200
    body: models.RefreshParticipantTokenResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshParticipantToken400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, unknown fields or query parameters, missing required fields, bad path parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshParticipantToken401:
    """401: Unauthorized. The bearer token is missing, malformed or unknown."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshParticipantToken403:
    """403: Forbidden. The token is valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshParticipantToken404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


RefreshParticipantTokenResult: TypeAlias = (
    RefreshParticipantToken200
    | RefreshParticipantToken400
    | RefreshParticipantToken401
    | RefreshParticipantToken403
    | RefreshParticipantToken404
)


class Service(Protocol[PrincipalT]):
    """The business logic of Rooms API: implement every method.

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

    async def create_room(
        self,
        *,
        body: models.CreateRoomRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateRoomResult:
        """POST /api/v1/rooms: Create a room"""
        ...

    async def get_room(
        self,
        *,
        id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> GetRoomResult:
        """GET /api/v1/rooms/{id}: Get a room"""
        ...

    async def list_participants(
        self,
        *,
        id: str,
        active: bool = False,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListParticipantsResult:
        """GET /api/v1/rooms/{id}/participants: List Participants"""
        ...

    async def add_participant(
        self,
        *,
        id: str,
        body: models.AddParticipantRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> AddParticipantResult:
        """POST /api/v1/rooms/{id}/participants: Add Participant"""
        ...

    async def bulk_add_participants(
        self,
        *,
        id: str,
        body: models.BulkAddParticipantsRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> BulkAddParticipantsResult:
        """POST /api/v1/rooms/{id}/participants/bulk: Bulk Add Participants"""
        ...

    async def remove_participant(
        self,
        *,
        id: str,
        pid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> RemoveParticipantResult:
        """DELETE /api/v1/rooms/{id}/participants/{pid}: Remove Participant"""
        ...

    async def update_participant(
        self,
        *,
        id: str,
        pid: str,
        body: models.UpdateParticipantRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> UpdateParticipantResult:
        """PATCH /api/v1/rooms/{id}/participants/{pid}: Update Participant"""
        ...

    async def refresh_participant_token(
        self,
        *,
        id: str,
        pid: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> RefreshParticipantTokenResult:
        """POST /api/v1/rooms/{id}/participants/{pid}/token: Refresh Participant Token"""
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
            operation_id="createRoom",
            method="POST",
            path="/api/v1/rooms",
            call=service.create_room,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.CreateRoomRequest,
                required=True,
                fields=(("name", "string", "any", False),),
            ),
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (CreateRoom201, _rt.ResponseSpec("201", "application/json", "json", models.Room)),
                (CreateRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreateRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (CreateRoom409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="getRoom",
            method="GET",
            path="/api/v1/rooms/{id}",
            call=service.get_room,
            parameters=(_rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.GetRoomPathParams,
            },
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (GetRoom200, _rt.ResponseSpec("200", "application/json", "json", models.Room)),
                (GetRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (GetRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (GetRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (GetRoom404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="listParticipants",
            method="GET",
            path="/api/v1/rooms/{id}/participants",
            call=service.list_participants,
            parameters=(
                _rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("active", "active", "query", "boolean", "any", "form", True),
            ),
            param_models={
                "path": models.ListParticipantsPathParams,
                "query": models.ListParticipantsQueryParams,
            },
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (
                    ListParticipants200,
                    _rt.ResponseSpec("200", "application/json", "json", models.ListParticipantsResponse),
                ),
                (ListParticipants400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListParticipants401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ListParticipants403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (ListParticipants404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="addParticipant",
            method="POST",
            path="/api/v1/rooms/{id}/participants",
            call=service.add_participant,
            parameters=(_rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.AddParticipantPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.AddParticipantRequest,
                required=True,
                fields=(
                    ("display_name", "string", "any", False),
                    ("external_user_id", "string", "any", False),
                    ("role", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (AddParticipant201, _rt.ResponseSpec("201", "application/json", "json", models.AddParticipantResponse)),
                (AddParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (AddParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (AddParticipant403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (AddParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="bulkAddParticipants",
            method="POST",
            path="/api/v1/rooms/{id}/participants/bulk",
            call=service.bulk_add_participants,
            parameters=(_rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.BulkAddParticipantsPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.BulkAddParticipantsRequest,
                required=True,
                fields=(("participants", "array", "object", False),),
            ),
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (
                    BulkAddParticipants200,
                    _rt.ResponseSpec("200", "application/json", "json", models.BulkAddParticipantsResponse),
                ),
                (BulkAddParticipants400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (BulkAddParticipants401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (BulkAddParticipants403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (BulkAddParticipants404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="removeParticipant",
            method="DELETE",
            path="/api/v1/rooms/{id}/participants/{pid}",
            call=service.remove_participant,
            parameters=(
                _rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("pid", "pid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.RemoveParticipantPathParams,
            },
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (RemoveParticipant204, _rt.ResponseSpec("204")),
                (RemoveParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (RemoveParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (RemoveParticipant403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (RemoveParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="updateParticipant",
            method="PATCH",
            path="/api/v1/rooms/{id}/participants/{pid}",
            call=service.update_participant,
            parameters=(
                _rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("pid", "pid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.UpdateParticipantPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.UpdateParticipantRequest,
                required=True,
                fields=(
                    ("display_name", "string", "any", False),
                    ("role", "string", "any", False),
                ),
            ),
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (UpdateParticipant200, _rt.ResponseSpec("200", "application/json", "json", models.Participant)),
                (UpdateParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (UpdateParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (UpdateParticipant403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (UpdateParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="refreshParticipantToken",
            method="POST",
            path="/api/v1/rooms/{id}/participants/{pid}/token",
            call=service.refresh_participant_token,
            parameters=(
                _rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("pid", "pid", "path", "string", "any", "simple", False),
            ),
            param_models={
                "path": models.RefreshParticipantTokenPathParams,
            },
            security=((_rt.SchemeSpec("bearer_auth", "bearer", "", ""),),),
            responses=(
                (
                    RefreshParticipantToken200,
                    _rt.ResponseSpec("200", "application/json", "json", models.RefreshParticipantTokenResponse),
                ),
                (RefreshParticipantToken400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (RefreshParticipantToken401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (RefreshParticipantToken403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (RefreshParticipantToken404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Rooms API",
        docs=docs,
        base_path="",
        auth=_rt.AuthSpec(service.authenticate, Credentials, realm),
    )
