"""Credentials of a stand-in: the ``Config`` built from options, and who may call the control API.

Each API names its principals differently (``accounts``, ``credentials``, ``tenants``); the
table below turns ``StandinOptions.credentials`` strings into them and lists every configured
principal's ``Authorization`` header. An API missing from the table keeps its ``Config``'s
principals and is known by its development header alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from .._common import basic_header, bearer_header
from .options import StandinOptions

__all__ = ["build_config", "principal_headers"]


def _parts(text: str, least: int, most: int, shape: str) -> list[str]:
    parts = text.split(":", most - 1)
    if len(parts) < least or not all(parts):
        raise ValueError(f"credentials {text!r}: expected {shape}")
    return parts


def _twilio(module: ModuleType, texts: Sequence[str], default: Any) -> dict[str, Any]:
    pairs = tuple(tuple(_parts(t, 2, 2, "AccountSid:AuthToken")) for t in texts)
    return {"accounts": pairs}


def _bandwidth(module: ModuleType, texts: Sequence[str], default: Any) -> dict[str, Any]:
    account = default.credentials[0].account_id
    creds = []
    for text in texts:
        parts = _parts(text, 2, 3, "username:password[:accountId]")
        creds.append(module.Credential(parts[0], parts[1], parts[2] if len(parts) == 3 else account))
    return {"credentials": tuple(creds)}


def _rooms(module: ModuleType, texts: Sequence[str], default: Any) -> dict[str, Any]:
    return {"tenants": tuple(module.Tenant(*_parts(t, 2, 2, "tenant:apiKey")) for t in texts)}


_CREDENTIALS: dict[str, Callable[[ModuleType, Sequence[str], Any], dict[str, Any]]] = {
    "twilio_proxy": _twilio,
    "bandwidth_webrtc": _bandwidth,
    "rooms": _rooms,
}


def build_config(api: str, module: ModuleType, options: StandinOptions) -> Any:
    """The API's ``Config``: its defaults, then ``options.config``, then ``options.credentials``."""
    config = module.Config()
    if options.config:
        config = dataclasses.replace(config, **dict(options.config))
    if options.credentials:
        convert = _CREDENTIALS.get(api)
        if convert is None:
            raise ValueError(f"{api}: credentials cannot be set from the stand-in options; use options.config")
        config = dataclasses.replace(config, **convert(module, options.credentials, config))
    return config


def principal_headers(config: Any) -> list[dict[str, str]]:
    """The ``Authorization`` header of every configured principal (the development one first)."""
    found: list[dict[str, str]] = [dict(config.dev_headers())]
    for sid, token in getattr(config, "accounts", ()):
        found.append(basic_header(sid, token))
    for cred in getattr(config, "credentials", ()):
        found.append(basic_header(cred.username, cred.password))
    for tenant in getattr(config, "tenants", ()):
        found.append(bearer_header(tenant.api_key))
    return found
