# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Pydantic v2 models for Bandwidth WebRTC API 1.0.0 (import them from ``models``)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import MISSING, AnyUrl, ConfigDict, Field, RootModel

from ._base import StrictModel


class AddParticipantToSessionPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    session_id: Annotated[str, Field(alias="sessionId", examples=["d8886aad-b956-4e1b-b2f4-d7c9f8162772"])]
    participant_id: Annotated[str, Field(alias="participantId", examples=["320e2af6-13ec-498d-8b51-daba52c37853"])]


class CreateParticipantPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]


class CreateParticipantRequest(StrictModel):
    """
    Parameters of a new participant. All fields are optional.
    """

    callback_url: Annotated[AnyUrl | None | MISSING, Field(alias="callbackUrl")] = MISSING
    """
    Full callback url to use for notifications about this participant.
    """
    publish_permissions: Annotated[
        list[Literal["AUDIO", "VIDEO"]] | MISSING,
        Field(alias="publishPermissions", json_schema_extra={"x-unique-items": True}),
    ] = MISSING
    """
    Defines the types of media this participant can publish. Accepted values: `AUDIO`, `VIDEO`.
    """
    tag: str | MISSING = MISSING
    """
    User defined tag to associate with the participant. Do not put sensitive or personally-identifiable information in it.
    """
    device_api_version: Annotated[Literal["V2", "V3"], Field(alias="deviceApiVersion")] = "V2"
    """
    Optional parameter that sets the version of the signaling API the participant will use. Accepted values: `V2`, `V3`. Defaults to `V2` (a server may be configured to default to `V3` for clients of the vendor's 2.0.0 document).
    """


class CreateParticipantResponse(StrictModel):
    """
    The created participant and its auth token.
    """

    participant: Participant
    token: Annotated[str, Field(min_length=1)]
    """
    Auth token for the returned participant (a JWT the participant's device connects with).
    """


class CreateSessionPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]


class CreateSessionRequest(StrictModel):
    """
    Parameters of a new session. All fields are optional; the body is open, as the vendor's is (unknown fields are ignored).
    """

    id: str | MISSING = MISSING
    """
    Ignored (the server assigns the id), so any string is accepted. The vendor's document uses its Session schema, with `id` readOnly, as this body, so clients may send one.
    """
    tag: str | MISSING = MISSING
    """
    User defined tag to associate with the session.
    """


class DeleteParticipantPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    participant_id: Annotated[str, Field(alias="participantId", examples=["320e2af6-13ec-498d-8b51-daba52c37853"])]


class DeleteSessionPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    session_id: Annotated[str, Field(alias="sessionId", examples=["d8886aad-b956-4e1b-b2f4-d7c9f8162772"])]


class Error(StrictModel):
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


class ForbiddenError(StrictModel):
    """
    Error body of 403 (Access Denied) answers.
    """

    message: str
    """
    Why access was denied.
    """


class GetParticipantPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    participant_id: Annotated[str, Field(alias="participantId", examples=["320e2af6-13ec-498d-8b51-daba52c37853"])]


class GetParticipantSubscriptionsPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    session_id: Annotated[str, Field(alias="sessionId", examples=["d8886aad-b956-4e1b-b2f4-d7c9f8162772"])]
    participant_id: Annotated[str, Field(alias="participantId", examples=["320e2af6-13ec-498d-8b51-daba52c37853"])]


class GetParticipantSubscriptionsResponse(StrictModel):
    """
    A participant's subscriptions within the session in the path. `sessionId` is that
    session. Without `participants` the participant is subscribed to everyone in the
    session, including participants added later; with it, to those participants.

    """

    session_id: Annotated[UUID, Field(alias="sessionId")]
    """
    Session the subscriptions are associated with.
    """
    participants: Annotated[list[ParticipantSubscription] | MISSING, Field(min_length=1)] = MISSING
    """
    The participants subscribed to (absent when subscribed to the whole session).
    """


class GetSessionPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    session_id: Annotated[str, Field(alias="sessionId", examples=["d8886aad-b956-4e1b-b2f4-d7c9f8162772"])]


class ListSessionParticipantsPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    session_id: Annotated[str, Field(alias="sessionId", examples=["d8886aad-b956-4e1b-b2f4-d7c9f8162772"])]


class ParticipantEvent(StrictModel):
    """
    A participant event callback body, as Bandwidth's WebRTC webhooks page documents it.
    `timestamp` is in milliseconds; the page's example writes it as a string, as the
    stand-in sends it. Open: Bandwidth may add fields.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    event: Literal["onConnect", "onDisconnect", "onLeave"]
    """
    What happened to the participant's signalling connection.
    """
    timestamp: Annotated[str, Field(examples=["1628786234676"], pattern="^[0-9]+$")]
    """
    When the event happened, in milliseconds since the epoch.
    """
    participant_id: Annotated[str, Field(alias="participantId", examples=["320e2af6-13ec-498d-8b51-daba52c37853"])]
    """
    The id of the participant that registered the `callbackUrl`.
    """
    device_id: Annotated[str, Field(alias="deviceId", examples=["be199214-1a03-402a-a7b6-d002470a0465"])]
    """
    The id of the device exchanging media (the stand-in derives a stable one from the participant id).
    """
    tag: Annotated[str | MISSING, Field(examples=["participant1"])] = MISSING
    """
    The participant's `tag`; absent when it has none.
    """


class Participant(StrictModel):
    """
    A participant object. `id` and `sessions` are assigned and maintained by the server.
    `callbackUrl` is null when none was set; `publishPermissions`, `tag` and `subscriptions`
    are present when they have a value.

    """

    id: UUID
    """
    Unique id of the participant.
    """
    callback_url: Annotated[AnyUrl | None | MISSING, Field(alias="callbackUrl")] = MISSING
    """
    Full callback url to use for notifications about this participant.
    """
    publish_permissions: Annotated[
        list[Literal["AUDIO", "VIDEO"]] | MISSING,
        Field(alias="publishPermissions", json_schema_extra={"x-unique-items": True}),
    ] = MISSING
    """
    Defines the types of media this participant can publish.
    """
    sessions: Annotated[list[UUID], Field(max_length=1)]
    """
    List of session ids this participant is associated with. Capped to one; empty upon creation. Maintained by the server.
    """
    subscriptions: Subscriptions | MISSING = MISSING
    tag: str | MISSING = MISSING
    """
    User defined tag to associate with the participant.
    """
    device_api_version: Annotated[Literal["V2", "V3"], Field(alias="deviceApiVersion")]
    """
    The version of the signaling API the participant uses.
    """


class ListSessionParticipantsResponse(RootModel[list[Participant]]):
    """
    The participants currently in a session.
    """

    root: Annotated[
        list[Participant],
        Field(
            examples=[
                [
                    {
                        "id": "320e2af6-13ec-498d-8b51-daba52c37853",
                        "callbackUrl": None,
                        "publishPermissions": ["AUDIO"],
                        "sessions": ["75c21163-e110-41bc-bd76-1bb428ec85d5"],
                        "tag": "participant1",
                        "deviceApiVersion": "V2",
                    }
                ]
            ]
        ),
    ]
    """
    The participants currently in a session.
    """


class ParticipantSubscription(StrictModel):
    """
    A participant to subscribe to, optionally limited to some of its stream aliases.
    """

    participant_id: Annotated[UUID, Field(alias="participantId")]
    """
    The Participant the subscriber will be subscribed to.
    """
    stream_aliases: Annotated[
        list[str] | MISSING, Field(alias="streamAliases", json_schema_extra={"x-unique-items": True})
    ] = MISSING
    """
    (optional) An array of specific streamAliases owned by the Participant that the
    subscriber will be subscribed to. A streamAlias is created by a WebRTC client when it
    connects and declares a name for the related stream. Subscribing to a streamAlias that
    does not exist is undefined. If the array is empty all aliases are assumed. Unique
    items, as the vendor's document says.

    """


class RemoveParticipantFromSessionPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    session_id: Annotated[str, Field(alias="sessionId", examples=["d8886aad-b956-4e1b-b2f4-d7c9f8162772"])]
    participant_id: Annotated[str, Field(alias="participantId", examples=["320e2af6-13ec-498d-8b51-daba52c37853"])]


class Session(StrictModel):
    """
    A session. `id` is assigned by the server; `tag` is present when one was set.
    """

    id: UUID
    """
    Unique id of the session.
    """
    tag: str | MISSING = MISSING
    """
    User defined tag to associate with the session.
    """


class Subscriptions(StrictModel):
    """
    Subscriptions of a participant within a session. Used as the (optional) body of
    addParticipantToSession and updateParticipantSubscriptions, and inside `Participant`.
    As the vendor's document says: a non-empty `participants` subscribes to those
    participants (overriding any `sessionId`); `sessionId` without a non-empty
    `participants` subscribes to everyone in the session, including participants added to
    it later; neither subscribes to no one. The session is always the one in the path.

    """

    session_id: Annotated[UUID | MISSING, Field(alias="sessionId")] = MISSING
    """
    Session the subscriptions are associated with.
    """
    participants: list[ParticipantSubscription] | MISSING = MISSING
    """
    Subset of participants to subscribe to in the session. Optional.
    """


class UnauthorizedError(StrictModel):
    """
    Error body of 401 answers.
    """

    message: str
    """
    Always `Unauthorized` from the vendor.
    """


class UpdateParticipantSubscriptionsPathParams(StrictModel):
    account_id: Annotated[str, Field(alias="accountId", examples=["9900000"], pattern="^[A-Za-z0-9_-]{1,64}$")]
    session_id: Annotated[str, Field(alias="sessionId", examples=["d8886aad-b956-4e1b-b2f4-d7c9f8162772"])]
    participant_id: Annotated[str, Field(alias="participantId", examples=["320e2af6-13ec-498d-8b51-daba52c37853"])]
