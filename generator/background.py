"""Work on the second core: a function run in a forked child while the parent carries on.

Used for spec validation (pure Python, holds the GIL, so a thread would not help): the
child sees the parent's memory as it was at the fork, so nothing is copied in; only the
result is pickled back. Where ``fork`` is unavailable, or the child fails for any reason,
``result()`` simply runs the function in this process, so the outcome never differs.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

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
                data = pickle.dumps(self._fn(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as fh:
                    fh.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self) -> T:
        """The function's value: from the child when it succeeded, else computed here."""
        if self._pid is not None:
            pid, self._pid = self._pid, None
            with os.fdopen(self._fd, "rb") as fh:
                data = fh.read()
            _, status = os.waitpid(pid, 0)
            if status == 0 and data:
                try:
                    value: T = pickle.loads(data)
                    return value
                except Exception:  # noqa: BLE001 - a result we cannot read: compute it here instead
                    pass
        return self._fn()
