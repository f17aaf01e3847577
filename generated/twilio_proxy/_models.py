# generated from specs/twilio_proxy.yaml — do not edit
"""Pydantic v2 models for Twilio Proxy API v1 1.0.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import MISSING, AnyUrl, ConfigDict, Field, RootModel

from ._base import StrictModel


class CreateParticipantPathParams(StrictModel):
    service_sid: Annotated[
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]
    session_sid: Annotated[
        str,
        Field(
            alias="SessionSid",
            examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"],
            max_length=34,
            min_length=34,
            pattern="^KC[0-9a-fA-F]{32}$",
        ),
    ]


class CreateParticipantRequest(StrictModel):
    """
    Form fields of CreateParticipant.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
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


class CreateServiceRequest(StrictModel):
    """
    Form fields of CreateService.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    unique_name: Annotated[str, Field(alias="UniqueName", max_length=191, min_length=1)]
    """
    An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
    """
    default_ttl: Annotated[int, Field(alias="DefaultTtl", ge=0, le=2147483647)] = 0
    """
    The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction. The default value of `0` indicates an unlimited Session length.
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
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]


class CreateSessionRequest(StrictModel):
    """
    Form fields of CreateSession; all optional.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    unique_name: Annotated[str | MISSING, Field(alias="UniqueName", max_length=191, min_length=1)] = MISSING
    """
    An application-defined string that uniquely identifies the resource. This value must be 191 characters or fewer in length and be unique. **This value should not have PII.**
    """
    date_expiry: Annotated[datetime | MISSING, Field(alias="DateExpiry")] = MISSING
    """
    The ISO 8601 date when the Session should expire. If this is value is present, it overrides the `ttl` value.
    """
    ttl: Annotated[int | MISSING, Field(alias="Ttl", ge=0, le=2147483647)] = MISSING
    """
    The time, in seconds, when the session will expire. The time is measured from the last Session create or the Session's last Interaction. Defaults to the Service's `default_ttl`.
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
    CreateParticipant fields, serialized as the official SDK does (`json.dumps`):
    `{"Identifier": "..."}` optionally followed by `"FriendlyName"` and then
    `"ProxyIdentifier"`, in that order.

    """


class DeleteParticipantPathParams(StrictModel):
    service_sid: Annotated[
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]
    session_sid: Annotated[
        str,
        Field(
            alias="SessionSid",
            examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"],
            max_length=34,
            min_length=34,
            pattern="^KC[0-9a-fA-F]{32}$",
        ),
    ]
    sid: Annotated[
        str,
        Field(
            alias="Sid",
            examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"],
            max_length=34,
            min_length=34,
            pattern="^KP[0-9a-fA-F]{32}$",
        ),
    ]


class DeleteServicePathParams(StrictModel):
    sid: Annotated[
        str,
        Field(
            alias="Sid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]


class DeleteSessionPathParams(StrictModel):
    service_sid: Annotated[
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]
    sid: Annotated[
        str,
        Field(
            alias="Sid",
            examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"],
            max_length=34,
            min_length=34,
            pattern="^KC[0-9a-fA-F]{32}$",
        ),
    ]


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


class FetchParticipantPathParams(StrictModel):
    service_sid: Annotated[
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]
    session_sid: Annotated[
        str,
        Field(
            alias="SessionSid",
            examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"],
            max_length=34,
            min_length=34,
            pattern="^KC[0-9a-fA-F]{32}$",
        ),
    ]
    sid: Annotated[
        str,
        Field(
            alias="Sid",
            examples=["KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"],
            max_length=34,
            min_length=34,
            pattern="^KP[0-9a-fA-F]{32}$",
        ),
    ]


class FetchServicePathParams(StrictModel):
    sid: Annotated[
        str,
        Field(
            alias="Sid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]


class FetchSessionPathParams(StrictModel):
    service_sid: Annotated[
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]
    sid: Annotated[
        str,
        Field(
            alias="Sid",
            examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"],
            max_length=34,
            min_length=34,
            pattern="^KC[0-9a-fA-F]{32}$",
        ),
    ]


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


class ListMeta(StrictModel):
    """
    Paging information of a list page. `key` names the array property of the page.
    """

    first_page_url: AnyUrl
    """
    Absolute URL of the first page.
    """
    key: Literal["services", "sessions", "participants"]
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
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]
    session_sid: Annotated[
        str,
        Field(
            alias="SessionSid",
            examples=["KC1a2b3c4d5e6f708192a3b4c5d6e7f809"],
            max_length=34,
            min_length=34,
            pattern="^KC[0-9a-fA-F]{32}$",
        ),
    ]


class ListParticipantQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListParticipantResponse(StrictModel):
    participants: list[Participant]
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
        str,
        Field(
            alias="ServiceSid",
            examples=["KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"],
            max_length=34,
            min_length=34,
            pattern="^KS[0-9a-fA-F]{32}$",
        ),
    ]


class ListSessionQueryParams(StrictModel):
    page_size: Annotated[int, Field(alias="PageSize", ge=1, le=1000)] = 50
    page: Annotated[int, Field(alias="Page", ge=0)] = 0
    page_token: Annotated[str | MISSING, Field(alias="PageToken", max_length=256)] = MISSING


class ListSessionResponse(StrictModel):
    sessions: list[Session]
    meta: ListMeta


class Participant1(RootModel[str]):
    root: Annotated[
        str,
        Field(
            pattern='^\\{"Identifier": ?"[^"\\\\\\x00-\\x1F]{1,191}"(, ?"FriendlyName": ?"[^"\\\\\\x00-\\x1F]{0,255}")?(, ?"ProxyIdentifier": ?"[^"\\\\\\x00-\\x1F]{1,191}")?\\}$'
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
