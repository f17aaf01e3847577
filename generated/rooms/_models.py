# generated from specs/rooms.yaml — do not edit
"""Pydantic v2 models for Rooms API 1.0.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import MISSING, ConfigDict, Field

from ._base import StrictModel


class AddParticipantPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class AddParticipantRequest(StrictModel):
    display_name: Annotated[str, Field(min_length=1)]
    """
    Display name shown to other participants (not empty).
    """
    external_user_id: str | MISSING = MISSING
    """
    Your application's user identifier (empty means none).
    """
    role: Literal["host", "participant"] = "participant"
    """
    Participant role.
    """
    metadata: dict[str, Any] | MISSING = MISSING
    """
    Custom metadata attached to the participant (kept as given).
    """


class AddParticipantResponse(StrictModel):
    participant: Participant
    room: RoomSummary
    room_created: bool
    """
    true if room was auto-created via early join (or a scheduled room was activated).
    """
    tenant_config: TenantConfig
    access_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for SDK authentication; also this API's bearer token (the vendor's "for API calls").
    """
    refresh_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT to refresh the tokens (refreshToken).
    """
    token_type: Literal["Bearer"]
    """
    Always `Bearer`.
    """
    expires_in: Annotated[int, Field(ge=1)]
    """
    Lifetime of `access_token` in seconds (3600).
    """
    auth_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for API authentication (this API's bearer token, acting as the participant).
    """
    should_start_recording: bool
    """
    Indicates if client should initiate recording.
    """


class BulkAddParticipantsPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class BulkAddParticipantsRequest(StrictModel):
    participants: Annotated[list[BulkParticipantInput], Field(min_length=1)]


class BulkAddParticipantsResponse(StrictModel):
    results: list[BulkAddResult]
    """
    One result per requested participant, in request order.
    """


class BulkAddResult(StrictModel):
    """
    The result for one requested participant. A success has `participant_id`,
    `access_token` and `auth_token` (and echoes `display_name` / `external_user_id`); a
    failure has `error` (and `display_name` when one was given).

    """

    success: bool
    """
    Whether this participant was added.
    """
    participant_id: UUID | MISSING = MISSING
    """
    The new participant's UUID.
    """
    display_name: str
    """
    The participant's display name (`""` when the item gave none).
    """
    external_user_id: str | MISSING = MISSING
    """
    The participant's external user id (absent when none).
    """
    access_token: Annotated[str | MISSING, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")] = (
        MISSING
    )
    """
    JWT for SDK authentication.
    """
    auth_token: Annotated[str | MISSING, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")] = MISSING
    """
    JWT for API authentication.
    """
    error: str | MISSING = MISSING
    """
    Why this participant was not added.
    """


class BulkParticipantInput(StrictModel):
    """
    One participant to add. Deliberately lenient at the schema level so that one bad item
    does not fail the whole request: `display_name` is not required here and `role` is any
    string. The server applies the addParticipant rules to each item (display_name required
    and not empty; role `host` or `participant`, default `participant`) and reports a
    failing item as `{success: false, error}` in its result.

    """

    display_name: str | MISSING = MISSING
    """
    Display name shown to other participants (required per item, checked by the server).
    """
    external_user_id: str | MISSING = MISSING
    """
    Your application's user identifier.
    """
    role: str | MISSING = MISSING
    """
    `host` or `participant` (default); any other value fails this item.
    """
    metadata: dict[str, Any] | MISSING = MISSING
    """
    Custom metadata attached to the participant (kept as given).
    """


class CreateJoinTokenPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class CreateJoinTokenResponse(StrictModel):
    join_token: Annotated[str, Field(min_length=1)]
    """
    Opaque token for the public join exchange.
    """


class CreateRoomRequest(StrictModel):
    name: str | MISSING = MISSING
    """
    Room name (free text, need not be unique), usable as `{id}` in paths.
    """
    config: RoomConfig | MISSING = MISSING


class DeleteRoomPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class EndRoomPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class Error(StrictModel):
    """
    Error body of every 4xx answer.
    """

    error: str
    """
    What went wrong.
    """


class GetRoomPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class ListParticipantsPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class ListParticipantsQueryParams(StrictModel):
    active: bool = False


class ListParticipantsResponse(StrictModel):
    participants: list[Participant]


class ListRoomsQueryParams(StrictModel):
    limit: Annotated[int, Field(ge=1, le=100)] = 20
    offset: Annotated[int, Field(ge=0)] = 0


class ListRoomsResponse(StrictModel):
    rooms: list[RoomWithParticipantCount]
    total: Annotated[int, Field(ge=0)]
    """
    Number of rooms in all pages.
    """
    limit: int
    """
    The requested limit.
    """
    offset: int
    """
    The requested offset.
    """


class Participant(StrictModel):
    """
    A participant of a room. `left_at` is null while the participant is active; `external_user_id` is null when none was given.
    """

    id: UUID
    """
    The participant's UUID, assigned by the server.
    """
    room_id: UUID
    """
    The UUID of the participant's room.
    """
    cloudflare_participant_id: str
    """
    The Cloudflare RealtimeKit participant id.
    """
    display_name: str
    """
    Display name shown to other participants.
    """
    external_user_id: str | None
    """
    Your application's user identifier, or null.
    """
    role: Literal["host", "participant"]
    """
    Participant role.
    """
    joined_at: datetime
    """
    When the participant joined the room.
    """
    left_at: datetime | None
    """
    When the participant left or was removed; null while active.
    """
    created_at: datetime
    """
    When the participant was created.
    """


class RefreshParticipantTokenPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]
    pid: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440002"], min_length=1)]


class RefreshParticipantTokenResponse(StrictModel):
    access_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for SDK authentication (also this API's bearer token).
    """
    refresh_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT to refresh the tokens.
    """
    token_type: Literal["Bearer"]
    """
    Always `Bearer`.
    """
    expires_in: Annotated[int, Field(ge=1)]
    """
    Lifetime of `access_token` in seconds (3600).
    """
    auth_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for API authentication.
    """


class RefreshRequest(StrictModel):
    refresh_token: str
    """
    A refresh token from getToken, refreshToken, addParticipant, bulk or refreshParticipantToken.
    (This example is a valid refresh token of the development tenant of `services/rooms.py`.)

    """


class RemoveParticipantPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]
    pid: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440002"], min_length=1)]


class Room(StrictModel):
    id: UUID
    """
    The room's UUID, assigned by the server.
    """
    tenant_id: UUID
    """
    The owning tenant's UUID.
    """
    cloudflare_meeting_id: str
    """
    The Cloudflare RealtimeKit meeting id (a new one after reactivation).
    """
    name: str | None
    """
    The room's name, or null.
    """
    config: RoomConfig
    status: Literal["scheduled", "active", "ended"]
    """
    The room's status.
    """
    scheduled_start_at: datetime | None
    """
    Scheduled start (scheduled rooms), or null.
    """
    scheduled_end_at: datetime | None
    """
    Scheduled end, or null.
    """
    allow_early_join_minutes: Annotated[int, Field(ge=0)]
    """
    Minutes participants can join before `scheduled_start_at`.
    """
    started_at: datetime | None
    """
    When the room became active, or null.
    """
    ended_at: datetime | None
    """
    When the room was ended, or null.
    """
    created_at: datetime
    """
    Creation time.
    """
    updated_at: datetime
    """
    Last change.
    """


class RoomConfig(StrictModel):
    """
    Room configuration, kept as given (other keys are kept too).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    max_participants: int | MISSING = MISSING
    """
    Maximum participants allowed.
    """
    recording_enabled: bool | MISSING = MISSING
    """
    Whether recording is enabled.
    """
    chat_enabled: bool | MISSING = MISSING
    """
    Whether chat is enabled.
    """


class RoomSummary(StrictModel):
    """
    The short form of a room (the seed's), as in addParticipant's answer.
    """

    id: UUID
    """
    The room's UUID.
    """
    name: str
    """
    The room's name (`""` when it has none).
    """
    status: Literal["scheduled", "active", "ended"]
    """
    The room's status.
    """


class RoomWithParticipantCount(StrictModel):
    """
    A room with the number of its active participants.
    """

    id: UUID
    """
    The room's UUID, assigned by the server.
    """
    tenant_id: UUID
    """
    The owning tenant's UUID.
    """
    cloudflare_meeting_id: str
    """
    The Cloudflare RealtimeKit meeting id (a new one after reactivation).
    """
    name: str | None
    """
    The room's name, or null.
    """
    config: RoomConfig
    status: Literal["scheduled", "active", "ended"]
    """
    The room's status.
    """
    scheduled_start_at: datetime | None
    """
    Scheduled start (scheduled rooms), or null.
    """
    scheduled_end_at: datetime | None
    """
    Scheduled end, or null.
    """
    allow_early_join_minutes: Annotated[int, Field(ge=0)]
    """
    Minutes participants can join before `scheduled_start_at`.
    """
    started_at: datetime | None
    """
    When the room became active, or null.
    """
    ended_at: datetime | None
    """
    When the room was ended, or null.
    """
    created_at: datetime
    """
    Creation time.
    """
    updated_at: datetime
    """
    Last change.
    """
    participant_count: Annotated[int, Field(ge=0)]
    """
    Number of active participants.
    """


class ScheduleRoomRequest(StrictModel):
    name: str | MISSING = MISSING
    """
    Room name (free text).
    """
    config: RoomConfig | MISSING = MISSING
    scheduled_start_at: datetime
    """
    When the room starts.
    """
    scheduled_end_at: datetime | None | MISSING = MISSING
    """
    When the room is planned to end, or null.
    """
    allow_early_join_minutes: Annotated[int | MISSING, Field(ge=0)] = MISSING
    """
    Minutes participants can join before `scheduled_start_at` (default 0).
    """


class TenantConfig(StrictModel):
    """
    The tenant's configuration.
    """

    transcription_enabled: bool
    """
    Whether meetings are transcribed.
    """
    first_participant_is_host: bool
    """
    Whether the first participant of a room becomes its host.
    """
    force_recording: bool
    """
    Whether meetings must be recorded.
    """
    allow_early_join: bool
    """
    Whether adding a participant to an unknown room creates the room.
    """


class TokenRequest(StrictModel):
    api_key: str
    """
    The tenant API key (`ck_live_…` or `ck_test_…`).
    """


class TokenResponse(StrictModel):
    access_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT access token, the bearer token of the other operations.
    """
    refresh_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for refreshToken.
    """
    token_type: Literal["Bearer"]
    """
    Always `Bearer`.
    """
    expires_in: Annotated[int, Field(ge=1)]
    """
    Lifetime of `access_token` in seconds (3600).
    """


class UpdateParticipantPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]
    pid: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440002"], min_length=1)]


class UpdateParticipantRequest(StrictModel):
    """
    The fields to change; fields not sent are kept.
    """

    display_name: Annotated[str | MISSING, Field(min_length=1)] = MISSING
    """
    New display name (not empty).
    """
    role: Literal["host", "participant"] | MISSING = MISSING
    """
    New role (hosts and tenant credentials only).
    """


class UpdateRoomPathParams(StrictModel):
    id: Annotated[str, Field(examples=["550e8400-e29b-41d4-a716-446655440001"], min_length=1)]


class UpdateRoomRequest(StrictModel):
    name: str | MISSING = MISSING
    """
    New room name.
    """
    config: RoomConfig | MISSING = MISSING
