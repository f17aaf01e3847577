"""Small helpers shared by the hand-written services (no generated imports here)."""

from __future__ import annotations

import base64
import datetime
import hmac
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = [
    "Answer",
    "ManualClock",
    "OrderedIndex",
    "basic_header",
    "bearer_header",
    "remembered",
    "hex_sid",
    "same_secret",
    "secret_bytes",
    "utcnow",
    "utcnow_seconds",
]

T = TypeVar("T")


Answer = tuple[tuple[object, ...], T]  # a built answer model and the state it was built from


def remembered(previous: Answer[T] | None, state: tuple[object, ...], build: Callable[[], T]) -> Answer[T]:
    """``previous`` when it was built from an equal ``state``, else ``build()`` with this state.

    A resource keeps the model it answers with until what the model is built from changes, so
    repeated reads do not validate the same fields again. The model must not be changed after it is
    built (the answers share it).
    """
    if previous is not None and previous[0] == state:
        return previous
    return state, build()


def basic_header(username: str, password: str) -> dict[str, str]:
    """The ``Authorization`` header for HTTP Basic credentials."""
    raw = f"{username}:{password}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}


def bearer_header(token: str) -> dict[str, str]:
    """The ``Authorization`` header for a bearer token."""
    return {"Authorization": f"Bearer {token}"}


def secret_bytes(secret: str) -> bytes:
    """A secret as :func:`same_secret` compares it (any string, lone surrogates included)."""
    return secret.encode("utf-8", "surrogatepass")


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of two secrets."""
    return hmac.compare_digest(secret_bytes(given), secret_bytes(expected))


def hex_sid(prefix: str) -> str:
    """A Twilio-style SID: a two-letter prefix and 32 lowercase hex digits (34 characters)."""
    return prefix + uuid.uuid4().hex


def utcnow() -> datetime.datetime:
    """Now, timezone-aware UTC."""
    return datetime.datetime.now(datetime.UTC)


def utcnow_seconds() -> datetime.datetime:
    """Now in UTC, truncated to whole seconds (what ``%Y-%m-%dT%H:%M:%SZ`` parsers expect)."""
    return utcnow().replace(microsecond=0)


@dataclass
class OrderedIndex(Generic[T]):
    """Items kept in creation order, addressable by key, with stable position anchors.

    Every key ever inserted keeps its sequence number (also after removal), so a page
    token naming a removed item still marks a position in the list.
    """

    _items: dict[str, T] = field(default_factory=dict)
    _keys: list[str] = field(default_factory=list)
    _seqs: list[int] = field(default_factory=list)
    _seq_of: dict[str, int] = field(default_factory=dict)
    _next_seq: int = 0

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def get(self, key: str) -> T | None:
        """The item with this key, or None."""
        return self._items.get(key)

    def add(self, key: str, item: T) -> None:
        """Append a new item."""
        self._items[key] = item
        self._keys.append(key)
        self._seqs.append(self._next_seq)
        self._seq_of[key] = self._next_seq
        self._next_seq += 1

    def remove(self, key: str) -> T | None:
        """Remove an item (its position anchor stays known); returns it."""
        item = self._items.pop(key, None)
        if item is not None:
            i = bisect_left(self._seqs, self._seq_of[key])
            del self._keys[i]
            del self._seqs[i]
        return item

    def values(self) -> list[T]:
        """Every item, in creation order."""
        return list(self._items.values())

    def knows(self, key: str) -> bool:
        """Whether this key was ever inserted (a valid position anchor)."""
        return key in self._seq_of

    def index_after(self, key: str) -> int:
        """Position of the first current item created after ``key`` (which must be known)."""
        return bisect_right(self._seqs, self._seq_of[key])

    def index_of_or_after(self, key: str) -> int:
        """Position of ``key`` or, when it was removed, of the first item created after it."""
        return bisect_left(self._seqs, self._seq_of[key])

    def slice(self, start: int, stop: int) -> list[T]:
        """Items at positions ``start:stop``."""
        return [self._items[k] for k in self._keys[start:stop]]

    def key_at(self, index: int) -> str:
        """The key at a position."""
        return self._keys[index]


class ManualClock:
    """A clock a test can move: ``clock()`` is the current time, ``advance(seconds)`` moves it on.

    Services take a clock in their ``Config`` (``clock=utcnow_seconds`` by default); give them
    one of these to make time-based behaviour (session expiry) happen on demand.
    """

    def __init__(self, start: datetime.datetime | None = None) -> None:
        self.now = (start or utcnow_seconds()).astimezone(datetime.UTC)

    def __call__(self) -> datetime.datetime:
        return self.now

    def advance(self, seconds: float) -> datetime.datetime:
        """Move the clock ``seconds`` forward; returns the new time."""
        self.now += datetime.timedelta(seconds=seconds)
        return self.now
