"""The server under test and how a fresh state is obtained for it.

* ``--app``: :class:`FreshApp` wraps the factory's ASGI app; ``reset`` builds a new one.
* ``--url``: :class:`LiveServer` resets through the stand-in control API (``POST {url}/_standin/reset``)
  when ``GET {url}/_standin/health`` answers 200, else through the user's hook, else not at all
  (the summary says so).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FreshApp", "LiveServer", "Target"]

HEALTH_PATH = "/_standin/health"
RESET_PATH = "/_standin/reset"


class FreshApp:
    """An ASGI app whose whole server (and its in-memory state) is replaced by ``reset``."""

    def __init__(self, factory: Callable[[], Any], hook: Callable[[str | None], Any] | None = None) -> None:
        self._factory = factory
        self._hook = hook
        self.app = factory()
        self.resets = 0

    @property
    def reset_method(self) -> str:
        return "a new app from the factory" + (" and the reset hook" if self._hook else "")

    def reset(self) -> None:
        self.app = self._factory()
        self.resets += 1
        if self._hook is not None:
            self._hook(None)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@dataclass
class LiveServer:
    """A server at ``url``; ``reset`` restores a fresh state when the server (or a hook) can."""

    url: str
    hook: Callable[[str | None], Any] | None = None
    control: bool = False
    resets: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # the run's own (the control API wants credentials)

    @classmethod
    def probe(cls, url: str, hook: Callable[[str | None], Any] | None, headers: dict[str, str]) -> LiveServer:
        """Detect the stand-in control API (a 200 from its health endpoint)."""
        import httpx

        base = url.rstrip("/")
        try:
            control = httpx.get(base + HEALTH_PATH, timeout=5.0).status_code == 200
        except httpx.HTTPError:
            control = False
        return cls(base, hook, control, headers=dict(headers))

    @property
    def reset_method(self) -> str:
        if self.hook is not None:
            return "the reset hook"
        if self.control:
            return f"POST {self.url}{RESET_PATH}"
        return "none (no stand-in control API and no --reset-hook: state carries over between scenarios)"

    def reset(self) -> None:
        import httpx

        if self.hook is not None:
            self.hook(self.url)
        elif self.control:
            response = httpx.post(self.url + RESET_PATH, headers=self.headers, timeout=10.0)
            if response.status_code >= 300:
                raise RuntimeError(f"POST {self.url}{RESET_PATH} answered {response.status_code}")
        else:
            return
        self.resets += 1


Target = FreshApp | LiveServer
