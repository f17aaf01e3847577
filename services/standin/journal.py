"""The request journal: what was asked, what was answered, and why a 4xx said no."""

from __future__ import annotations

import datetime
import fnmatch
import json
import threading
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Entry", "Journal", "JournalQuery", "reasons_of"]

_MESSAGE_KEYS = ("message", "detail", "error", "title", "error_description")


@dataclass
class Entry:
    """One API request and its answer (``status`` is None while it runs or when it was dropped)."""

    id: int
    time: datetime.datetime
    method: str
    path: str
    query: str
    operation: str | None
    status: int | None = None
    reasons: list[str] = field(default_factory=list)
    duration_ms: float = 0.0
    fault: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The journal's JSON shape of this entry."""
        return {
            "kind": "request",
            "id": self.id,
            "time": self.time.isoformat(),
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "operation": self.operation,
            "status": self.status,
            "reasons": list(self.reasons),
            "duration_ms": round(self.duration_ms, 3),
            "fault": self.fault,
        }


def _messages(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key in _MESSAGE_KEYS:
            text = value.get(key)
            if isinstance(text, str) and text:
                yield text
                break
        for key in ("errors", "details"):
            yield from _messages_of_list(value.get(key))


def _messages_of_list(value: object) -> Iterable[str]:
    if isinstance(value, list):
        for item in value:
            yield from _messages(item)


def reasons_of(body: bytes) -> list[str]:
    """The human-readable reasons an error body gives (``message``, ``detail``, ``error``, ...)."""
    if not body:
        return []
    try:
        value = json.loads(body)
    except ValueError:
        text = body.decode("utf-8", "replace").strip()
        return [text[:500]] if text else []
    found = list(dict.fromkeys(_messages(value)))
    return found or [json.dumps(value)[:500]]


@dataclass(frozen=True)
class JournalQuery:
    """Filters of ``GET /_standin/requests``: every one given must hold (``path`` is a glob)."""

    method: str | None = None
    path: str | None = None
    status: str | None = None  # "429", or a class such as "4xx"
    operation: str | None = None
    since: datetime.datetime | None = None
    limit: int | None = None
    kind: str = "request"  # "request", "callback" or "all"

    def keeps(self, item: Mapping[str, Any]) -> bool:
        """Whether a journal item (request or callback) passes the filters."""
        if self.method and str(item.get("method", "")).upper() != self.method.upper():
            return False
        if self.path and not fnmatch.fnmatchcase(str(item.get("path") or item.get("url") or ""), self.path):
            return False
        if self.operation and item.get("operation") != self.operation:
            return False
        if self.status and not _status_matches(item.get("status"), self.status):
            return False
        return self.since is None or _after(item.get("time"), self.since)


def _status_matches(status: object, wanted: str) -> bool:
    if not isinstance(status, int):
        return False
    wanted = wanted.lower()
    if len(wanted) == 3 and wanted.endswith("xx"):
        return str(status)[0] == wanted[0]
    return str(status) == wanted


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def _instant(time: object) -> datetime.datetime:
    """An item's ``time`` (ISO 8601 text, ``Z`` or an offset; naive is UTC) as an aware datetime; unknown: the epoch."""
    if isinstance(time, str):
        try:
            time = datetime.datetime.fromisoformat(time)
        except ValueError:
            return _EPOCH
    if not isinstance(time, datetime.datetime):
        return _EPOCH
    return time if time.tzinfo is not None else time.replace(tzinfo=datetime.UTC)


def _after(time: object, since: datetime.datetime) -> bool:
    return _instant(time) >= since


def _callback_item(record: Mapping[str, Any]) -> dict[str, Any]:
    """A delivery record as a journal item: ``kind`` "callback", the record's own kind as ``callback``."""
    item = {**record, "kind": "callback"}
    if "kind" in record and record["kind"] != "callback":
        item["callback"] = record["kind"]
    return item


class Journal:
    """The last ``size`` API requests, oldest first (thread-safe: a live server runs in a thread)."""

    def __init__(self, size: int = 1000) -> None:
        self._entries: deque[Entry] = deque(maxlen=max(size, 1))
        self._next = 1
        self._lock = threading.Lock()

    def open(self, method: str, path: str, query: str, operation: str | None) -> Entry:
        """Record a request as it arrives."""
        with self._lock:
            entry = Entry(self._next, datetime.datetime.now(datetime.UTC), method, path, query, operation)
            self._next += 1
            self._entries.append(entry)
        return entry

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._entries.clear()

    def entries(self) -> list[Entry]:
        """Every entry kept, oldest first."""
        with self._lock:
            return list(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def select(self, query: JournalQuery, callbacks: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
        """The entries (and callback deliveries) the query keeps, oldest first, the last ``limit``."""
        items: list[dict[str, Any]] = []
        if query.kind in ("request", "all"):
            items += [e.as_json() for e in self.entries()]
        if query.kind in ("callback", "all"):
            items += [_callback_item(c) for c in callbacks]
            items.sort(key=lambda item: _instant(item.get("time")))
        kept = [item for item in items if query.keeps(item)]
        if query.limit is not None:
            kept = kept[-query.limit :] if query.limit > 0 else []
        return kept
