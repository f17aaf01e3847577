"""pytest plugin: fixtures for every stand-in (entry point ``pytest11``, loaded wherever the wheel is installed).

For each API in ``services/`` (``rooms``, ``twilio_proxy``, ``bandwidth_webrtc``), with ``<api>`` its name:

``<api>_standin``
    The :class:`services.standin.Standin` (one per session, reset before every test that uses any
    fixture below): ``.state()``, ``.seed(...)``, ``.requests()``, ``.add_fault(...)``, ``.config``.
``<api>_client``
    An ``httpx.Client`` calling the stand-in in-process (no socket, no thread per request), with the
    development credentials' headers; pass it as ``http_client=`` to a generated client.
``<api>_async_client``
    The same as an ``httpx.AsyncClient`` on ``httpx.ASGITransport``.
``<api>_server``
    A live server (uvicorn in a thread, one per session) on 127.0.0.1: ``.url``, ``.standin``,
    ``.headers``; for code that needs a URL (SDKs, subprocesses, browsers).
``<api>_faults``
    :class:`Faults`: make the next calls fail on purpose (``.fail``, ``.throttle``, ``.delay``,
    ``.drop``, ``.latency``); cleared by the reset before the next test.

``standin_options`` (session scope) gives the :class:`services.standin.StandinOptions` of every
stand-in; override it in a ``conftest.py`` to change credentials, seed files, CORS and so on.

A dropped connection (a ``drop`` fault) is ``httpx.RemoteProtocolError`` in-process too, as over a
socket. Nothing here uses Starlette's ``TestClient``, which warns (``StarletteDeprecationWarning``:
"Using `httpx` with `starlette.testclient` is deprecated") and so fails suites run with ``-W error``.
Imports are lazy: a pytest run that uses none of the fixtures imports none of the stand-ins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from . import API_NAMES
from .inprocess import InProcessTransport, LiveServer, in_process_async_client, in_process_client

if TYPE_CHECKING:
    import httpx

    from .standin import Fault, Standin, StandinOptions

__all__ = ["Faults", "InProcessTransport", "LiveServer", "in_process_async_client", "in_process_client"]


# -- faults -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Faults:
    """Faults on purpose for one stand-in (``operation`` is an operationId; None: every API call)."""

    standin: Standin

    def fail(
        self,
        operation: str | None = None,
        *,
        status: int = 500,
        body: Any = None,
        headers: dict[str, str] | None = None,
        times: int | None = 1,
        **match: Any,
    ) -> Fault:
        """The next ``times`` calls (None: all) answer ``status`` with ``body`` (JSON unless a string)."""
        return self.standin.add_fault(
            operation=operation, status=status, body=body, headers=headers or {}, times=times, **match
        )

    def throttle(self, operation: str | None = None, *, retry_after: int = 1, times: int | None = 1) -> Fault:
        """429 with ``Retry-After``."""
        return self.fail(operation, status=429, headers={"Retry-After": str(retry_after)}, times=times)

    def delay(self, operation: str | None = None, *, ms: int, times: int | None = 1) -> Fault:
        """The answer comes ``ms`` milliseconds late (then as usual)."""
        return self.standin.add_fault(operation=operation, delay_ms=ms, times=times)

    def drop(self, operation: str | None = None, *, times: int | None = 1) -> Fault:
        """The connection is closed without an answer (``httpx.RemoteProtocolError`` for the caller)."""
        return self.standin.add_fault(operation=operation, drop=True, times=times)

    def latency(self, ms: int) -> None:
        """Every answer from now on (until the reset) comes ``ms`` milliseconds late."""
        self.standin.faults.latency_ms = ms

    def clear(self) -> None:
        """No faults and the configured latency again."""
        self.standin.clear_faults()


# -- fixtures -------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def standin_options() -> StandinOptions:
    """Options of every stand-in of the session (override in conftest.py)."""
    from .standin import StandinOptions

    return StandinOptions()


def _register(api: str, namespace: dict[str, Any]) -> None:
    """Define the fixtures of one API in ``namespace`` (this module: pytest finds them there)."""

    @pytest.fixture(scope="session", name=f"_{api}_standin_session")
    def session_standin(standin_options: StandinOptions) -> Standin:
        from .standin import create_standin

        return create_standin(api, standin_options)

    @pytest.fixture(scope="session", name=f"_{api}_server_session")
    def session_server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
        server = LiveServer(request.getfixturevalue(f"_{api}_standin_session")).start()
        yield server
        server.stop()

    @pytest.fixture(name=f"{api}_standin")
    def standin(request: pytest.FixtureRequest) -> Standin:
        instance: Standin = request.getfixturevalue(f"_{api}_standin_session")
        instance.reset()
        return instance

    @pytest.fixture(name=f"{api}_client")
    def client(request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
        instance: Standin = request.getfixturevalue(f"{api}_standin")
        with in_process_client(instance, instance.dev_headers()) as http:
            yield http

    @pytest.fixture(name=f"{api}_async_client")
    def async_client(request: pytest.FixtureRequest) -> httpx.AsyncClient:
        instance: Standin = request.getfixturevalue(f"{api}_standin")
        return in_process_async_client(instance, instance.dev_headers())

    @pytest.fixture(name=f"{api}_server")
    def server(request: pytest.FixtureRequest) -> LiveServer:
        request.getfixturevalue(f"{api}_standin")  # the reset
        live: LiveServer = request.getfixturevalue(f"_{api}_server_session")
        return live

    @pytest.fixture(name=f"{api}_faults")
    def faults(request: pytest.FixtureRequest) -> Faults:
        return Faults(request.getfixturevalue(f"{api}_standin"))

    fixtures: tuple[Callable[..., Any], ...] = (
        session_standin,
        session_server,
        standin,
        client,
        async_client,
        server,
        faults,
    )
    for number, fixture in enumerate(fixtures):
        namespace[f"_fixture_{api}_{number}"] = fixture


for _api in API_NAMES:
    _register(_api, globals())
