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

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

from . import API_NAMES

if TYPE_CHECKING:
    import httpx

    from .standin import Fault, Standin, StandinOptions

__all__ = ["Faults", "InProcessTransport", "LiveServer", "in_process_async_client", "in_process_client"]

BASE_URL = "http://testserver"


# -- in-process clients -----------------------------------------------------------------------------
def _dropped(exc: BaseException) -> bool:
    from .standin import ConnectionDropped

    return isinstance(exc, ConnectionDropped)


def _async_transport(app: Any) -> httpx.AsyncBaseTransport:
    import httpx

    class Transport(httpx.ASGITransport):
        """``httpx.ASGITransport`` where a dropped connection is the error a real socket gives."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                return await super().handle_async_request(request)
            except Exception as exc:
                if _dropped(exc):
                    raise httpx.RemoteProtocolError("Server disconnected without sending a response.") from exc
                raise

    return Transport(app=app)


class InProcessTransport:
    """A synchronous httpx transport running an ASGI app on an event loop in one helper thread.

    ``httpx.ASGITransport`` is asynchronous only; this drives it through an anyio blocking portal
    (what Starlette's ``TestClient`` does, without its deprecation warning). Close it (closing the
    ``httpx.Client`` does) to stop the thread.
    """

    def __init__(self, app: Any) -> None:
        import anyio.from_thread

        self._transport = _async_transport(app)
        self._stack = contextlib.ExitStack()
        self._portal = self._stack.enter_context(anyio.from_thread.start_blocking_portal())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import httpx

        request.read()  # a replayable body, readable from the event loop's thread

        async def call() -> httpx.Response:
            response = await self._transport.handle_async_request(request)
            body = await response.aread()
            await response.aclose()
            return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

        return self._portal.call(call)

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> InProcessTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def in_process_client(app: Any, headers: dict[str, str] | None = None) -> httpx.Client:
    """An ``httpx.Client`` (base URL ``http://testserver``) calling ``app`` in-process."""
    import httpx

    transport: Any = InProcessTransport(app)
    return httpx.Client(transport=transport, base_url=BASE_URL, headers=headers)


def in_process_async_client(app: Any, headers: dict[str, str] | None = None) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` (base URL ``http://testserver``) on ``httpx.ASGITransport``."""
    import httpx

    return httpx.AsyncClient(transport=_async_transport(app), base_url=BASE_URL, headers=headers)


# -- a live server in a thread ----------------------------------------------------------------------
@dataclass
class LiveServer:
    """uvicorn serving a stand-in on 127.0.0.1 (a free port) in a daemon thread."""

    standin: Standin
    url: str = ""
    _server: Any = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def headers(self) -> dict[str, str]:
        """The development credentials' headers."""
        return self.standin.dev_headers()

    def start(self, timeout: float = 30.0) -> LiveServer:
        import uvicorn

        from .serve import bind

        sock = bind("127.0.0.1", 0)
        config = uvicorn.Config(
            self.standin, loop="asyncio", http="h11", ws="none", lifespan="on", log_level="warning", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError(f"the {self.standin.api} stand-in did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)


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
