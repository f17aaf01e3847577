"""In-memory Bandwidth WebRTC service: participants, sessions and subscriptions.

Behaviour (see ``specs/bandwidth_webrtc.yaml``):

* HTTP Basic credentials belong to one account: wrong credentials answer 401
  ``{"message": "Unauthorized"}``; valid credentials used on another account's path answer
  403 ``{"message": ...}``. Each account's data is separate, so another account's ids are 404.
* Ids are server-assigned UUIDs; creation answers 200; deletes answer 204.
* A participant is in at most one session: adding it to a different session answers 409;
  adding it again to its own session answers 204 (and replaces its subscriptions when a
  body with ``sessionId`` or ``participants`` is given).
* Subscriptions, as the vendor's document says: a non-empty ``participants`` subscribes to those
  participants; ``sessionId`` without it subscribes to everyone in the session, including
  participants added later (read back as ``{sessionId}`` alone); neither subscribes to no one
  (getParticipantSubscriptions answers 204). A session without participants lists as 204.
* ``deviceApiVersion`` defaults to ``Config.default_device_api_version`` (``V2``, the seed's).
* 400/404/409/500 bodies are ``{error, requestId}``.
* A participant's ``callbackUrl`` gets an ``onLeave`` event (JSON) in the background when it is
  removed from its session, its session is deleted, or it is deleted; every delivery is in
  ``deliveries`` (docs/services.md, Callbacks).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
import jwt
from pydantic import MISSING, AnyUrl
from starlette.applications import Starlette

from generated.bandwidth_webrtc import models
from generated.bandwidth_webrtc import server as api
from generated.bandwidth_webrtc.server import (
    AddParticipantToSession204,
    AddParticipantToSession403,
    AddParticipantToSession404,
    AddParticipantToSession409,
    AddParticipantToSessionResult,
    CreateParticipant200,
    CreateParticipant400,
    CreateParticipant403,
    CreateParticipantResult,
    CreateSession200,
    CreateSession403,
    CreateSessionResult,
    Credentials,
    DeleteParticipant204,
    DeleteParticipant403,
    DeleteParticipant404,
    DeleteParticipantResult,
    DeleteSession204,
    DeleteSession403,
    DeleteSession404,
    DeleteSessionResult,
    GetParticipant200,
    GetParticipant403,
    GetParticipant404,
    GetParticipantResult,
    GetParticipantSubscriptions200,
    GetParticipantSubscriptions204,
    GetParticipantSubscriptions403,
    GetParticipantSubscriptions404,
    GetParticipantSubscriptionsResult,
    GetSession200,
    GetSession403,
    GetSession404,
    GetSessionResult,
    ListSessionParticipants200,
    ListSessionParticipants204,
    ListSessionParticipants403,
    ListSessionParticipants404,
    ListSessionParticipantsResult,
    Refusal,
    RemoveParticipantFromSession204,
    RemoveParticipantFromSession403,
    RemoveParticipantFromSession404,
    RemoveParticipantFromSessionResult,
    RequestContext,
    Service,
    UpdateParticipantSubscriptions204,
    UpdateParticipantSubscriptions403,
    UpdateParticipantSubscriptions404,
    UpdateParticipantSubscriptionsResult,
)

from ._callbacks import CallbackSender, SendsCallbacks
from ._common import basic_header, same_secret

__all__ = ["BandwidthWebRtcService", "Config", "Credential", "create_app"]

REALM = "Bandwidth"  # named by every 401's WWW-Authenticate challenge
# The ids the spec's examples use (``Config.seed_examples``).
EXAMPLE_PARTICIPANT_ID = uuid.UUID("320e2af6-13ec-498d-8b51-daba52c37853")
EXAMPLE_SESSION_ID = uuid.UUID("d8886aad-b956-4e1b-b2f4-d7c9f8162772")


def _uuid(value: str) -> uuid.UUID:
    """A path id as the server's key: any value that is not a UUID is the nil UUID, which no resource has
    (ids are ``uuid4``), so it is an unknown id (404), as Bandwidth answers, never a 400."""
    try:
        return uuid.UUID(value)
    except ValueError:
        return uuid.UUID(int=0)


UNAUTHORIZED = "Unauthorized"
ACCESS_DENIED = "Access Denied"
DeviceApiVersion = Literal["V2", "V3"]


@dataclass(frozen=True)
class Credential:
    """Dashboard API credentials and the one account they may act on."""

    username: str
    password: str
    account_id: str


@dataclass(frozen=True)
class Config:
    """Settings of the in-memory Bandwidth WebRTC server.

    ``credentials``: who may call, and on which account; the first one is the development
    principal. ``token_secret`` signs the participant tokens (HS256). ``base_url`` is the
    public base URL (``scheme://host[:port]``) when known, ``None`` otherwise (this API's
    answers hold no absolute URLs; ``services.serve`` prints it). ``default_device_api_version``
    is the ``deviceApiVersion`` of participants created without one: ``V2`` as the seed says,
    ``V3`` for clients of the vendor's 2.0.0 document (which knows only ``V3``).

    Participant event callbacks (a participant's ``callbackUrl``; docs/services.md): each is
    retried ``callback_retries`` more times on a connection error, a timeout
    (``callback_timeout`` seconds) or a non-2xx answer, ``callback_backoff`` seconds apart,
    doubling. ``callback_transport`` replaces the network (e.g. ``httpx.ASGITransport``).
    """

    credentials: tuple[Credential, ...] = (Credential("dev-user", "dev-password", "9900000"),)
    token_secret: str = "bandwidth-webrtc-dev-token-secret"
    token_ttl: int = 3600
    base_url: str | None = None
    seed_examples: bool = False
    default_device_api_version: DeviceApiVersion = "V2"
    callback_retries: int = 2
    callback_timeout: float = 5.0
    callback_backoff: float = 0.5
    callback_transport: httpx.AsyncBaseTransport | None = None

    def dev_headers(self) -> dict[str, str]:
        """The ``Authorization`` header of the development principal."""
        first = self.credentials[0]
        return basic_header(first.username, first.password)

    def dev_credentials(self) -> str:
        """A one-line description of the development principal."""
        first = self.credentials[0]
        return f"username={first.username} password={first.password} accountId={first.account_id}"


@dataclass
class _Participant:
    id: uuid.UUID
    callback_url: Any  # AnyUrl | None, as validated from the request
    publish_permissions: list[Any] | None
    tag: str | None
    device_api_version: Any  # Literal["V2", "V3"]
    session_id: uuid.UUID | None = None
    subscriptions: list[models.ParticipantSubscription] = field(default_factory=list)
    whole_session: bool = False  # subscribed to everyone in the session, later joiners included

    def subscriptions_model(self, session_id: uuid.UUID) -> models.Subscriptions:
        if self.whole_session:
            return models.Subscriptions(session_id=session_id)
        return models.Subscriptions(session_id=session_id, participants=self.subscriptions)

    def to_model(self) -> models.Participant:
        extra: dict[str, Any] = {}
        if self.publish_permissions is not None:
            extra["publish_permissions"] = self.publish_permissions
        if self.tag is not None:
            extra["tag"] = self.tag
        if self.session_id is not None:
            extra["subscriptions"] = self.subscriptions_model(self.session_id)
        return models.Participant(
            id=self.id,
            callback_url=self.callback_url,
            sessions=[] if self.session_id is None else [self.session_id],
            device_api_version=self.device_api_version,
            **extra,
        )


@dataclass
class _Session:
    id: uuid.UUID
    tag: str | None
    members: dict[uuid.UUID, None] = field(default_factory=dict)  # ordered set of participant ids

    def to_model(self) -> models.Session:
        if self.tag is None:
            return models.Session(id=self.id)
        return models.Session(id=self.id, tag=self.tag)


@dataclass
class _Account:
    participants: dict[uuid.UUID, _Participant] = field(default_factory=dict)
    sessions: dict[uuid.UUID, _Session] = field(default_factory=dict)


def _error(message: str) -> models.Error:
    return models.Error(error=message, request_id=str(uuid.uuid4()))


def _unauthorized() -> models.UnauthorizedError:
    return models.UnauthorizedError(message=UNAUTHORIZED)


def _forbidden() -> models.ForbiddenError:
    return models.ForbiddenError(message=ACCESS_DENIED)


@dataclass(frozen=True)
class _Wanted:
    """The subscriptions a body asks for: everyone in the session, or a list (empty: no one)."""

    whole_session: bool
    participants: list[models.ParticipantSubscription]


def _subscriptions(body: models.Subscriptions | None) -> _Wanted | None:
    """What a body asks for, or None when it says nothing (no body, or neither field).

    As the vendor's document says, a non-empty ``participants`` overrides ``sessionId``, and
    ``sessionId`` without it means everyone in the session, including later joiners.
    """
    if body is None:
        return None
    listed = [] if body.participants is MISSING else list(body.participants)
    if listed:
        return _Wanted(whole_session=False, participants=listed)
    if body.session_id is not MISSING:
        return _Wanted(whole_session=True, participants=[])
    if body.participants is not MISSING:
        return _Wanted(whole_session=False, participants=[])
    return None


def _apply(participant: _Participant, wanted: _Wanted | None) -> None:
    participant.whole_session = wanted is not None and wanted.whole_session
    participant.subscriptions = [] if wanted is None else wanted.participants


class BandwidthWebRtcService(SendsCallbacks):
    """The Bandwidth WebRTC API, in memory."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._credentials = {c.username: c for c in self.config.credentials}
        self._accounts: dict[str, _Account] = {}
        self._callbacks = CallbackSender(
            retries=self.config.callback_retries,
            timeout=self.config.callback_timeout,
            backoff=self.config.callback_backoff,
            transport=self.config.callback_transport,
        )
        if self.config.seed_examples:
            self._seed_examples()

    def _seed_examples(self) -> None:
        account = self._accounts.setdefault(self.config.credentials[0].account_id, _Account())
        session = _Session(id=EXAMPLE_SESSION_ID, tag="session1", members={EXAMPLE_PARTICIPANT_ID: None})
        account.sessions[session.id] = session
        account.participants[EXAMPLE_PARTICIPANT_ID] = _Participant(
            id=EXAMPLE_PARTICIPANT_ID,
            callback_url=AnyUrl("https://example.com/callback"),
            publish_permissions=["VIDEO", "AUDIO"],
            tag="participant1",
            device_api_version=self.config.default_device_api_version,
            session_id=session.id,
        )

    # -- helpers -------------------------------------------------------------------------

    def _account(self, principal: Credential, account_id: str) -> _Account | None:
        """The account at ``account_id``, when the principal may act on it (else the caller answers 403)."""
        if principal.account_id != account_id:
            return None
        account = self._accounts.get(account_id)
        if account is None:
            account = self._accounts[account_id] = _Account()
        return account

    def _token(self, account_id: str, participant_id: uuid.UUID) -> str:
        now = int(time.time())
        claims = {
            "sub": str(participant_id),
            "acct": account_id,
            "iat": now,
            "exp": now + self.config.token_ttl,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self.config.token_secret, algorithm="HS256")

    def _leave_session(self, account: _Account, participant: _Participant) -> None:
        if participant.session_id is not None:
            session = account.sessions.get(participant.session_id)
            if session is not None:
                session.members.pop(participant.id, None)
            self._participant_event(participant, "onLeave")
        participant.session_id = None
        _apply(participant, None)

    def _participant_event(self, participant: _Participant, event: str) -> None:
        """POST a participant life-cycle event to its ``callbackUrl`` (off the request path).

        Source: Bandwidth's WebRTC webhooks page (https://dev.bandwidth.com/docs/webrtc/webhooks,
        Bandwidth/api-docs site/docs/webrtc/webhooks.md): a JSON POST with ``event``
        (``onConnect``/``onLeave``/``onDisconnect``), ``timestamp`` (milliseconds; the page's
        example writes it as a string, so it is sent as one), ``participantId``, ``deviceId`` and
        ``tag`` (absent when the participant has none). The stand-in has no signalling
        connections, so it sends ``onLeave`` when the server ends a participant's presence
        (removeParticipantFromSession, deleteSession for each member, deleteParticipant); its
        ``deviceId`` is a stable UUID derived from the participant id. The page documents no
        signature header, and none is sent.
        """
        if participant.callback_url is None:
            return
        payload: dict[str, str] = {
            "event": event,
            "timestamp": str(int(time.time() * 1000)),
            "participantId": str(participant.id),
            "deviceId": str(uuid.uuid5(uuid.NAMESPACE_URL, f"device:{participant.id}")),
        }
        if participant.tag is not None:
            payload["tag"] = participant.tag
        self._callbacks.send(
            str(participant.callback_url),
            json.dumps(payload),
            headers={"Content-Type": "application/json"},
            kind=f"bandwidth.participant.{event}",
        )

    def subscribed_to(self, account_id: str, participant_id: uuid.UUID) -> list[uuid.UUID]:
        """Whose streams the participant receives now (a whole-session subscription: everyone else in it)."""
        account = self._accounts.get(account_id)
        participant = None if account is None else account.participants.get(participant_id)
        if account is None or participant is None or participant.session_id is None:
            return []
        if participant.whole_session:
            session = account.sessions[participant.session_id]
            return [member for member in session.members if member != participant_id]
        return [s.participant_id for s in participant.subscriptions]

    # -- the Service protocol ------------------------------------------------------------

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> Credential | Refusal:
        """Configured Dashboard API credentials; anything else is 401 ``{"message": "Unauthorized"}``."""
        basic = credentials.basic_auth
        cred = None if basic is None else self._credentials.get(basic.username)
        if basic is None or cred is None or not same_secret(basic.password, cred.password):
            return Refusal(401, UNAUTHORIZED)
        return cred

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """Vendor-shaped bodies for errors the generated layer answers itself."""
        if status == 401:
            return _unauthorized()
        if status == 403:
            return models.ForbiddenError(message=message or ACCESS_DENIED)
        return _error(message)

    async def create_participant(
        self,
        *,
        account_id: str,
        body: models.CreateParticipantRequest | None,
        principal: Credential,
        context: RequestContext,
    ) -> CreateParticipantResult:
        account = self._account(principal, account_id)
        if account is None:
            return CreateParticipant403(body=_forbidden())
        request = body if body is not None else models.CreateParticipantRequest()
        permissions = request.publish_permissions
        if permissions is not MISSING and len(set(permissions)) != len(permissions):
            # uniqueItems: the generated model (a list) does not enforce it.
            return CreateParticipant400(body=_error("publishPermissions must not contain duplicates"))
        participant = _Participant(
            id=uuid.uuid4(),
            callback_url=None if request.callback_url is MISSING else request.callback_url,
            publish_permissions=None if request.publish_permissions is MISSING else list(request.publish_permissions),
            tag=None if request.tag is MISSING else request.tag,
            device_api_version=(
                self.config.default_device_api_version
                if "device_api_version" not in request.model_fields_set  # the spec's default is the seed's V2
                else request.device_api_version
            ),
        )
        account.participants[participant.id] = participant
        return CreateParticipant200(
            body=models.CreateParticipantResponse(
                participant=participant.to_model(), token=self._token(account_id, participant.id)
            )
        )

    async def get_participant(
        self, *, account_id: str, participant_id: str, principal: Credential, context: RequestContext
    ) -> GetParticipantResult:
        account = self._account(principal, account_id)
        if account is None:
            return GetParticipant403(body=_forbidden())
        participant = account.participants.get(_uuid(participant_id))
        if participant is None:
            return GetParticipant404(body=_error(f"Participant {participant_id} not found"))
        return GetParticipant200(body=participant.to_model())

    async def delete_participant(
        self, *, account_id: str, participant_id: str, principal: Credential, context: RequestContext
    ) -> DeleteParticipantResult:
        account = self._account(principal, account_id)
        if account is None:
            return DeleteParticipant403(body=_forbidden())
        participant = account.participants.pop(_uuid(participant_id), None)
        if participant is None:
            return DeleteParticipant404(body=_error(f"Participant {participant_id} not found"))
        if participant.session_id is None:  # deleting it ends its signalling connection all the same
            self._participant_event(participant, "onLeave")
        self._leave_session(account, participant)
        return DeleteParticipant204()

    async def create_session(
        self,
        *,
        account_id: str,
        body: models.CreateSessionRequest | None,
        principal: Credential,
        context: RequestContext,
    ) -> CreateSessionResult:
        account = self._account(principal, account_id)
        if account is None:
            return CreateSession403(body=_forbidden())
        tag = None if body is None or body.tag is MISSING else body.tag
        session = _Session(id=uuid.uuid4(), tag=tag)
        account.sessions[session.id] = session
        return CreateSession200(body=session.to_model())

    async def get_session(
        self, *, account_id: str, session_id: str, principal: Credential, context: RequestContext
    ) -> GetSessionResult:
        account = self._account(principal, account_id)
        if account is None:
            return GetSession403(body=_forbidden())
        session = account.sessions.get(_uuid(session_id))
        if session is None:
            return GetSession404(body=_error(f"Session {session_id} not found"))
        return GetSession200(body=session.to_model())

    async def delete_session(
        self, *, account_id: str, session_id: str, principal: Credential, context: RequestContext
    ) -> DeleteSessionResult:
        account = self._account(principal, account_id)
        if account is None:
            return DeleteSession403(body=_forbidden())
        session = account.sessions.pop(_uuid(session_id), None)
        if session is None:
            return DeleteSession404(body=_error(f"Session {session_id} not found"))
        for member in session.members:
            participant = account.participants.get(member)
            if participant is not None:
                self._participant_event(participant, "onLeave")
                participant.session_id = None
                _apply(participant, None)
        return DeleteSession204()

    async def list_session_participants(
        self, *, account_id: str, session_id: str, principal: Credential, context: RequestContext
    ) -> ListSessionParticipantsResult:
        account = self._account(principal, account_id)
        if account is None:
            return ListSessionParticipants403(body=_forbidden())
        session = account.sessions.get(_uuid(session_id))
        if session is None:
            return ListSessionParticipants404(body=_error(f"Session {session_id} not found"))
        members = [account.participants[m].to_model() for m in session.members if m in account.participants]
        if not members:
            return ListSessionParticipants204()
        return ListSessionParticipants200(body=members)

    async def add_participant_to_session(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        body: models.Subscriptions | None,
        principal: Credential,
        context: RequestContext,
    ) -> AddParticipantToSessionResult:
        account = self._account(principal, account_id)
        if account is None:
            return AddParticipantToSession403(body=_forbidden())
        session = account.sessions.get(_uuid(session_id))
        if session is None:
            return AddParticipantToSession404(body=_error(f"Session {session_id} not found"))
        participant = account.participants.get(_uuid(participant_id))
        if participant is None:
            return AddParticipantToSession404(body=_error(f"Participant {participant_id} not found"))
        if participant.session_id is not None and participant.session_id != _uuid(session_id):
            return AddParticipantToSession409(
                body=_error(
                    f"Participant {participant_id} is already in session {participant.session_id};"
                    " a participant may be in at most one session"
                )
            )
        wanted = _subscriptions(body)
        if participant.session_id is None:
            participant.session_id = _uuid(session_id)
            _apply(participant, wanted)
            session.members[_uuid(participant_id)] = None
        elif wanted is not None:
            _apply(participant, wanted)
        return AddParticipantToSession204()

    async def remove_participant_from_session(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        principal: Credential,
        context: RequestContext,
    ) -> RemoveParticipantFromSessionResult:
        account = self._account(principal, account_id)
        if account is None:
            return RemoveParticipantFromSession403(body=_forbidden())
        session = account.sessions.get(_uuid(session_id))
        if session is None:
            return RemoveParticipantFromSession404(body=_error(f"Session {session_id} not found"))
        participant = account.participants.get(_uuid(participant_id))
        if participant is None or participant.session_id != _uuid(session_id):
            return RemoveParticipantFromSession404(
                body=_error(f"Participant {participant_id} not found in session {session_id}")
            )
        self._leave_session(account, participant)
        return RemoveParticipantFromSession204()

    async def get_participant_subscriptions(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        principal: Credential,
        context: RequestContext,
    ) -> GetParticipantSubscriptionsResult:
        account = self._account(principal, account_id)
        if account is None:
            return GetParticipantSubscriptions403(body=_forbidden())
        participant = account.participants.get(_uuid(participant_id))
        if (
            _uuid(session_id) not in account.sessions
            or participant is None
            or participant.session_id != _uuid(session_id)
        ):
            return GetParticipantSubscriptions404(
                body=_error(f"Participant {participant_id} not found in session {session_id}")
            )
        if participant.whole_session:
            return GetParticipantSubscriptions200(
                body=models.GetParticipantSubscriptionsResponse(session_id=_uuid(session_id))
            )
        if not participant.subscriptions:
            return GetParticipantSubscriptions204()
        return GetParticipantSubscriptions200(
            body=models.GetParticipantSubscriptionsResponse(
                session_id=_uuid(session_id), participants=list(participant.subscriptions)
            )
        )

    async def update_participant_subscriptions(
        self,
        *,
        account_id: str,
        session_id: str,
        participant_id: str,
        body: models.Subscriptions | None,
        principal: Credential,
        context: RequestContext,
    ) -> UpdateParticipantSubscriptionsResult:
        account = self._account(principal, account_id)
        if account is None:
            return UpdateParticipantSubscriptions403(body=_forbidden())
        participant = account.participants.get(_uuid(participant_id))
        if (
            _uuid(session_id) not in account.sessions
            or participant is None
            or participant.session_id != _uuid(session_id)
        ):
            return UpdateParticipantSubscriptions404(
                body=_error(f"Participant {participant_id} not found in session {session_id}")
            )
        _apply(participant, _subscriptions(body))
        return UpdateParticipantSubscriptions204()

    # -- state for the stand-in layer (services/standin): snapshot and restore ------------------

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every session and participant of every account, as the API answers them, plus ``accountId``.

        A session also lists its members in order (``participantIds``); a participant's
        ``subscriptions`` is as getParticipant answers it (``{sessionId}`` alone: everyone).
        """
        found: dict[str, list[dict[str, Any]]] = {"sessions": [], "participants": []}
        for account_id, account in self._accounts.items():
            for session in account.sessions.values():
                dumped = session.to_model().model_dump(mode="json", by_alias=True)
                members = [str(member) for member in session.members]
                found["sessions"].append({**dumped, "accountId": account_id, "participantIds": members})
            for participant in account.participants.values():
                dumped = participant.to_model().model_dump(mode="json", by_alias=True)
                found["participants"].append({**dumped, "accountId": account_id})
        return found

    def restore(self, data: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Add the sessions and participants of a ``snapshot``-shaped mapping (seed files, saved state).

        Everything is optional: a missing ``id`` is a new UUID, ``accountId`` defaults to the
        development principal's account. Membership comes from a participant's ``sessions``; a
        session's ``participantIds`` only orders its members.
        """
        default_account = self.config.credentials[0].account_id
        for item in data.get("sessions", ()):
            account = self._accounts.setdefault(str(item.get("accountId") or default_account), _Account())
            session = _Session(id=uuid.UUID(str(item["id"])) if item.get("id") else uuid.uuid4(), tag=item.get("tag"))
            account.sessions[session.id] = session
        for item in data.get("participants", ()):
            self._restore_participant(item, str(item.get("accountId") or default_account))
        for item in data.get("sessions", ()):  # the members' order, as snapshot() lists it
            account = self._accounts[str(item.get("accountId") or default_account)]
            if item.get("id") and item.get("participantIds") is not None:
                session = account.sessions[uuid.UUID(str(item["id"]))]
                listed = {
                    uuid.UUID(str(p)): None for p in item["participantIds"] if uuid.UUID(str(p)) in session.members
                }
                session.members = {**listed, **session.members}

    def _restore_participant(self, item: Mapping[str, Any], account_id: str) -> None:
        account = self._accounts.setdefault(account_id, _Account())
        fields = {"id": str(uuid.uuid4()), "sessions": [], **{k: v for k, v in item.items() if k != "accountId"}}
        model = models.Participant.model_validate_json(json.dumps(fields))
        sessions = list(model.sessions or [])
        participant = _Participant(
            id=model.id,
            callback_url=None if model.callback_url is MISSING else model.callback_url,
            publish_permissions=None if model.publish_permissions is MISSING else list(model.publish_permissions),
            tag=None if model.tag is MISSING else model.tag,
            device_api_version=(
                self.config.default_device_api_version
                if "device_api_version" not in model.model_fields_set
                else model.device_api_version
            ),
        )
        account.participants[participant.id] = participant
        if sessions:
            session = account.sessions.get(sessions[0])
            if session is None:
                raise ValueError(f"participant {participant.id}: no session {sessions[0]} in account {account_id}")
            participant.session_id = session.id
            session.members[participant.id] = None
            subscriptions = model.subscriptions
            if subscriptions is not MISSING and subscriptions is not None:  # as read: no participants = everyone
                listed = subscriptions.participants
                if listed is MISSING:
                    _apply(participant, _Wanted(whole_session=True, participants=[]))
                else:
                    _apply(participant, _Wanted(whole_session=False, participants=list(listed)))


def create_app(config: Config | None = None) -> Starlette:
    """The ready ASGI app of the in-memory Bandwidth WebRTC server."""
    service: Service[Credential] = BandwidthWebRtcService(config)
    return api.create_app(service, realm=REALM)
