# generated from specs/twilio_proxy.yaml — do not edit
"""Response views of Twilio Proxy API v1 1.0.0 (import them from ``responses``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AnyUrl, Field

from ._base import ResponseModel


class Capabilities(ResponseModel):
    """
    What the number can do.
    """

    fax: bool | None = None
    mms: bool | None = None
    sms: bool | None = None
    voice: bool | None = None


class Error(ResponseModel):
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
    detail: str | None = None
    """
    Optional further detail.
    """


class Interaction(ResponseModel):
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
    type: Literal["message", "voice", "unknown"] | str
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
        | str
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
        | str
        | None
    )
    outbound_resource_type: str | None
    outbound_resource_url: AnyUrl | None
    date_created: datetime
    date_updated: datetime
    url: AnyUrl


class Links(ResponseModel):
    """
    The URLs of resources related to the Service.
    """

    sessions: AnyUrl
    phone_numbers: AnyUrl
    short_codes: AnyUrl


class Links1(ResponseModel):
    """
    The URLs of resources related to the Session.
    """

    interactions: AnyUrl
    participants: AnyUrl


class Links2(ResponseModel):
    """
    The URLs to resources related the participant.
    """

    message_interactions: AnyUrl


class ListInteractionResponse(ResponseModel):
    interactions: list[Interaction]
    meta: ListMeta


class ListMessageInteractionResponse(ResponseModel):
    interactions: list[MessageInteraction]
    meta: ListMeta


class ListMeta(ResponseModel):
    """
    Paging information of a list page. `key` names the array property of the page.
    """

    first_page_url: AnyUrl
    """
    Absolute URL of the first page.
    """
    key: Literal["services", "sessions", "participants", "phone_numbers", "interactions"] | str
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


class ListParticipantResponse(ResponseModel):
    participants: list[Participant]
    meta: ListMeta


class ListPhoneNumberResponse(ResponseModel):
    phone_numbers: list[PhoneNumber]
    meta: ListMeta


class ListServiceResponse(ResponseModel):
    services: list[Service]
    meta: ListMeta


class ListSessionResponse(ResponseModel):
    sessions: list[Session]
    meta: ListMeta


class MessageInteraction(ResponseModel):
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
    type: Literal["message", "voice", "unknown"] | str
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
        | str
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
        | str
        | None
    )
    outbound_resource_type: str | None
    outbound_resource_url: AnyUrl | None
    date_created: datetime
    date_updated: datetime
    url: AnyUrl


class Participant(ResponseModel):
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


class PhoneNumber(ResponseModel):
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


class Service(ResponseModel):
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
    number_selection_behavior: Literal["avoid-sticky", "prefer-sticky"] | str
    """
    The preference for Proxy Number selection in the Service instance.
    """
    geo_match_level: Literal["area-code", "overlay", "radius", "country"] | str
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


class Session(ResponseModel):
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
    status: Literal["open", "in-progress", "closed", "failed", "unknown"] | str
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
    mode: Literal["message-only", "voice-only", "voice-and-message"] | str
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
