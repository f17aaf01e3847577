"""Deliberately broken stand-ins (``--app tests.contract_mutants:<name>``): the contract command must catch each.

Each mutant wraps a stand-in's ASGI app and breaks one thing, on one operation:

* ``dropped_field``: rooms' ``GET /api/v1/rooms/{id}`` answers without the required ``name``;
* ``wrong_missing_status``: rooms' ``GET /api/v1/rooms/{id}`` answers 410 (undocumented) instead of 404;
* ``delete_keeps``: Bandwidth's ``DELETE`` of a participant or a session answers 204 without deleting;
* ``any_password``: Bandwidth accepts any Basic credentials (any user, any password) as the development user.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from typing import Any

from services import bandwidth_webrtc
from tests.contract_apps import bandwidth_webrtc_app, rooms_app

ROOM = re.compile(r"^/api/v1/rooms/[^/]+$")
BY_ID = re.compile(r"^/accounts/[^/]+/(participants|sessions)/[^/]+$")

Asgi = Callable[..., Any]


def _rewrite_response(
    app: Asgi, applies: Callable[[dict[str, Any]], bool], edit: Callable[[int, bytes], tuple[int, bytes]]
) -> Asgi:
    """Buffer the answers of requests ``applies`` selects and pass them through ``edit(status, body)``."""

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not applies(scope):
            await app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            status, body = edit(start["status"], b"".join(chunks))
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, capture)

    return wrapped


def _get_room(scope: dict[str, Any]) -> bool:
    return scope["method"] == "GET" and ROOM.match(scope["path"]) is not None


def dropped_field() -> Asgi:
    def drop_name(status: int, body: bytes) -> tuple[int, bytes]:
        if status != 200:
            return status, body
        data = json.loads(body)
        data.pop("name", None)
        return status, json.dumps(data).encode()

    return _rewrite_response(rooms_app(), _get_room, drop_name)


def wrong_missing_status() -> Asgi:
    return _rewrite_response(rooms_app(), _get_room, lambda status, body: (410 if status == 404 else status, body))


def delete_keeps() -> Asgi:
    app = bandwidth_webrtc_app()

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "DELETE" and BY_ID.match(scope["path"]):
            probe: list[int] = []

            async def status_only(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    probe.append(message["status"])

            async def no_body() -> dict[str, Any]:
                return {"type": "http.request", "body": b"", "more_body": False}

            get = {**scope, "method": "GET"}  # exists (and the caller may see it)? then pretend to delete
            await app(get, no_body, status_only)
            if probe and probe[0] == 200:
                await send({"type": "http.response.start", "status": 204, "headers": []})
                await send({"type": "http.response.body", "body": b""})
                return
        await app(scope, receive, send)

    return wrapped


def any_password() -> Asgi:
    app = bandwidth_webrtc_app()
    user = bandwidth_webrtc.Config().credentials[0]
    right = b"Basic " + base64.b64encode(f"{user.username}:{user.password}".encode())

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = []
            for name, value in scope.get("headers", []):
                if name.lower() == b"authorization" and value.startswith(b"Basic "):
                    value = right  # whoever and whatever the password: the development user
                headers.append((name, value))
            scope = {**scope, "headers": headers}
        await app(scope, receive, send)

    return wrapped
