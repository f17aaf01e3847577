"""In-memory Twilio Proxy v1 service: all 25 operations of the vendor's document.

Behaviour (see ``specs/twilio_proxy.yaml``):

* HTTP Basic ``AccountSid:AuthToken``; wrong credentials answer 401 with code 20003. Each
  account sees only its own Services (another account's SIDs are 404, code 20404), and a
  malformed SID is simply a resource that does not exist (404).
* SIDs are 34 characters: ``KS``/``KC``/``KP``/``PN``/``KI`` + 32 hex digits.
* Participants get their proxy identifier from the Service's number pool (PhoneNumbers):
  unreserved numbers in pool order, never the same number for one identifier in two active
  Sessions. When the pool cannot serve, 409 with code 80402 (Twilio's), unless
  ``Config.auto_numbers`` adds a fresh number to the pool (the default, for quick starts).
* A Session holds at most two active Participants (a third: 409, code 80609).
* Sessions close by UpdateSession ``Status=closed``, at ``DateExpiry``, or ``Ttl`` seconds
  after creation / the last ``Ttl`` update / the last Interaction, measured on ``Config.clock``
  (a :class:`services._common.ManualClock` lets a test move time).
* Deleting a Participant is a soft delete: it stays listed with ``date_deleted`` set, fetching
  or deleting it again is 404, and its ``Identifier`` cannot be re-added to the Session (409).
* CreateMessageInteraction records a message Interaction (no SMS is sent), visible in the
  Session's Interactions and the Participant's MessageInteractions, and calls the Service's
  ``InterceptCallbackUrl`` then ``CallbackUrl`` in the background, signed with
  ``X-Twilio-Signature`` (``inbound_message`` simulates an inbound SMS, which may call the
  ``OutOfSessionCallbackUrl``); every delivery is in ``deliveries`` (docs/services.md, Callbacks).
* Lists page with ``PageSize`` (default 50, max 1000), ``Page`` and ``PageToken``; ``meta``
  holds absolute URLs built from the request's own base URL (or ``Config.base_url``) and
  ``next_page_url`` is null on the last page. Page tokens (``PT<sid>`` = after that item,
  ``PB<sid>`` = before it) stay valid when items are deleted; unknown tokens are ignored.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import MISSING, AnyUrl
from starlette.applications import Starlette

from generated.twilio_proxy import models
from generated.twilio_proxy import server as api
from generated.twilio_proxy.server import Credentials, Refusal, RequestContext, Service

from ._callbacks import CallbackSender, Delivery, SendsCallbacks, twilio_signature
from ._common import Answer, OrderedIndex, basic_header, hex_sid, remembered, same_secret, utcnow_seconds

__all__ = ["Config", "TwilioProxyService", "create_app"]

REALM = "Twilio API"  # named by every 401's WWW-Authenticate challenge
MORE_INFO = "https://www.twilio.com/docs/errors/{}"
CODE_BAD_REQUEST = 20001
CODE_AUTHENTICATE = 20003
CODE_NOT_FOUND = 20404
CODE_CONFLICT = 20409
CODE_POOL = 80402  # Identifier Proxy Pair Invalid: the pool cannot serve this participant
CODE_TOO_MANY_PARTICIPANTS = 80609
CODE_PARTICIPANT_CONFLICT = 80623
_CODES = {400: CODE_BAD_REQUEST, 401: CODE_AUTHENTICATE, 405: 20004}
MAX_PARTICIPANTS = 2
# The SIDs the spec's examples use (``Config.seed_examples``).
EXAMPLE_SERVICE_SID = "KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"
EXAMPLE_SESSION_SID = "KC1a2b3c4d5e6f708192a3b4c5d6e7f809"
EXAMPLE_PARTICIPANT_SID = "KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"
EXAMPLE_PHONE_NUMBER_SID = "PN7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b"
EXAMPLE_INTERACTION_SID = "KI9a8b7c6d5e4f30211203f4e5d6c7b8a9"


@dataclass(frozen=True)
class Config:
    """Settings of the in-memory Twilio Proxy server.

    ``accounts`` maps Account SIDs to Auth Tokens; the first is the development principal.
    ``base_url`` (``scheme://host[:port]``) is the public base of every absolute URL in
    answers; ``None`` uses each request's own (``RequestContext.base_url``). ``seed_examples``
    starts the first account with the Service, Session, Participant, pool number and
    Interaction whose SIDs the spec's examples use. ``clock`` is the time source of every date
    and of session expiry. ``auto_numbers`` adds a fresh number to a Service's pool when the
    pool cannot serve a participant (``False``: 409 with Twilio's code 80402).

    Callbacks (a Service's ``CallbackUrl``/``InterceptCallbackUrl``; docs/services.md): each
    delivery is retried ``callback_retries`` more times on a connection error, a timeout
    (``callback_timeout`` seconds) or a non-2xx answer, ``callback_backoff`` seconds apart,
    doubling; the intercept callback is tried once, as Twilio does (its answer only matters
    when it is 403). ``callback_transport`` replaces the network (e.g. ``httpx.ASGITransport``).
    """

    accounts: tuple[tuple[str, str], ...] = (("AC00000000000000000000000000000001", "dev-auth-token"),)
    base_url: str | None = None
    seed_examples: bool = False
    clock: Callable[[], datetime.datetime] = utcnow_seconds
    auto_numbers: bool = True
    callback_retries: int = 2
    callback_timeout: float = 5.0
    callback_backoff: float = 0.5
    callback_transport: httpx.AsyncBaseTransport | None = None

    def dev_headers(self) -> dict[str, str]:
        """The ``Authorization`` header of the development principal."""
        sid, token = self.accounts[0]
        return basic_header(sid, token)

    def dev_credentials(self) -> str:
        """A one-line description of the development principal."""
        sid, token = self.accounts[0]
        return f"account_sid={sid} auth_token={token}"


class Problem(Exception):
    """A Twilio error answer, raised from helpers and turned into the operation's 4xx class."""

    def __init__(self, status: int, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.error = _error(status, message, code)
        self.status = status


def _error(status: int, message: str, code: int | None = None) -> models.Error:
    code = code if code is not None else _CODES.get(status, 20000 + status)
    return models.Error(code=code, message=message, more_info=AnyUrl(MORE_INFO.format(code)), status=status)


def _not_found(path: str) -> Problem:
    return Problem(404, f"The requested resource {path} was not found", CODE_NOT_FOUND)


def _unauthorized() -> models.Error:
    return _error(401, "Authenticate", CODE_AUTHENTICATE)


def _opt(value: Any) -> Any:
    """``None`` for a field that was not sent."""
    return None if value is MISSING else value


def _url_or_none(value: object) -> str | None:
    return None if value is MISSING or value is None else str(value)


def _utc(value: datetime.datetime) -> datetime.datetime:
    """An aware UTC datetime (a naive one is taken as UTC), so answers always carry an offset."""
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC)


def _ttl(value: int) -> int:
    """A ``Ttl``/``DefaultTtl`` as stored: negative is 0 (unlimited), capped at 2**31 - 1."""
    return min(max(value, 0), 2**31 - 1)


def _pn_sid(number: str) -> str:
    return "PN" + hashlib.md5(number.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()


def _is_pn(sid: str | None) -> bool:
    """Whether ``sid`` is shaped like a phone number SID (``PN`` + 32 hex digits)."""
    return sid is not None and re.fullmatch(r"PN[0-9a-fA-F]{32}", sid) is not None


def _number_of_sid(sid: str) -> str:
    """The stand-in's phone number of an account number known only by its PN SID."""
    digest = hashlib.md5(sid.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()
    return "+1555" + str(int(digest, 16) % 10_000_000).zfill(7)


@dataclass
class _Number:
    sid: str
    service_sid: str
    account_sid: str
    phone_number: str
    is_reserved: bool
    date_created: datetime.datetime
    date_updated: datetime.datetime

    def path(self) -> str:
        return f"/v1/Services/{self.service_sid}/PhoneNumbers/{self.sid}"

    def to_model(self, base: str, in_use: int) -> models.PhoneNumber:
        us = self.phone_number.startswith("+1")
        return models.PhoneNumber.model_validate(
            {
                "sid": self.sid,
                "account_sid": self.account_sid,
                "service_sid": self.service_sid,
                "date_created": self.date_created,
                "date_updated": self.date_updated,
                "phone_number": self.phone_number,
                "friendly_name": self.phone_number,
                "iso_country": "US" if us else None,
                "capabilities": {"fax": False, "mms": True, "sms": True, "voice": True},
                "url": base + self.path(),
                "is_reserved": self.is_reserved,
                "in_use": in_use,
            }
        )


@dataclass
class _Interaction:
    sid: str
    session_sid: str
    service_sid: str
    account_sid: str
    participant_sid: str
    data: str
    date_created: datetime.datetime
    outbound_status: str = "sent"  # "queued" until an intercept callback let it through, "failed" when it blocked it
    date_updated: datetime.datetime | None = None
    inbound_participant_sid: str | None = None  # set for a simulated inbound message (``inbound_message``)

    def to_dict(self, base: str, *, message: bool) -> dict[str, Any]:
        session = f"/v1/Services/{self.service_sid}/Sessions/{self.session_sid}"
        if message:
            url = f"{base}{session}/Participants/{self.participant_sid}/MessageInteractions/{self.sid}"
        else:
            url = f"{base}{session}/Interactions/{self.sid}"
        found: dict[str, Any] = {
            "sid": self.sid,
            "session_sid": self.session_sid,
            "service_sid": self.service_sid,
            "account_sid": self.account_sid,
            "data": self.data,
            "type": "message",
            "inbound_participant_sid": self.inbound_participant_sid,
            "inbound_resource_sid": None if self.inbound_participant_sid is None else "SM" + self.sid[2:][::-1],
            # the vendor's document: "always `delivered` for messages"
            "inbound_resource_status": None if self.inbound_participant_sid is None else "delivered",
            "inbound_resource_type": None if self.inbound_participant_sid is None else "Message",
            "inbound_resource_url": None,
            "outbound_participant_sid": self.participant_sid,
            "outbound_resource_sid": "SM" + self.sid[2:],
            "outbound_resource_status": self.outbound_status,
            "outbound_resource_type": "Message",
            "outbound_resource_url": None,
            "date_created": self.date_created,
            "date_updated": self.date_updated or self.date_created,
            "url": url,
        }
        if message:
            found["participant_sid"] = self.participant_sid
        return found


def _twilio_time(value: datetime.datetime) -> str:
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _callback_params(interaction: _Interaction, *, intercept: bool) -> dict[str, str]:
    """The form parameters of an interaction callback, as Twilio documents them.

    Source: https://www.twilio.com/docs/proxy/api/webhooks ("Example webhook payloads"):
    camelCase names; the intercept callback carries the interaction and its inbound leg only
    (it comes before the interaction is forwarded), the ``CallbackUrl`` callback also the
    outbound leg. A message Interaction created through the API is one-sided (no inbound leg),
    so its ``inbound*`` parameters are absent, as are fields that are null in the API's answer.
    """
    found = interaction.to_dict("", message=False)
    params = {
        "interactionSid": interaction.sid,
        "interactionSessionSid": interaction.session_sid,
        "interactionServiceSid": interaction.service_sid,
        "interactionAccountSid": interaction.account_sid,
        "interactionData": interaction.data,
        "interactionDateCreated": _twilio_time(interaction.date_created),
        "interactionDateUpdated": _twilio_time(interaction.date_updated or interaction.date_created),
        "interactionType": "Message",
    }
    legs = ("inbound",) if intercept else ("inbound", "outbound")
    for leg in legs:
        for part in ("participant_sid", "resource_sid", "resource_status", "resource_type", "resource_url"):
            value = found[f"{leg}_{part}"]
            if value is not None:
                camel = "".join(word.title() for word in part.split("_"))
                params[leg + camel] = str(value)
    return params


_PARTICIPANT_PARAMS = (
    ("AccountSid", "account_sid"),
    ("DateCreated", "date_created"),
    ("DateUpdated", "date_updated"),
    ("FriendlyName", "friendly_name"),
    ("Identifier", "identifier"),
    ("ProxyIdentifier", "proxy_identifier"),
    ("ProxyIdentifierSid", "proxy_identifier_sid"),
    ("ServiceSid", "service_sid"),
    ("SessionSid", "session_sid"),
    ("Sid", "sid"),
)
_SESSION_PARAMS = (
    ("AccountSid", "account_sid"),
    ("ClosedReason", "closed_reason"),
    ("DateCreated", "date_created"),
    ("DateEnded", "date_ended"),
    ("DateUpdated", "date_updated"),
    ("Mode", "mode"),
    ("ServiceSid", "service_sid"),
    ("Sid", "sid"),
    ("Status", "status"),
    ("UniqueName", "unique_name"),
)


def _prefixed(prefix: str, thing: object, names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """``{prefix + Name: value}`` for the attributes of ``thing`` that are not None (dates as Twilio writes them)."""
    found: dict[str, str] = {}
    for name, attribute in names:
        value = getattr(thing, attribute)
        if value is not None:
            found[prefix + name] = _twilio_time(value) if isinstance(value, datetime.datetime) else str(value)
    return found


def _out_of_session_params(
    account_sid: str,
    from_: str,
    to: str,
    body: str,
    previous: tuple[_Session, _Participant, _Participant | None] | None,
) -> dict[str, str]:
    """The form parameters of an out-of-session callback for an inbound SMS.

    Twilio's webhooks page documents this callback by the example of a call: Twilio's usual
    inbound webhook parameters plus, when the sender was in an earlier Session with that proxy
    number, ``inboundParticipant*`` (the sender), ``outboundParticipant*`` (the other
    participant) and ``session*`` fields. For an SMS the usual parameters are those of Twilio's
    Messaging webhook (``MessageSid``, ``SmsSid``, ``Body``, ``NumMedia``, ...).
    """
    message_sid = hex_sid("SM")
    params = {
        "AccountSid": account_sid,
        "ApiVersion": "2010-04-01",
        "Body": body,
        "From": from_,
        "MessageSid": message_sid,
        "NumMedia": "0",
        "NumSegments": "1",
        "SmsMessageSid": message_sid,
        "SmsSid": message_sid,
        "SmsStatus": "received",
        "To": to,
    }
    if previous is not None:
        session, sender, other = previous
        params |= _prefixed("inboundParticipant", sender, _PARTICIPANT_PARAMS)
        if other is not None:
            params |= _prefixed("outboundParticipant", other, _PARTICIPANT_PARAMS)
        params |= _prefixed("session", session, _SESSION_PARAMS)
    return params


@dataclass
class _Participant:
    sid: str
    session_sid: str
    service_sid: str
    account_sid: str
    friendly_name: str | None
    identifier: str
    proxy_identifier: str
    proxy_identifier_sid: str | None
    date_created: datetime.datetime
    date_updated: datetime.datetime
    date_deleted: datetime.datetime | None = None

    def path(self) -> str:
        return f"/v1/Services/{self.service_sid}/Sessions/{self.session_sid}/Participants/{self.sid}"

    _answer: Answer[models.Participant] | None = field(default=None, init=False, repr=False, compare=False)

    def to_model(self, base: str) -> models.Participant:
        """The answered model (built again only when the participant or the base URL changed)."""
        state = (
            base,
            self.sid,
            self.session_sid,
            self.service_sid,
            self.account_sid,
            self.friendly_name,
            self.identifier,
            self.proxy_identifier,
            self.proxy_identifier_sid,
            self.date_created,
            self.date_updated,
            self.date_deleted,
        )
        self._answer = remembered(self._answer, state, lambda: models.Participant.model_validate(self.to_dict(base)))
        return self._answer[1]

    def to_dict(self, base: str) -> dict[str, Any]:
        url = base + self.path()
        return {
            "sid": self.sid,
            "session_sid": self.session_sid,
            "service_sid": self.service_sid,
            "account_sid": self.account_sid,
            "friendly_name": self.friendly_name,
            "identifier": self.identifier,
            "proxy_identifier": self.proxy_identifier,
            "proxy_identifier_sid": self.proxy_identifier_sid,
            "date_deleted": self.date_deleted,
            "date_created": self.date_created,
            "date_updated": self.date_updated,
            "url": url,
            "links": {"message_interactions": url + "/MessageInteractions"},
        }


@dataclass
class _Session:
    sid: str
    service_sid: str
    account_sid: str
    unique_name: str | None
    status: str
    ttl: int
    mode: str
    date_expiry: datetime.datetime | None
    date_started: datetime.datetime
    date_ended: datetime.datetime | None
    date_created: datetime.datetime
    date_updated: datetime.datetime
    ttl_from: datetime.datetime  # the Ttl counts from here (create, Ttl update, last interaction)
    closed_reason: str | None = None
    date_last_interaction: datetime.datetime | None = None
    participants: OrderedIndex[_Participant] = field(default_factory=OrderedIndex)
    identifiers: set[str] = field(default_factory=set)  # every identifier ever used (soft delete)
    interactions: OrderedIndex[_Interaction] = field(default_factory=OrderedIndex)
    _answer: Answer[models.Session] | None = field(default=None, init=False, repr=False, compare=False)

    def path(self) -> str:
        return f"/v1/Services/{self.service_sid}/Sessions/{self.sid}"

    @property
    def active(self) -> bool:
        return self.status not in ("closed", "failed")

    def active_participants(self) -> list[_Participant]:
        return [p for p in self.participants if p.date_deleted is None]

    def close(self, reason: str, now: datetime.datetime) -> None:
        self.status, self.closed_reason = "closed", reason
        self.date_ended = self.date_updated = now

    def expire(self, now: datetime.datetime) -> None:
        """Close the Session when its ``DateExpiry`` or ``Ttl`` has passed."""
        if not self.active:
            return
        if self.date_expiry is not None and now >= self.date_expiry:
            self.close("date-expiry", self.date_expiry)
        elif self.ttl > 0 and now >= self.ttl_from + datetime.timedelta(seconds=self.ttl):
            self.close("ttl", self.ttl_from + datetime.timedelta(seconds=self.ttl))

    def to_model(self, base: str) -> models.Session:
        """The answered model (built again only when the session or the base URL changed)."""
        state = (
            base,
            self.sid,
            self.service_sid,
            self.account_sid,
            self.date_started,
            self.date_ended,
            self.date_last_interaction,
            self.date_expiry,
            self.unique_name,
            self.status,
            self.closed_reason,
            self.ttl,
            self.mode,
            self.date_created,
            self.date_updated,
        )
        self._answer = remembered(self._answer, state, lambda: self._build(base))
        return self._answer[1]

    def _build(self, base: str) -> models.Session:
        url = base + self.path()
        return models.Session.model_validate(
            {
                "sid": self.sid,
                "service_sid": self.service_sid,
                "account_sid": self.account_sid,
                "date_started": self.date_started,
                "date_ended": self.date_ended,
                "date_last_interaction": self.date_last_interaction,
                "date_expiry": self.date_expiry,
                "unique_name": self.unique_name,
                "status": self.status,
                "closed_reason": self.closed_reason,
                "ttl": self.ttl,
                "mode": self.mode,
                "date_created": self.date_created,
                "date_updated": self.date_updated,
                "url": url,
                "links": {"interactions": url + "/Interactions", "participants": url + "/Participants"},
            }
        )


@dataclass
class _Service:
    sid: str
    account_sid: str
    unique_name: str
    default_ttl: int
    geo_match_level: str
    number_selection_behavior: str
    callback_url: str | None
    intercept_callback_url: str | None
    out_of_session_callback_url: str | None
    chat_instance_sid: str | None
    date_created: datetime.datetime
    date_updated: datetime.datetime
    sessions: OrderedIndex[_Session] = field(default_factory=OrderedIndex)
    numbers: OrderedIndex[_Number] = field(default_factory=OrderedIndex)
    session_names: dict[str, str] = field(default_factory=dict)

    def path(self) -> str:
        return f"/v1/Services/{self.sid}"

    def to_model(self, base: str) -> models.Service:
        url = base + self.path()
        return models.Service.model_validate(
            {
                "sid": self.sid,
                "unique_name": self.unique_name,
                "account_sid": self.account_sid,
                "chat_instance_sid": self.chat_instance_sid,
                "callback_url": self.callback_url,
                "default_ttl": self.default_ttl,
                "number_selection_behavior": self.number_selection_behavior,
                "geo_match_level": self.geo_match_level,
                "intercept_callback_url": self.intercept_callback_url,
                "out_of_session_callback_url": self.out_of_session_callback_url,
                "date_created": self.date_created,
                "date_updated": self.date_updated,
                "url": url,
                "links": {
                    "sessions": url + "/Sessions",
                    "phone_numbers": url + "/PhoneNumbers",
                    "short_codes": url + "/ShortCodes",
                },
            }
        )


@dataclass
class _Account:
    sid: str
    services: OrderedIndex[_Service] = field(default_factory=OrderedIndex)
    service_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Page:
    """One page of a list: the items and the ``meta`` object."""

    items: list[Any]
    meta: dict[str, Any]


def _page(index: OrderedIndex[Any], *, key: str, url: str, page_size: int, page: int, page_token: str | None) -> _Page:
    """Cut one page out of ``index`` and describe it (``meta``) with absolute URLs."""
    total = len(index)
    start = page * page_size
    anchor = page_token[2:] if page_token else ""
    if page_token and index.knows(anchor):
        if page_token.startswith("PT"):
            start = index.index_after(anchor)
        elif page_token.startswith("PB"):
            start = max(0, index.index_of_or_after(anchor) - page_size)
    stop = min(start + page_size, total)
    items = index.slice(start, stop) if start < total else []

    def link(page_no: int, token: str | None = None) -> str:
        query = f"PageSize={page_size}&Page={page_no}"
        if token:
            query += "&PageToken=" + urllib.parse.quote(token, safe="")
        return f"{url}?{query}"

    next_url = link(page + 1, "PT" + index.key_at(stop - 1)) if items and stop < total else None
    if start <= 0:
        previous_url = None
    elif items:
        previous_url = link(max(page - 1, 0), "PB" + index.key_at(start))
    else:
        previous_url = link(max(page - 1, 0))
    meta = {
        "first_page_url": link(0),
        "key": key,
        "next_page_url": next_url,
        "page": page,
        "page_size": page_size,
        "previous_page_url": previous_url,
        "url": link(page, page_token),
    }
    return _Page(items, meta)


class _Store:
    """The accounts' resources and the rules that span them (lookups, expiry, the number pool)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.accounts: dict[str, _Account] = {}
        self._pool_counter = 0

    def now(self) -> datetime.datetime:
        return _utc(self.config.clock()).replace(microsecond=0)

    def service(self, account: _Account, sid: str) -> _Service:
        found = account.services.get(sid)
        if found is None:
            raise _not_found(f"/Services/{sid}")
        return found

    def session(self, account: _Account, service_sid: str, sid: str) -> _Session:
        found = self.service(account, service_sid).sessions.get(sid)
        if found is None:
            raise _not_found(f"/Services/{service_sid}/Sessions/{sid}")
        found.expire(self.now())
        return found

    def participant(self, account: _Account, service_sid: str, session_sid: str, sid: str) -> _Participant:
        found = self.session(account, service_sid, session_sid).participants.get(sid)
        if found is None or found.date_deleted is not None:
            raise _not_found(f"/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}")
        return found

    def number(self, account: _Account, service_sid: str, sid: str) -> _Number:
        service = self.service(account, service_sid)
        found = service.numbers.get(sid) or next((n for n in service.numbers if n.phone_number == sid), None)
        if found is None:
            raise _not_found(f"/Services/{service_sid}/PhoneNumbers/{sid}")
        return found

    def in_use(self, service: _Service, number: _Number) -> int:
        """How many active Sessions' Participants use ``number``."""
        now = self.now()
        count = 0
        for session in service.sessions:
            session.expire(now)
            if session.active:
                count += sum(1 for p in session.active_participants() if p.proxy_identifier_sid == number.sid)
        return count

    def add_number(self, service: _Service, phone_number: str, sid: str | None, reserved: bool) -> _Number:
        if any(n.phone_number == phone_number or n.sid == sid for n in service.numbers):
            raise Problem(409, f"Phone Number {phone_number} is already in the Proxy Number Pool", CODE_CONFLICT)
        now = self.now()
        number = _Number(
            sid=sid or _pn_sid(phone_number),
            service_sid=service.sid,
            account_sid=service.account_sid,
            phone_number=phone_number,
            is_reserved=reserved,
            date_created=now,
            date_updated=now,
        )
        service.numbers.add(number.sid, number)
        return number

    def fresh_number(self, service: _Service) -> _Number:
        """A number "bought" into the pool (``Config.auto_numbers``)."""
        while True:
            self._pool_counter += 1
            phone = f"+1555{self._pool_counter % 10_000_000:07d}"
            if all(n.phone_number != phone for n in service.numbers):
                return self.add_number(service, phone, None, False)

    def busy_numbers(self, service: _Service, identifier: str) -> set[str]:
        """PN SIDs ``identifier`` already uses in the Service's active Sessions."""
        now = self.now()
        busy: set[str] = set()
        for session in service.sessions:
            session.expire(now)
            if session.active:
                busy |= {
                    p.proxy_identifier_sid or "" for p in session.active_participants() if p.identifier == identifier
                }
        return busy

    def assign(self, service: _Service, identifier: str, wanted: str | None, wanted_sid: str | None) -> _Number:
        """The pool number a new Participant gets (Twilio's rules), or 409 with code 80402."""
        busy = self.busy_numbers(service, identifier)
        if wanted is not None or wanted_sid is not None:
            number = next(
                (n for n in service.numbers if n.phone_number == wanted or n.sid == wanted_sid),
                None,
            )
            if number is None and self.config.auto_numbers and (wanted is not None or _is_pn(wanted_sid)):
                phone = wanted if wanted is not None else _number_of_sid(str(wanted_sid))
                number = self.add_number(service, phone, wanted_sid if _is_pn(wanted_sid) else None, False)
        else:
            number = next((n for n in service.numbers if not n.is_reserved and n.sid not in busy), None)
            if number is None and self.config.auto_numbers:
                number = self.fresh_number(service)
        if number is None or number.sid in busy:
            raise Problem(
                409,
                f"Proxy could not assign a proxy number to participant {identifier}: no usable number in the Proxy Number Pool",
                CODE_POOL,
            )
        return number


def _participant_fields(text: str) -> dict[str, Any]:
    """One ``Participants`` value of CreateSession: a JSON object with an ``Identifier``."""
    try:
        fields = json.loads(text)
    except ValueError:
        fields = None
    identifier = fields.get("Identifier") if isinstance(fields, dict) else None
    if not isinstance(identifier, str) or not identifier:
        raise Problem(400, "Each Participants value must be a JSON object with an Identifier", CODE_BAD_REQUEST)
    assert isinstance(fields, dict)
    return {k: (str(v) if v is not None else None) for k, v in fields.items()}


def _proxied_pair(session: _Session, from_: str, to: str) -> tuple[_Participant, _Participant] | None:
    """(sender, recipient) when ``from_`` texting ``to`` is proxied within this active Session."""
    if not session.active:
        return None
    active = session.active_participants()
    sender = next((p for p in active if p.identifier == from_ and p.proxy_identifier == to), None)
    other = next((p for p in active if p is not sender), None)
    return None if sender is None or other is None else (sender, other)


class TwilioProxyService(SendsCallbacks):
    """Twilio Proxy v1, in memory."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._tokens = dict(self.config.accounts)
        self._store = _Store(self.config)
        self._callbacks = CallbackSender(
            retries=self.config.callback_retries,
            timeout=self.config.callback_timeout,
            backoff=self.config.callback_backoff,
            transport=self.config.callback_transport,
        )
        if self.config.seed_examples:
            self._seed_examples()

    def _seed_examples(self) -> None:
        sid = self.config.accounts[0][0]
        account = self._store.accounts[sid] = _Account(sid)
        service = self._make_service(account, EXAMPLE_SERVICE_SID, "Example Service")
        service.default_ttl = 3600
        self._store.add_number(service, "+15005550007", EXAMPLE_PHONE_NUMBER_SID, False)
        session = self._make_session(service, EXAMPLE_SESSION_SID, "Example Session", None)
        participant = self._new_participant(session, service, "+15005550006", "Example Participant", None, None)
        session.participants.remove(participant.sid)
        participant.sid = EXAMPLE_PARTICIPANT_SID
        session.participants.add(participant.sid, participant)
        interaction = self._record_message(session, participant, "Hello")
        session.interactions.remove(interaction.sid)
        interaction.sid = EXAMPLE_INTERACTION_SID
        session.interactions.add(interaction.sid, interaction)

    # -- helpers -------------------------------------------------------------------------

    def _base(self, context: RequestContext) -> str:
        return (self.config.base_url or context.base_url).rstrip("/")

    def _make_service(self, account: _Account, sid: str, unique_name: str) -> _Service:
        now = self._store.now()
        service = _Service(
            sid=sid,
            account_sid=account.sid,
            unique_name=unique_name,
            default_ttl=0,
            geo_match_level="country",
            number_selection_behavior="prefer-sticky",
            callback_url=None,
            intercept_callback_url=None,
            out_of_session_callback_url=None,
            chat_instance_sid=None,
            date_created=now,
            date_updated=now,
        )
        account.services.add(service.sid, service)
        account.service_names[unique_name] = service.sid
        return service

    def _make_session(self, service: _Service, sid: str, unique_name: str | None, ttl: int | None) -> _Session:
        now = self._store.now()
        session = _Session(
            sid=sid,
            service_sid=service.sid,
            account_sid=service.account_sid,
            unique_name=unique_name,
            status="open",
            ttl=service.default_ttl if ttl is None else ttl,
            mode="voice-and-message",
            date_expiry=None,
            date_started=now,
            date_ended=None,
            date_created=now,
            date_updated=now,
            ttl_from=now,
        )
        service.sessions.add(session.sid, session)
        if unique_name is not None:
            service.session_names[unique_name] = session.sid
        return session

    def _check_room(self, session: _Session, identifier: str, extra: int = 1) -> None:
        if identifier in session.identifiers:
            raise Problem(
                409, f"Participant identifier {identifier} is already in use in this Session", CODE_PARTICIPANT_CONFLICT
            )
        if len(session.active_participants()) + extra > MAX_PARTICIPANTS:
            raise Problem(409, "Too Many Added Participants: a Session holds two", CODE_TOO_MANY_PARTICIPANTS)

    def _new_participant(
        self,
        session: _Session,
        service: _Service,
        identifier: str,
        friendly_name: str | None,
        proxy_identifier: str | None,
        proxy_identifier_sid: str | None,
    ) -> _Participant:
        self._check_room(session, identifier)
        number = self._store.assign(service, identifier, proxy_identifier, proxy_identifier_sid)
        now = self._store.now()
        participant = _Participant(
            sid=hex_sid("KP"),
            session_sid=session.sid,
            service_sid=session.service_sid,
            account_sid=session.account_sid,
            friendly_name=friendly_name,
            identifier=identifier,
            proxy_identifier=number.phone_number,
            proxy_identifier_sid=number.sid,
            date_created=now,
            date_updated=now,
        )
        session.participants.add(participant.sid, participant)
        session.identifiers.add(identifier)
        return participant

    def _record_message(
        self, session: _Session, participant: _Participant, text: str | None, media: list[str] | None = None
    ) -> _Interaction:
        now = self._store.now()
        data: dict[str, Any] = {"body": text or ""}
        if media:
            data["media_urls"] = media
        interaction = _Interaction(
            sid=hex_sid("KI"),
            session_sid=session.sid,
            service_sid=session.service_sid,
            account_sid=session.account_sid,
            participant_sid=participant.sid,
            data=json.dumps(data),
            date_created=now,
        )
        session.interactions.add(interaction.sid, interaction)
        session.date_last_interaction = session.ttl_from = session.date_updated = now
        if session.status == "open":
            session.status = "in-progress"
        return interaction

    def _twilio_post(
        self, url: str, account_sid: str, params: dict[str, str], token: str
    ) -> tuple[str, dict[str, str]]:
        """The form body and headers of a callback, signed as Twilio signs (``X-Twilio-Signature``)."""
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "User-Agent": "TwilioProxy/1.1",
            "X-Twilio-Signature": twilio_signature(self._tokens.get(account_sid, ""), url, params),
            "I-Twilio-Idempotency-Token": token,  # the same for every retry of one event
        }
        return urllib.parse.urlencode(params), headers

    def _notify_interaction(self, service: _Service, interaction: _Interaction) -> None:
        """Send the Service's intercept callback, then its ``CallbackUrl`` callback, off the request path.

        As Twilio documents: the intercept callback comes first, once; a 403 answer blocks the
        interaction (here its ``outbound_resource_status`` becomes ``failed``), anything else
        or no answer lets it continue (``queued`` -> ``sent``). The ``CallbackUrl`` callback then
        reports the interaction with its final status.
        """
        intercept, callback = service.intercept_callback_url, service.callback_url
        if intercept is None and callback is None:
            return

        async def chain() -> Delivery:
            last: Delivery | None = None
            if intercept is not None:
                body, headers = self._twilio_post(
                    intercept, interaction.account_sid, _callback_params(interaction, intercept=True), hex_sid("ID")
                )
                last = await self._callbacks.deliver(
                    intercept, body, headers=headers, kind="twilio.intercept_callback", retries=0
                )
                interaction.outbound_status = "failed" if last.status == 403 else "sent"
                interaction.date_updated = self._store.now()
            if callback is not None:
                body, headers = self._twilio_post(
                    callback, interaction.account_sid, _callback_params(interaction, intercept=False), hex_sid("ID")
                )
                last = await self._callbacks.deliver(callback, body, headers=headers, kind="twilio.callback")
            assert last is not None
            return last

        self._callbacks.submit(chain)

    def inbound_message(self, from_: str, to: str, body: str = "") -> dict[str, Any] | None:
        """Simulate an SMS from ``from_`` to the proxy number ``to`` (Twilio's inbound traffic has no REST API).

        When ``from_`` is a Participant of an active Session with ``to`` as its proxy identifier
        and the Session has another Participant, the message is proxied: a message Interaction
        with an inbound leg (the sender) and an outbound leg (the other Participant) is recorded
        and the Service's intercept and interaction callbacks are sent, as for
        CreateMessageInteraction; the Interaction is returned (as the API answers it; ``url``
        is relative unless ``Config.base_url`` is set). Otherwise the
        Service's ``OutOfSessionCallbackUrl`` (if any) is called and ``None`` is returned. A
        number in no Service's pool raises ``LookupError``.
        """
        now = self._store.now()
        for account in self._store.accounts.values():
            for service in account.services:
                if not any(number.phone_number == to for number in service.numbers):
                    continue
                for session in service.sessions:
                    session.expire(now)
                    pair = _proxied_pair(session, from_, to)
                    if pair is not None:
                        interaction = self._record_message(session, pair[1], body)
                        interaction.inbound_participant_sid = pair[0].sid
                        if service.intercept_callback_url is not None:
                            interaction.outbound_status = "queued"
                        found = interaction.to_dict(self.config.base_url or "", message=False)
                        answer = {
                            k: _twilio_time(v) if isinstance(v, datetime.datetime) else v for k, v in found.items()
                        }
                        self._notify_interaction(service, interaction)
                        return answer
                self._out_of_session(service, from_, to, body)
                return None
        raise LookupError(f"{to} is in no Service's Proxy Number Pool")

    def _out_of_session(self, service: _Service, from_: str, to: str, body: str) -> None:
        url = service.out_of_session_callback_url
        if url is None:
            return
        previous = None
        for session in service.sessions.values()[::-1]:  # the most recent Session of this sender and number
            sender = next((p for p in session.participants if p.identifier == from_ and p.proxy_identifier == to), None)
            if sender is not None:
                other = next((p for p in session.participants if p is not sender), None)
                previous = (session, sender, other)
                break
        params = _out_of_session_params(service.account_sid, from_, to, body, previous)
        form, headers = self._twilio_post(url, service.account_sid, params, hex_sid("ID"))
        self._callbacks.send(url, form, headers=headers, kind="twilio.out_of_session_callback")

    # -- the Service protocol: authentication and errors -----------------------------------

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> _Account | Refusal:
        """``AccountSid:AuthToken`` of a configured account; anything else is 401 (code 20003)."""
        basic = credentials.account_sid_auth_token
        token = None if basic is None else self._tokens.get(basic.username)
        if basic is None or token is None or not same_secret(basic.password, token):
            return Refusal(401, "Authenticate")
        account = self._store.accounts.get(basic.username)
        if account is None:
            account = self._store.accounts[basic.username] = _Account(basic.username)
        return account

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """Twilio-shaped error bodies for errors the generated layer answers itself."""
        if status == 401:
            return _unauthorized()
        return _error(status, message or "Error")

    # -- Services --------------------------------------------------------------------------

    async def list_service(
        self,
        *,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> api.ListServiceResult:
        base = self._base(context)
        cut = _page(
            principal.services,
            key="services",
            url=base + "/v1/Services",
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
        return api.ListService200(
            body=models.ListServiceResponse.model_validate(
                {"services": [s.to_model(base) for s in cut.items], "meta": cut.meta}
            )
        )

    async def create_service(
        self, *, body: models.CreateServiceRequest, principal: _Account, context: RequestContext
    ) -> api.CreateServiceResult:
        if body.unique_name in principal.service_names:
            return api.CreateService409(
                body=_error(409, f"Service with UniqueName {body.unique_name} already exists", CODE_CONFLICT)
            )
        service = self._make_service(principal, hex_sid("KS"), body.unique_name)
        self._apply_service_fields(service, body)
        return api.CreateService201(body=service.to_model(self._base(context)))

    @staticmethod
    def _apply_service_fields(
        service: _Service, body: models.CreateServiceRequest | models.UpdateServiceRequest
    ) -> None:
        """Copy the fields that were sent onto ``service``."""
        if body.default_ttl is not MISSING:
            service.default_ttl = _ttl(body.default_ttl)
        if body.geo_match_level is not MISSING:
            service.geo_match_level = body.geo_match_level
        if body.number_selection_behavior is not MISSING:
            service.number_selection_behavior = body.number_selection_behavior
        for name in ("callback_url", "intercept_callback_url", "out_of_session_callback_url"):
            value = getattr(body, name)
            if value is not MISSING:
                setattr(service, name, _url_or_none(value))
        if body.chat_instance_sid is not MISSING:
            service.chat_instance_sid = body.chat_instance_sid

    async def fetch_service(self, *, sid: str, principal: _Account, context: RequestContext) -> api.FetchServiceResult:
        try:
            service = self._store.service(principal, sid)
        except Problem as problem:
            return api.FetchService404(body=problem.error)
        return api.FetchService200(body=service.to_model(self._base(context)))

    async def update_service(
        self, *, sid: str, body: models.UpdateServiceRequest | None, principal: _Account, context: RequestContext
    ) -> api.UpdateServiceResult:
        try:
            service = self._store.service(principal, sid)
        except Problem as problem:
            return api.UpdateService404(body=problem.error)
        request = body if body is not None else models.UpdateServiceRequest()
        name = _opt(request.unique_name)
        if name is not None and name != service.unique_name:
            if name in principal.service_names:
                return api.UpdateService409(
                    body=_error(409, f"Service with UniqueName {name} already exists", CODE_CONFLICT)
                )
            principal.service_names.pop(service.unique_name, None)
            principal.service_names[name] = service.sid
            service.unique_name = name
        self._apply_service_fields(service, request)
        service.date_updated = self._store.now()
        return api.UpdateService200(body=service.to_model(self._base(context)))

    async def delete_service(
        self, *, sid: str, principal: _Account, context: RequestContext
    ) -> api.DeleteServiceResult:
        service = principal.services.remove(sid)
        if service is None:
            return api.DeleteService404(body=_not_found(f"/Services/{sid}").error)
        principal.service_names.pop(service.unique_name, None)
        return api.DeleteService204()

    # -- Sessions --------------------------------------------------------------------------

    async def list_session(
        self,
        *,
        service_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> api.ListSessionResult:
        try:
            service = self._store.service(principal, service_sid)
        except Problem as problem:
            return api.ListSession404(body=problem.error)
        base = self._base(context)
        url = base + service.path() + "/Sessions"
        cut = _page(service.sessions, key="sessions", url=url, page_size=page_size, page=page, page_token=page_token)
        now = self._store.now()
        for session in cut.items:
            session.expire(now)
        return api.ListSession200(
            body=models.ListSessionResponse.model_validate(
                {"sessions": [s.to_model(base) for s in cut.items], "meta": cut.meta}
            )
        )

    async def create_session(
        self,
        *,
        service_sid: str,
        body: models.CreateSessionRequest | None,
        principal: _Account,
        context: RequestContext,
    ) -> api.CreateSessionResult:
        request = body if body is not None else models.CreateSessionRequest()
        try:
            service = self._store.service(principal, service_sid)
            session = self._create_session(service, request)
        except Problem as problem:
            if problem.status == 404:
                return api.CreateSession404(body=problem.error)
            if problem.status == 409:
                return api.CreateSession409(body=problem.error)
            return api.CreateSession400(body=problem.error)
        return api.CreateSession201(body=session.to_model(self._base(context)))

    def _create_session(self, service: _Service, request: models.CreateSessionRequest) -> _Session:
        unique_name = _opt(request.unique_name)
        if unique_name is not None and unique_name in service.session_names:
            raise Problem(409, f"Session with UniqueName {unique_name} already exists", CODE_CONFLICT)
        wanted = [_participant_fields(i if isinstance(i, str) else i.root) for i in _opt(request.participants) or []]
        identifiers = [fields["Identifier"] for fields in wanted]
        if len(set(identifiers)) != len(identifiers):
            raise Problem(409, "Participants repeat an Identifier", CODE_PARTICIPANT_CONFLICT)
        if len(wanted) > MAX_PARTICIPANTS:
            raise Problem(409, "Too Many Added Participants: a Session holds two", CODE_TOO_MANY_PARTICIPANTS)
        ttl = None if request.ttl is MISSING else _ttl(request.ttl)
        session = self._make_session(service, hex_sid("KC"), unique_name, ttl)
        session.mode = request.mode
        session.status = request.status
        date_expiry = _opt(request.date_expiry)
        session.date_expiry = None if date_expiry is None else _utc(date_expiry)
        if request.status in ("closed", "failed"):
            session.date_ended = session.date_created
        try:
            for fields in wanted:
                self._new_participant(
                    session,
                    service,
                    fields["Identifier"],
                    fields.get("FriendlyName"),
                    fields.get("ProxyIdentifier"),
                    fields.get("ProxyIdentifierSid"),
                )
        except Problem:  # nothing is created when a participant cannot be
            service.sessions.remove(session.sid)
            if unique_name is not None:
                service.session_names.pop(unique_name, None)
            raise
        return session

    async def fetch_session(
        self, *, service_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.FetchSessionResult:
        try:
            session = self._store.session(principal, service_sid, sid)
        except Problem as problem:
            return api.FetchSession404(body=problem.error)
        return api.FetchSession200(body=session.to_model(self._base(context)))

    async def update_session(
        self,
        *,
        service_sid: str,
        sid: str,
        body: models.UpdateSessionRequest | None,
        principal: _Account,
        context: RequestContext,
    ) -> api.UpdateSessionResult:
        try:
            session = self._store.session(principal, service_sid, sid)
        except Problem as problem:
            return api.UpdateSession404(body=problem.error)
        request = body if body is not None else models.UpdateSessionRequest()
        now = self._store.now()
        if request.ttl is not MISSING:
            session.ttl, session.ttl_from = _ttl(request.ttl), now
        if request.date_expiry is not MISSING:
            session.date_expiry = _utc(request.date_expiry)
        if request.status == "closed":
            if session.active:
                session.close("api", now)
        elif request.status in ("in-progress", "open"):
            if not session.active:
                session.date_ended = session.closed_reason = None
                session.ttl_from = now
            session.status = request.status
        elif request.status is not MISSING:
            session.status = request.status
        session.date_updated = now
        session.expire(now)
        return api.UpdateSession200(body=session.to_model(self._base(context)))

    async def delete_session(
        self, *, service_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.DeleteSessionResult:
        service = principal.services.get(service_sid)
        session = None if service is None else service.sessions.remove(sid)
        if service is None or session is None:
            return api.DeleteSession404(body=_not_found(f"/Services/{service_sid}/Sessions/{sid}").error)
        if session.unique_name is not None:
            service.session_names.pop(session.unique_name, None)
        return api.DeleteSession204()

    # -- Participants ----------------------------------------------------------------------

    async def list_participant(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> api.ListParticipantResult:
        try:
            session = self._store.session(principal, service_sid, session_sid)
        except Problem as problem:
            return api.ListParticipant404(body=problem.error)
        base = self._base(context)
        url = base + session.path() + "/Participants"
        cut = _page(
            session.participants, key="participants", url=url, page_size=page_size, page=page, page_token=page_token
        )
        return api.ListParticipant200(
            body=models.ListParticipantResponse.model_validate(
                {"participants": [p.to_dict(base) for p in cut.items], "meta": cut.meta}
            )
        )

    async def create_participant(
        self,
        *,
        service_sid: str,
        session_sid: str,
        body: models.CreateParticipantRequest,
        principal: _Account,
        context: RequestContext,
    ) -> api.CreateParticipantResult:
        try:
            session = self._store.session(principal, service_sid, session_sid)
            service = self._store.service(principal, service_sid)
            participant = self._new_participant(
                session,
                service,
                body.identifier,
                _opt(body.friendly_name),
                _opt(body.proxy_identifier),
                _opt(body.proxy_identifier_sid),
            )
        except Problem as problem:
            if problem.status == 404:
                return api.CreateParticipant404(body=problem.error)
            if problem.status == 409:
                return api.CreateParticipant409(body=problem.error)
            return api.CreateParticipant400(body=problem.error)
        return api.CreateParticipant201(body=participant.to_model(self._base(context)))

    async def fetch_participant(
        self, *, service_sid: str, session_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.FetchParticipantResult:
        try:
            participant = self._store.participant(principal, service_sid, session_sid, sid)
        except Problem as problem:
            return api.FetchParticipant404(body=problem.error)
        return api.FetchParticipant200(body=participant.to_model(self._base(context)))

    async def delete_participant(
        self, *, service_sid: str, session_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.DeleteParticipantResult:
        try:
            participant = self._store.participant(principal, service_sid, session_sid, sid)
        except Problem as problem:
            return api.DeleteParticipant404(body=problem.error)
        participant.date_deleted = participant.date_updated = self._store.now()
        return api.DeleteParticipant200()

    # -- PhoneNumbers ----------------------------------------------------------------------

    async def list_phone_number(
        self,
        *,
        service_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> api.ListPhoneNumberResult:
        try:
            service = self._store.service(principal, service_sid)
        except Problem as problem:
            return api.ListPhoneNumber404(body=problem.error)
        base = self._base(context)
        url = base + service.path() + "/PhoneNumbers"
        cut = _page(
            service.numbers, key="phone_numbers", url=url, page_size=page_size, page=page, page_token=page_token
        )
        numbers = [n.to_model(base, self._store.in_use(service, n)) for n in cut.items]
        return api.ListPhoneNumber200(
            body=models.ListPhoneNumberResponse.model_validate({"phone_numbers": numbers, "meta": cut.meta})
        )

    async def create_phone_number(
        self,
        *,
        service_sid: str,
        body: models.CreatePhoneNumberRequest,
        principal: _Account,
        context: RequestContext,
    ) -> api.CreatePhoneNumberResult:
        sid, phone, reserved = _opt(body.sid), _opt(body.phone_number) or None, body.is_reserved is True
        try:
            service = self._store.service(principal, service_sid)
            if sid is None and phone is None:
                if not self.config.auto_numbers:
                    raise Problem(400, "Either Sid or PhoneNumber is required", CODE_BAD_REQUEST)
                number = self._store.fresh_number(service)
                number.is_reserved = reserved
            else:
                number = self._store.add_number(service, phone or _number_of_sid(str(sid)), sid, reserved)
        except Problem as problem:
            if problem.status == 404:
                return api.CreatePhoneNumber404(body=problem.error)
            if problem.status == 409:
                return api.CreatePhoneNumber409(body=problem.error)
            return api.CreatePhoneNumber400(body=problem.error)
        return api.CreatePhoneNumber201(body=number.to_model(self._base(context), 0))

    async def fetch_phone_number(
        self, *, service_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.FetchPhoneNumberResult:
        try:
            number = self._store.number(principal, service_sid, sid)
        except Problem as problem:
            return api.FetchPhoneNumber404(body=problem.error)
        service = self._store.service(principal, service_sid)
        return api.FetchPhoneNumber200(body=number.to_model(self._base(context), self._store.in_use(service, number)))

    async def update_phone_number(
        self,
        *,
        service_sid: str,
        sid: str,
        body: models.UpdatePhoneNumberRequest | None,
        principal: _Account,
        context: RequestContext,
    ) -> api.UpdatePhoneNumberResult:
        try:
            number = self._store.number(principal, service_sid, sid)
        except Problem as problem:
            return api.UpdatePhoneNumber404(body=problem.error)
        if body is not None and body.is_reserved is not MISSING:
            number.is_reserved = body.is_reserved
            number.date_updated = self._store.now()
        service = self._store.service(principal, service_sid)
        return api.UpdatePhoneNumber200(body=number.to_model(self._base(context), self._store.in_use(service, number)))

    async def delete_phone_number(
        self, *, service_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.DeletePhoneNumberResult:
        try:
            number = self._store.number(principal, service_sid, sid)
        except Problem as problem:
            return api.DeletePhoneNumber404(body=problem.error)
        self._store.service(principal, service_sid).numbers.remove(number.sid)
        return api.DeletePhoneNumber204()

    # -- Interactions ----------------------------------------------------------------------

    def _interaction(self, principal: _Account, service_sid: str, session_sid: str, sid: str) -> _Interaction:
        found = self._store.session(principal, service_sid, session_sid).interactions.get(sid)
        if found is None:
            raise _not_found(f"/Services/{service_sid}/Sessions/{session_sid}/Interactions/{sid}")
        return found

    async def list_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> api.ListInteractionResult:
        try:
            session = self._store.session(principal, service_sid, session_sid)
        except Problem as problem:
            return api.ListInteraction404(body=problem.error)
        base = self._base(context)
        url = base + session.path() + "/Interactions"
        cut = _page(
            session.interactions, key="interactions", url=url, page_size=page_size, page=page, page_token=page_token
        )
        items = [i.to_dict(base, message=False) for i in cut.items]
        return api.ListInteraction200(
            body=models.ListInteractionResponse.model_validate({"interactions": items, "meta": cut.meta})
        )

    async def fetch_interaction(
        self, *, service_sid: str, session_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.FetchInteractionResult:
        try:
            interaction = self._interaction(principal, service_sid, session_sid, sid)
        except Problem as problem:
            return api.FetchInteraction404(body=problem.error)
        body = models.Interaction.model_validate(interaction.to_dict(self._base(context), message=False))
        return api.FetchInteraction200(body=body)

    async def delete_interaction(
        self, *, service_sid: str, session_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> api.DeleteInteractionResult:
        try:
            interaction = self._interaction(principal, service_sid, session_sid, sid)
        except Problem as problem:
            return api.DeleteInteraction404(body=problem.error)
        self._store.session(principal, service_sid, session_sid).interactions.remove(interaction.sid)
        return api.DeleteInteraction204()

    # -- MessageInteractions ---------------------------------------------------------------

    async def create_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: models.CreateMessageInteractionRequest,
        principal: _Account,
        context: RequestContext,
    ) -> api.CreateMessageInteractionResult:
        text, media = _opt(body.body), [str(u) for u in _opt(body.media_url) or []]
        try:
            participant = self._store.participant(principal, service_sid, session_sid, participant_sid)
            session = self._store.session(principal, service_sid, session_sid)
            if not session.active:
                raise Problem(409, f"Session {session.sid} is closed", CODE_CONFLICT)
        except Problem as problem:
            if problem.status == 404:
                return api.CreateMessageInteraction404(body=problem.error)
            return api.CreateMessageInteraction409(body=problem.error)
        interaction = self._record_message(session, participant, text, media)
        service = self._store.service(principal, service_sid)
        if service.intercept_callback_url is not None:
            interaction.outbound_status = "queued"  # until the intercept callback lets it through
        body_out = models.MessageInteraction.model_validate(interaction.to_dict(self._base(context), message=True))
        self._notify_interaction(service, interaction)  # after the answer is built: the sender runs concurrently
        return api.CreateMessageInteraction200(body=body_out)

    async def list_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> api.ListMessageInteractionResult:
        try:
            participant = self._store.participant(principal, service_sid, session_sid, participant_sid)
            session = self._store.session(principal, service_sid, session_sid)
        except Problem as problem:
            return api.ListMessageInteraction404(body=problem.error)
        mine: OrderedIndex[_Interaction] = OrderedIndex()
        for interaction in session.interactions:
            if interaction.participant_sid == participant.sid and interaction.inbound_participant_sid is None:
                mine.add(interaction.sid, interaction)
        base = self._base(context)
        url = f"{base}{participant.path()}/MessageInteractions"
        cut = _page(mine, key="interactions", url=url, page_size=page_size, page=page, page_token=page_token)
        items = [i.to_dict(base, message=True) for i in cut.items]
        return api.ListMessageInteraction200(
            body=models.ListMessageInteractionResponse.model_validate({"interactions": items, "meta": cut.meta})
        )

    async def fetch_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        principal: _Account,
        context: RequestContext,
    ) -> api.FetchMessageInteractionResult:
        try:
            interaction = self._interaction(principal, service_sid, session_sid, sid)
            if interaction.participant_sid != participant_sid:
                raise _not_found(f"/Services/{service_sid}/Sessions/{session_sid}/Participants/{participant_sid}")
        except Problem as problem:
            return api.FetchMessageInteraction404(body=problem.error)
        body = models.MessageInteraction.model_validate(interaction.to_dict(self._base(context), message=True))
        return api.FetchMessageInteraction200(body=body)

    # -- state for the stand-in layer (services/standin): snapshot and restore ------------------

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every resource of every account, as the API answers it (URLs on ``Config.base_url``).

        Collections: services, phone_numbers, sessions (plus ``ttl_from``: where the Ttl counts
        from), participants (soft-deleted ones too), interactions. ``restore`` reads them back.
        """
        base = (self.config.base_url or "http://localhost").rstrip("/")
        found: dict[str, list[dict[str, Any]]] = {
            "services": [],
            "phone_numbers": [],
            "sessions": [],
            "participants": [],
            "interactions": [],
        }
        for account in self._store.accounts.values():
            for service in account.services:
                found["services"].append(service.to_model(base).model_dump(mode="json"))
                for number in service.numbers:
                    model = number.to_model(base, self._store.in_use(service, number))
                    found["phone_numbers"].append(model.model_dump(mode="json"))
                for session in service.sessions:
                    session.expire(self._store.now())
                    dumped = session.to_model(base).model_dump(mode="json")
                    found["sessions"].append({**dumped, "ttl_from": session.ttl_from.isoformat()})
                    for p in session.participants:
                        found["participants"].append(
                            models.Participant.model_validate(p.to_dict(base)).model_dump(mode="json")
                        )
                    for i in session.interactions:
                        interaction = models.Interaction.model_validate(i.to_dict(base, message=False))
                        found["interactions"].append(interaction.model_dump(mode="json"))
        return found

    def restore(self, data: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Add the resources of a ``snapshot``-shaped mapping (seed files, saved state).

        Only the essentials are required (a service's ``unique_name``, a session's
        ``service_sid``, a participant's ``session_sid`` and ``identifier``, ...); missing SIDs,
        dates and settings take the defaults a create would; ``account_sid`` defaults to the
        development account. Parents come before children whatever the mapping's order.
        """
        for item in data.get("services", ()):
            self._restore_service(item)
        for item in data.get("phone_numbers", ()):
            service = self._restored_parent(item, "service")
            number = self._store.add_number(
                service, str(item["phone_number"]), item.get("sid"), bool(item.get("is_reserved", False))
            )
            number.date_created = _when(item.get("date_created"), number.date_created)
            number.date_updated = _when(item.get("date_updated"), number.date_updated)
        for item in data.get("sessions", ()):
            self._restore_session(item)
        for item in data.get("participants", ()):
            self._restore_participant(item)
        for item in data.get("interactions", ()):
            self._restore_interaction(item)

    def _restored_parent(self, item: Mapping[str, Any], kind: str) -> _Service:
        account = self._store.accounts.get(str(item.get("account_sid") or self.config.accounts[0][0]))
        found = None if account is None else account.services.get(str(item.get("service_sid")))
        if found is None:
            raise ValueError(f"{kind} {item.get('sid')}: no service {item.get('service_sid')!r} in account")
        return found

    def _restored_session(self, item: Mapping[str, Any], kind: str) -> _Session:
        found = self._restored_parent(item, kind).sessions.get(str(item.get("session_sid")))
        if found is None:
            raise ValueError(f"{kind} {item.get('sid')}: no session {item.get('session_sid')!r}")
        return found

    def _restore_service(self, item: Mapping[str, Any]) -> None:
        account_sid = str(item.get("account_sid") or self.config.accounts[0][0])
        account = self._store.accounts.setdefault(account_sid, _Account(account_sid))
        name = str(item["unique_name"])
        if name in account.service_names:
            raise ValueError(f"service {name!r} exists already")
        service = self._make_service(account, str(item.get("sid") or hex_sid("KS")), name)
        for key in ("default_ttl", "geo_match_level", "number_selection_behavior", "chat_instance_sid"):
            if item.get(key) is not None:
                setattr(service, key, item[key])
        for key in ("callback_url", "intercept_callback_url", "out_of_session_callback_url"):
            setattr(service, key, None if item.get(key) is None else str(item[key]))
        service.date_created = _when(item.get("date_created"), service.date_created)
        service.date_updated = _when(item.get("date_updated"), service.date_updated)

    def _restore_session(self, item: Mapping[str, Any]) -> None:
        service = self._restored_parent(item, "session")
        ttl = item.get("ttl")
        session = self._make_session(
            service,
            str(item.get("sid") or hex_sid("KC")),
            item.get("unique_name"),
            None if ttl is None else _ttl(int(ttl)),
        )
        for key in ("status", "mode", "closed_reason"):
            if item.get(key) is not None:
                setattr(session, key, item[key])
        for key in ("date_created", "date_updated", "date_started"):
            setattr(session, key, _when(item.get(key), getattr(session, key)))
        for key in ("date_expiry", "date_ended", "date_last_interaction"):
            setattr(session, key, None if item.get(key) is None else _when(item[key], session.date_created))
        session.ttl_from = _when(item.get("ttl_from"), session.date_last_interaction or session.date_created)

    def _restore_participant(self, item: Mapping[str, Any]) -> None:
        session = self._restored_session(item, "participant")
        service = self._restored_parent(item, "participant")
        identifier = str(item["identifier"])
        if item.get("proxy_identifier") is None:
            number = self._store.assign(service, identifier, None, item.get("proxy_identifier_sid"))
            proxy: str = number.phone_number
            proxy_sid: str | None = number.sid
        else:
            proxy, proxy_sid = str(item["proxy_identifier"]), item.get("proxy_identifier_sid")
        now = self._store.now()
        participant = _Participant(
            sid=str(item.get("sid") or hex_sid("KP")),
            session_sid=session.sid,
            service_sid=session.service_sid,
            account_sid=session.account_sid,
            friendly_name=item.get("friendly_name"),
            identifier=identifier,
            proxy_identifier=proxy,
            proxy_identifier_sid=proxy_sid,
            date_created=_when(item.get("date_created"), now),
            date_updated=_when(item.get("date_updated"), now),
            date_deleted=None if item.get("date_deleted") is None else _when(item["date_deleted"], now),
        )
        session.participants.add(participant.sid, participant)
        session.identifiers.add(identifier)

    def _restore_interaction(self, item: Mapping[str, Any]) -> None:
        session = self._restored_session(item, "interaction")
        participant = item.get("participant_sid") or item.get("outbound_participant_sid")
        data = item.get("data", "")
        interaction = _Interaction(
            sid=str(item.get("sid") or hex_sid("KI")),
            session_sid=session.sid,
            service_sid=session.service_sid,
            account_sid=session.account_sid,
            participant_sid=str(participant or ""),
            data=data if isinstance(data, str) else json.dumps(data),
            date_created=_when(item.get("date_created"), self._store.now()),
        )
        session.interactions.add(interaction.sid, interaction)


def _when(value: object, default: datetime.datetime) -> datetime.datetime:
    """A restored date-time: ISO 8601 text or a datetime (YAML); ``default`` when absent."""
    if value is None:
        return default
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if not isinstance(value, datetime.datetime):
        raise ValueError(f"{value!r} is not a date-time")
    return _utc(value)


def create_app(config: Config | None = None) -> Starlette:
    """The ready ASGI app of the in-memory Twilio Proxy server."""
    service: Service[_Account] = TwilioProxyService(config)
    return api.create_app(service, realm=REALM)
