"""Shared test set-up: a scratch directory for every cache, the session's one mypy run, HTTP clients.

Tests never write outside temporary directories: before anything is collected, the generator's
model cache (``$XDG_CACHE_HOME/spec-first-generator``), pip, mypy, ruff and Hypothesis are pointed
at one scratch directory, removed when the session ends. Subprocesses inherit the variables.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.typecheck import MypyResults, run_targets, selected_targets

with warnings.catch_warnings():  # Starlette 1.x nudges towards httpx2; httpx is what the project pins.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

_SCRATCH_ENV = {
    "XDG_CACHE_HOME": "cache",  # the generator's model cache, pip's cache
    "MYPY_CACHE_DIR": "mypy",
    "RUFF_CACHE_DIR": "ruff",
    "HYPOTHESIS_STORAGE_DIRECTORY": "hypothesis",
}
_scratch = pytest.StashKey[Path]()
_MODULE_MARK = re.compile(r"^pytestmark = pytest\.mark\.(\w+)\b", re.M)


def pytest_configure(config: pytest.Config) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="spec-first-tests-"))
    config.stash[_scratch] = scratch
    for variable, name in _SCRATCH_ENV.items():
        os.environ[variable] = str(scratch / name)
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(scratch / "hypothesis")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that run mypy belong to the slow tier, marked or not (``make test-fast`` leaves them out)."""
    for item in items:
        if "mypy" in item.name and item.get_closest_marker("slow") is None:
            item.add_marker(pytest.mark.slow)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """A module marked as a whole (``pytestmark = pytest.mark.<tier>``) that ``-m`` deselects is not imported.

    Importing a contract module such as test_vendor_conformance.py builds schemathesis schemas; ``make test-fast`` need not.
    The module is left out only when ``-m`` is false for its marks whatever marks its tests add.
    """
    expression = config.getoption("markexpr", "")
    if not expression or "(" in expression or not collection_path.name.startswith("test_"):
        return None
    marks = set(_MODULE_MARK.findall(collection_path.read_text(encoding="utf-8")))
    if not marks:
        return None
    from _pytest.mark.expression import Expression

    compiled = Expression.compile(expression)
    others = sorted(set(re.findall(r"\w+", expression)) - {"and", "or", "not"} - marks)
    for extra in itertools.product((False, True), repeat=len(others)):
        present = frozenset(marks | {name for name, on in zip(others, extra, strict=True) if on})
        if compiled.evaluate(lambda name, /, _present=present, **_: name in _present):
            return None
    return True


def pytest_unconfigure(config: pytest.Config) -> None:
    scratch = config.stash.get(_scratch, None)
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture(scope="session")
def strict_mypy(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> MypyResults:
    """One ``mypy --strict`` over the targets (tests/typecheck.py) of every module with a selected test using this."""
    builders = selected_targets(request.session.items, "strict_mypy")
    targets = {name: build(tmp_path_factory) for name, build in builders.items()}
    return run_targets(targets, tmp_path_factory.mktemp("mypy"))


@pytest.fixture
def make_client() -> Iterator[Any]:
    """``make_client(app, headers=None)``: a Starlette TestClient (closed after the test)."""
    clients: list[TestClient] = []

    def make(app: Any, headers: dict[str, str] | None = None) -> TestClient:
        client = TestClient(app, headers=headers, raise_server_exceptions=True)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
