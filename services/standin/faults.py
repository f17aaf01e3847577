"""Faults on purpose: an answer, a delay or a dropped connection for the next N matching calls."""

from __future__ import annotations

import contextlib
import fnmatch
import itertools
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Send

__all__ = ["ConnectionDropped", "Fault", "FaultBook", "drop_connection", "fault_from_json"]

_ids = itertools.count(1)


class ConnectionDropped(ConnectionResetError):
    """Raised to make the server close the connection without an answer (a ``drop`` fault).

    Under uvicorn the client sees the connection closed before any response byte; in-process
    (``httpx.ASGITransport``, Starlette's ``TestClient``) this exception reaches the caller.
    """


@dataclass(frozen=True)
class Fault:
    """What the next ``times`` matching calls get (``times`` None: every call until cleared).

    A fault matches by ``operation`` (operationId) and/or ``method`` and ``path`` (a glob on the
    request path, e.g. ``/v1/Services/*``); none of them: every API call. It delays the answer by
    ``delay_ms``, then either drops the connection (``drop``), answers ``status`` with ``body``
    (JSON unless a string) and ``headers``, or (no status) lets the call through.
    """

    operation: str | None = None
    method: str | None = None
    path: str | None = None
    status: int | None = None
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay_ms: int = 0
    drop: bool = False
    times: int | None = 1
    id: int = field(default_factory=lambda: next(_ids))

    def __post_init__(self) -> None:
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status {self.status} is not an HTTP status")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (or null: every call)")
        if self.delay_ms < 0:
            raise ValueError("delay_ms must not be negative")
        if self.drop and self.status is not None:
            raise ValueError("a fault either drops the connection or answers a status, not both")

    def matches(self, method: str, path: str, operation: str | None) -> bool:
        """Whether a request is one this fault is for."""
        if self.operation is not None and self.operation != operation:
            return False
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)

    def describe(self) -> str:
        """A short text for the journal and the log."""
        if self.drop:
            what = "drop"
        elif self.status is not None:
            what = f"status {self.status}"
        else:
            what = "pass"
        return f"fault {self.id}: {what}" + (f" after {self.delay_ms} ms" if self.delay_ms else "")

    def payload(self) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        """The body and headers of this fault's answer."""
        headers = {k.lower(): v for k, v in self.headers.items()}
        if self.body is None:
            body = b""
        elif isinstance(self.body, str):
            body = self.body.encode()
            headers.setdefault("content-type", "text/plain; charset=utf-8")
        else:
            body = json.dumps(self.body).encode()
            headers.setdefault("content-type", "application/json")
        headers["content-length"] = str(len(body))
        return body, [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    def as_json(self, remaining: int | None) -> dict[str, Any]:
        """The JSON shape answered by ``POST``/``GET /_standin/faults``."""
        return {
            "id": self.id,
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "body": self.body,
            "headers": dict(self.headers),
            "delay_ms": self.delay_ms,
            "drop": self.drop,
            "times": self.times,
            "remaining": remaining,
        }


_FIELDS = ("operation", "method", "path", "status", "body", "headers", "delay_ms", "drop", "times")


def fault_from_json(data: Mapping[str, Any]) -> Fault:
    """A fault from its JSON description (unknown keys are an error, as types are)."""
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown fault fields: {', '.join(sorted(unknown))}")
    kwargs = {k: data[k] for k in _FIELDS if k in data}
    checks: dict[str, type | tuple[type, ...]] = {
        "operation": str,
        "method": str,
        "path": str,
        "status": int,
        "headers": dict,
        "delay_ms": int,
        "drop": bool,
        "times": int,
    }
    for key, kind in checks.items():
        value = kwargs.get(key)
        if value is not None and (not isinstance(value, kind) or (kind is int and isinstance(value, bool))):
            raise ValueError(f"fault field {key} must be {getattr(kind, '__name__', kind)}")
    if "headers" in kwargs and not all(isinstance(v, str) for v in kwargs["headers"].values()):
        raise ValueError("fault headers must be strings")
    return Fault(**kwargs)


class FaultBook:
    """The active faults and the global latency (thread-safe)."""

    def __init__(self, latency_ms: int = 0) -> None:
        self.default_latency_ms = latency_ms
        self.latency_ms = latency_ms
        self._faults: dict[int, tuple[Fault, int | None]] = {}
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        """Activate a fault."""
        with self._lock:
            self._faults[fault.id] = (fault, fault.times)
        return fault

    def remove(self, fault_id: int) -> bool:
        """Deactivate one fault; False when it is not active."""
        with self._lock:
            return self._faults.pop(fault_id, None) is not None

    def clear(self) -> None:
        """No faults, and the start-up latency."""
        with self._lock:
            self._faults.clear()
            self.latency_ms = self.default_latency_ms

    def take(self, method: str, path: str, operation: str | None) -> Fault | None:
        """The first active fault matching a request, counted as used."""
        if not self._faults:  # the usual case: no lock to take (a fault added meanwhile meets the next request)
            return None
        with self._lock:
            for fault_id, (fault, remaining) in list(self._faults.items()):
                if not fault.matches(method, path, operation):
                    continue
                if remaining is None:
                    return fault
                if remaining <= 1:
                    del self._faults[fault_id]
                else:
                    self._faults[fault_id] = (fault, remaining - 1)
                return fault
        return None

    def listing(self) -> list[dict[str, Any]]:
        """Every active fault with its remaining count."""
        with self._lock:
            return [fault.as_json(remaining) for fault, remaining in self._faults.values()]


async def drop_connection(send: Send) -> None:
    """Close the connection without an answer.

    An ASGI app cannot close its connection directly. A response start whose header name is
    invalid makes uvicorn (both its h11 and httptools protocols) mark the response as started
    and fail before writing a byte; the exception then raised makes it close the transport.
    """
    with contextlib.suppress(Exception):  # the server refuses the header, as intended
        await send({"type": "http.response.start", "status": 500, "headers": [(b"x standin drop", b"")]})
    raise ConnectionDropped("connection dropped by a stand-in fault")
