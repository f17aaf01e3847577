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
    room: Room
    room_created: bool
    """
    true if room was auto-created via early join.
    """
    tenant_config: TenantConfig
    access_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for SDK authentication.
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
    `access_token` and `auth_token` (and may echo `display_name` / `external_user_id`); a
    failure has `error`.

    """

    success: bool
    """
    Whether this participant was added.
    """
    participant_id: Annotated[str | None, Field(pattern="^[A-Za-z0-9_-]{1,64}$")] = None
    """
    The new participant's id.
    """
    display_name: str | None = None
    """
    The new participant's display name.
    """
    external_user_id: str | None = None
    """
    The new participant's external user id, or null.
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


class Participant(ResponseModel):
    """
    A participant of a room. `left_at` is null while the participant is active; `external_user_id` is null when none was given.
    """

    id: Annotated[str, Field(pattern="^[A-Za-z0-9_-]{1,64}$")]
    """
    The participant's id, assigned by the server.
    """
    room_id: UUID
    """
    The UUID of the participant's room.
    """
    display_name: Annotated[str, Field(max_length=100, min_length=1)]
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
    JWT for SDK authentication.
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
    name: Annotated[
        str, Field(max_length=100, min_length=1, pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$")
    ]
    """
    The room's unique name.
    """
    status: Annotated[str, Field(min_length=1)]
    """
    The room's status, e.g. `active`.
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
