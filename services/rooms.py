"""In-memory Rooms (Chalk) service: tenants' tokens, rooms, their participants and the participants' tokens.

Behaviour (see ``specs/rooms.yaml``):

* A tenant API key (``ck_test_…``/``ck_live_…``) is exchanged at ``/auth/token`` for a JWT pair
  (HS256 with ``Config.jwt_secret``); ``/auth/refresh`` renews a pair (tenant's or participant's).
* Credentials on the other operations: ``X-API-Key: <tenant key>`` or ``Authorization: Bearer``
  with the tenant key, the tenant's access token, or a participant's ``access_token`` or
  ``auth_token`` (the seed and the vendor disagree on which one is "for API calls": both work).
  Unknown, expired, forged or revoked (participant left, room ended or deleted) tokens are 401.
* A participant token acts only on its own room (403 otherwise); only a ``host`` may add,
  bulk-add, remove participants or refresh their tokens; a participant may update itself (not
  its role). Each tenant's rooms are separate: another tenant's rooms are 404.
* ``{id}`` is a room UUID or a room name (UUID first, then the oldest room of that name); names
  are free text and need not be unique. With ``allow_early_join`` an unknown room *name* is
  created by addParticipant (``room_created: true``) and an ended room is reactivated; otherwise
  404 / 400. A scheduled room opens on the first join inside its window. Ids that are not
  UUIDs are simply not found (404).
* Bulk add validates each item on its own: a bad item yields ``{success: false, error}`` and
  the others are still added.
"""

from __future__ import annotations

import datetime
import functools
import hmac
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import jwt
from pydantic import MISSING
from starlette.applications import Starlette

from generated.rooms import models
from generated.rooms import server as api
from generated.rooms.server import (
    AddParticipant201,
    AddParticipant403,
    AddParticipant404,
    AddParticipant409,
    AddParticipantResult,
    BulkAddParticipants200,
    BulkAddParticipants403,
    BulkAddParticipants404,
    BulkAddParticipants409,
    BulkAddParticipantsResult,
    CreateJoinToken200,
    CreateJoinToken403,
    CreateJoinToken404,
    CreateJoinTokenResult,
    CreateRoom201,
    CreateRoom403,
    CreateRoomResult,
    Credentials,
    DeleteRoom204,
    DeleteRoom403,
    DeleteRoom404,
    DeleteRoomResult,
    EndRoom200,
    EndRoom403,
    EndRoom404,
    EndRoomResult,
    GetRoom200,
    GetRoom403,
    GetRoom404,
    GetRoomResult,
    GetToken200,
    GetToken401,
    GetTokenResult,
    ListParticipants200,
    ListParticipants403,
    ListParticipants404,
    ListParticipantsResult,
    ListRooms200,
    ListRoomsResult,
    RefreshParticipantToken200,
    RefreshParticipantToken403,
    RefreshParticipantToken404,
    RefreshParticipantTokenResult,
    RefreshToken200,
    RefreshToken401,
    RefreshTokenResult,
    Refusal,
    RemoveParticipant204,
    RemoveParticipant403,
    RemoveParticipant404,
    RemoveParticipantResult,
    RequestContext,
    ScheduleRoom201,
    ScheduleRoom403,
    ScheduleRoomResult,
    Service,
    UpdateParticipant200,
    UpdateParticipant403,
    UpdateParticipant404,
    UpdateParticipantResult,
    UpdateRoom200,
    UpdateRoom403,
    UpdateRoom404,
    UpdateRoomResult,
)

from ._common import Answer, bearer_header, remembered, secret_bytes, utcnow

__all__ = ["Config", "RoomsService", "Tenant", "TenantSettings", "create_app"]

ROLES = ("host", "participant")
Role = Literal["host", "participant"]
_JWT_ALGORITHM = "HS256"
# The ids of the vendor document's (and the spec's) examples (``Config.seed_examples``).
DEV_TENANT_ID = "550e8400-e29b-41d4-a716-446655440000"
EXAMPLE_ROOM_ID = uuid.UUID("550e8400-e29b-41d4-a716-446655440001")
EXAMPLE_PARTICIPANT_ID = uuid.UUID("550e8400-e29b-41d4-a716-446655440002")
_TENANT_NAMESPACE = uuid.UUID("6f1d0c64-2b0e-4d0a-9a55-3c1f7d1e8a10")
_VERIFIED_MAX = 4096  # verified tokens remembered (all forgotten when full)
T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class TenantSettings:
    """A tenant's configuration (answered as ``tenant_config``)."""

    transcription_enabled: bool = False
    first_participant_is_host: bool = True
    force_recording: bool = False
    allow_early_join: bool = True


@dataclass(frozen=True)
class Tenant:
    """A tenant: its id (a UUID, or any text mapped to a stable UUID), its API key and its settings."""

    tenant_id: str
    api_key: str
    settings: TenantSettings = TenantSettings()

    @functools.cached_property
    def uuid(self) -> uuid.UUID:
        """The tenant's UUID (``tenant_id`` itself when it is one)."""
        try:
            return uuid.UUID(self.tenant_id)
        except ValueError:
            return uuid.uuid5(_TENANT_NAMESPACE, self.tenant_id)


@dataclass(frozen=True)
class Config:
    """Settings of the in-memory Rooms server.

    ``tenants``: the first one is the development principal (its API key). ``jwt_secret``
    signs every token (HS256); ``token_ttl`` is ``expires_in`` of access/auth tokens;
    ``refresh_ttl`` the lifetime of refresh tokens. ``clock`` is "now" for rooms (scheduled
    rooms open by it; a test can pass a ``_common.ManualClock``). ``base_url`` is the public
    base URL when known (this API's answers hold no absolute URLs; ``services.serve`` prints it).
    """

    tenants: tuple[Tenant, ...] = (Tenant(DEV_TENANT_ID, "ck_test_dev_api_key"),)
    jwt_secret: str = "rooms-dev-jwt-secret-change-me-0123456789abcdef"
    token_ttl: int = 3600
    refresh_ttl: int = 30 * 24 * 3600
    base_url: str | None = None
    seed_examples: bool = False
    clock: Callable[[], datetime.datetime] = utcnow

    def dev_headers(self) -> dict[str, str]:
        """The ``Authorization`` header of the development principal (the first tenant's API key)."""
        return bearer_header(self.tenants[0].api_key)

    def dev_credentials(self) -> str:
        """A one-line description of the development principal."""
        return f"tenant={self.tenants[0].tenant_id} api key={self.tenants[0].api_key}"


@dataclass
class _Participant:
    id: uuid.UUID
    room_id: uuid.UUID
    display_name: str
    external_user_id: str | None
    role: Role
    joined_at: datetime.datetime
    left_at: datetime.datetime | None = None
    cloudflare_participant_id: str = field(default_factory=lambda: "cf_part_" + uuid.uuid4().hex)
    metadata: dict[str, Any] | None = None

    def to_model(self) -> models.Participant:
        return models.Participant(
            id=self.id,
            room_id=self.room_id,
            cloudflare_participant_id=self.cloudflare_participant_id,
            display_name=self.display_name,
            external_user_id=self.external_user_id,
            role=self.role,
            joined_at=self.joined_at,
            left_at=self.left_at,
            created_at=self.joined_at,
        )

    def as_json(self) -> dict[str, Any]:
        data = self.to_model().model_dump(mode="json")
        if self.metadata is not None:
            data["metadata"] = self.metadata
        return data


@dataclass
class _Room:
    id: uuid.UUID
    tenant_id: uuid.UUID
    name: str | None
    created_at: datetime.datetime
    config: dict[str, Any] = field(default_factory=dict)
    status: Literal["scheduled", "active", "ended"] = "active"
    scheduled_start_at: datetime.datetime | None = None
    scheduled_end_at: datetime.datetime | None = None
    allow_early_join_minutes: int = 0
    started_at: datetime.datetime | None = None
    ended_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    cloudflare_meeting_id: str = field(default_factory=lambda: "cf_mtg_" + uuid.uuid4().hex)
    participants: dict[uuid.UUID, _Participant] = field(default_factory=dict)
    # the answered model and the state it was built from (``_state()``): built again only when that changed
    _answer: Answer[models.RoomWithParticipantCount] | None = field(default=None, init=False, repr=False, compare=False)

    def _state(self) -> tuple[object, ...]:
        """Everything ``_fields`` reads (``config`` is only ever replaced, never changed in place)."""
        return (
            self.id,
            self.tenant_id,
            self.created_at,
            self.name,
            self.config,
            self.status,
            self.scheduled_start_at,
            self.scheduled_end_at,
            self.allow_early_join_minutes,
            self.started_at,
            self.ended_at,
            self.updated_at,
            self.cloudflare_meeting_id,
        )

    def _fields(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "tenant_id": self.tenant_id,
            "cloudflare_meeting_id": self.cloudflare_meeting_id,
            "name": self.name,
            "config": models.RoomConfig.model_validate(self.config, strict=False),
            "status": self.status,
            "scheduled_start_at": self.scheduled_start_at,
            "scheduled_end_at": self.scheduled_end_at,
            "allow_early_join_minutes": self.allow_early_join_minutes,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "created_at": self.created_at,
            "updated_at": self.updated_at or self.created_at,
        }

    def to_model(self) -> models.Room:
        return models.Room(**self._fields())

    def with_count(self) -> models.RoomWithParticipantCount:
        """The room with its ``participant_count`` (the model is built again only after the room changed)."""
        count = sum(1 for p in self.participants.values() if p.left_at is None) if self.participants else 0
        self._answer = remembered(
            self._answer,
            (*self._state(), count),
            lambda: models.RoomWithParticipantCount(**self._fields(), participant_count=count),
        )
        return self._answer[1]

    def summary(self) -> models.RoomSummary:
        return models.RoomSummary(id=self.id, name=self.name or "", status=self.status)

    def active(self) -> list[_Participant]:
        return [p for p in self.participants.values() if p.left_at is None]

    def participant(self, pid: str) -> _Participant | None:
        """An active participant by UUID (anything else: None)."""
        key = _uuid_of(pid)
        found = None if key is None else self.participants.get(key)
        return found if found is not None and found.left_at is None else None


@dataclass
class _TenantState:
    tenant: Tenant
    rooms: dict[uuid.UUID, _Room] = field(default_factory=dict)

    @functools.cached_property
    def principal(self) -> _Principal:
        """The tenant as the caller (immutable: one for every request)."""
        return _Principal(self)

    def find_room(self, key: str) -> _Room | None:
        """A room by UUID first, then the oldest room of that name."""
        room_id = _uuid_of(key)
        room = None if room_id is None else self.rooms.get(room_id)
        if room is not None:
            return room
        return next((r for r in self.rooms.values() if r.name == key), None)

    def add_room(self, room: _Room) -> _Room:
        self.rooms[room.id] = room
        return room


@dataclass(frozen=True)
class _Principal:
    state: _TenantState
    participant: _Participant | None = None  # None: the tenant (API key or its access token)

    def may_use(self, room: _Room | None) -> bool:
        """Whether this principal may address the room (participants: only their own)."""
        return self.participant is None or (room is not None and room.id == self.participant.room_id)

    @property
    def is_host(self) -> bool:
        """The tenant and host participants."""
        return self.participant is None or self.participant.role == "host"


@dataclass(frozen=True)
class _Problem:
    """Why a room operation cannot go on: 403 or 404, with its message."""

    status: Literal[403, 404]
    message: str

    def answer(self, forbidden: Callable[..., T], missing: Callable[..., U]) -> T | U:
        body = _error(self.message)
        return forbidden(body=body) if self.status == 403 else missing(body=body)


def _parse_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


_recent_uuid = functools.lru_cache(maxsize=4096)(_parse_uuid)


def _uuid_of(text: str) -> uuid.UUID | None:
    """The UUID a path's id spells (any spelling ``uuid.UUID`` takes), or None; recent short ids are remembered."""
    return _recent_uuid(text) if len(text) <= 64 else _parse_uuid(text)


def _aware(moment: datetime.datetime) -> datetime.datetime:
    """A date-time without an offset is taken as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def _error(message: str) -> models.Error:
    return models.Error(error=message)


_UNAUTHORIZED = "Unauthorized"
_HOST_ONLY = "Only a host can perform this action"
_OTHER_ROOM = "This token may not access this room"
_TENANT_ONLY = "Only tenant credentials can do this"
_NO_ROOM = _Problem(404, "Room not found")


class RoomsService:
    """The Rooms API, in memory."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._tenants: dict[uuid.UUID, _TenantState] = {}
        for tenant in self.config.tenants:
            self._tenants[tenant.uuid] = _TenantState(tenant)
        self._verified: dict[str, dict[str, Any]] = {}  # token -> its verified claims (``_claims``)
        # each tenant's API key as the bytes ``_by_key`` compares (encoded once, not per request)
        self._keys = [(secret_bytes(s.tenant.api_key), s) for s in self._tenants.values()]
        if self.config.seed_examples:
            self._seed_examples()

    def _now(self) -> datetime.datetime:
        return self.config.clock()

    def _seed_examples(self) -> None:
        state = self._tenants[self.config.tenants[0].uuid]
        now = self._now()
        room = state.add_room(
            _Room(
                id=EXAMPLE_ROOM_ID,
                tenant_id=state.tenant.uuid,
                name="Example Room",
                created_at=now,
                started_at=now,
                cloudflare_meeting_id="cf_mtg_abc123",
            )
        )
        room.participants[EXAMPLE_PARTICIPANT_ID] = _Participant(
            id=EXAMPLE_PARTICIPANT_ID,
            room_id=room.id,
            display_name="John Doe",
            external_user_id="user_123",
            role="host",
            joined_at=now,
            cloudflare_participant_id="cf_part_abc123",
        )

    # -- state: snapshot / restore (the stand-in interface) ---------------------------------

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every room and participant, as the API answers them (participants with ``metadata``)."""
        rooms: list[dict[str, Any]] = []
        participants: list[dict[str, Any]] = []
        for state in self._tenants.values():
            for room in state.rooms.values():
                rooms.append(room.to_model().model_dump(mode="json"))
                participants.extend(p.as_json() for p in room.participants.values())
        return {"rooms": rooms, "participants": participants}

    def restore(self, data: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Add the rooms and participants of a snapshot-shaped mapping (their tenants must be configured)."""
        rooms: dict[uuid.UUID, _Room] = {}
        for raw in data.get("rooms", ()):
            model = models.Room.model_validate(dict(raw), strict=False)
            state = self._tenants.get(model.tenant_id)
            if state is None:
                raise ValueError(f"room {model.id}: unknown tenant {model.tenant_id}")
            rooms[model.id] = state.add_room(
                _Room(
                    id=model.id,
                    tenant_id=model.tenant_id,
                    name=model.name,
                    created_at=model.created_at,
                    config=model.config.model_dump(mode="json"),
                    status=model.status,
                    scheduled_start_at=model.scheduled_start_at,
                    scheduled_end_at=model.scheduled_end_at,
                    allow_early_join_minutes=model.allow_early_join_minutes,
                    started_at=model.started_at,
                    ended_at=model.ended_at,
                    updated_at=model.updated_at,
                    cloudflare_meeting_id=model.cloudflare_meeting_id,
                )
            )
        for raw in data.get("participants", ()):
            fields = {k: v for k, v in raw.items() if k != "metadata"}
            p = models.Participant.model_validate(fields, strict=False)
            room = rooms.get(p.room_id) or self._room_anywhere(p.room_id)
            if room is None:
                raise ValueError(f"participant {p.id}: unknown room {p.room_id}")
            metadata = raw.get("metadata")
            room.participants[p.id] = _Participant(
                id=p.id,
                room_id=p.room_id,
                display_name=p.display_name,
                external_user_id=p.external_user_id,
                role=p.role,
                joined_at=p.joined_at,
                left_at=p.left_at,
                cloudflare_participant_id=p.cloudflare_participant_id,
                metadata=dict(metadata) if isinstance(metadata, Mapping) else None,
            )

    def _room_anywhere(self, room_id: uuid.UUID) -> _Room | None:
        return next((s.rooms[room_id] for s in self._tenants.values() if room_id in s.rooms), None)

    # -- tokens --------------------------------------------------------------------------

    def _jwt(self, claims: dict[str, Any], typ: str, ttl: int) -> str:
        now = int(time.time())
        payload = {**claims, "typ": typ, "iat": now, "exp": now + ttl, "jti": uuid.uuid4().hex}
        return jwt.encode(payload, self.config.jwt_secret, algorithm=_JWT_ALGORITHM)

    def _claims(self, token: str, types: tuple[str, ...]) -> dict[str, Any] | None:
        """A token's claims when its signature and times are valid and its type is one of ``types``.

        A verified token's claims are remembered until it expires (PyJWT's test: valid while
        ``exp`` is after now): its signature cannot change and, once valid, neither can ``iat``.
        """
        claims = self._verified.get(token)
        if claims is None or int(claims["exp"]) <= time.time():
            self._verified.pop(token, None)
            try:
                claims = jwt.decode(
                    token,
                    self.config.jwt_secret,
                    algorithms=[_JWT_ALGORITHM],
                    options={"require": ["exp", "sub", "tid", "typ"]},
                )
            except (jwt.PyJWTError, ValueError, TypeError):
                return None
            if len(self._verified) >= _VERIFIED_MAX:
                self._verified.clear()
            self._verified[token] = claims
        return claims if claims.get("typ") in types else None

    @staticmethod
    def _participant_claims(state: _TenantState, participant: _Participant) -> dict[str, Any]:
        return {"sub": str(participant.id), "tid": str(state.tenant.uuid), "rid": str(participant.room_id)}

    def _tenant_pair(self, state: _TenantState) -> models.TokenResponse:
        claims = {"sub": str(state.tenant.uuid), "tid": str(state.tenant.uuid)}
        return models.TokenResponse(
            access_token=self._jwt(claims, "access", self.config.token_ttl),
            refresh_token=self._jwt(claims, "refresh", self.config.refresh_ttl),
            token_type="Bearer",
            expires_in=self.config.token_ttl,
        )

    def _participant_tokens(
        self, state: _TenantState, participant: _Participant
    ) -> models.RefreshParticipantTokenResponse:
        claims = self._participant_claims(state, participant)
        return models.RefreshParticipantTokenResponse(
            access_token=self._jwt(claims, "access", self.config.token_ttl),
            refresh_token=self._jwt(claims, "refresh", self.config.refresh_ttl),
            token_type="Bearer",
            expires_in=self.config.token_ttl,
            auth_token=self._jwt(claims, "auth", self.config.token_ttl),
        )

    def _by_key(self, key: str) -> _TenantState | None:
        """The tenant whose API key this is (compared in constant time with each key)."""
        given = secret_bytes(key)
        for secret, state in self._keys:
            if hmac.compare_digest(given, secret):
                return state
        return None

    def _principal_of(self, claims: dict[str, Any]) -> _Principal | None:
        """The tenant or the (still active) participant a verified token's claims name."""
        try:
            state = self._tenants.get(uuid.UUID(str(claims["tid"])))
            room_id = uuid.UUID(str(claims["rid"])) if "rid" in claims else None
        except ValueError:
            return None
        if state is None:
            return None
        if room_id is None:
            return state.principal if claims["sub"] == str(state.tenant.uuid) else None
        room = state.rooms.get(room_id)
        participant = None if room is None else room.participant(str(claims["sub"]))
        return None if participant is None else _Principal(state, participant)

    # -- the Service protocol ------------------------------------------------------------

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> _Principal | Refusal:
        """A tenant API key (header or bearer), a tenant access token or a participant's token; else 401."""
        principal: _Principal | None = None
        if credentials.api_key is not None:
            state = self._by_key(credentials.api_key.value)
            principal = None if state is None else state.principal
        elif credentials.token is not None:
            token = credentials.token.token
            state = self._by_key(token)
            if state is not None:
                principal = state.principal
            else:
                claims = self._claims(token, ("access", "auth"))
                principal = None if claims is None else self._principal_of(claims)
        return principal if principal is not None else Refusal(401, _UNAUTHORIZED)

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """Rooms errors are always ``{error}``."""
        if status == 401 and not message:
            message = _UNAUTHORIZED
        return _error(message)

    async def get_token(self, *, body: models.TokenRequest, context: RequestContext) -> GetTokenResult:
        state = self._by_key(body.api_key)
        if state is None:
            return GetToken401(body=_error("invalid API key"))
        return GetToken200(body=self._tenant_pair(state))

    async def refresh_token(self, *, body: models.RefreshRequest, context: RequestContext) -> RefreshTokenResult:
        claims = self._claims(body.refresh_token, ("refresh",))
        principal = None if claims is None else self._principal_of(claims)
        if principal is None:
            return RefreshToken401(body=_error("invalid or expired refresh token"))
        if principal.participant is None:
            return RefreshToken200(body=self._tenant_pair(principal.state))
        tokens = self._participant_tokens(principal.state, principal.participant)
        return RefreshToken200(
            body=models.TokenResponse(
                access_token=tokens.access_token,
                refresh_token=tokens.refresh_token,
                token_type="Bearer",
                expires_in=tokens.expires_in,
            )
        )

    # -- rooms ---------------------------------------------------------------------------

    def _locate(self, principal: _Principal, id: str, *, host: bool = False) -> _Room | _Problem:
        room = principal.state.find_room(id)
        if not principal.may_use(room):
            return _Problem(403, _OTHER_ROOM)
        if host and not principal.is_host:
            return _Problem(403, _HOST_ONLY)
        return _NO_ROOM if room is None else room

    def _new_room(self, state: _TenantState, name: str | None, config: models.RoomConfig | Any) -> _Room:
        now = self._now()
        settings = {} if config is MISSING else config.model_dump(mode="json")
        return _Room(id=uuid.uuid4(), tenant_id=state.tenant.uuid, name=name, created_at=now, config=settings)

    async def list_rooms(
        self, *, limit: int = 20, offset: int = 0, principal: _Principal, context: RequestContext
    ) -> ListRoomsResult:
        rooms = [r for r in principal.state.rooms.values() if r.status == "active" and principal.may_use(r)]
        page = [r.with_count() for r in rooms[offset : offset + limit]]
        return ListRooms200(body=models.ListRoomsResponse(rooms=page, total=len(rooms), limit=limit, offset=offset))

    async def create_room(
        self, *, body: models.CreateRoomRequest, principal: _Principal, context: RequestContext
    ) -> CreateRoomResult:
        if principal.participant is not None:
            return CreateRoom403(body=_error(_TENANT_ONLY))
        name = None if body.name is MISSING else body.name
        room = self._new_room(principal.state, name, body.config)
        room.started_at = room.created_at
        return CreateRoom201(body=principal.state.add_room(room).to_model())

    async def schedule_room(
        self, *, body: models.ScheduleRoomRequest, principal: _Principal, context: RequestContext
    ) -> ScheduleRoomResult:
        if principal.participant is not None:
            return ScheduleRoom403(body=_error(_TENANT_ONLY))
        name = None if body.name is MISSING else body.name
        room = self._new_room(principal.state, name, body.config)
        room.status = "scheduled"
        room.scheduled_start_at = _aware(body.scheduled_start_at)
        room.scheduled_end_at = None if body.scheduled_end_at in (MISSING, None) else _aware(body.scheduled_end_at)
        if body.allow_early_join_minutes is not MISSING:
            room.allow_early_join_minutes = body.allow_early_join_minutes
        return ScheduleRoom201(body=principal.state.add_room(room).to_model())

    async def get_room(self, *, id: str, principal: _Principal, context: RequestContext) -> GetRoomResult:
        room = self._locate(principal, id)
        if isinstance(room, _Problem):
            return room.answer(GetRoom403, GetRoom404)
        return GetRoom200(body=room.with_count())

    async def update_room(
        self, *, id: str, body: models.UpdateRoomRequest, principal: _Principal, context: RequestContext
    ) -> UpdateRoomResult:
        room = self._locate(principal, id, host=True)
        if isinstance(room, _Problem):
            return room.answer(UpdateRoom403, UpdateRoom404)
        if body.name is not MISSING:
            room.name = body.name
        if body.config is not MISSING:
            room.config = body.config.model_dump(mode="json")
        room.updated_at = self._now()
        return UpdateRoom200(body=room.to_model())

    async def delete_room(self, *, id: str, principal: _Principal, context: RequestContext) -> DeleteRoomResult:
        room = self._locate(principal, id)
        if isinstance(room, _Problem):
            return room.answer(DeleteRoom403, DeleteRoom404)
        if principal.participant is not None:
            return DeleteRoom403(body=_error(_TENANT_ONLY))
        del principal.state.rooms[room.id]
        return DeleteRoom204()

    async def end_room(self, *, id: str, principal: _Principal, context: RequestContext) -> EndRoomResult:
        room = self._locate(principal, id, host=True)
        if isinstance(room, _Problem):
            return room.answer(EndRoom403, EndRoom404)
        if room.status != "ended":
            now = self._now()
            room.status, room.ended_at, room.updated_at = "ended", now, now
            for participant in room.active():
                participant.left_at = now
        return EndRoom200(body=room.to_model())

    async def create_join_token(
        self, *, id: str, principal: _Principal, context: RequestContext
    ) -> CreateJoinTokenResult:
        room = self._locate(principal, id, host=True)
        if isinstance(room, _Problem):
            return room.answer(CreateJoinToken403, CreateJoinToken404)
        claims = {"sub": str(room.id), "tid": str(principal.state.tenant.uuid), "rid": str(room.id)}
        token = self._jwt(claims, "join", self.config.token_ttl)
        return CreateJoinToken200(body=models.CreateJoinTokenResponse(join_token=token))

    # -- participants --------------------------------------------------------------------

    def _join(
        self,
        state: _TenantState,
        room: _Room,
        display_name: str,
        external_user_id: str | None,
        role: Role,
        metadata: dict[str, Any] | None,
    ) -> _Participant:
        if state.tenant.settings.first_participant_is_host and not room.participants:
            role = "host"
        participant = _Participant(
            id=uuid.uuid4(),
            room_id=room.id,
            display_name=display_name,
            external_user_id=external_user_id or None,
            role=role,
            joined_at=self._now(),
            metadata=metadata,
        )
        room.participants[participant.id] = participant
        return participant

    def _open_for_join(self, state: _TenantState, room: _Room) -> str | None:
        """Activate a scheduled room inside its window, reactivate an ended one; why not, or None."""
        now = self._now()
        if room.status == "scheduled":
            start = room.scheduled_start_at or now
            try:
                opens = start - datetime.timedelta(minutes=room.allow_early_join_minutes)
            except OverflowError:  # a window reaching before year 1: open since ever
                opens = datetime.datetime.min.replace(tzinfo=datetime.UTC)
            if now < opens:
                return "room is not active (its join window has not opened)"
            room.status, room.started_at, room.updated_at = "active", now, now
        elif room.status == "ended":
            if not state.tenant.settings.allow_early_join:
                return "room is not active (it has ended)"
            room.status, room.started_at, room.ended_at, room.updated_at = "active", now, None, now
            room.cloudflare_meeting_id = "cf_mtg_" + uuid.uuid4().hex
        return None

    @staticmethod
    def _tenant_config(settings: TenantSettings) -> models.TenantConfig:
        return models.TenantConfig(
            transcription_enabled=settings.transcription_enabled,
            first_participant_is_host=settings.first_participant_is_host,
            force_recording=settings.force_recording,
            allow_early_join=settings.allow_early_join,
        )

    @staticmethod
    def _is_uuid(text: str) -> bool:
        try:
            uuid.UUID(text)
        except ValueError:
            return False
        return True

    async def add_participant(
        self, *, id: str, body: models.AddParticipantRequest, principal: _Principal, context: RequestContext
    ) -> AddParticipantResult:
        state = principal.state
        room = self._locate(principal, id, host=True)
        created = False
        if room is _NO_ROOM:
            if not state.tenant.settings.allow_early_join or self._is_uuid(id):
                return AddParticipant404(body=_error("Room not found"))
            room, created = state.add_room(self._new_room(state, id, MISSING)), True
            room.started_at = room.created_at
        if isinstance(room, _Problem):
            return room.answer(AddParticipant403, AddParticipant404)
        was_scheduled = room.status == "scheduled"
        refusal = self._open_for_join(state, room)
        if refusal is not None:
            return AddParticipant409(body=_error(refusal))
        external = None if body.external_user_id is MISSING else body.external_user_id
        metadata = None if body.metadata is MISSING else body.metadata
        participant = self._join(state, room, body.display_name, external, body.role, metadata)
        tokens = self._participant_tokens(state, participant)
        settings = state.tenant.settings
        return AddParticipant201(
            body=models.AddParticipantResponse(
                participant=participant.to_model(),
                room=room.summary(),
                room_created=created or was_scheduled,
                tenant_config=self._tenant_config(settings),
                access_token=tokens.access_token,
                refresh_token=tokens.refresh_token,
                token_type="Bearer",
                expires_in=self.config.token_ttl,
                auth_token=tokens.auth_token,
                should_start_recording=settings.force_recording,
            )
        )

    @staticmethod
    def _bulk_item_error(item: models.BulkParticipantInput) -> str | None:
        """Why one bulk item cannot be added (the addParticipant rules), or None."""
        if item.display_name is MISSING or not item.display_name:
            return "display_name is required"
        if item.role is not MISSING and item.role not in ROLES:
            return "role must be 'host' or 'participant'"
        return None

    async def bulk_add_participants(
        self, *, id: str, body: models.BulkAddParticipantsRequest, principal: _Principal, context: RequestContext
    ) -> BulkAddParticipantsResult:
        state = principal.state
        room = self._locate(principal, id, host=True)
        if isinstance(room, _Problem):
            return room.answer(BulkAddParticipants403, BulkAddParticipants404)
        refusal = self._open_for_join(state, room)
        if refusal is not None:
            return BulkAddParticipants409(body=_error(refusal))
        return BulkAddParticipants200(
            body=models.BulkAddParticipantsResponse(results=[self._bulk_one(state, room, i) for i in body.participants])
        )

    def _bulk_one(self, state: _TenantState, room: _Room, item: models.BulkParticipantInput) -> models.BulkAddResult:
        name = "" if item.display_name is MISSING else item.display_name
        problem = self._bulk_item_error(item)
        if problem is not None:
            return models.BulkAddResult(success=False, display_name=name, error=problem)
        external = None if item.external_user_id is MISSING else item.external_user_id
        role: Role = "host" if item.role == "host" else "participant"
        metadata = None if item.metadata is MISSING else item.metadata
        participant = self._join(state, room, name, external, role, metadata)
        tokens = self._participant_tokens(state, participant)
        result = models.BulkAddResult(
            success=True,
            participant_id=participant.id,
            display_name=participant.display_name,
            access_token=tokens.access_token,
            auth_token=tokens.auth_token,
        )
        if participant.external_user_id is not None:
            result.external_user_id = participant.external_user_id
        return result

    async def list_participants(
        self, *, id: str, active: bool = False, principal: _Principal, context: RequestContext
    ) -> ListParticipantsResult:
        room = self._locate(principal, id)
        if isinstance(room, _Problem):
            return room.answer(ListParticipants403, ListParticipants404)
        people = [p.to_model() for p in room.participants.values() if not active or p.left_at is None]
        return ListParticipants200(body=models.ListParticipantsResponse(participants=people))

    async def update_participant(
        self,
        *,
        id: str,
        pid: str,
        body: models.UpdateParticipantRequest,
        principal: _Principal,
        context: RequestContext,
    ) -> UpdateParticipantResult:
        room = self._locate(principal, id)
        if isinstance(room, _Problem):
            return room.answer(UpdateParticipant403, UpdateParticipant404)
        me = principal.participant
        if pid == "me" and me is not None:
            pid = str(me.id)
        participant = room.participant(pid)
        if participant is None:
            return UpdateParticipant404(body=_error("Participant not found"))
        if not principal.is_host and (participant is not me or body.role is not MISSING):
            return UpdateParticipant403(body=_error(_HOST_ONLY))
        if body.display_name is not MISSING:
            participant.display_name = body.display_name
        if body.role is not MISSING:
            participant.role = body.role
        return UpdateParticipant200(body=participant.to_model())

    async def remove_participant(
        self, *, id: str, pid: str, principal: _Principal, context: RequestContext
    ) -> RemoveParticipantResult:
        room = self._locate(principal, id, host=True)
        if isinstance(room, _Problem):
            return room.answer(RemoveParticipant403, RemoveParticipant404)
        participant = room.participant(pid)
        if participant is None:
            return RemoveParticipant404(body=_error("Participant not found"))
        participant.left_at = self._now()
        return RemoveParticipant204()

    async def refresh_participant_token(
        self, *, id: str, pid: str, principal: _Principal, context: RequestContext
    ) -> RefreshParticipantTokenResult:
        room = self._locate(principal, id, host=True)
        if isinstance(room, _Problem):
            return room.answer(RefreshParticipantToken403, RefreshParticipantToken404)
        participant = room.participant(pid)
        if participant is None:
            return RefreshParticipantToken404(body=_error("Participant not found"))
        return RefreshParticipantToken200(body=self._participant_tokens(principal.state, participant))


def create_app(config: Config | None = None) -> Starlette:
    """The ready ASGI app of the in-memory Rooms server."""
    service: Service[_Principal] = RoomsService(config)
    return api.create_app(service)
