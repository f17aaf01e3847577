# generated from specs/rooms.yaml — do not edit
"""Rooms API 1.0.0.

Hand-written contract for a video-rooms API (the open-source "Chalk" rooms API, built on
Cloudflare RealtimeKit): rooms and the participants in them.

* Authentication is an HTTP Bearer token: either a tenant API key (full access) or a
  participant's `auth_token` (as returned by addParticipant / bulkAddParticipants /
  refreshParticipantToken). Only a host may bulk-add participants, remove participants or
  refresh participants' tokens: a participant token whose participant is not a `host` of the
  room answers 403 there, and may answer 403 on the other operations too.
* A room is addressed by `{id}`, which is either the room's UUID or the room's name.
* The tenant configuration (`tenant_config`) has four booleans: `transcription_enabled`,
  `first_participant_is_host`, `force_recording`, `allow_early_join`. With
  `allow_early_join` on, adding a participant to an unknown room creates it (named `{id}`)
  and answers `room_created: true`; with it off, an unknown room is 404.
* Errors are `{error: string}` (`Error`) for 400, 401, 403, 404 and 409. Schema violations
  (wrong types, unknown fields, unknown query parameters, bad path parameters) answer 400.

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
