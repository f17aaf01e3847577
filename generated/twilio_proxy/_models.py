# generated from specs/twilio_proxy.yaml — do not edit
"""Pydantic v2 models for Twilio Proxy API v1 1.0.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Dict, Literal

from pydantic import MISSING, AnyUrl, ConfigDict, Field, RootModel

from ._base import StrictModel


class Capabilities(StrictModel):
    """
    What the number can do.
    """

    fax: bool | MISSING = MISSING
    mms: bool | MISSING = MISSING
    sms: bool | MISSING = MISSING
    voice: bool | MISSING = MISSING


class CreateMessageInteractionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]
    participant_sid: Annotated[
        str, Field(alias="ParticipantSid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"], max_length=64)
    ]


class CreateMessageInteractionRequest(StrictModel):
    """
    Form fields of CreateMessageInteraction (`Body` and/or `MediaUrl`). Open, as the vendor's body is.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    body: Annotated[str | MISSING, Field(alias="Body", max_length=1600)] = MISSING
    """
    The message to send to the Participant.
    """
    media_url: Annotated[list[AnyUrl] | MISSING, Field(alias="MediaUrl")] = MISSING
    """
    Reference URLs of media to send with the message (repeated `MediaUrl` keys).
    """


class CreateParticipantPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]


class CreateParticipantRequest(StrictModel):
    """
    Form fields of CreateParticipant. Open, as the vendor's body is (unknown fields are ignored).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    identifier: Annotated[str, Field(alias="Identifier", max_length=191, min_length=1)]
    """
    The phone number (or channel identifier) of the Participant.
    """
    friendly_name: Annotated[str | MISSING, Field(alias="FriendlyName", max_length=255)] = MISSING
    """
    The string that you assigned to describe the participant. This value must be 255 characters or fewer. **This value should not have PII.**
    """
    proxy_identifier: Annotated[str | MISSING, Field(alias="ProxyIdentifier", max_length=191, min_length=1)] = MISSING
    """
    The proxy phone number to use for the Participant. If not specified, Proxy will select a number from the pool.
    """
    proxy_identifier_sid: Annotated[
        str | MISSING, Field(alias="ProxyIdentifierSid", max_length=34, min_length=34, pattern="^PN[0-9a-fA-F]{32}$")
    ] = MISSING
    """
    The SID of the Proxy Identifier to assign to the Participant.
    """


class CreatePhoneNumberPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]


class CreatePhoneNumberRequest(StrictModel):
    """
    Form fields of CreatePhoneNumber (`Sid` or `PhoneNumber`; see CreatePhoneNumber). Open, as the vendor's body is.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    sid: Annotated[str | MISSING, Field(alias="Sid", max_length=34, min_length=34, pattern="^PN[0-9a-fA-F]{32}$")] = (
        MISSING
    )
    """
    The SID of a Phone Number of the account to add to the pool.
    """
    phone_number: Annotated[str | MISSING, Field(alias="PhoneNumber", max_length=32)] = MISSING
    """
    The phone number in E.164 format to add to the pool.
    """
    is_reserved: Annotated[bool | MISSING, Field(alias="IsReserved")] = MISSING
    """
    Whether the number is reserved (only used when a Participant asks for it).
    """


class CreateServiceRequest(StrictModel):
    """
    Form fields of CreateService. Open, as the vendor's body is (unknown fields are ignored).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    unique_name: Annotated[str, Field(alias="UniqueName", max_length=191, min_length=1)]
    """
    An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
    """
    default_ttl: Annotated[int, Field(alias="DefaultTtl")] = 0
    """
    The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction. The default value of `0` indicates an unlimited Session length. The stand-in takes a negative value as 0 and caps it at 2147483647 (the vendor's document gives no bounds).
    """
    callback_url: Annotated[AnyUrl | MISSING, Field(alias="CallbackUrl")] = MISSING
    """
    The URL we should call when the interaction status changes.
    """
    geo_match_level: Annotated[Literal["area-code", "overlay", "radius", "country"], Field(alias="GeoMatchLevel")] = (
        "country"
    )
    """
    Where a proxy number must be located relative to the participant identifier. The default value is `country`.
    """
    number_selection_behavior: Annotated[
        Literal["avoid-sticky", "prefer-sticky"], Field(alias="NumberSelectionBehavior")
    ] = "prefer-sticky"
    """
    The preference for Proxy Number selection in the Service instance. The default is `prefer-sticky`.
    """
    intercept_callback_url: Annotated[AnyUrl | MISSING, Field(alias="InterceptCallbackUrl")] = MISSING
    """
    The URL we call on each interaction. If we receive a 403 status, we block the interaction; otherwise the interaction continues.
    """
    out_of_session_callback_url: Annotated[AnyUrl | MISSING, Field(alias="OutOfSessionCallbackUrl")] = MISSING
    """
    The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.
    """
    chat_instance_sid: Annotated[
        str | MISSING, Field(alias="ChatInstanceSid", max_length=34, min_length=34, pattern="^IS[0-9a-fA-F]{32}$")
    ] = MISSING
    """
    The SID of the Chat Service Instance managed by Proxy Service.
    """


class CreateSessionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]


class CreateSessionRequest(StrictModel):
    """
    Form fields of CreateSession; all optional. Open, as the vendor's body is (unknown fields are ignored).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    unique_name: Annotated[str | MISSING, Field(alias="UniqueName", max_length=191, min_length=1)] = MISSING
    """
    An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
    """
    date_expiry: Annotated[datetime | MISSING, Field(alias="DateExpiry")] = MISSING
    """
    The ISO 8601 date when the Session should expire. If this is value is present, it overrides the `ttl` value.
    """
    ttl: Annotated[int | MISSING, Field(alias="Ttl")] = MISSING
    """
    The time, in seconds, when the session will expire. The time is measured from the last Session create or the Session's last Interaction. Defaults to the Service's `default_ttl`. A negative value counts as 0, values are capped at 2147483647.
    """
    mode: Annotated[Literal["message-only", "voice-only", "voice-and-message"], Field(alias="Mode")] = (
        "voice-and-message"
    )
    """
    The Mode of the Session. The default value is `voice-and-message`.
    """
    status: Annotated[Literal["open", "in-progress", "closed", "failed", "unknown"], Field(alias="Status")] = "open"
    """
    The initial status of the Session. The default is `open` on create.
    """
    participants: Annotated[list[Participant1] | MISSING, Field(alias="Participants")] = MISSING
    """
    The Participant objects to include in the new session, one form value each
    (repeated `Participants` keys). Each value is a JSON object with the
    CreateParticipant fields (`Identifier` required; `FriendlyName`, `ProxyIdentifier`,
    `ProxyIdentifierSid` optional; string values) in any key order, as the official SDK
    sends it (`json.dumps`). More than two answer 409 with code 80609 (a Session holds
    at most two Participants).
    The vendor's document types the items as anything (`items: {}`); Twilio reads them
    as JSON objects.

    """


class DeleteInteractionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KI9a8b7c6d5e4f30211203f4e5d6c7b8a9"], max_length=64)]


class DeleteParticipantPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"], max_length=64)]


class DeletePhoneNumberPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["PN7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b"], max_length=64)]


class DeleteServicePathParams(StrictModel):
    sid: Annotated[str, Field(alias="Sid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)]


class DeleteSessionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)]


class Error(StrictModel):
    """
    Error body of every 4xx answer.
    """

    code: int
    """
    The Twilio error code (e.g. 20404 not found, 20003 authentication, 20001 invalid parameter, 80623 participant conflict).
    """
    message: str
    """
    What went wrong.
    """
    more_info: AnyUrl
    """
    URL of the error code's documentation.
    """
    status: Annotated[int, Field(ge=400, le=599)]
    """
    The HTTP status of the answer.
    """
    detail: str | MISSING = MISSING
    """
    Optional further detail.
    """


class FetchInteractionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KI9a8b7c6d5e4f30211203f4e5d6c7b8a9"], max_length=64)]


class FetchMessageInteractionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]
    participant_sid: Annotated[
        str, Field(alias="ParticipantSid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KI9a8b7c6d5e4f30211203f4e5d6c7b8a9"], max_length=64)]


class FetchParticipantPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"], max_length=64)]


class FetchPhoneNumberPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["PN7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b"], max_length=64)]


class FetchServicePathParams(StrictModel):
    sid: Annotated[str, Field(alias="Sid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)]


class FetchSessionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)]


class Interaction(StrictModel):
    """
    An Interaction of a Session.
    """

    sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KI[0-9a-fA-F]{32}$")]
    session_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KC[0-9a-fA-F]{32}$")]
    service_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KS[0-9a-fA-F]{32}$")]
    account_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^AC[0-9a-fA-F]{32}$")]
    data: str | None
    """
    What was sent, as JSON text: `{"body": "..."}` (and `"media_urls"` when given).
    """
    type: Literal["message", "voice", "unknown"]
    inbound_participant_sid: Annotated[str | None, Field(max_length=34, min_length=34, pattern="^KP[0-9a-fA-F]{32}$")]
    inbound_resource_sid: str | None
    inbound_resource_status: (
        Literal[
            "accepted",
            "answered",
            "busy",
            "canceled",
            "completed",
            "deleted",
            "delivered",
            "delivery-unknown",
            "failed",
            "in-progress",
            "initiated",
            "no-answer",
            "queued",
            "received",
            "receiving",
            "ringing",
            "scheduled",
            "sending",
            "sent",
            "undelivered",
            "unknown",
        ]
        | None
    )
    inbound_resource_type: str | None
    inbound_resource_url: AnyUrl | None
    outbound_participant_sid: Annotated[str | None, Field(max_length=34, min_length=34, pattern="^KP[0-9a-fA-F]{32}$")]
    outbound_resource_sid: Annotated[
        str | None, Field(max_length=34, min_length=34, pattern="^[a-zA-Z]{2}[0-9a-fA-F]{32}$")
    ]
    outbound_resource_status: (
        Literal[
            "accepted",
            "answered",
            "busy",
            "canceled",
            "completed",
            "deleted",
            "delivered",
            "delivery-unknown",
            "failed",
            "in-progress",
            "initiated",
            "no-answer",
            "queued",
            "received",
            "receiving",
            "ringing",
            "scheduled",
            "sending",
            "sent",
            "undelivered",
            "unknown",
        ]
        | None
    )
    outbound_resource_type: str | None
    outbound_resource_url: AnyUrl | None
    date_created: datetime
    date_updated: datetime
    url: AnyUrl


class InteractionCallbackForm(StrictModel):
    """
    Form parameters of the interaction callback: those of the intercept callback and the
    outbound leg. A parameter whose value is null in the Interaction resource is absent.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    interaction_sid: Annotated[str, Field(alias="interactionSid", examples=["KI9a8b7c6d5e4f30211203f4e5d6c7b8a9"])]
    """
    The Interaction's SID.
    """
    interaction_session_sid: Annotated[
        str, Field(alias="interactionSessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"])
    ]
    """
    The Session's SID.
    """
    interaction_service_sid: Annotated[
        str, Field(alias="interactionServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"])
    ]
    """
    The Service's SID.
    """
    interaction_account_sid: Annotated[
        str, Field(alias="interactionAccountSid", examples=["AC00000000000000000000000000000001"])
    ]
    """
    The Account's SID.
    """
    interaction_data: Annotated[str, Field(alias="interactionData", examples=['{"body": "Hello"}'])]
    """
    The Interaction's `data`, a JSON string (`{"body": "..."}` for a message; may be empty).
    """
    interaction_date_created: Annotated[str, Field(alias="interactionDateCreated", examples=["2018-03-13T22:42:54Z"])]
    """
    ISO 8601, UTC.
    """
    interaction_date_updated: Annotated[str, Field(alias="interactionDateUpdated", examples=["2018-03-13T22:42:56Z"])]
    """
    ISO 8601, UTC.
    """
    interaction_type: Annotated[str, Field(alias="interactionType", examples=["Message"])]
    """
    `Message` or `Voice` (capitalised, unlike the Interaction resource's `type`).
    """
    inbound_participant_sid: Annotated[
        str | MISSING, Field(alias="inboundParticipantSid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"])
    ] = MISSING
    inbound_resource_sid: Annotated[
        str | MISSING, Field(alias="inboundResourceSid", examples=["SM0f1e2d3c4b5a69788796a5b4c3d2e1f0"])
    ] = MISSING
    inbound_resource_status: Annotated[str | MISSING, Field(alias="inboundResourceStatus", examples=["received"])] = (
        MISSING
    )
    inbound_resource_type: Annotated[str | MISSING, Field(alias="inboundResourceType", examples=["Message"])] = MISSING
    inbound_resource_url: Annotated[
        str | MISSING,
        Field(
            alias="inboundResourceUrl",
            examples=[
                "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages/SM0f1e2d3c4b5a69788796a5b4c3d2e1f0.json"
            ],
        ),
    ] = MISSING
    outbound_participant_sid: Annotated[
        str | MISSING, Field(alias="outboundParticipantSid", examples=["KP1e2d3c4b5a69788796a5b4c3d2e1f00f"])
    ] = MISSING
    outbound_resource_sid: Annotated[
        str | MISSING, Field(alias="outboundResourceSid", examples=["SM9a8b7c6d5e4f30211203f4e5d6c7b8a9"])
    ] = MISSING
    outbound_resource_status: Annotated[str | MISSING, Field(alias="outboundResourceStatus", examples=["sent"])] = (
        MISSING
    )
    """
    The outbound leg's status (`queued`, `sent`, `failed`, `delivered`, ...).
    """
    outbound_resource_type: Annotated[str | MISSING, Field(alias="outboundResourceType", examples=["Message"])] = (
        MISSING
    )
    outbound_resource_url: Annotated[
        str | MISSING,
        Field(
            alias="outboundResourceUrl",
            examples=[
                "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages/SM9a8b7c6d5e4f30211203f4e5d6c7b8a9.json"
            ],
        ),
    ] = MISSING


class InteractionCallbackHeaderParams(StrictModel):
    x_twilio_signature: Annotated[
        str, Field(alias="X-Twilio-Signature", examples=["0/KCTR6DLpKmkAf8muzZqo1nDgQ="], min_length=1)
    ]
    i_twilio_idempotency_token: Annotated[
        str | MISSING, Field(alias="I-Twilio-Idempotency-Token", examples=["5f2c1b7e0a8d4c3e9b6a7d8e9f0a1b2c"])
    ] = MISSING


class InterceptCallbackForm(StrictModel):
    """
    Form parameters of the intercept callback: the Interaction and its inbound leg (absent
    for an Interaction created through the API, which has none). Open: Twilio may add
    parameters.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    interaction_sid: Annotated[str, Field(alias="interactionSid", examples=["KI9a8b7c6d5e4f30211203f4e5d6c7b8a9"])]
    """
    The Interaction's SID.
    """
    interaction_session_sid: Annotated[
        str, Field(alias="interactionSessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"])
    ]
    """
    The Session's SID.
    """
    interaction_service_sid: Annotated[
        str, Field(alias="interactionServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"])
    ]
    """
    The Service's SID.
    """
    interaction_account_sid: Annotated[
        str, Field(alias="interactionAccountSid", examples=["AC00000000000000000000000000000001"])
    ]
    """
    The Account's SID.
    """
    interaction_data: Annotated[str, Field(alias="interactionData", examples=['{"body": "Hello"}'])]
    """
    The Interaction's `data`, a JSON string (`{"body": "..."}` for a message; may be empty).
    """
    interaction_date_created: Annotated[str, Field(alias="interactionDateCreated", examples=["2018-03-13T22:42:54Z"])]
    """
    ISO 8601, UTC.
    """
    interaction_date_updated: Annotated[str, Field(alias="interactionDateUpdated", examples=["2018-03-13T22:42:54Z"])]
    """
    ISO 8601, UTC.
    """
    interaction_type: Annotated[str, Field(alias="interactionType", examples=["Message"])]
    """
    `Message` or `Voice` (capitalised, unlike the Interaction resource's `type`).
    """
    inbound_participant_sid: Annotated[
        str | MISSING, Field(alias="inboundParticipantSid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"])
    ] = MISSING
    inbound_resource_sid: Annotated[
        str | MISSING, Field(alias="inboundResourceSid", examples=["SM0f1e2d3c4b5a69788796a5b4c3d2e1f0"])
    ] = MISSING
    inbound_resource_status: Annotated[str | MISSING, Field(alias="inboundResourceStatus", examples=["received"])] = (
        MISSING
    )
    inbound_resource_type: Annotated[str | MISSING, Field(alias="inboundResourceType", examples=["Message"])] = MISSING
    inbound_resource_url: Annotated[
        str | MISSING,
        Field(
            alias="inboundResourceUrl",
            examples=[
                "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages/SM0f1e2d3c4b5a69788796a5b4c3d2e1f0.json"
            ],
        ),
    ] = MISSING


class InterceptCallbackHeaderParams(StrictModel):
    x_twilio_signature: Annotated[
        str, Field(alias="X-Twilio-Signature", examples=["0/KCTR6DLpKmkAf8muzZqo1nDgQ="], min_length=1)
    ]
    i_twilio_idempotency_token: Annotated[
        str | MISSING, Field(alias="I-Twilio-Idempotency-Token", examples=["5f2c1b7e0a8d4c3e9b6a7d8e9f0a1b2c"])
    ] = MISSING


class Links(StrictModel):
    """
    The URLs of resources related to the Service.
    """

    sessions: AnyUrl
    phone_numbers: AnyUrl
    short_codes: AnyUrl


class Links1(StrictModel):
    """
    The URLs of resources related to the Session.
    """

    interactions: AnyUrl
    participants: AnyUrl


class Links2(StrictModel):
    """
    The URLs to resources related the participant.
    """

    message_interactions: AnyUrl


class ListInteractionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]


class ListInteractionQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListInteractionResponse(StrictModel):
    interactions: list[Interaction]
    meta: ListMeta


class ListMessageInteractionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]
    participant_sid: Annotated[
        str, Field(alias="ParticipantSid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"], max_length=64)
    ]


class ListMessageInteractionQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListMessageInteractionResponse(StrictModel):
    interactions: list[MessageInteraction]
    meta: ListMeta


class ListMeta(StrictModel):
    """
    Paging information of a list page. `key` names the array property of the page.
    """

    first_page_url: AnyUrl
    """
    Absolute URL of the first page.
    """
    key: Literal["services", "sessions", "participants", "phone_numbers", "interactions"]
    """
    The name of the array property holding this page's items.
    """
    next_page_url: AnyUrl | None
    """
    Absolute URL of the next page; null on the last page.
    """
    page: Annotated[int, Field(ge=0)]
    """
    The index of this page.
    """
    page_size: Annotated[int, Field(ge=1, le=1000)]
    """
    The page size used.
    """
    previous_page_url: AnyUrl | None
    """
    Absolute URL of the previous page; null on the first page.
    """
    url: AnyUrl
    """
    Absolute URL of this page.
    """


class ListParticipantPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    session_sid: Annotated[
        str, Field(alias="SessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)
    ]


class ListParticipantQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListParticipantResponse(StrictModel):
    participants: list[Participant]
    meta: ListMeta


class ListPhoneNumberPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]


class ListPhoneNumberQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListPhoneNumberResponse(StrictModel):
    phone_numbers: list[PhoneNumber]
    meta: ListMeta


class ListServiceQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListServiceResponse(StrictModel):
    services: list[Service]
    meta: ListMeta


class ListSessionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]


class ListSessionQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListSessionResponse(StrictModel):
    sessions: list[Session]
    meta: ListMeta


class MessageInteraction(StrictModel):
    """
    A message Interaction sent to one Participant.
    """

    sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KI[0-9a-fA-F]{32}$")]
    session_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KC[0-9a-fA-F]{32}$")]
    service_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KS[0-9a-fA-F]{32}$")]
    account_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^AC[0-9a-fA-F]{32}$")]
    data: str | None
    """
    What was sent, as JSON text: `{"body": "..."}` (and `"media_urls"` when given).
    """
    type: Literal["message", "voice", "unknown"]
    participant_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KP[0-9a-fA-F]{32}$")]
    inbound_participant_sid: Annotated[str | None, Field(max_length=34, min_length=34, pattern="^KP[0-9a-fA-F]{32}$")]
    inbound_resource_sid: str | None
    inbound_resource_status: (
        Literal[
            "accepted",
            "answered",
            "busy",
            "canceled",
            "completed",
            "deleted",
            "delivered",
            "delivery-unknown",
            "failed",
            "in-progress",
            "initiated",
            "no-answer",
            "queued",
            "received",
            "receiving",
            "ringing",
            "scheduled",
            "sending",
            "sent",
            "undelivered",
            "unknown",
        ]
        | None
    )
    inbound_resource_type: str | None
    inbound_resource_url: AnyUrl | None
    outbound_participant_sid: Annotated[str | None, Field(max_length=34, min_length=34, pattern="^KP[0-9a-fA-F]{32}$")]
    outbound_resource_sid: Annotated[
        str | None, Field(max_length=34, min_length=34, pattern="^[a-zA-Z]{2}[0-9a-fA-F]{32}$")
    ]
    outbound_resource_status: (
        Literal[
            "accepted",
            "answered",
            "busy",
            "canceled",
            "completed",
            "deleted",
            "delivered",
            "delivery-unknown",
            "failed",
            "in-progress",
            "initiated",
            "no-answer",
            "queued",
            "received",
            "receiving",
            "ringing",
            "scheduled",
            "sending",
            "sent",
            "undelivered",
            "unknown",
        ]
        | None
    )
    outbound_resource_type: str | None
    outbound_resource_url: AnyUrl | None
    date_created: datetime
    date_updated: datetime
    url: AnyUrl


class OutOfSessionCallbackForm(StrictModel):
    """
    Form parameters of the out-of-session callback: Twilio's usual inbound webhook parameters
    (for an SMS those of its Messaging webhook: `MessageSid`, `Body`, `NumMedia`, ...; for a
    call `CallSid`, `CallStatus`, `Caller`, ...) and, when the sender was in an earlier
    Session on that number, the `inboundParticipant*` (the sender), `outboundParticipant*`
    (the other participant) and `session*` fields of that Session (each a Participant or
    Session field in PascalCase after the prefix, e.g. `sessionClosedReason`). Open.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    account_sid: Annotated[str, Field(alias="AccountSid", examples=["AC00000000000000000000000000000001"])]
    from_: Annotated[str, Field(alias="From", examples=["+15550001111"])]
    """
    The sender's number.
    """
    to: Annotated[str, Field(alias="To", examples=["+15005550007"])]
    """
    The pool number that was reached.
    """
    body: Annotated[str | MISSING, Field(alias="Body", examples=["Hello?"])] = MISSING
    """
    The message text (SMS only).
    """
    message_sid: Annotated[
        str | MISSING, Field(alias="MessageSid", examples=["SM0f1e2d3c4b5a69788796a5b4c3d2e1f0"])
    ] = MISSING
    """
    The inbound message (SMS only).
    """
    inbound_participant_sid: Annotated[
        str | MISSING, Field(alias="inboundParticipantSid", examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"])
    ] = MISSING
    """
    The sender's Participant in the earlier Session.
    """
    outbound_participant_sid: Annotated[
        str | MISSING, Field(alias="outboundParticipantSid", examples=["KP1e2d3c4b5a69788796a5b4c3d2e1f00f"])
    ] = MISSING
    """
    The other Participant of the earlier Session.
    """
    session_sid: Annotated[
        str | MISSING, Field(alias="sessionSid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"])
    ] = MISSING
    """
    The earlier Session.
    """
    session_status: Annotated[str | MISSING, Field(alias="sessionStatus", examples=["closed"])] = MISSING
    session_closed_reason: Annotated[str | MISSING, Field(alias="sessionClosedReason", examples=["api"])] = MISSING


class OutOfSessionCallbackHeaderParams(StrictModel):
    x_twilio_signature: Annotated[
        str, Field(alias="X-Twilio-Signature", examples=["0/KCTR6DLpKmkAf8muzZqo1nDgQ="], min_length=1)
    ]
    i_twilio_idempotency_token: Annotated[
        str | MISSING, Field(alias="I-Twilio-Idempotency-Token", examples=["5f2c1b7e0a8d4c3e9b6a7d8e9f0a1b2c"])
    ] = MISSING


class Participant1(RootModel[str]):
    root: Annotated[
        str,
        Field(
            max_length=1024,
            pattern='^\\{ ?("(FriendlyName|ProxyIdentifier|ProxyIdentifierSid)": ?"([^"\\\\\\x00-\\x1F]|\\\\["\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*" ?, ?)*"Identifier": ?"([^"\\\\\\x00-\\x1F]|\\\\["\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})+"( ?, ?"(FriendlyName|ProxyIdentifier|ProxyIdentifierSid)": ?"([^"\\\\\\x00-\\x1F]|\\\\["\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*")* ?\\}$',
        ),
    ]


class Participant(StrictModel):
    """
    A Participant of a Proxy Session.
    """

    sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KP[0-9a-fA-F]{32}$")]
    """
    The unique string that we created to identify the Participant resource.
    """
    session_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KC[0-9a-fA-F]{32}$")]
    """
    The SID of the parent Session resource.
    """
    service_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KS[0-9a-fA-F]{32}$")]
    """
    The SID of the resource's parent Service resource.
    """
    account_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^AC[0-9a-fA-F]{32}$")]
    """
    The SID of the Account that created the Participant resource.
    """
    friendly_name: Annotated[str | None, Field(max_length=255)]
    """
    The string that you assigned to describe the participant; null when none was set.
    """
    identifier: str
    """
    The phone number or channel identifier of the Participant.
    """
    proxy_identifier: str
    """
    The phone number or short code (masked number) of the participant's partner. The participant will call or message the partner participant at this number.
    """
    proxy_identifier_sid: Annotated[str | None, Field(max_length=34, min_length=34, pattern="^PN[0-9a-fA-F]{32}$")]
    """
    The SID of the Proxy Identifier assigned to the Participant, or null.
    """
    date_deleted: datetime | None
    """
    The ISO 8601 date when the Participant was removed from the session; null while it is not.
    """
    date_created: datetime
    """
    The ISO 8601 date and time in GMT when the resource was created.
    """
    date_updated: datetime
    """
    The ISO 8601 date and time in GMT when the resource was last updated.
    """
    url: AnyUrl
    """
    The absolute URL of the Participant resource.
    """
    links: Links2
    """
    The URLs to resources related the participant.
    """


class PhoneNumber(StrictModel):
    """
    A Phone Number of a Service's Proxy Number Pool.
    """

    sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^PN[0-9a-fA-F]{32}$")]
    account_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^AC[0-9a-fA-F]{32}$")]
    service_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KS[0-9a-fA-F]{32}$")]
    date_created: datetime
    date_updated: datetime
    phone_number: str
    """
    The phone number in E.164 format.
    """
    friendly_name: str | None
    iso_country: str | None
    """
    The ISO country code of the number (`US` for `+1` numbers in the stand-in, else null).
    """
    capabilities: Capabilities | None
    """
    What the number can do.
    """
    url: AnyUrl
    is_reserved: bool
    """
    Whether the number is reserved (never chosen automatically for a Participant).
    """
    in_use: Annotated[int, Field(ge=0)]
    """
    How many active (not closed) Sessions' Participants use the number.
    """


class Service(StrictModel):
    """
    A Proxy Service.
    """

    sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KS[0-9a-fA-F]{32}$")]
    """
    The unique string that we created to identify the Service resource.
    """
    unique_name: str
    """
    An application-defined string that uniquely identifies the resource.
    """
    account_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^AC[0-9a-fA-F]{32}$")]
    """
    The SID of the Account that created the Service resource.
    """
    chat_instance_sid: Annotated[str | None, Field(max_length=34, min_length=34, pattern="^IS[0-9a-fA-F]{32}$")]
    """
    The SID of the Chat Service Instance managed by Proxy Service; null when none was set.
    """
    callback_url: AnyUrl | None
    """
    The URL we call when the interaction status changes; null when none was set.
    """
    default_ttl: Annotated[int, Field(ge=0)]
    """
    The default `ttl` value for Sessions created in the Service (0 = unlimited).
    """
    number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"]
    """
    The preference for Proxy Number selection in the Service instance.
    """
    geo_match_level: Literal["area-code", "overlay", "radius", "country"]
    """
    Where a proxy number must be located relative to the participant identifier.
    """
    intercept_callback_url: AnyUrl | None
    """
    The URL we call on each interaction; null when none was set.
    """
    out_of_session_callback_url: AnyUrl | None
    """
    The URL we call when an inbound call or SMS action occurs on a closed or non-existent Session; null when none was set.
    """
    date_created: datetime
    """
    The ISO 8601 date and time in GMT when the resource was created.
    """
    date_updated: datetime
    """
    The ISO 8601 date and time in GMT when the resource was last updated.
    """
    url: AnyUrl
    """
    The absolute URL of the Service resource.
    """
    links: Links
    """
    The URLs of resources related to the Service.
    """


class Session(StrictModel):
    """
    A Proxy Session.
    """

    sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KC[0-9a-fA-F]{32}$")]
    """
    The unique string that we created to identify the Session resource.
    """
    service_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^KS[0-9a-fA-F]{32}$")]
    """
    The SID of the Service the session is associated with.
    """
    account_sid: Annotated[str, Field(max_length=34, min_length=34, pattern="^AC[0-9a-fA-F]{32}$")]
    """
    The SID of the Account that created the Session resource.
    """
    date_started: datetime
    """
    The ISO 8601 date when the Session started.
    """
    date_ended: datetime | None
    """
    The ISO 8601 date when the Session ended; null while it has not.
    """
    date_last_interaction: datetime | None
    """
    The ISO 8601 date when the Session last had an interaction; null before the first.
    """
    date_expiry: datetime | None
    """
    The ISO 8601 date when the Session should expire; null when none was set. If present, it overrides the `ttl` value.
    """
    unique_name: str | None
    """
    An application-defined string that uniquely identifies the resource; null when none was set.
    """
    status: Literal["open", "in-progress", "closed", "failed", "unknown"]
    """
    The status of the Session.
    """
    closed_reason: str | None
    """
    The reason the Session ended; null while it has not.
    """
    ttl: Annotated[int, Field(ge=0)]
    """
    The time, in seconds, when the session will expire, measured from the last Session create or the Session's last Interaction.
    """
    mode: Literal["message-only", "voice-only", "voice-and-message"]
    """
    The Mode of the Session.
    """
    date_created: datetime
    """
    The ISO 8601 date and time in GMT when the resource was created.
    """
    date_updated: datetime
    """
    The ISO 8601 date and time in GMT when the resource was last updated.
    """
    url: AnyUrl
    """
    The absolute URL of the Session resource.
    """
    links: Links1
    """
    The URLs of resources related to the Session.
    """


class UpdatePhoneNumberPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["PN7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b"], max_length=64)]


class UpdatePhoneNumberRequest(StrictModel):
    """
    Form fields of UpdatePhoneNumber. Open, as the vendor's body is.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    is_reserved: Annotated[bool | MISSING, Field(alias="IsReserved")] = MISSING
    """
    Whether the number is reserved.
    """


class UpdateServicePathParams(StrictModel):
    sid: Annotated[str, Field(alias="Sid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)]


class UpdateServiceRequest(StrictModel):
    """
    Form fields of UpdateService; all optional, only those sent change. Open, as the vendor's body is (unknown fields are ignored).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    unique_name: Annotated[str | MISSING, Field(alias="UniqueName", max_length=191, min_length=1)] = MISSING
    """
    An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
    """
    default_ttl: Annotated[int | MISSING, Field(alias="DefaultTtl")] = MISSING
    """
    The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction. The default value of `0` indicates an unlimited Session length. The stand-in takes a negative value as 0 and caps it at 2147483647 (the vendor's document gives no bounds).
    """
    callback_url: Annotated[AnyUrl | MISSING, Field(alias="CallbackUrl")] = MISSING
    """
    The URL we should call when the interaction status changes.
    """
    geo_match_level: Annotated[
        Literal["area-code", "overlay", "radius", "country"] | MISSING, Field(alias="GeoMatchLevel")
    ] = MISSING
    """
    Where a proxy number must be located relative to the participant identifier. The default value is `country`.
    """
    number_selection_behavior: Annotated[
        Literal["avoid-sticky", "prefer-sticky"] | MISSING, Field(alias="NumberSelectionBehavior")
    ] = MISSING
    """
    The preference for Proxy Number selection in the Service instance. The default is `prefer-sticky`.
    """
    intercept_callback_url: Annotated[AnyUrl | MISSING, Field(alias="InterceptCallbackUrl")] = MISSING
    """
    The URL we call on each interaction. If we receive a 403 status, we block the interaction; otherwise the interaction continues.
    """
    out_of_session_callback_url: Annotated[AnyUrl | MISSING, Field(alias="OutOfSessionCallbackUrl")] = MISSING
    """
    The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.
    """
    chat_instance_sid: Annotated[
        str | MISSING, Field(alias="ChatInstanceSid", max_length=34, min_length=34, pattern="^IS[0-9a-fA-F]{32}$")
    ] = MISSING
    """
    The SID of the Chat Service Instance managed by Proxy Service.
    """


class UpdateSessionPathParams(StrictModel):
    service_sid: Annotated[
        str, Field(alias="ServiceSid", examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"], max_length=64)
    ]
    sid: Annotated[str, Field(alias="Sid", examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"], max_length=64)]


class UpdateSessionRequest(StrictModel):
    """
    Form fields of UpdateSession; all optional. Open, as the vendor's body is.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, str],
    }
    date_expiry: Annotated[datetime | MISSING, Field(alias="DateExpiry")] = MISSING
    """
    The ISO 8601 date when the Session should expire; overrides `Ttl`.
    """
    ttl: Annotated[int | MISSING, Field(alias="Ttl")] = MISSING
    """
    The time, in seconds, when the session will expire, counted from this update or the Session's last Interaction (0 or less = never; capped at 2147483647).
    """
    status: Annotated[
        Literal["open", "in-progress", "closed", "failed", "unknown"] | MISSING, Field(alias="Status")
    ] = MISSING
    """
    `closed` closes the Session; `in-progress` (or `open`) re-opens a closed one.
    """
