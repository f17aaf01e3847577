"""Stand-ins (or any ASGI app) for tests: in-process httpx clients and a live server in a thread.

``in_process_client(app)`` is an ``httpx.Client`` whose requests run ``app`` through
``httpx.ASGITransport`` on an event loop in one helper thread (no socket); it replaces Starlette's
``TestClient``, which warns with the httpx this project pins. ``in_process_async_client(app)`` is
the ``httpx.AsyncClient`` equivalent. ``LiveServer(standin).start()`` serves a stand-in with uvicorn
on 127.0.0.1 in a daemon thread. A dropped connection (a stand-in ``drop`` fault) is
``httpx.RemoteProtocolError`` in-process too, as over a socket. The pytest plugin
(services/pytest_plugin.py) builds its fixtures on these.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from .standin import Standin

__all__ = ["BASE_URL", "InProcessTransport", "LiveServer", "in_process_async_client", "in_process_client"]

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
