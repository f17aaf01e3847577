"""The settings of a stand-in (:class:`StandinOptions`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["StandinOptions"]


@dataclass(frozen=True)
class StandinOptions:
    """How a stand-in runs, on top of its API's own ``Config``.

    ``credentials``: replaces the ``Config``'s principals, one string each, as the API names them:
    ``AccountSid:AuthToken`` (twilio_proxy), ``username:password[:accountId]`` (bandwidth_webrtc),
    ``tenant:apiKey`` (rooms); the first is the development principal.
    ``accept_any_credentials``: any value of the API's credential header is taken as the development
    principal (a request without one is still refused). ``config``: other ``Config`` fields by name
    (``base_url``, ``seed_examples``, ...), passed to ``dataclasses.replace``.
    ``cors_origins``: origins a browser may call from (``"*"``: any); empty: no CORS headers.
    ``latency_ms``: added before every API answer. ``seed_file``: a YAML/JSON file in the shape of
    ``GET /_standin/state``, loaded at start and after each reset. ``state_file``: loaded at start
    when it exists (instead of ``seed_file``) and written at shutdown. ``admin_token``: when set,
    the control API (``/_standin/...``, except health) wants ``Authorization: Bearer <token>``
    (or ``X-Standin-Token: <token>``); when None, it wants the API's own credentials.
    ``log_requests``: one log line per API request on the ``logger`` logger (4xx with the reasons
    the error body gives, at WARNING). ``journal_size``: how many requests the journal keeps.
    """

    credentials: tuple[str, ...] = ()
    accept_any_credentials: bool = False
    config: Mapping[str, Any] = field(default_factory=dict)
    cors_origins: tuple[str, ...] = ()
    latency_ms: int = 0
    seed_file: str | Path | None = None
    state_file: str | Path | None = None
    admin_token: str | None = None
    log_requests: bool = True
    logger: str = "standin"
    journal_size: int = 1000
