"""One ``mypy --strict`` run per test session over every generated package the selected tests type-check.

A test module registers a target with :func:`mypy_target` at import (collection) time; its
builder returns what to check, reusing the module's own generated output. The session fixture
``strict_mypy`` (tests/conftest.py) builds the targets of the modules that have a selected test
using it, runs mypy once over all of them, and hands each test the errors in its own files.
Checking them together costs one analysis of pydantic, httpx and starlette instead of one per module.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

__all__ = ["MypyResults", "MypyTarget", "mypy_target", "run_targets"]

ROOT = Path(__file__).resolve().parent.parent
_ERROR = re.compile(r"^(?P<file>[^:\n]+):\d+(?::\d+)?: error: ", re.M)


@dataclass(frozen=True)
class MypyTarget:
    """Packages under ``search_path`` and extra files, e.g. a hand-written service (its directory is a base)."""

    search_path: Path
    packages: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()

    def owns(self, file: Path) -> bool:
        """Whether an error in ``file`` (resolved) belongs to this target."""
        base = self.search_path.resolve()
        return file in {f.resolve() for f in self.files} or any(file.is_relative_to(base / p) for p in self.packages)


Builder = Callable[[pytest.TempPathFactory], MypyTarget]
_BUILDERS: dict[str, tuple[str, Builder]] = {}  # name -> (module file, builder)


def mypy_target(name: str) -> Callable[[Builder], Builder]:
    """Register ``build(tmp_path_factory) -> MypyTarget`` as target ``name`` of the calling test module."""

    def register(build: Builder) -> Builder:
        module = sys.modules[build.__module__]
        _BUILDERS[name] = (str(Path(module.__file__ or "").resolve()), build)
        return build

    return register


@dataclass
class MypyResults:
    """The one run's output, split by target."""

    command: list[str]
    status: int
    output: str
    errors: dict[str, list[str]] = field(default_factory=dict)  # target -> its error lines
    unowned: list[str] = field(default_factory=list)  # error lines in no target's files

    def errors_of(self, name: str) -> list[str]:
        """The target's error lines; raises when the target was not part of the run."""
        if name not in self.errors:
            raise KeyError(f"mypy target {name!r} was not registered or not selected")
        return self.errors[name] + self.unowned


def run_targets(targets: dict[str, MypyTarget], cwd: Path) -> MypyResults:
    """One ``mypy --strict`` (the project's configuration) over all targets, run from ``cwd``."""
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--cache-dir", str(cwd / ".mypy_cache")]
    # Files only (mypy takes files or packages, not both); module names come from the MYPYPATH bases.
    bases: list[Path] = []
    for target in targets.values():
        command += [str(target.search_path / package) for package in target.packages]
        command += [str(file) for file in target.files]
        bases += [target.search_path, *(file.parent for file in target.files)]
    search = os.pathsep.join(dict.fromkeys(str(base) for base in bases))
    env = {**os.environ, "MYPYPATH": search}
    proc = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=1200)
    results = MypyResults(command, proc.returncode, proc.stdout + proc.stderr, {name: [] for name in targets})
    _split(results, targets, cwd)
    return results


def _split(results: MypyResults, targets: dict[str, MypyTarget], cwd: Path) -> None:
    for match in _ERROR.finditer(results.output):
        line = results.output[match.start() : results.output.find("\n", match.start())]
        file = (cwd / match["file"]).resolve()
        owners = [name for name, target in targets.items() if target.owns(file)]
        for name in owners:
            results.errors[name].append(line)
        if not owners:
            results.unowned.append(line)
    if results.status not in (0, 1) or (results.status == 1 and not _ERROR.search(results.output)):
        results.unowned.append(f"mypy failed (exit {results.status}): {results.output[-3000:]}")


def selected_targets(items: Iterable[pytest.Item], fixture: str) -> dict[str, Builder]:
    """The builders of modules with at least one selected test that requests ``fixture``."""
    modules = {str(Path(item.path).resolve()) for item in items if fixture in getattr(item, "fixturenames", ())}
    return {name: build for name, (module, build) in _BUILDERS.items() if module in modules}
