"""generator/background.py: work in a forked child whose value (or exception) comes back to the parent."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from generator.background import Background


def test_the_value_is_computed_in_the_child() -> None:
    assert Background(os.getpid).result() != os.getpid()


def test_the_childs_exception_is_raised_in_the_parent_without_computing_again() -> None:
    def fail() -> int:
        raise ValueError(f"failed in {os.getpid()}")

    with pytest.raises(ValueError, match=r"failed in \d+") as caught:
        Background(fail).result()
    assert str(caught.value) != f"failed in {os.getpid()}"


class _Unpicklable(Exception):
    def __init__(self, a: int, b: int) -> None:  # pickle rebuilds exceptions from .args: this one cannot be rebuilt
        super().__init__(a)
        self.b = b


def test_an_exception_that_cannot_travel_is_raised_by_computing_here() -> None:
    pids: list[int] = []

    def fail() -> int:
        pids.append(os.getpid())
        raise _Unpicklable(1, 2)

    with pytest.raises(_Unpicklable):
        Background(fail).result()
    assert pids == [os.getpid()]  # the child's list is its own copy: only the parent's call shows here


def test_without_fork_it_runs_here() -> None:
    assert Background(os.getpid, fork=False).result() == os.getpid()


def test_an_interrupted_parent_leaves_no_child_running() -> None:
    started = time.monotonic()
    job = Background(lambda: time.sleep(30))
    child = job._pid
    assert child is not None
    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        job.result()
    assert time.monotonic() - started < 10
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # killed and reaped
