# generated from specs/rooms.yaml — do not edit
"""Pydantic v2 models for Rooms API 1.0.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import MISSING, ConfigDict, Field

from ._base import StrictModel


class AddParticipantPathParams(StrictModel):
    id: Annotated[
        str,
        Field(
            examples=["0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"],
            max_length=100,
            min_length=1,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$",
        ),
    ]


class AddParticipantRequest(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    display_name: Annotated[str, Field(max_length=100, min_length=1, pattern="\\S")]
    """
    Display name shown to other participants (1-100 characters, not only whitespace).
    """
    external_user_id: Annotated[str | MISSING, Field(max_length=255, min_length=1)] = MISSING
    """
    Your application's user identifier.
    """
    role: Literal["host", "participant"] = "participant"
    """
    Participant role.
    """


class AddParticipantResponse(StrictModel):
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
    id: Annotated[
        str,
        Field(
            examples=["0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"],
            max_length=100,
            min_length=1,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$",
        ),
    ]


class BulkAddParticipantsRequest(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    participants: Annotated[list[BulkParticipantInput], Field(max_length=100, min_length=1)]


class BulkAddParticipantsResponse(StrictModel):
    results: list[BulkAddResult]
    """
    One result per requested participant, in request order.
    """


class BulkAddResult(StrictModel):
    """
    The result for one requested participant. A success has `participant_id`,
    `access_token` and `auth_token` (and may echo `display_name` / `external_user_id`); a
    failure has `error`.

    """

    success: bool
    """
    Whether this participant was added.
    """
    participant_id: Annotated[str | MISSING, Field(pattern="^[A-Za-z0-9_-]{1,64}$")] = MISSING
    """
    The new participant's id.
    """
    display_name: str | MISSING = MISSING
    """
    The new participant's display name.
    """
    external_user_id: str | None | MISSING = MISSING
    """
    The new participant's external user id, or null.
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
    does not fail the whole request: `display_name` is not required here and `role` and
    `external_user_id` are any strings (only unknown fields and wrong JSON types are schema
    errors). The server applies the addParticipant rules to each item (display_name
    required, 1-100 characters, not only whitespace; role `host` or `participant`, default
    `participant`; external_user_id 1-255 characters) and reports a failing item as
    `{success: false, error}` in its result.

    """

    model_config = ConfigDict(
        extra="forbid",
    )
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


class CreateRoomRequest(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[
        str, Field(max_length=100, min_length=1, pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$")
    ]
    """
    Unique room name, usable as `{id}` in paths: 1-100 letters, digits, spaces, `_`, `.`
    or `-`, starting and ending with a letter or digit.

    """


class Error(StrictModel):
    """
    Error body of every 4xx answer.
    """

    error: str
    """
    What went wrong.
    """


class GetRoomPathParams(StrictModel):
    id: Annotated[
        str,
        Field(
            examples=["0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"],
            max_length=100,
            min_length=1,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$",
        ),
    ]


class ListParticipantsPathParams(StrictModel):
    id: Annotated[
        str,
        Field(
            examples=["0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"],
            max_length=100,
            min_length=1,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$",
        ),
    ]


class ListParticipantsQueryParams(StrictModel):
    active: bool = False


class ListParticipantsResponse(StrictModel):
    participants: list[Participant]


class Participant(StrictModel):
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
    id: Annotated[
        str,
        Field(
            examples=["0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"],
            max_length=100,
            min_length=1,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$",
        ),
    ]
    pid: Annotated[str, Field(examples=["p_abc123"], pattern="^[A-Za-z0-9_-]{1,64}$")]


class RefreshParticipantTokenResponse(StrictModel):
    access_token: Annotated[str, Field(pattern="^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")]
    """
    JWT for SDK authentication.
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


class RemoveParticipantPathParams(StrictModel):
    id: Annotated[
        str,
        Field(
            examples=["0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"],
            max_length=100,
            min_length=1,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$",
        ),
    ]
    pid: Annotated[str, Field(examples=["p_abc123"], pattern="^[A-Za-z0-9_-]{1,64}$")]


class Room(StrictModel):
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


class UpdateParticipantPathParams(StrictModel):
    id: Annotated[
        str,
        Field(
            examples=["0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"],
            max_length=100,
            min_length=1,
            pattern="^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$",
        ),
    ]
    pid: Annotated[str, Field(examples=["p_abc123"], pattern="^[A-Za-z0-9_-]{1,64}$")]


class UpdateParticipantRequest(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    display_name: Annotated[str | MISSING, Field(max_length=100, min_length=1, pattern="\\S")] = MISSING
    """
    New display name (1-100 characters, not only whitespace).
    """
    role: Literal["host", "participant"] | MISSING = MISSING
    """
    New role.
    """
