"""``--app`` factories for the contract command: the stand-ins, and deliberately broken variants (mutants).

Each factory takes no arguments and returns a fresh ASGI app (a new in-memory state). The stand-ins hold
the resources the spec's examples name (``seed_examples``), so the examples phase reaches the business logic.
"""

from __future__ import annotations

import base64
from typing import Any

from services import bandwidth_webrtc, rooms, twilio_proxy


def rooms_app() -> Any:
    return rooms.create_app(rooms.Config(seed_examples=True))


def twilio_proxy_app() -> Any:
    return twilio_proxy.create_app(twilio_proxy.Config(seed_examples=True))


def bandwidth_webrtc_app() -> Any:
    return bandwidth_webrtc.create_app(bandwidth_webrtc.Config(seed_examples=True))


def _basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def authorization(api: str) -> str:
    """The ``Authorization`` header value of each stand-in's development credentials."""
    if api == "rooms":
        return f"Bearer {rooms.Config().tenants[0].api_key}"
    if api == "twilio_proxy":
        sid, token = twilio_proxy.Config().accounts[0]
        return _basic(sid, token)
    user = bandwidth_webrtc.Config().credentials[0]
    return _basic(user.username, user.password)


FACTORIES = {"rooms": rooms_app, "twilio_proxy": twilio_proxy_app, "bandwidth_webrtc": bandwidth_webrtc_app}


RESETS: list[str | None] = []


def remember_reset(base_url: str | None) -> None:
    """A ``--reset-hook`` for the tests: remembers each call's base URL."""
    RESETS.append(base_url)
