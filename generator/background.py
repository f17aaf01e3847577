"""Work on the second core: a function run in a forked child while the parent carries on.

Used for spec validation (pure Python, holds the GIL, so a thread would not help) and for
datamodel-code-generator (whose parser state, ~200 MB on Stripe, then never stays in the
parent's heap): the child sees the parent's memory as it was at the fork, so nothing is
copied in; only the result (or the exception raised) is pickled back. Where ``fork`` is
unavailable, or the child fails in a way it cannot report, ``result()`` simply runs the
function in this process, so the outcome never differs. A parent interrupted while waiting
kills the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

__all__ = ["Background"]

T = TypeVar("T")


class Background(Generic[T]):
    """``fn()`` started in a forked child now; :meth:`result` waits for it (or runs it here)."""

    def __init__(self, fn: Callable[[], T], *, fork: bool = True) -> None:
        self._fn = fn
        self._pid: int | None = None
        self._fd = -1
        if fork and hasattr(os, "fork") and (os.cpu_count() or 1) > 1:
            self._start()

    def _start(self) -> None:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, leave without running any of the parent's exit handlers
            code = 1
            try:
                os.close(read)
                data = _outcome(self._fn)
                with os.fdopen(write, "wb") as fh:
                    fh.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self) -> T:
        """The function's value (or its exception) from the child when it could send it, else computed here."""
        if self._pid is not None:
            pid, self._pid = self._pid, None
            try:
                with os.fdopen(self._fd, "rb") as fh:
                    data = fh.read()
                _, status = os.waitpid(pid, 0)
            except BaseException:  # interrupted while waiting (Ctrl-C, SIGTERM): never leave the child running
                _stop(pid)
                raise
            outcome = _read_outcome(data) if status == 0 else None
            if outcome is not None:
                kind, value = outcome
                if kind == "error":
                    raise value
                return cast(T, value)
        return self._fn()


def _outcome(fn: Callable[[], object]) -> bytes:
    """``fn``'s value, or the exception it raised, pickled; an exception that cannot be pickled is re-raised."""
    try:
        value = fn()
    except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it
        try:
            return pickle.dumps(("error", exc), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - the parent computes it again and gets the original
            raise exc from None
    return pickle.dumps(("ok", value), protocol=pickle.HIGHEST_PROTOCOL)


def _read_outcome(data: bytes) -> tuple[str, Any] | None:
    """``("ok", value)`` or ``("error", exception)`` sent by the child; None when unreadable."""
    try:
        kind, value = pickle.loads(data)
    except Exception:  # noqa: BLE001 - a result we cannot read: compute it here instead
        return None
    if kind == "error" and isinstance(value, Exception):
        return kind, value
    return (kind, value) if kind == "ok" else None


def _stop(pid: int) -> None:
    """Kill and reap the child ``pid`` (it may already have exited)."""
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.waitpid(pid, 0)
