"""Outgoing callbacks (webhooks) of the stand-ins: delivery off the request path, retries, a log.

A service owns one :class:`CallbackSender`. ``send(...)`` records a :class:`Delivery` and hands
it to the sender's own thread (one event loop, one ``httpx.AsyncClient``), so the API answer
never waits for the receiver and deliveries survive however the app is hosted (uvicorn,
``httpx.ASGITransport``, Starlette's ``TestClient``). Each delivery is tried once and, on a
connection error, a timeout or a non-2xx answer, up to ``retries`` more times with exponential
backoff (``backoff``, ``2 * backoff``, ... seconds). Every attempt (status, error, the start of
the receiver's answer) is kept in the delivery's record; ``deliveries`` lists the records
(oldest first, the newest ``keep`` of them) and ``Delivery.as_json()`` is their JSON form, which
the stand-in journal exposes.

``transport`` (an ``httpx.AsyncBaseTransport``, e.g. ``httpx.ASGITransport(app=receiver)``) lets a
test deliver to an in-process receiver instead of the network.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import contextlib
import datetime
import hashlib
import hmac
import threading
import time
import uuid
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = [
    "Attempt",
    "CallbackSender",
    "SendsCallbacks",
    "Delivery",
    "twilio_signature",
]

RESPONSE_PREVIEW = 2048  # characters of the receiver's answer kept per attempt
MAX_BACKOFF = 30.0


def twilio_signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """``X-Twilio-Signature`` as Twilio computes it for a form POST.

    HMAC-SHA1, keyed with the account's Auth Token, over the full URL (query included) followed
    by every POST parameter's name and value, sorted by name; base64-encoded.
    (https://www.twilio.com/docs/usage/security#validating-requests)
    """
    payload = url + "".join(name + params[name] for name in sorted(params))
    digest = hmac.new(auth_token.encode("utf-8"), payload.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Attempt:
    """One try of a delivery: the receiver's status (``None`` when none came) or the error."""

    time: str
    status: int | None = None
    error: str | None = None
    response: str | None = None
    duration_ms: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "time": self.time,
            "status": self.status,
            "error": self.error,
            "response": self.response,
            "duration_ms": round(self.duration_ms, 3),
        }


@dataclass
class Delivery:
    """One callback: what was sent, every attempt, and the outcome.

    ``outcome`` is ``pending`` until the last attempt, then ``delivered`` (a 2xx answer) or
    ``failed`` (retries exhausted); ``status`` is the last answer's status.
    """

    id: str
    time: str
    kind: str
    url: str
    method: str
    headers: dict[str, str]
    body: str
    max_attempts: int
    attempts: list[Attempt] = field(default_factory=list)
    outcome: str = "pending"

    @property
    def status(self) -> int | None:
        return self.attempts[-1].status if self.attempts else None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time,
            "kind": self.kind,
            "url": self.url,
            "method": self.method,
            "headers": dict(self.headers),
            "body": self.body,
            "max_attempts": self.max_attempts,
            "attempts": [a.as_json() for a in list(self.attempts)],
            "outcome": self.outcome,
            "status": self.status,
        }


OnDone = Callable[[Delivery], Awaitable[None] | None]


class CallbackSender:
    """Delivers callbacks in a background thread, with retries, and keeps a log of them."""

    def __init__(
        self,
        *,
        retries: int = 2,
        timeout: float = 5.0,
        backoff: float = 0.5,
        transport: httpx.AsyncBaseTransport | None = None,
        keep: int = 1000,
    ) -> None:
        self.retries = max(retries, 0)
        self.timeout = timeout
        self.backoff = max(backoff, 0.0)
        self.transport = transport
        self._log: deque[Delivery] = deque(maxlen=keep)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._clients: list[httpx.AsyncClient] = []  # at most one; a list so the finalizer can reach it
        self._pending: set[concurrent.futures.Future[Delivery]] = set()

    @property
    def deliveries(self) -> list[Delivery]:
        """Every delivery kept, oldest first."""
        with self._lock:
            return list(self._log)

    def send(
        self,
        url: str,
        body: bytes | str,
        *,
        headers: Mapping[str, str],
        kind: str,
        method: str = "POST",
        retries: int | None = None,
        then: Callable[[Delivery], None] | None = None,
    ) -> concurrent.futures.Future[Delivery]:
        """Queue one delivery; returns at once. ``then(delivery)`` runs (in the sender thread) after it ends."""
        return self.submit(
            lambda: self.deliver(url, body, headers=headers, kind=kind, method=method, retries=retries), then
        )

    def submit(
        self,
        job: Callable[[], Awaitable[Delivery]],
        then: Callable[[Delivery], None] | None = None,
    ) -> concurrent.futures.Future[Delivery]:
        """Run ``job()`` (a coroutine factory, typically a chain of ``deliver`` calls) in the sender thread."""

        async def run() -> Delivery:
            delivery = await job()
            if then is not None:
                then(delivery)
            return delivery

        future = asyncio.run_coroutine_threadsafe(run(), self._ensure_loop())
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)
        return future

    async def deliver(
        self,
        url: str,
        body: bytes | str,
        *,
        headers: Mapping[str, str],
        kind: str,
        method: str = "POST",
        retries: int | None = None,
    ) -> Delivery:
        """Deliver now (in the sender thread's loop), with retries; the record is logged first."""
        raw = body.encode("utf-8") if isinstance(body, str) else body
        extra = self.retries if retries is None else max(retries, 0)
        delivery = Delivery(
            id=uuid.uuid4().hex,
            time=_now(),
            kind=kind,
            url=url,
            method=method,
            headers=dict(headers),
            body=raw.decode("utf-8", "replace"),
            max_attempts=extra + 1,
        )
        with self._lock:
            self._log.append(delivery)
        for number in range(extra + 1):
            if number:
                await asyncio.sleep(min(self.backoff * 2 ** (number - 1), MAX_BACKOFF))
            attempt = await self._attempt(delivery, raw)
            delivery.attempts.append(attempt)
            if attempt.status is not None and 200 <= attempt.status < 300:
                delivery.outcome = "delivered"
                return delivery
        delivery.outcome = "failed"
        return delivery

    async def _attempt(self, delivery: Delivery, raw: bytes) -> Attempt:
        attempt = Attempt(time=_now())
        started = time.perf_counter()
        try:
            response = await self._http().request(
                delivery.method, delivery.url, content=raw, headers=delivery.headers, timeout=self.timeout
            )
            attempt.status = response.status_code
            attempt.response = response.text[:RESPONSE_PREVIEW]
        except httpx.HTTPError as error:
            attempt.error = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        except Exception as error:  # a broken in-process receiver must not kill the sender
            attempt.error = f"{type(error).__name__}: {error}"
        attempt.duration_ms = (time.perf_counter() - started) * 1000
        return attempt

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every queued delivery has ended (True) or ``timeout`` seconds passed (False)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                pending = list(self._pending)
            if not pending:
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            concurrent.futures.wait(pending, timeout=left)

    async def drain(self, timeout: float = 10.0) -> bool:
        """``wait`` for async callers (runs in a worker thread, so this loop keeps serving)."""
        return await asyncio.to_thread(self.wait, timeout)

    def close(self) -> None:
        """Stop the sender thread (queued deliveries are abandoned); a later ``send`` starts a new one.

        A sender that is garbage-collected (e.g. the service of a reset stand-in) stops its
        thread by itself.
        """
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None:
            _stop(loop, self._clients)
            self._clients = []

    # -- internals ---------------------------------------------------------------------------

    def _forget(self, future: concurrent.futures.Future[Delivery]) -> None:
        with self._lock:
            self._pending.discard(future)

    def _http(self) -> httpx.AsyncClient:
        if not self._clients:
            self._clients.append(httpx.AsyncClient(transport=self.transport, follow_redirects=False))
        return self._clients[0]

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=_run, args=(loop,), name="standin-callbacks", daemon=True)
                thread.start()
                weakref.finalize(self, _stop, loop, self._clients)
                self._loop = loop
            return self._loop


def _run(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        loop.close()


def _stop(loop: asyncio.AbstractEventLoop, clients: list[httpx.AsyncClient]) -> None:
    """Close the HTTP client (in its loop) and stop the loop, whose thread then ends."""
    if loop.is_closed():
        return

    async def shutdown() -> None:
        for client in clients:
            await client.aclose()
        loop.stop()

    with contextlib.suppress(RuntimeError):  # the loop is already closing
        asyncio.run_coroutine_threadsafe(shutdown(), loop)


class SendsCallbacks:
    """What a service that calls back shows: its deliveries (the stand-in journal) and its sender (tests)."""

    _callbacks: CallbackSender

    @property
    def deliveries(self) -> list[Delivery]:
        """Every callback sent (or being sent), oldest first; ``Delivery.as_json()`` for the journal."""
        return self._callbacks.deliveries

    @property
    def callbacks(self) -> CallbackSender:
        """The callback sender (``wait()``/``drain()`` until queued deliveries end)."""
        return self._callbacks
