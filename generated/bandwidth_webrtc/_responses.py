# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Response views of Bandwidth WebRTC API 1.0.0 (import them from ``responses``)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AnyUrl, Field

from ._base import ResponseModel


class CreateParticipantResponse(ResponseModel):
    """
    The created participant and its auth token.
    """

    participant: Participant
    token: Annotated[str, Field(min_length=1)]
    """
    Auth token for the returned participant (a JWT the participant's device connects with).
    """


class Error(ResponseModel):
    """
    Error body of 400, 404, 409 and 500 answers.
    """

    error: str
    """
    What went wrong.
    """
    request_id: Annotated[str, Field(alias="requestId")]
    """
    Id of the request, to quote to support.
    """


class ForbiddenError(ResponseModel):
    """
    Error body of 403 (Access Denied) answers.
    """

    message: str
    """
    Why access was denied.
    """


class GetParticipantSubscriptionsResponse(ResponseModel):
    """
    A participant's subscriptions within the session in the path. `sessionId` is that
    session. Without `participants` the participant is subscribed to everyone in the
    session, including participants added later; with it, to those participants.

    """

    session_id: Annotated[UUID, Field(alias="sessionId")]
    """
    Session the subscriptions are associated with.
    """
    participants: Annotated[list[ParticipantSubscription] | None, Field(min_length=1)] = None
    """
    The participants subscribed to (absent when subscribed to the whole session).
    """


class Participant(ResponseModel):
    """
    A participant object. `id` and `sessions` are assigned and maintained by the server.
    `callbackUrl` is null when none was set; `publishPermissions`, `tag` and `subscriptions`
    are present when they have a value.

    """

    id: UUID
    """
    Unique id of the participant.
    """
    callback_url: Annotated[AnyUrl | None, Field(alias="callbackUrl")] = None
    """
    Full callback url to use for notifications about this participant.
    """
    publish_permissions: Annotated[
        list[Literal["AUDIO", "VIDEO"] | str] | None,
        Field(alias="publishPermissions", json_schema_extra={"x-unique-items": True}),
    ] = None
    """
    Defines the types of media this participant can publish.
    """
    sessions: Annotated[list[UUID], Field(max_length=1)]
    """
    List of session ids this participant is associated with. Capped to one; empty upon creation. Maintained by the server.
    """
    subscriptions: Subscriptions | None = None
    tag: str | None = None
    """
    User defined tag to associate with the participant.
    """
    device_api_version: Annotated[Literal["V2", "V3"] | str, Field(alias="deviceApiVersion")]
    """
    The version of the signaling API the participant uses.
    """


class ParticipantSubscription(ResponseModel):
    """
    A participant to subscribe to, optionally limited to some of its stream aliases.
    """

    participant_id: Annotated[UUID, Field(alias="participantId")]
    """
    The Participant the subscriber will be subscribed to.
    """
    stream_aliases: Annotated[
        list[str] | None, Field(alias="streamAliases", json_schema_extra={"x-unique-items": True})
    ] = None
    """
    (optional) An array of specific streamAliases owned by the Participant that the
    subscriber will be subscribed to. A streamAlias is created by a WebRTC client when it
    connects and declares a name for the related stream. Subscribing to a streamAlias that
    does not exist is undefined. If the array is empty all aliases are assumed. Unique
    items, as the vendor's document says.

    """


class Session(ResponseModel):
    """
    A session. `id` is assigned by the server; `tag` is present when one was set.
    """

    id: UUID
    """
    Unique id of the session.
    """
    tag: str | None = None
    """
    User defined tag to associate with the session.
    """


class Subscriptions(ResponseModel):
    """
    Subscriptions of a participant within a session. Used as the (optional) body of
    addParticipantToSession and updateParticipantSubscriptions, and inside `Participant`.
    As the vendor's document says: a non-empty `participants` subscribes to those
    participants (overriding any `sessionId`); `sessionId` without a non-empty
    `participants` subscribes to everyone in the session, including participants added to
    it later; neither subscribes to no one. The session is always the one in the path.

    """

    session_id: Annotated[UUID | None, Field(alias="sessionId")] = None
    """
    Session the subscriptions are associated with.
    """
    participants: list[ParticipantSubscription] | None = None
    """
    Subset of participants to subscribe to in the session. Optional.
    """


class UnauthorizedError(ResponseModel):
    """
    Error body of 401 answers.
    """

    message: str
    """
    Always `Unauthorized` from the vendor.
    """
