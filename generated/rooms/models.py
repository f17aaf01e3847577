# generated from specs/rooms.yaml — do not edit
"""Pydantic v2 models for Rooms API 1.0.0.

The classes live in ``_models``; they are created on first use (``models.X`` or
``from .models import X``), so importing the package stays fast however many models it has.
"""

import typing as _typing

__all__ = [
    "AddParticipantPathParams",
    "AddParticipantRequest",
    "AddParticipantResponse",
    "BulkAddParticipantsPathParams",
    "BulkAddParticipantsRequest",
    "BulkAddParticipantsResponse",
    "BulkAddResult",
    "BulkParticipantInput",
    "CreateJoinTokenPathParams",
    "CreateJoinTokenResponse",
    "CreateRoomRequest",
    "DeleteRoomPathParams",
    "EndRoomPathParams",
    "Error",
    "GetRoomPathParams",
    "ListParticipantsPathParams",
    "ListParticipantsQueryParams",
    "ListParticipantsResponse",
    "ListRoomsQueryParams",
    "ListRoomsResponse",
    "Participant",
    "RefreshParticipantTokenPathParams",
    "RefreshParticipantTokenResponse",
    "RefreshRequest",
    "RemoveParticipantPathParams",
    "Room",
    "RoomConfig",
    "RoomSummary",
    "RoomWithParticipantCount",
    "ScheduleRoomRequest",
    "TenantConfig",
    "TokenRequest",
    "TokenResponse",
    "UpdateParticipantPathParams",
    "UpdateParticipantRequest",
    "UpdateRoomPathParams",
    "UpdateRoomRequest",
]


if _typing.TYPE_CHECKING:
    from ._models import (
        AddParticipantPathParams,
        AddParticipantRequest,
        AddParticipantResponse,
        BulkAddParticipantsPathParams,
        BulkAddParticipantsRequest,
        BulkAddParticipantsResponse,
        BulkAddResult,
        BulkParticipantInput,
        CreateJoinTokenPathParams,
        CreateJoinTokenResponse,
        CreateRoomRequest,
        DeleteRoomPathParams,
        EndRoomPathParams,
        Error,
        GetRoomPathParams,
        ListParticipantsPathParams,
        ListParticipantsQueryParams,
        ListParticipantsResponse,
        ListRoomsQueryParams,
        ListRoomsResponse,
        Participant,
        RefreshParticipantTokenPathParams,
        RefreshParticipantTokenResponse,
        RefreshRequest,
        RemoveParticipantPathParams,
        Room,
        RoomConfig,
        RoomSummary,
        RoomWithParticipantCount,
        ScheduleRoomRequest,
        TenantConfig,
        TokenRequest,
        TokenResponse,
        UpdateParticipantPathParams,
        UpdateParticipantRequest,
        UpdateRoomPathParams,
        UpdateRoomRequest,
    )
else:
    from ._base import lazy_exports as _lazy_exports

    __getattr__, __dir__ = _lazy_exports(globals(), "._models", __all__)
