"""The stand-in: a generated server app with a control API, a journal, faults, CORS and state files."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import anyio
from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import API_NAMES
from .._common import same_secret
from .accounts import build_config, principal_headers
from .faults import ConnectionDropped, Fault, FaultBook, drop_connection
from .journal import Entry, Journal, JournalQuery, reasons_of
from .options import StandinOptions
from .routing import OperationTable, service_of
from .state import read_state_file, write_state_file

__all__ = ["PREFIX", "Standin", "StateUnsupported", "create_standin"]

PREFIX = "/_standin"
_CONTROL = PREFIX + "/"
_REASON_BYTES = 64 * 1024  # error bodies read for the journal's reasons


class StateUnsupported(NotImplementedError):
    """The service has no ``snapshot()``/``restore()`` (the control API answers 501)."""


class _QuietDrops(logging.Filter):
    """Keeps uvicorn from logging a traceback for a connection dropped on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


_quiet = _QuietDrops()


class Standin:
    """An ASGI app: the API of ``services/<api>.py`` plus the control API under ``/_standin/``.

    Usable in-process too: :meth:`reset`, :meth:`state`, :meth:`seed`, :meth:`add_fault`,
    :meth:`clear_faults`, :meth:`requests`, :meth:`save_state`, and :attr:`journal`.
    """

    def __init__(self, api: str, options: StandinOptions | None = None) -> None:
        name = api.replace("-", "_")
        if name not in API_NAMES:
            raise ValueError(f"unknown API {api!r}; choose one of: {', '.join(API_NAMES)}")
        self.api = name
        self.options = options or StandinOptions()
        self.module = importlib.import_module(f"services.{name}")
        self.config: Any = build_config(name, self.module, self.options)
        self.journal = Journal(self.options.journal_size)
        self.faults = FaultBook(self.options.latency_ms)
        self.log = logging.getLogger(self.options.logger)
        self._principals = principal_headers(self.config)
        self._lock = threading.RLock()
        self._build()
        self._load_start_state()
        from .control import control_app  # noqa: PLC0415 - control imports this module's types

        self._control = control_app(self)
        self._asgi: ASGIApp = self._handle
        if self.options.cors_origins:
            self._asgi = CORSMiddleware(
                self._handle,
                allow_origins=list(self.options.cors_origins),
                allow_methods=["*"],
                allow_headers=["*"],
                allow_credentials="*" not in self.options.cors_origins,
                expose_headers=["*", "Retry-After", "WWW-Authenticate", "Location"],
                max_age=600,
            )
        logging.getLogger("uvicorn.error").addFilter(_quiet)

    # -- in-process API ---------------------------------------------------------------------------
    def _build(self) -> None:
        _close(getattr(self, "service", None))
        app = self.module.create_app(self.config)
        self.app: Any = app
        self.service: Any = service_of(app)
        self._built_service = self.service
        self.operations = OperationTable(app)

    def _renew_in_place(self) -> bool:
        """Make the app's own service object fresh: its attributes dropped, then ``__init__(config)`` again.

        The compiled app (whose operations are bound to that object) is kept, so a reset costs what
        constructing a service costs, not an app build (about 230 ms for Twilio Proxy's 25
        operations). False (nothing done) when the service is not the app's own or has no
        ``__dict__``; a failing ``__init__`` leaves the caller to rebuild.
        """
        service = self.service
        if service is None or service is not self._built_service or not hasattr(service, "__dict__"):
            return False
        _close(service)
        vars(service).clear()
        try:
            type(service).__init__(service, self.config)
        except Exception:  # noqa: BLE001 - a rebuild follows
            self.log.exception("re-initialising the %s service failed; rebuilding the app", self.api)
            return False
        return True

    def _load_start_state(self) -> None:
        state_file = self.options.state_file
        if state_file is not None and Path(state_file).exists():
            self.seed(read_state_file(state_file))
        elif self.options.seed_file is not None:
            self.seed(read_state_file(self.options.seed_file))

    def reset(self, *, rebuild: bool = False) -> None:
        """A fresh service from the same ``Config`` (then ``seed_file`` again); no faults; an empty journal.

        The service object is renewed in place (see ``_renew_in_place``); ``rebuild=True``, or a
        service that cannot be renewed, builds the whole app again with the module's ``create_app``.
        """
        with self._lock:
            if rebuild or not self._renew_in_place():
                self._build()
            self.faults.clear()
            self.journal.clear()
            if self.options.seed_file is not None:
                self.seed(read_state_file(self.options.seed_file))

    def state(self) -> dict[str, list[dict[str, Any]]]:
        """Every resource, by collection (``service.snapshot()``)."""
        snapshot = getattr(self.service, "snapshot", None)
        if not callable(snapshot):
            raise StateUnsupported(f"{self.api}: the service has no snapshot()")
        with self._lock:
            result: dict[str, list[dict[str, Any]]] = snapshot()
        return result

    def seed(self, data: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, int]:
        """Add the resources of a state-shaped mapping (``service.restore()``); the count per collection."""
        restore = getattr(self.service, "restore", None)
        if not callable(restore):
            raise StateUnsupported(f"{self.api}: the service has no restore()")
        with self._lock:
            restore(data)
        return {name: len(items) for name, items in data.items()}

    def save_state(self, path: str | Path | None = None) -> Path | None:
        """Write the state to ``path`` (default ``options.state_file``); None when there is nowhere to write."""
        target = path if path is not None else self.options.state_file
        if target is None:
            return None
        write_state_file(target, self.state())
        return Path(target)

    def add_fault(self, fault: Fault | None = None, **fields: Any) -> Fault:
        """Activate a fault (a :class:`Fault`, or its fields as keywords)."""
        return self.faults.add(fault if fault is not None else Fault(**fields))

    def clear_faults(self) -> None:
        """No faults, and the start-up latency."""
        self.faults.clear()

    def deliveries(self) -> list[dict[str, Any]]:
        """Outgoing callback deliveries of the service (``service.deliveries``), as JSON."""
        return [record.as_json() for record in getattr(self.service, "deliveries", ())]

    def requests(self, query: JournalQuery | None = None) -> list[dict[str, Any]]:
        """The journal (and deliveries, by ``query.kind``) as ``GET /_standin/requests`` answers it."""
        query = query or JournalQuery()
        callbacks = self.deliveries() if query.kind != "request" else []
        return self.journal.select(query, callbacks)

    def dev_headers(self) -> dict[str, str]:
        """Headers of the development principal."""
        return dict(self.config.dev_headers())

    def authorized(self, headers: Headers) -> bool:
        """Whether a request may use the control API (admin token, else the API's own credentials)."""
        if self.options.admin_token:
            given = headers.get("x-standin-token") or _bearer(headers.get("authorization"))
            return given is not None and same_secret(given, self.options.admin_token)
        if self.options.accept_any_credentials:
            return any(all(name in headers for name in h) for h in self._principals)
        return any(all(_same_header(headers.get(name), value) for name, value in h.items()) for h in self._principals)

    # -- ASGI ----------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._asgi(scope, receive, send)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] != "http":
            await self.app(scope, receive, send)
        else:
            path = _local_path(scope)
            if path == PREFIX or path.startswith(_CONTROL):
                await self._control(scope, receive, send)
            else:
                await self._serve(scope, receive, send, path)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                try:
                    self.save_state()
                    _close(self.service)
                except Exception as exc:  # noqa: BLE001 - reported to the server, which logs it
                    await send({"type": "lifespan.shutdown.failed", "message": f"saving state: {exc}"})
                    return
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _serve(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        method = scope["method"]
        operation = self.operations.lookup(scope)
        entry = self.journal.open(method, path, scope.get("query_string", b"").decode("latin-1"), operation)
        fault = self.faults.take(method, path, operation)
        entry.fault = fault.describe() if fault is not None else None
        error_body = bytearray()

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.status = message["status"]
            elif message["type"] == "http.response.body" and (entry.status or 0) >= 400:
                error_body.extend(message.get("body", b"")[: max(_REASON_BYTES - len(error_body), 0)])
            await send(message)

        started = time.perf_counter()
        try:
            delay = self.faults.latency_ms + (fault.delay_ms if fault is not None else 0)
            if delay > 0:
                await anyio.sleep(delay / 1000)
            if fault is not None and fault.drop:
                await drop_connection(send)
            if fault is not None and fault.status is not None:
                await _answer(fault, watch)
            else:
                await self.app(self._as_principal(scope), receive, watch)
        finally:
            entry.duration_ms = (time.perf_counter() - started) * 1000
            if (entry.status or 0) >= 400:
                entry.reasons = reasons_of(bytes(error_body))
            self._log(entry)

    def _as_principal(self, scope: Scope) -> Scope:
        """In accept-any mode, a request carrying the API's credential header acts as the dev principal."""
        if not self.options.accept_any_credentials:
            return scope
        dev = {name.lower().encode("latin-1"): value.encode("latin-1") for name, value in self.dev_headers().items()}
        headers: list[tuple[bytes, bytes]] = list(scope["headers"])
        if not any(name.lower() in dev for name, _ in headers):
            return scope
        kept = [(name, value) for name, value in headers if name.lower() not in dev]
        return {**scope, "headers": kept + list(dev.items())}

    def _log(self, entry: Entry) -> None:
        level = logging.WARNING if entry.status is None or entry.status >= 400 else logging.INFO
        if not self.options.log_requests or not self.log.isEnabledFor(level):
            return
        target = entry.path + (f"?{entry.query}" if entry.query else "")
        status = "dropped" if entry.status is None else str(entry.status)
        line = f"{entry.method} {target} -> {status} {entry.operation or '-'} ({entry.duration_ms:.1f} ms)"
        if entry.fault:
            line += f" [{entry.fault}]"
        if entry.reasons:
            line += ": " + "; ".join(entry.reasons)
        # what ``Logger.log`` does, without its walk up the stack to find the caller: the caller is here
        record = self.log.makeRecord(
            self.log.name, level, __file__, sys._getframe().f_lineno, "%s", (line,), None, "_log"
        )
        self.log.handle(record)


def _close(service: object) -> None:
    """Call the service's ``close()`` when it has one (e.g. to stop a callback sender's thread)."""
    close = getattr(service, "close", None)
    if callable(close):
        close()


def _local_path(scope: Scope) -> str:
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return (path[len(root) :] or "/") if root and path.startswith(root) else path


def _bearer(value: str | None) -> str | None:
    if value is None:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _same_header(given: str | None, expected: str) -> bool:
    if given is None:
        return False
    g_scheme, _, g_rest = given.partition(" ")
    e_scheme, _, e_rest = expected.partition(" ")
    return g_scheme.lower() == e_scheme.lower() and same_secret(g_rest.strip(), e_rest.strip())


async def _answer(fault: Fault, send: Send) -> None:
    body, headers = fault.payload()
    assert fault.status is not None
    await send({"type": "http.response.start", "status": fault.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def create_standin(api: str, options: StandinOptions | None = None) -> Standin:
    """The stand-in of ``api`` (a module name in ``services/``: rooms, twilio_proxy, bandwidth_webrtc)."""
    return Standin(api, options)
