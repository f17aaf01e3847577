"""In-memory Twilio Proxy v1 service: Services, their Sessions and the Sessions' Participants.

Behaviour (see ``specs/twilio_proxy.yaml``):

* HTTP Basic ``AccountSid:AuthToken``; wrong credentials answer 401 with code 20003. Each
  account sees only its own Services (another account's SIDs are 404, code 20404).
* SIDs are 34 characters: ``KS``/``KC``/``KP`` + 32 hex digits.
* Deleting a Participant is a soft delete: it stays listed with ``date_deleted`` set, fetching
  or deleting it again is 404, and its ``Identifier`` cannot be re-added to the Session (409).
* Lists page with ``PageSize`` (default 50, max 1000), ``Page`` and ``PageToken``; ``meta``
  holds absolute URLs built from the request's own base URL (or ``Config.base_url``) and
  ``next_page_url`` is null on the last page. Page tokens (``PT<sid>`` = after that item,
  ``PB<sid>`` = before it) stay valid when items are deleted; unknown tokens are ignored.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import MISSING, AnyUrl
from starlette.applications import Starlette

from generated.twilio_proxy import models
from generated.twilio_proxy import server as api
from generated.twilio_proxy.server import (
    CreateParticipant201,
    CreateParticipant404,
    CreateParticipant409,
    CreateParticipantResult,
    CreateService201,
    CreateService409,
    CreateServiceResult,
    CreateSession201,
    CreateSession404,
    CreateSession409,
    CreateSessionResult,
    Credentials,
    DeleteParticipant200,
    DeleteParticipant404,
    DeleteParticipantResult,
    DeleteService204,
    DeleteService404,
    DeleteServiceResult,
    DeleteSession204,
    DeleteSession404,
    DeleteSessionResult,
    FetchParticipant200,
    FetchParticipant404,
    FetchParticipantResult,
    FetchService200,
    FetchService404,
    FetchServiceResult,
    FetchSession200,
    FetchSession404,
    FetchSessionResult,
    ListParticipant200,
    ListParticipant404,
    ListParticipantResult,
    ListService200,
    ListServiceResult,
    ListSession200,
    ListSession404,
    ListSessionResult,
    Refusal,
    RequestContext,
    Service,
)

from ._common import OrderedIndex, basic_header, hex_sid, same_secret, utcnow_seconds

__all__ = ["Config", "TwilioProxyService", "create_app"]

REALM = "Twilio API"  # named by every 401's WWW-Authenticate challenge
MORE_INFO = "https://www.twilio.com/docs/errors/{}"
CODE_BAD_REQUEST = 20001
CODE_AUTHENTICATE = 20003
CODE_NOT_FOUND = 20404
CODE_CONFLICT = 20409
CODE_PARTICIPANT_CONFLICT = 80623
_CODES = {400: CODE_BAD_REQUEST, 401: CODE_AUTHENTICATE, 405: 20004}
# The SIDs the spec's examples use (``Config.seed_examples``).
EXAMPLE_SERVICE_SID = "KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b"
EXAMPLE_SESSION_SID = "KC1a2b3c4d5e6f708192a3b4c5d6e7f809"
EXAMPLE_PARTICIPANT_SID = "KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"

T = TypeVar("T")


@dataclass(frozen=True)
class Config:
    """Settings of the in-memory Twilio Proxy server.

    ``accounts`` maps Account SIDs to Auth Tokens; the first is the development principal.
    ``base_url`` (``scheme://host[:port]``) is the public base of every absolute URL in
    answers; ``None`` uses each request's own (``RequestContext.base_url``). ``seed_examples``
    starts the first account with the Service, Session and Participant whose SIDs the spec's
    examples use, so the documented examples work as written.
    """

    accounts: tuple[tuple[str, str], ...] = (("AC00000000000000000000000000000001", "dev-auth-token"),)
    base_url: str | None = None
    seed_examples: bool = False

    def dev_headers(self) -> dict[str, str]:
        """The ``Authorization`` header of the development principal."""
        sid, token = self.accounts[0]
        return basic_header(sid, token)

    def dev_credentials(self) -> str:
        """A one-line description of the development principal."""
        sid, token = self.accounts[0]
        return f"account_sid={sid} auth_token={token}"


def _error(status: int, message: str, code: int | None = None) -> models.Error:
    code = code if code is not None else _CODES.get(status, 20000 + status)
    return models.Error(code=code, message=message, more_info=AnyUrl(MORE_INFO.format(code)), status=status)


def _not_found(path: str) -> models.Error:
    return _error(404, f"The requested resource {path} was not found", CODE_NOT_FOUND)


def _unauthorized() -> models.Error:
    return _error(401, "Authenticate", CODE_AUTHENTICATE)


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
    date_created: Any  # datetime
    date_updated: Any
    date_deleted: Any = None

    def path(self) -> str:
        return f"/v1/Services/{self.service_sid}/Sessions/{self.session_sid}/Participants/{self.sid}"

    def to_model(self, base: str) -> models.Participant:
        return models.Participant.model_validate(self.to_dict(base))

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
    date_expiry: Any
    date_started: Any
    date_ended: Any
    date_created: Any
    date_updated: Any
    participants: OrderedIndex[_Participant] = field(default_factory=OrderedIndex)
    identifiers: set[str] = field(default_factory=set)  # every identifier ever used (soft delete)

    def path(self) -> str:
        return f"/v1/Services/{self.service_sid}/Sessions/{self.sid}"

    def to_model(self, base: str) -> models.Session:
        url = base + self.path()
        return models.Session.model_validate(
            {
                "sid": self.sid,
                "service_sid": self.service_sid,
                "account_sid": self.account_sid,
                "date_started": self.date_started,
                "date_ended": self.date_ended,
                "date_last_interaction": None,
                "date_expiry": self.date_expiry,
                "unique_name": self.unique_name,
                "status": self.status,
                "closed_reason": None,
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
    date_created: Any
    date_updated: Any
    sessions: OrderedIndex[_Session] = field(default_factory=OrderedIndex)
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


def _utc(value: datetime.datetime) -> datetime.datetime:
    """An aware UTC datetime (a naive one is taken as UTC), so answers always carry an offset."""
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC)


def _url_or_none(value: object) -> str | None:
    return None if value is MISSING or value is None else str(value)


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


class TwilioProxyService:
    """Twilio Proxy v1, in memory."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._tokens = dict(self.config.accounts)
        self._accounts: dict[str, _Account] = {}
        self._pool_counter = 0
        if self.config.seed_examples:
            self._seed_examples()

    def _seed_examples(self) -> None:
        sid = self.config.accounts[0][0]
        account = self._accounts[sid] = _Account(sid)
        now = utcnow_seconds()
        service = _Service(
            sid=EXAMPLE_SERVICE_SID,
            account_sid=sid,
            unique_name="Example Service",
            default_ttl=3600,
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
        account.service_names[service.unique_name] = service.sid
        session = _Session(
            sid=EXAMPLE_SESSION_SID,
            service_sid=service.sid,
            account_sid=sid,
            unique_name="Example Session",
            status="open",
            ttl=3600,
            mode="voice-and-message",
            date_expiry=None,
            date_started=now,
            date_ended=None,
            date_created=now,
            date_updated=now,
        )
        service.sessions.add(session.sid, session)
        service.session_names["Example Session"] = session.sid
        participant = _Participant(
            sid=EXAMPLE_PARTICIPANT_SID,
            session_sid=session.sid,
            service_sid=service.sid,
            account_sid=sid,
            friendly_name="Example Participant",
            identifier="+15005550006",
            proxy_identifier="+15005550007",
            proxy_identifier_sid="PN7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b",
            date_created=now,
            date_updated=now,
        )
        session.participants.add(participant.sid, participant)
        session.identifiers.add(participant.identifier)

    # -- helpers -------------------------------------------------------------------------

    def _base(self, context: RequestContext) -> str:
        return (self.config.base_url or context.base_url).rstrip("/")

    @staticmethod
    def _session(account: _Account, service_sid: str, session_sid: str) -> _Session | None:
        service = account.services.get(service_sid)
        return None if service is None else service.sessions.get(session_sid)

    def _pool_number(self) -> tuple[str, str]:
        """A proxy number "from the pool" and its PN SID."""
        self._pool_counter += 1
        number = f"+1555{self._pool_counter % 10_000_000:07d}"
        return number, "PN" + hashlib.md5(number.encode(), usedforsecurity=False).hexdigest()

    def _new_participant(
        self,
        session: _Session,
        identifier: str,
        friendly_name: str | None,
        proxy_identifier: str | None,
        proxy_identifier_sid: str | None,
    ) -> _Participant:
        if proxy_identifier is None:
            proxy_identifier, pool_sid = self._pool_number()
            proxy_identifier_sid = proxy_identifier_sid or pool_sid
        now = utcnow_seconds()
        participant = _Participant(
            sid=hex_sid("KP"),
            session_sid=session.sid,
            service_sid=session.service_sid,
            account_sid=session.account_sid,
            friendly_name=friendly_name,
            identifier=identifier,
            proxy_identifier=proxy_identifier,
            proxy_identifier_sid=proxy_identifier_sid,
            date_created=now,
            date_updated=now,
        )
        session.participants.add(participant.sid, participant)
        session.identifiers.add(identifier)
        return participant

    @staticmethod
    def _participant_conflict(identifier: str) -> models.Error:
        return _error(
            409,
            f"Participant identifier {identifier} is already in use in this Session",
            CODE_PARTICIPANT_CONFLICT,
        )

    # -- the Service protocol ------------------------------------------------------------

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> _Account | Refusal:
        """``AccountSid:AuthToken`` of a configured account; anything else is 401 (code 20003)."""
        basic = credentials.account_sid_auth_token
        token = None if basic is None else self._tokens.get(basic.username)
        if basic is None or token is None or not same_secret(basic.password, token):
            return Refusal(401, "Authenticate")
        account = self._accounts.get(basic.username)
        if account is None:
            account = self._accounts[basic.username] = _Account(basic.username)
        return account

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """Twilio-shaped error bodies for errors the generated layer answers itself."""
        if status == 401:
            return _unauthorized()
        return _error(status, message or "Error")

    async def list_service(
        self,
        *,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> ListServiceResult:
        base = self._base(context)
        cut = _page(
            principal.services,
            key="services",
            url=base + "/v1/Services",
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
        return ListService200(
            body=models.ListServiceResponse.model_validate(
                {"services": [s.to_model(base) for s in cut.items], "meta": cut.meta}
            )
        )

    async def create_service(
        self, *, body: models.CreateServiceRequest, principal: _Account, context: RequestContext
    ) -> CreateServiceResult:
        if body.unique_name in principal.service_names:
            return CreateService409(
                body=_error(409, f"Service with UniqueName {body.unique_name} already exists", CODE_CONFLICT)
            )
        now = utcnow_seconds()
        service = _Service(
            sid=hex_sid("KS"),
            account_sid=principal.sid,
            unique_name=body.unique_name,
            default_ttl=body.default_ttl,
            geo_match_level=body.geo_match_level,
            number_selection_behavior=body.number_selection_behavior,
            callback_url=_url_or_none(body.callback_url),
            intercept_callback_url=_url_or_none(body.intercept_callback_url),
            out_of_session_callback_url=_url_or_none(body.out_of_session_callback_url),
            chat_instance_sid=None if body.chat_instance_sid is MISSING else body.chat_instance_sid,
            date_created=now,
            date_updated=now,
        )
        principal.services.add(service.sid, service)
        principal.service_names[service.unique_name] = service.sid
        return CreateService201(body=service.to_model(self._base(context)))

    async def fetch_service(self, *, sid: str, principal: _Account, context: RequestContext) -> FetchServiceResult:
        service = principal.services.get(sid)
        if service is None:
            return FetchService404(body=_not_found(f"/Services/{sid}"))
        return FetchService200(body=service.to_model(self._base(context)))

    async def delete_service(self, *, sid: str, principal: _Account, context: RequestContext) -> DeleteServiceResult:
        service = principal.services.remove(sid)
        if service is None:
            return DeleteService404(body=_not_found(f"/Services/{sid}"))
        principal.service_names.pop(service.unique_name, None)
        return DeleteService204()

    async def list_session(
        self,
        *,
        service_sid: str,
        page_size: int = 50,
        page: int = 0,
        page_token: str | None = None,
        principal: _Account,
        context: RequestContext,
    ) -> ListSessionResult:
        service = principal.services.get(service_sid)
        if service is None:
            return ListSession404(body=_not_found(f"/Services/{service_sid}"))
        base = self._base(context)
        cut = _page(
            service.sessions,
            key="sessions",
            url=base + service.path() + "/Sessions",
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
        return ListSession200(
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
    ) -> CreateSessionResult:
        service = principal.services.get(service_sid)
        if service is None:
            return CreateSession404(body=_not_found(f"/Services/{service_sid}"))
        request = body if body is not None else models.CreateSessionRequest()
        unique_name = None if request.unique_name is MISSING else request.unique_name
        if unique_name is not None and unique_name in service.session_names:
            return CreateSession409(
                body=_error(409, f"Session with UniqueName {unique_name} already exists", CODE_CONFLICT)
            )
        wanted: list[dict[str, Any]] = []
        if request.participants is not MISSING:
            seen: set[str] = set()
            for item in request.participants:
                text = item if isinstance(item, str) else item.root
                fields = json.loads(text)
                identifier = str(fields["Identifier"])
                if identifier in seen:
                    return CreateSession409(body=self._participant_conflict(identifier))
                seen.add(identifier)
                wanted.append(fields)
        now = utcnow_seconds()
        session = _Session(
            sid=hex_sid("KC"),
            service_sid=service.sid,
            account_sid=principal.sid,
            unique_name=unique_name,
            status=request.status,
            ttl=service.default_ttl if request.ttl is MISSING else request.ttl,
            mode=request.mode,
            date_expiry=None if request.date_expiry is MISSING else _utc(request.date_expiry),
            date_started=now,
            date_ended=now if request.status in ("closed", "failed") else None,
            date_created=now,
            date_updated=now,
        )
        service.sessions.add(session.sid, session)
        if unique_name is not None:
            service.session_names[unique_name] = session.sid
        for fields in wanted:
            self._new_participant(
                session, str(fields["Identifier"]), fields.get("FriendlyName"), fields.get("ProxyIdentifier"), None
            )
        return CreateSession201(body=session.to_model(self._base(context)))

    async def fetch_session(
        self, *, service_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> FetchSessionResult:
        session = self._session(principal, service_sid, sid)
        if session is None:
            return FetchSession404(body=_not_found(f"/Services/{service_sid}/Sessions/{sid}"))
        return FetchSession200(body=session.to_model(self._base(context)))

    async def delete_session(
        self, *, service_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> DeleteSessionResult:
        service = principal.services.get(service_sid)
        session = None if service is None else service.sessions.remove(sid)
        if service is None or session is None:
            return DeleteSession404(body=_not_found(f"/Services/{service_sid}/Sessions/{sid}"))
        if session.unique_name is not None:
            service.session_names.pop(session.unique_name, None)
        return DeleteSession204()

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
    ) -> ListParticipantResult:
        session = self._session(principal, service_sid, session_sid)
        if session is None:
            return ListParticipant404(body=_not_found(f"/Services/{service_sid}/Sessions/{session_sid}"))
        base = self._base(context)
        cut = _page(
            session.participants,
            key="participants",
            url=base + session.path() + "/Participants",
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
        return ListParticipant200(
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
    ) -> CreateParticipantResult:
        session = self._session(principal, service_sid, session_sid)
        if session is None:
            return CreateParticipant404(body=_not_found(f"/Services/{service_sid}/Sessions/{session_sid}"))
        if body.identifier in session.identifiers:
            return CreateParticipant409(body=self._participant_conflict(body.identifier))
        participant = self._new_participant(
            session,
            body.identifier,
            None if body.friendly_name is MISSING else body.friendly_name,
            None if body.proxy_identifier is MISSING else body.proxy_identifier,
            None if body.proxy_identifier_sid is MISSING else body.proxy_identifier_sid,
        )
        return CreateParticipant201(body=participant.to_model(self._base(context)))

    async def fetch_participant(
        self, *, service_sid: str, session_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> FetchParticipantResult:
        session = self._session(principal, service_sid, session_sid)
        participant = None if session is None else session.participants.get(sid)
        if participant is None or participant.date_deleted is not None:
            return FetchParticipant404(
                body=_not_found(f"/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}")
            )
        return FetchParticipant200(body=participant.to_model(self._base(context)))

    async def delete_participant(
        self, *, service_sid: str, session_sid: str, sid: str, principal: _Account, context: RequestContext
    ) -> DeleteParticipantResult:
        session = self._session(principal, service_sid, session_sid)
        participant = None if session is None else session.participants.get(sid)
        if participant is None or participant.date_deleted is not None:
            return DeleteParticipant404(
                body=_not_found(f"/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}")
            )
        participant.date_deleted = participant.date_updated = utcnow_seconds()
        return DeleteParticipant200()


def create_app(config: Config | None = None) -> Starlette:
    """The ready ASGI app of the in-memory Twilio Proxy server."""
    service: Service[_Account] = TwilioProxyService(config)
    return api.create_app(service, realm=REALM)
