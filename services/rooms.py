"""In-memory Rooms service: rooms, their participants and the participants' tokens.

Behaviour (see ``specs/rooms.yaml``):

* The bearer token is a tenant API key (acts as the tenant's admin) or a participant's
  ``auth_token`` (a JWT signed HS256 with ``Config.jwt_secret``; it acts as that participant).
  Unknown, expired, forged or revoked (participant removed) tokens answer 401 ``{error}``.
* A participant token may only act on its own room (403 otherwise); only a ``host`` may add,
  bulk-add, update, remove participants or refresh their tokens (403 otherwise).
* Each tenant's rooms are separate: another tenant's rooms are 404.
* ``{id}`` is a room UUID or a room name (UUID first). With ``allow_early_join`` an unknown
  room named ``{id}`` is created by addParticipant (``room_created: true``); otherwise 404.
* Bulk add validates each item on its own: a bad item yields ``{success: false, error}`` and
  the others are still added.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

import jwt
from pydantic import MISSING
from starlette.applications import Starlette

from generated.rooms import models
from generated.rooms import server as api
from generated.rooms.server import (
    AddParticipant201,
    AddParticipant403,
    AddParticipant404,
    AddParticipantResult,
    BulkAddParticipants200,
    BulkAddParticipants403,
    BulkAddParticipants404,
    BulkAddParticipantsResult,
    CreateRoom201,
    CreateRoom403,
    CreateRoom409,
    CreateRoomResult,
    Credentials,
    GetRoom200,
    GetRoom403,
    GetRoom404,
    GetRoomResult,
    ListParticipants200,
    ListParticipants403,
    ListParticipants404,
    ListParticipantsResult,
    RefreshParticipantToken200,
    RefreshParticipantToken403,
    RefreshParticipantToken404,
    RefreshParticipantTokenResult,
    Refusal,
    RemoveParticipant204,
    RemoveParticipant403,
    RemoveParticipant404,
    RemoveParticipantResult,
    RequestContext,
    Service,
    UpdateParticipant200,
    UpdateParticipant400,
    UpdateParticipant403,
    UpdateParticipant404,
    UpdateParticipantResult,
)

from ._common import bearer_header, utcnow

__all__ = ["Config", "RoomsService", "Tenant", "TenantSettings", "create_app"]

ROLES = ("host", "participant")
Role = Literal["host", "participant"]
_NON_BLANK = re.compile(r"\S")
_JWT_ALGORITHM = "HS256"
# The ids the spec's examples use (``Config.seed_examples``).
EXAMPLE_ROOM_ID = uuid.UUID("0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30")
EXAMPLE_PARTICIPANT_ID = "p_abc123"


@dataclass(frozen=True)
class TenantSettings:
    """A tenant's configuration (answered as ``tenant_config``)."""

    transcription_enabled: bool = False
    first_participant_is_host: bool = True
    force_recording: bool = False
    allow_early_join: bool = True


@dataclass(frozen=True)
class Tenant:
    """A tenant: its id, its API key (full access to its rooms) and its settings."""

    tenant_id: str
    api_key: str
    settings: TenantSettings = TenantSettings()


@dataclass(frozen=True)
class Config:
    """Settings of the in-memory Rooms server.

    ``tenants``: the first one is the development principal (its API key). ``jwt_secret``
    signs every token (HS256); ``token_ttl`` is ``expires_in`` of access/auth tokens;
    ``refresh_ttl`` the lifetime of refresh tokens. ``base_url`` is the public base
    URL (``scheme://host[:port]``) when known, ``None`` otherwise (this API's answers hold no
    absolute URLs; ``services.serve`` prints it).
    """

    tenants: tuple[Tenant, ...] = (Tenant("dev-tenant", "dev-api-key"),)
    jwt_secret: str = "rooms-dev-jwt-secret-change-me-0123456789abcdef"
    token_ttl: int = 3600
    refresh_ttl: int = 30 * 24 * 3600
    base_url: str | None = None
    seed_examples: bool = False

    def dev_headers(self) -> dict[str, str]:
        """The ``Authorization`` header of the development principal (the first tenant's API key)."""
        return bearer_header(self.tenants[0].api_key)

    def dev_credentials(self) -> str:
        """A one-line description of the development principal."""
        return f"tenant={self.tenants[0].tenant_id} api key={self.tenants[0].api_key}"


@dataclass
class _Participant:
    id: str
    room_id: uuid.UUID
    display_name: str
    external_user_id: str | None
    role: Role
    joined_at: Any  # datetime
    left_at: Any = None  # datetime | None

    def to_model(self) -> models.Participant:
        return models.Participant(
            id=self.id,
            room_id=self.room_id,
            display_name=self.display_name,
            external_user_id=self.external_user_id,
            role=self.role,
            joined_at=self.joined_at,
            left_at=self.left_at,
            created_at=self.joined_at,
        )


@dataclass
class _Room:
    id: uuid.UUID
    name: str
    status: str = "active"
    participants: dict[str, _Participant] = field(default_factory=dict)

    def to_model(self) -> models.Room:
        return models.Room(id=self.id, name=self.name, status=self.status)


@dataclass
class _TenantState:
    tenant: Tenant
    rooms_by_id: dict[uuid.UUID, _Room] = field(default_factory=dict)
    rooms_by_name: dict[str, _Room] = field(default_factory=dict)

    def find_room(self, key: str) -> _Room | None:
        """A room by UUID first, then by name."""
        if len(key) in (32, 36):
            try:
                room = self.rooms_by_id.get(uuid.UUID(key))
            except ValueError:
                room = None
            if room is not None:
                return room
        return self.rooms_by_name.get(key)

    def add_room(self, name: str) -> _Room:
        room = _Room(id=uuid.uuid4(), name=name)
        self.rooms_by_id[room.id] = room
        self.rooms_by_name[name] = room
        return room


@dataclass(frozen=True)
class _Principal:
    state: _TenantState
    participant: _Participant | None = None  # None: the tenant API key

    def may_use(self, room: _Room | None) -> bool:
        """Whether this principal may address the room (participants: only their own)."""
        return self.participant is None or (room is not None and room.id == self.participant.room_id)

    @property
    def is_host(self) -> bool:
        """Tenant API keys and host participants."""
        return self.participant is None or self.participant.role == "host"


@dataclass(frozen=True)
class _Tokens:
    access_token: str
    refresh_token: str
    auth_token: str


def _error(message: str) -> models.Error:
    return models.Error(error=message)


_UNAUTHORIZED = "Unauthorized"
_HOST_ONLY = "Only a host can perform this action"
_OTHER_ROOM = "This token may not access this room"


class RoomsService:
    """The Rooms API, in memory."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._tenants: dict[str, _TenantState] = {}
        self._by_api_key: dict[str, _TenantState] = {}
        for tenant in self.config.tenants:
            state = _TenantState(tenant)
            self._tenants[tenant.tenant_id] = state
            self._by_api_key[tenant.api_key] = state
        if self.config.seed_examples:
            self._seed_examples()

    def _seed_examples(self) -> None:
        state = self._tenants[self.config.tenants[0].tenant_id]
        room = _Room(id=EXAMPLE_ROOM_ID, name="Example Room")
        state.rooms_by_id[room.id] = room
        state.rooms_by_name[room.name] = room
        room.participants[EXAMPLE_PARTICIPANT_ID] = _Participant(
            id=EXAMPLE_PARTICIPANT_ID,
            room_id=room.id,
            display_name="John Doe",
            external_user_id="user_123",
            role="host",
            joined_at=utcnow(),
        )

    # -- helpers -------------------------------------------------------------------------

    def _principal(self, token: str) -> _Principal | None:
        """Who the bearer token stands for; None when it is unknown, forged, expired or revoked."""
        state = self._by_api_key.get(token)
        if state is not None:
            return _Principal(state)
        try:
            claims = jwt.decode(
                token,
                self.config.jwt_secret,
                algorithms=[_JWT_ALGORITHM],
                options={"require": ["exp", "sub", "tid", "rid", "typ"]},
            )
        except (jwt.PyJWTError, ValueError, TypeError):
            return None
        if claims.get("typ") != "auth":
            return None
        state = self._tenants.get(str(claims["tid"]))
        if state is None:
            return None
        try:
            room = state.rooms_by_id.get(uuid.UUID(str(claims["rid"])))
        except ValueError:
            return None
        participant = None if room is None else room.participants.get(str(claims["sub"]))
        if participant is None or participant.left_at is not None:
            return None
        return _Principal(state, participant)

    def _tokens(self, state: _TenantState, participant: _Participant) -> _Tokens:
        now = int(time.time())
        base = {"sub": participant.id, "tid": state.tenant.tenant_id, "rid": str(participant.room_id), "iat": now}
        secret = self.config.jwt_secret

        def make(typ: str, ttl: int) -> str:
            claims = {**base, "typ": typ, "exp": now + ttl, "jti": uuid.uuid4().hex}
            return jwt.encode(claims, secret, algorithm=_JWT_ALGORITHM)

        return _Tokens(
            access_token=make("access", self.config.token_ttl),
            refresh_token=make("refresh", self.config.refresh_ttl),
            auth_token=make("auth", self.config.token_ttl),
        )

    @staticmethod
    def _join(
        state: _TenantState, room: _Room, display_name: str, external_user_id: str | None, role: Role
    ) -> _Participant:
        if state.tenant.settings.first_participant_is_host and not room.participants:
            role = "host"
        participant = _Participant(
            id="p_" + uuid.uuid4().hex,
            room_id=room.id,
            display_name=display_name,
            external_user_id=external_user_id,
            role=role,
            joined_at=utcnow(),
        )
        room.participants[participant.id] = participant
        return participant

    @staticmethod
    def _tenant_config(settings: TenantSettings) -> models.TenantConfig:
        return models.TenantConfig(
            transcription_enabled=settings.transcription_enabled,
            first_participant_is_host=settings.first_participant_is_host,
            force_recording=settings.force_recording,
            allow_early_join=settings.allow_early_join,
        )

    @staticmethod
    def _bulk_item_error(item: models.BulkParticipantInput) -> str | None:
        """Why one bulk item cannot be added (the addParticipant rules), or None."""
        name = item.display_name
        if name is MISSING or not _NON_BLANK.search(name):
            return "display_name is required"
        if len(name) > 100:
            return "display_name must be at most 100 characters"
        if item.role is not MISSING and item.role not in ROLES:
            return "role must be 'host' or 'participant'"
        ext = item.external_user_id
        if ext is not MISSING and not 1 <= len(ext) <= 255:
            return "external_user_id must be 1-255 characters"
        return None

    # -- the Service protocol ------------------------------------------------------------

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> _Principal | Refusal:
        """A tenant API key or a participant's valid auth token; anything else is 401 ``{error}``."""
        token = credentials.bearer_auth
        principal = None if token is None else self._principal(token.token)
        return principal if principal is not None else Refusal(401, _UNAUTHORIZED)

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """Rooms errors are always ``{error}``."""
        if status == 401 and not message:
            message = _UNAUTHORIZED
        return _error(message)

    async def create_room(
        self, *, body: models.CreateRoomRequest, principal: _Principal, context: RequestContext
    ) -> CreateRoomResult:
        if principal.participant is not None:
            return CreateRoom403(body=_error("Only a tenant API key can create rooms"))
        state = principal.state
        if body.name in state.rooms_by_name:
            return CreateRoom409(body=_error("A room with this name already exists"))
        return CreateRoom201(body=state.add_room(body.name).to_model())

    async def get_room(self, *, id: str, principal: _Principal, context: RequestContext) -> GetRoomResult:
        room = principal.state.find_room(id)
        if not principal.may_use(room):
            return GetRoom403(body=_error(_OTHER_ROOM))
        if room is None:
            return GetRoom404(body=_error("Room not found"))
        return GetRoom200(body=room.to_model())

    async def list_participants(
        self, *, id: str, active: bool = False, principal: _Principal, context: RequestContext
    ) -> ListParticipantsResult:
        room = principal.state.find_room(id)
        if not principal.may_use(room):
            return ListParticipants403(body=_error(_OTHER_ROOM))
        if room is None:
            return ListParticipants404(body=_error("Room not found"))
        people = [p.to_model() for p in room.participants.values() if not active or p.left_at is None]
        return ListParticipants200(body=models.ListParticipantsResponse(participants=people))

    async def add_participant(
        self, *, id: str, body: models.AddParticipantRequest, principal: _Principal, context: RequestContext
    ) -> AddParticipantResult:
        state = principal.state
        room = state.find_room(id)
        if not principal.may_use(room):
            return AddParticipant403(body=_error(_OTHER_ROOM))
        if not principal.is_host:
            return AddParticipant403(body=_error(_HOST_ONLY))
        created = False
        if room is None:
            if not state.tenant.settings.allow_early_join:
                return AddParticipant404(body=_error("Room not found"))
            room, created = state.add_room(id), True
        external = None if body.external_user_id is MISSING else body.external_user_id
        participant = self._join(state, room, body.display_name, external, body.role)
        tokens = self._tokens(state, participant)
        settings = state.tenant.settings
        return AddParticipant201(
            body=models.AddParticipantResponse(
                participant=participant.to_model(),
                room=room.to_model(),
                room_created=created,
                tenant_config=self._tenant_config(settings),
                access_token=tokens.access_token,
                refresh_token=tokens.refresh_token,
                token_type="Bearer",
                expires_in=self.config.token_ttl,
                auth_token=tokens.auth_token,
                should_start_recording=settings.force_recording,
            )
        )

    async def bulk_add_participants(
        self, *, id: str, body: models.BulkAddParticipantsRequest, principal: _Principal, context: RequestContext
    ) -> BulkAddParticipantsResult:
        state = principal.state
        room = state.find_room(id)
        if not principal.may_use(room):
            return BulkAddParticipants403(body=_error(_OTHER_ROOM))
        if not principal.is_host:
            return BulkAddParticipants403(body=_error(_HOST_ONLY))
        if room is None:
            return BulkAddParticipants404(body=_error("Room not found"))
        results: list[models.BulkAddResult] = []
        for item in body.participants:
            problem = self._bulk_item_error(item)
            if problem is not None:
                results.append(models.BulkAddResult(success=False, error=problem))
                continue
            assert item.display_name is not MISSING  # checked above
            external = None if item.external_user_id is MISSING else item.external_user_id
            role: Role = "host" if item.role == "host" else "participant"
            participant = self._join(state, room, item.display_name, external, role)
            tokens = self._tokens(state, participant)
            results.append(
                models.BulkAddResult(
                    success=True,
                    participant_id=participant.id,
                    display_name=participant.display_name,
                    external_user_id=participant.external_user_id,
                    access_token=tokens.access_token,
                    auth_token=tokens.auth_token,
                )
            )
        return BulkAddParticipants200(body=models.BulkAddParticipantsResponse(results=results))

    async def update_participant(
        self,
        *,
        id: str,
        pid: str,
        body: models.UpdateParticipantRequest,
        principal: _Principal,
        context: RequestContext,
    ) -> UpdateParticipantResult:
        room = principal.state.find_room(id)
        if not principal.may_use(room):
            return UpdateParticipant403(body=_error(_OTHER_ROOM))
        if not principal.is_host:
            return UpdateParticipant403(body=_error(_HOST_ONLY))
        participant = None if room is None else room.participants.get(pid)
        if participant is None or participant.left_at is not None:
            return UpdateParticipant404(body=_error("Participant not found"))
        if body.display_name is MISSING and body.role is MISSING:
            return UpdateParticipant400(body=_error("display_name or role is required"))
        if body.display_name is not MISSING:
            participant.display_name = body.display_name
        if body.role is not MISSING:
            participant.role = body.role
        return UpdateParticipant200(body=participant.to_model())

    async def remove_participant(
        self, *, id: str, pid: str, principal: _Principal, context: RequestContext
    ) -> RemoveParticipantResult:
        room = principal.state.find_room(id)
        if not principal.may_use(room):
            return RemoveParticipant403(body=_error(_OTHER_ROOM))
        if not principal.is_host:
            return RemoveParticipant403(body=_error(_HOST_ONLY))
        participant = None if room is None else room.participants.get(pid)
        if participant is None or participant.left_at is not None:
            return RemoveParticipant404(body=_error("Participant not found"))
        participant.left_at = utcnow()
        return RemoveParticipant204()

    async def refresh_participant_token(
        self, *, id: str, pid: str, principal: _Principal, context: RequestContext
    ) -> RefreshParticipantTokenResult:
        room = principal.state.find_room(id)
        if not principal.may_use(room):
            return RefreshParticipantToken403(body=_error(_OTHER_ROOM))
        if not principal.is_host:
            return RefreshParticipantToken403(body=_error(_HOST_ONLY))
        participant = None if room is None else room.participants.get(pid)
        if participant is None or participant.left_at is not None:
            return RefreshParticipantToken404(body=_error("Participant not found"))
        tokens = self._tokens(principal.state, participant)
        return RefreshParticipantToken200(
            body=models.RefreshParticipantTokenResponse(
                access_token=tokens.access_token,
                refresh_token=tokens.refresh_token,
                token_type="Bearer",
                expires_in=self.config.token_ttl,
                auth_token=tokens.auth_token,
            )
        )


def create_app(config: Config | None = None) -> Starlette:
    """The ready ASGI app of the in-memory Rooms server."""
    service: Service[_Principal] = RoomsService(config)
    return api.create_app(service)
