# generated from specs/rooms.yaml — do not edit
"""Rooms API 1.0.0.

Hand-written contract for a video-rooms API (the open-source "Chalk" rooms API, built on
Cloudflare RealtimeKit): tenant authentication, rooms and the participants in them. The seed
(`rooms-participants.md`) wins where it speaks; where it is silent, Chalk's own published
document (`chalk_openapi.yaml`) decides.

* Authentication. A tenant API key (`ck_test_…` / `ck_live_…`) is exchanged at
  `POST /api/v1/auth/token` for a JWT pair (`access_token`, `refresh_token`);
  `POST /api/v1/auth/refresh` renews the pair. Every other operation takes
  `Authorization: Bearer <token>` or `X-API-Key: <tenant API key>`. The bearer token is the
  tenant's `access_token`, the tenant API key itself (as Chalk's service accepts
  `Bearer ck_…`), or a participant's `access_token` or `auth_token` (it acts as that
  participant). Missing, unknown, expired or revoked (participant removed, room ended or
  deleted) credentials answer 401.
* Only a host may add or bulk-add participants, remove participants or refresh their
  tokens; a participant may update only itself (not its role). A participant token acts
  only on its own room (403 otherwise). Each tenant's rooms are separate: another tenant's
  room is 404.
* A room is addressed by `{id}`: its UUID or its name. An `{id}` that is neither a known UUID
  nor a known name answers 404 (an id that is merely malformed is not a 400). Room names are
  free text ("Math 101: Session 3", "Café") and need not be unique; a name addresses the
  oldest room of that name.
* The tenant configuration (`tenant_config`) has four booleans: `transcription_enabled`,
  `first_participant_is_host`, `force_recording`, `allow_early_join`. With
  `allow_early_join` on, adding a participant to an unknown room name creates the room (named
  `{id}`, `room_created: true`) and reactivates an ended room; with it off, an unknown room is
  404. A scheduled room becomes active on the first join at or after
  `scheduled_start_at - allow_early_join_minutes`; an earlier join (and a join to an ended
  room without early join) answers 409.
* Request bodies are open, as the vendor's are: unknown fields are accepted and ignored.
  Errors are `{error: string}` (`Error`).

Where the seed and the vendor document disagree (one sentence each):

* The seed calls `auth_token` the JWT "for API authentication" while the vendor document
  says `access_token` is "for API calls": both are accepted as the bearer token, because code
  written from either source must work.
* The vendor document describes `auth_token` as a Cloudflare RealtimeKit token, the seed as a
  JWT: it is a JWT here (the seed wins), which an SDK treats as an opaque string anyway.
* The vendor document types listParticipants' `active` as the strings `"true"`/`"false"`, the
  seed as a boolean defaulting to false: it is a boolean (the same values on the wire).
* The vendor document's `RoomId` says "UUID" while the seed (and the vendor's own bulk
  operation) say "UUID or room name": `{id}` is any string, looked up as a UUID, then a name.
* The vendor document requires `display_name` in every bulk item while the seed answers a
  missing one as a per-item failure (`"display_name is required"`): items do not require it
  at the schema level.
* The vendor document gives the bulk operation no operationId: it is `bulkAddParticipants`.
* The vendor document lets removeParticipant answer 200 with the participant or 204, the
  seed says 204 No Content: it answers 204.
* The vendor document makes `should_start_recording` optional, the seed's answer always has
  it: it is always answered.
* The vendor document lists `X-API-Key` only on its tenant routes, but its service reads the
  same key on every tenant-authenticated route: it is accepted on every operation here.
* The vendor document (and its service) answer a join the room's state refuses (not yet open,
  ended) with 400 "room is not active", a status the seed does not give: it is 409 here,
  because the request itself is valid and a 400 would tell a client to fix it.
* The seed's `room` in addParticipant's answer is the short form `{id, name, status}` with a
  string `name`, the vendor's rooms may have no name: a room without a name answers `""`
  there and `null` in the full Room.

Generated from ``specs/rooms.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
"""

from . import models, responses
from .client import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AsyncClient,
    AsyncPage,
    BadRequestError,
    Client,
    ClientClosedError,
    ClientError,
    ConflictError,
    ForbiddenError,
    MissingCredentialsError,
    NotFoundError,
    Omit,
    Page,
    RawResponse,
    ResponseValidationError,
    ServerError,
    StreamedResponse,
    TransportError,
    UnauthorizedError,
    UnexpectedStatusError,
    omit,
)

__all__ = [
    "models",
    "responses",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncClient",
    "AsyncPage",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ClientError",
    "ConflictError",
    "ForbiddenError",
    "MissingCredentialsError",
    "NotFoundError",
    "Omit",
    "omit",
    "Page",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "StreamedResponse",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatusError",
]
