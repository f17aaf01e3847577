"""The hand-written reference server: the least work a Rooms ``getRoom``/``createRoom`` can do.

A plain Starlette app with the same observable work as the generated server's happy path: a
Bearer-token check (dict lookup), the room lookup by UUID or name (or the insert, after checking
the JSON body has exactly a well-formed ``name``), and a JSON answer. No spec validation
framework, no models: the floor the generated server is compared with.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

__all__ = ["create_app"]

_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,98}[A-Za-z0-9])?$")
_UNAUTHORIZED = JSONResponse({"error": "Unauthorized"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})


def create_app(api_keys: dict[str, str]) -> Starlette:
    """``api_keys`` maps a bearer token to its tenant id."""
    rooms_by_id: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    rooms_by_name: dict[tuple[str, str], dict[str, Any]] = {}

    def tenant(request: Request) -> str | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return api_keys.get(token) if scheme.lower() == "bearer" else None

    async def get_room(request: Request) -> Response:
        who = tenant(request)
        if who is None:
            return _UNAUTHORIZED
        key = request.path_params["id"]
        if not _NAME.match(key):
            return JSONResponse({"error": "Invalid room id"}, status_code=400)
        room = None
        if len(key) in (32, 36):
            try:
                room = rooms_by_id.get((who, uuid.UUID(key)))
            except ValueError:
                room = None
        if room is None:
            room = rooms_by_name.get((who, key))
        if room is None:
            return JSONResponse({"error": "Room not found"}, status_code=404)
        return JSONResponse(room)

    async def create_room(request: Request) -> Response:
        who = tenant(request)
        if who is None:
            return _UNAUTHORIZED
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return JSONResponse({"error": "Expected application/json"}, status_code=415)
        try:
            body = json.loads(await request.body())
        except ValueError:
            return JSONResponse({"error": "Malformed JSON"}, status_code=400)
        if not isinstance(body, dict) or set(body) != {"name"} or not isinstance(body["name"], str):
            return JSONResponse({"error": "Body must be {name: string}"}, status_code=400)
        name = body["name"]
        if not _NAME.match(name):
            return JSONResponse({"error": "Invalid name"}, status_code=400)
        if (who, name) in rooms_by_name:
            return JSONResponse({"error": "A room with this name already exists"}, status_code=409)
        room_id = uuid.uuid4()
        room = {"id": str(room_id), "name": name, "status": "active"}
        rooms_by_id[(who, room_id)] = room
        rooms_by_name[(who, name)] = room
        return JSONResponse(room, status_code=201)

    return Starlette(
        routes=[
            Route("/api/v1/rooms", create_room, methods=["POST"]),
            Route("/api/v1/rooms/{id}", get_room, methods=["GET"]),
        ]
    )
