# generated from specs/rooms.yaml — do not edit
"""Response views of Rooms API 1.0.0 (import them from ``responses``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field

from ._base import ResponseModel


class AddParticipantResponse(ResponseModel):
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
    token_type: Literal["Bearer"] | str
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


class BulkAddParticipantsResponse(ResponseModel):
    results: list[BulkAddResult]
    """
    One result per requested participant, in request order.
    """


class BulkAddResult(ResponseModel):
    """
    The result for one requested participant. A success has `participant_id`,
    `access_token` and `auth_token` (and echoes `display_name` / `external_user_id`); a
    failure has `error` (and `display_name` when one was given).

    """

    success: bool
    """
    Whether this participant was added.
    """
    participant_id: UUID | None = None
    """
    The new participant's UUID.
    """
    display_name: str
    """
    The participant's display name (`""` when the item gave none).
    """
    external_user_id: str | None = None
    """
    The participant's external user id (absent when none).
    """
    access_token: Annotated[str | None, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")] = None
    """
    JWT for SDK authentication.
    """
    auth_token: Annotated[str | None, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")] = None
    """
    JWT for API authentication.
    """
    error: str | None = None
    """
    Why this participant was not added.
    """


class CreateJoinTokenResponse(ResponseModel):
    join_token: Annotated[str, Field(min_length=1)]
    """
    Opaque token for the public join exchange.
    """


class Error(ResponseModel):
    """
    Error body of every 4xx answer.
    """

    error: str
    """
    What went wrong.
    """


class ListParticipantsResponse(ResponseModel):
    participants: list[Participant]


class ListRoomsResponse(ResponseModel):
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


class Participant(ResponseModel):
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
    role: Literal["host", "participant"] | str
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


class RefreshParticipantTokenResponse(ResponseModel):
    access_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for SDK authentication (also this API's bearer token).
    """
    refresh_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT to refresh the tokens.
    """
    token_type: Literal["Bearer"] | str
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


class Room(ResponseModel):
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
    status: Literal["scheduled", "active", "ended"] | str
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


class RoomConfig(ResponseModel):
    """
    Room configuration, kept as given (other keys are kept too).
    """

    max_participants: int | None = None
    """
    Maximum participants allowed.
    """
    recording_enabled: bool | None = None
    """
    Whether recording is enabled.
    """
    chat_enabled: bool | None = None
    """
    Whether chat is enabled.
    """


class RoomSummary(ResponseModel):
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
    status: Literal["scheduled", "active", "ended"] | str
    """
    The room's status.
    """


class RoomWithParticipantCount(ResponseModel):
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
    status: Literal["scheduled", "active", "ended"] | str
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


class TenantConfig(ResponseModel):
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


class TokenResponse(ResponseModel):
    access_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT access token, the bearer token of the other operations.
    """
    refresh_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for refreshToken.
    """
    token_type: Literal["Bearer"] | str
    """
    Always `Bearer`.
    """
    expires_in: Annotated[int, Field(ge=1)]
    """
    Lifetime of `access_token` in seconds (3600).
    """
