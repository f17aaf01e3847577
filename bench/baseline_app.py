"""The hand-written reference server: the least work a Rooms ``getRoom``/``createRoom`` can do.

A plain Starlette app, written by hand as a careful engineer would, answering the requests the
server bench sends exactly as ``services/rooms.py`` on the generated server answers them. "The
same work" means, for ``getRoom`` (``GET /api/v1/rooms/{id}``) and ``createRoom`` (``POST
/api/v1/rooms``):

* credentials: a tenant API key as ``Authorization: Bearer <key>`` (what the bench sends) or
  ``X-API-Key: <key>``, compared in constant time with each tenant's key; anything else is 401
  ``{"error": "Unauthorized"}`` with ``WWW-Authenticate: Bearer``. (JWT access tokens and
  participant tokens, which the service also takes, are not accepted here: the bench never
  sends them, and decoding them is not on the measured path of either app.)
* a query parameter on either operation is 400 (neither declares one; the spec says unknown
  query parameters are a bad request);
* ``getRoom``: the room by UUID first, then the oldest room with that name (the spec's lookup;
  a malformed id is simply not found), 404 ``{"error": "Room not found"}``; 200 with the whole
  ``RoomWithParticipantCount`` (every ``Room`` field and ``participant_count``);
* ``createRoom``: ``Content-Type`` must be ``application/json`` (415); the body must be a JSON
  object whose optional ``name`` is a string and optional ``config`` an object whose
  ``max_participants`` is an integer (an integral number, as JSON Schema counts them) and
  ``recording_enabled``/``chat_enabled`` booleans, other keys kept (400 otherwise, as the spec's
  schemas demand; unknown top-level keys are ignored, as the open schema allows); then a new
  active room (a UUID, a ``cf_mtg_`` meeting id, ``created_at`` = ``started_at`` =
  ``updated_at`` = now) and 201 with the whole ``Room``.

Bodies are byte-for-byte what the service answers for the same room (the same field order,
date-times in UTC with ``Z``). The rooms are kept as ready-to-send JSON values, so a read is a
dict copy and ``json.dumps``: the floor a hand-written app reaches, not a strawman. No spec
validation framework, no models.
"""

from __future__ import annotations

import datetime
import hmac
import json
import uuid
from collections.abc import Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

__all__ = ["create_app"]

_UNAUTHORIZED = JSONResponse({"error": "Unauthorized"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
_NOT_FOUND = JSONResponse({"error": "Room not found"}, status_code=404)
_CONFIG_TYPES = (("recording_enabled", bool), ("chat_enabled", bool))


def _bad(message: str) -> Response:
    return JSONResponse({"error": message}, status_code=400)


def _iso(moment: datetime.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _config_problem(config: object) -> str | None:
    """Why a ``config`` value does not fit ``RoomConfig``, or None."""
    if not isinstance(config, dict):
        return "config must be an object"
    if "max_participants" in config:
        count = config["max_participants"]
        if isinstance(count, float) and count.is_integer():
            config["max_participants"] = int(count)
        elif not isinstance(count, int) or isinstance(count, bool):
            return "config.max_participants must be an integer"
    for key, kind in _CONFIG_TYPES:
        if key in config and not isinstance(config[key], kind):
            return f"config.{key} must be a boolean"
    return None


def create_app(tenants: Mapping[str, str]) -> Starlette:
    """``tenants`` maps each tenant's API key to its tenant id (a UUID, answered as ``tenant_id``)."""
    keys = [(key.encode(), tenant) for key, tenant in tenants.items()]
    rooms: dict[str, dict[uuid.UUID, dict[str, Any]]] = {tenant: {} for tenant in tenants.values()}

    def tenant_of(request: Request) -> str | None:
        given = request.headers.get("x-api-key")
        if given is None:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer":
                return None
            given = token.strip()
        raw = given.encode("utf-8", "surrogatepass")
        return next((tenant for key, tenant in keys if hmac.compare_digest(raw, key)), None)

    async def get_room(request: Request) -> Response:
        who = tenant_of(request)
        if who is None:
            return _UNAUTHORIZED
        if request.scope["query_string"]:
            return _bad("unknown query parameter")
        key = request.path_params["id"]
        mine = rooms[who]
        try:
            room = mine.get(uuid.UUID(key))
        except ValueError:
            room = None
        if room is None:
            room = next((r for r in mine.values() if r["name"] == key), None)
            if room is None:
                return _NOT_FOUND
        return JSONResponse({**room, "participant_count": 0})  # no participants join in this app

    async def create_room(request: Request) -> Response:
        who = tenant_of(request)
        if who is None:
            return _UNAUTHORIZED
        if request.scope["query_string"]:
            return _bad("unknown query parameter")
        if request.headers.get("content-type", "").partition(";")[0].strip().lower() != "application/json":
            return JSONResponse({"error": "Expected application/json"}, status_code=415)
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _bad("request body is not JSON")
        if not isinstance(body, dict):
            return _bad("request body must be an object")
        name = body.get("name")
        if "name" in body and not isinstance(name, str):
            return _bad("name must be a string")
        config = body.get("config", {})
        problem = _config_problem(config) if "config" in body else None
        if problem is not None:
            return _bad(problem)
        room_id = uuid.uuid4()
        now = _iso(datetime.datetime.now(datetime.UTC))
        room = {
            "id": str(room_id),
            "tenant_id": who,
            "cloudflare_meeting_id": "cf_mtg_" + uuid.uuid4().hex,
            "name": name,
            "config": config,
            "status": "active",
            "scheduled_start_at": None,
            "scheduled_end_at": None,
            "allow_early_join_minutes": 0,
            "started_at": now,
            "ended_at": None,
            "created_at": now,
            "updated_at": now,
        }
        rooms[who][room_id] = room
        return JSONResponse(room, status_code=201)

    return Starlette(
        routes=[
            Route("/api/v1/rooms", create_room, methods=["POST"]),
            Route("/api/v1/rooms/{id}", get_room, methods=["GET"]),
        ]
    )
