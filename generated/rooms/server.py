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
    "GetTokenResult",
    "GetToken200",
    "GetToken400",
    "GetToken401",
    "RefreshTokenResult",
    "RefreshToken200",
    "RefreshToken400",
    "RefreshToken401",
    "ListRoomsResult",
    "ListRooms200",
    "ListRooms400",
    "ListRooms401",
    "ListRooms403",
    "CreateRoomResult",
    "CreateRoom201",
    "CreateRoom400",
    "CreateRoom401",
    "CreateRoom403",
    "ScheduleRoomResult",
    "ScheduleRoom201",
    "ScheduleRoom400",
    "ScheduleRoom401",
    "ScheduleRoom403",
    "GetRoomResult",
    "GetRoom200",
    "GetRoom400",
    "GetRoom401",
    "GetRoom403",
    "GetRoom404",
    "DeleteRoomResult",
    "DeleteRoom204",
    "DeleteRoom400",
    "DeleteRoom401",
    "DeleteRoom403",
    "DeleteRoom404",
    "UpdateRoomResult",
    "UpdateRoom200",
    "UpdateRoom400",
    "UpdateRoom401",
    "UpdateRoom403",
    "UpdateRoom404",
    "EndRoomResult",
    "EndRoom200",
    "EndRoom400",
    "EndRoom401",
    "EndRoom403",
    "EndRoom404",
    "CreateJoinTokenResult",
    "CreateJoinToken200",
    "CreateJoinToken400",
    "CreateJoinToken401",
    "CreateJoinToken403",
    "CreateJoinToken404",
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
    "AddParticipant409",
    "BulkAddParticipantsResult",
    "BulkAddParticipants200",
    "BulkAddParticipants400",
    "BulkAddParticipants401",
    "BulkAddParticipants403",
    "BulkAddParticipants404",
    "BulkAddParticipants409",
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

    token: BearerToken | None = None  # token
    api_key: ApiKeyCredentials | None = None  # apiKey


# -- POST /api/v1/auth/token (getToken)


@dataclass(frozen=True, slots=True)
class GetToken200:
    """200: The token pair."""

    STATUS: ClassVar[int | None] = 200
    body: models.TokenResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetToken400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetToken401:
    """401: Unauthorized. The API key or refresh token is unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


GetTokenResult: TypeAlias = GetToken200 | GetToken400 | GetToken401


# -- POST /api/v1/auth/refresh (refreshToken)


@dataclass(frozen=True, slots=True)
class RefreshToken200:
    """200: The new token pair."""

    STATUS: ClassVar[int | None] = 200
    body: models.TokenResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshToken400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshToken401:
    """401: Unauthorized. The API key or refresh token is unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


RefreshTokenResult: TypeAlias = RefreshToken200 | RefreshToken400 | RefreshToken401


# -- GET /api/v1/rooms (listRooms)


@dataclass(frozen=True, slots=True)
class ListRooms200:
    """200: A page of rooms."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListRoomsResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListRooms400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListRooms401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListRooms403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ListRoomsResult: TypeAlias = ListRooms200 | ListRooms400 | ListRooms401 | ListRooms403


# -- POST /api/v1/rooms (createRoom)


@dataclass(frozen=True, slots=True)
class CreateRoom201:
    """201: The room was created."""

    STATUS: ClassVar[int | None] = 201
    body: models.Room
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateRoom401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateRoom403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateRoomResult: TypeAlias = CreateRoom201 | CreateRoom400 | CreateRoom401 | CreateRoom403


# -- POST /api/v1/rooms/schedule (scheduleRoom)


@dataclass(frozen=True, slots=True)
class ScheduleRoom201:
    """201: The room was scheduled."""

    STATUS: ClassVar[int | None] = 201
    body: models.Room
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ScheduleRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ScheduleRoom401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ScheduleRoom403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


ScheduleRoomResult: TypeAlias = ScheduleRoom201 | ScheduleRoom400 | ScheduleRoom401 | ScheduleRoom403


# -- GET /api/v1/rooms/{id} (getRoom)


@dataclass(frozen=True, slots=True)
class GetRoom200:
    """200: The room."""

    STATUS: ClassVar[int | None] = 200
    body: models.RoomWithParticipantCount
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetRoom401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetRoom403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

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


# -- DELETE /api/v1/rooms/{id} (deleteRoom)


@dataclass(frozen=True, slots=True)
class DeleteRoom204:
    """204: The room was deleted. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteRoom401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteRoom403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeleteRoom404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


DeleteRoomResult: TypeAlias = DeleteRoom204 | DeleteRoom400 | DeleteRoom401 | DeleteRoom403 | DeleteRoom404


# -- PATCH /api/v1/rooms/{id} (updateRoom)


@dataclass(frozen=True, slots=True)
class UpdateRoom200:
    """200: The updated room."""

    STATUS: ClassVar[int | None] = 200
    body: models.Room
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateRoom401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateRoom403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateRoom404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


UpdateRoomResult: TypeAlias = UpdateRoom200 | UpdateRoom400 | UpdateRoom401 | UpdateRoom403 | UpdateRoom404


# -- POST /api/v1/rooms/{id}/end (endRoom)


@dataclass(frozen=True, slots=True)
class EndRoom200:
    """200: The ended room."""

    STATUS: ClassVar[int | None] = 200
    body: models.Room
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EndRoom400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EndRoom401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EndRoom403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EndRoom404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


EndRoomResult: TypeAlias = EndRoom200 | EndRoom400 | EndRoom401 | EndRoom403 | EndRoom404


# -- POST /api/v1/rooms/{id}/join-token (createJoinToken)


@dataclass(frozen=True, slots=True)
class CreateJoinToken200:
    """200: The join token."""

    STATUS: ClassVar[int | None] = 200
    body: models.CreateJoinTokenResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateJoinToken400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateJoinToken401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateJoinToken403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateJoinToken404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


CreateJoinTokenResult: TypeAlias = (
    CreateJoinToken200 | CreateJoinToken400 | CreateJoinToken401 | CreateJoinToken403 | CreateJoinToken404
)


# -- GET /api/v1/rooms/{id}/participants (listParticipants)


@dataclass(frozen=True, slots=True)
class ListParticipants200:
    """200: The room's participants."""

    STATUS: ClassVar[int | None] = 200
    body: models.ListParticipantsResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipants400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipants401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListParticipants403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

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
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AddParticipant409:
    """409: Conflict. The room's state refuses joins (a scheduled room before its window, an ended room without early join)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


AddParticipantResult: TypeAlias = (
    AddParticipant201
    | AddParticipant400
    | AddParticipant401
    | AddParticipant403
    | AddParticipant404
    | AddParticipant409
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
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

    STATUS: ClassVar[int | None] = 403
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants404:
    """404: Not Found. No such room (and early join did not apply) or no such (active) participant in it."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BulkAddParticipants409:
    """409: Conflict. The room's state refuses joins (a scheduled room before its window, an ended room without early join)."""

    STATUS: ClassVar[int | None] = 409
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


BulkAddParticipantsResult: TypeAlias = (
    BulkAddParticipants200
    | BulkAddParticipants400
    | BulkAddParticipants401
    | BulkAddParticipants403
    | BulkAddParticipants404
    | BulkAddParticipants409
)


# -- DELETE /api/v1/rooms/{id}/participants/{pid} (removeParticipant)


@dataclass(frozen=True, slots=True)
class RemoveParticipant204:
    """204: The participant was removed. No body."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipant400:
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipant401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoveParticipant403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

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
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipant401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpdateParticipant403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

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
    """400: Bad Request. The request is malformed (invalid JSON, wrong types, missing required fields, unknown query parameters)."""

    STATUS: ClassVar[int | None] = 400
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshParticipantToken401:
    """401: Unauthorized. The credentials are missing, malformed, unknown, expired or revoked."""

    STATUS: ClassVar[int | None] = 401
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefreshParticipantToken403:
    """403: Forbidden. The credentials are valid but may not do this (e.g. a participant token that is not a host's, or a token for another room)."""

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

    async def get_token(
        self,
        *,
        body: models.TokenRequest,
        context: RequestContext,
    ) -> GetTokenResult:
        """POST /api/v1/auth/token: Exchange an API key for a JWT pair"""
        ...

    async def refresh_token(
        self,
        *,
        body: models.RefreshRequest,
        context: RequestContext,
    ) -> RefreshTokenResult:
        """POST /api/v1/auth/refresh: Refresh a JWT pair"""
        ...

    async def list_rooms(
        self,
        *,
        limit: int = 20,
        offset: int = 0,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ListRoomsResult:
        """GET /api/v1/rooms: List rooms"""
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

    async def schedule_room(
        self,
        *,
        body: models.ScheduleRoomRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> ScheduleRoomResult:
        """POST /api/v1/rooms/schedule: Schedule a room"""
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

    async def delete_room(
        self,
        *,
        id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> DeleteRoomResult:
        """DELETE /api/v1/rooms/{id}: Delete a room"""
        ...

    async def update_room(
        self,
        *,
        id: str,
        body: models.UpdateRoomRequest,
        principal: PrincipalT,
        context: RequestContext,
    ) -> UpdateRoomResult:
        """PATCH /api/v1/rooms/{id}: Update a room"""
        ...

    async def end_room(
        self,
        *,
        id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> EndRoomResult:
        """POST /api/v1/rooms/{id}/end: End a room"""
        ...

    async def create_join_token(
        self,
        *,
        id: str,
        principal: PrincipalT,
        context: RequestContext,
    ) -> CreateJoinTokenResult:
        """POST /api/v1/rooms/{id}/join-token: Create a join token"""
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
            operation_id="getToken",
            method="POST",
            path="/api/v1/auth/token",
            call=service.get_token,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.TokenRequest,
                required=True,
                fields=(("api_key", "string", "any", False),),
            ),
            responses=(
                (GetToken200, _rt.ResponseSpec("200", "application/json", "json", models.TokenResponse)),
                (GetToken400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (GetToken401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="refreshToken",
            method="POST",
            path="/api/v1/auth/refresh",
            call=service.refresh_token,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.RefreshRequest,
                required=True,
                fields=(("refresh_token", "string", "any", False),),
            ),
            responses=(
                (RefreshToken200, _rt.ResponseSpec("200", "application/json", "json", models.TokenResponse)),
                (RefreshToken400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (RefreshToken401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="listRooms",
            method="GET",
            path="/api/v1/rooms",
            call=service.list_rooms,
            parameters=(
                _rt.ParamSpec("limit", "limit", "query", "integer", "any", "form", True),
                _rt.ParamSpec("offset", "offset", "query", "integer", "any", "form", True),
            ),
            param_models={
                "query": models.ListRoomsQueryParams,
            },
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (ListRooms200, _rt.ResponseSpec("200", "application/json", "json", models.ListRoomsResponse)),
                (ListRooms400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ListRooms401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ListRooms403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="createRoom",
            method="POST",
            path="/api/v1/rooms",
            call=service.create_room,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.CreateRoomRequest,
                required=True,
                fields=(
                    ("name", "string", "any", False),
                    ("config", "object", "any", False),
                ),
            ),
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (CreateRoom201, _rt.ResponseSpec("201", "application/json", "json", models.Room)),
                (CreateRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreateRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="scheduleRoom",
            method="POST",
            path="/api/v1/rooms/schedule",
            call=service.schedule_room,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.ScheduleRoomRequest,
                required=True,
                fields=(
                    ("name", "string", "any", False),
                    ("config", "object", "any", False),
                    ("scheduled_start_at", "string", "any", False),
                    ("scheduled_end_at", "string", "any", False),
                    ("allow_early_join_minutes", "integer", "any", False),
                ),
            ),
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (ScheduleRoom201, _rt.ResponseSpec("201", "application/json", "json", models.Room)),
                (ScheduleRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (ScheduleRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (ScheduleRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
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
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (GetRoom200, _rt.ResponseSpec("200", "application/json", "json", models.RoomWithParticipantCount)),
                (GetRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (GetRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (GetRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (GetRoom404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="deleteRoom",
            method="DELETE",
            path="/api/v1/rooms/{id}",
            call=service.delete_room,
            parameters=(_rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.DeleteRoomPathParams,
            },
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (DeleteRoom204, _rt.ResponseSpec("204")),
                (DeleteRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (DeleteRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (DeleteRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (DeleteRoom404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="updateRoom",
            method="PATCH",
            path="/api/v1/rooms/{id}",
            call=service.update_room,
            parameters=(_rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.UpdateRoomPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.UpdateRoomRequest,
                required=True,
                fields=(
                    ("name", "string", "any", False),
                    ("config", "object", "any", False),
                ),
            ),
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (UpdateRoom200, _rt.ResponseSpec("200", "application/json", "json", models.Room)),
                (UpdateRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (UpdateRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (UpdateRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (UpdateRoom404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="endRoom",
            method="POST",
            path="/api/v1/rooms/{id}/end",
            call=service.end_room,
            parameters=(_rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.EndRoomPathParams,
            },
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (EndRoom200, _rt.ResponseSpec("200", "application/json", "json", models.Room)),
                (EndRoom400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (EndRoom401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (EndRoom403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (EndRoom404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="createJoinToken",
            method="POST",
            path="/api/v1/rooms/{id}/join-token",
            call=service.create_join_token,
            parameters=(_rt.ParamSpec("id", "id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.CreateJoinTokenPathParams,
            },
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (
                    CreateJoinToken200,
                    _rt.ResponseSpec("200", "application/json", "json", models.CreateJoinTokenResponse),
                ),
                (CreateJoinToken400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (CreateJoinToken401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (CreateJoinToken403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (CreateJoinToken404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
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
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
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
                    ("metadata", "object", "any", False),
                ),
            ),
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (AddParticipant201, _rt.ResponseSpec("201", "application/json", "json", models.AddParticipantResponse)),
                (AddParticipant400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (AddParticipant401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (AddParticipant403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (AddParticipant404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (AddParticipant409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
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
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
            responses=(
                (
                    BulkAddParticipants200,
                    _rt.ResponseSpec("200", "application/json", "json", models.BulkAddParticipantsResponse),
                ),
                (BulkAddParticipants400, _rt.ResponseSpec("400", "application/json", "json", models.Error)),
                (BulkAddParticipants401, _rt.ResponseSpec("401", "application/json", "json", models.Error)),
                (BulkAddParticipants403, _rt.ResponseSpec("403", "application/json", "json", models.Error)),
                (BulkAddParticipants404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
                (BulkAddParticipants409, _rt.ResponseSpec("409", "application/json", "json", models.Error)),
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
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
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
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
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
            security=(
                (_rt.SchemeSpec("token", "bearer", "", ""),),
                (_rt.SchemeSpec("api_key", "apiKey", "X-API-Key", "header"),),
            ),
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
