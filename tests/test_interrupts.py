"""Interrupted runs (Ctrl-C, SIGTERM) leave nothing new in ``--out``; the next run cleans up after killed ones.

A run is paused at a named point (``SPEC_GENERATOR_TEST_PAUSE``: ``staging`` once the package is
rendered into its staging folder, ``swap`` between moving the old package aside and moving the new
one in), signalled, and the output tree compared byte for byte with what it was before.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import Job, generate
from generator.staging import PAUSE_ENV

ROOT = Path(__file__).resolve().parent.parent
SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"""


def tree(root: Path) -> dict[str, bytes | None]:
    """Every entry below ``root``: files with their bytes, folders as None."""
    return {p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else None for p in sorted(root.rglob("*"))}


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """A spec already generated once into ``out``, then changed (so a new run replaces the package)."""
    spec, out = tmp_path / "pets.yaml", tmp_path / "out"
    spec.write_text(SPEC, encoding="utf-8")
    assert generate([Job(spec, "pets")], out).ok
    spec.write_text(SPEC.replace("title: Pets", "title: Pets v2"), encoding="utf-8")
    return spec, out


@pytest.mark.parametrize("point", ["staging", "swap"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_run_leaves_the_output_as_it_was(project: tuple[Path, Path], point: str, signum: int) -> None:
    spec, out = project
    before = tree(out)
    env = {**os.environ, PAUSE_ENV: point}
    cmd = [sys.executable, "-m", "generator", "generate", "--no-cache", str(spec), "--out", str(out)]
    proc = subprocess.Popen(cmd, cwd=spec.parent, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        assert proc.stderr.readline().strip() == f"paused at {point}"
        if point == "swap":
            assert not (out / "pets").exists() and (out / f".pets.old-{proc.pid}").is_dir()  # the narrow window
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == (130 if signum == signal.SIGINT else 143), err
    assert "Traceback" not in err
    assert tree(out) == before


def test_the_next_run_cleans_up_after_killed_runs_and_nothing_else(project: tuple[Path, Path]) -> None:
    spec, out = project
    dead, alive = _dead_pid(), os.getppid()
    (out / f".generator-{dead}-abc123" / "pets").mkdir(parents=True)
    (out / f".other.old-{dead}").mkdir()  # a killed run moved 'other' aside: it comes back
    (out / f".other.old-{dead}" / "models.py").write_text("# the package\n")
    (out / f".pets.old-{dead}").mkdir()  # 'pets' is in place: the old copy goes
    keep = [f".generator-{alive}-xyz", ".generator-unknown", f".notes.old-{alive}", ".mine"]
    for name in keep:  # a live run's, or not named by us: never touched
        (out / name).mkdir()
    assert generate([Job(spec, "pets")], out).ok
    assert (out / "other" / "models.py").read_text() == "# the package\n"
    names = {p.name for p in out.iterdir()}
    assert {f".generator-{dead}-abc123", f".other.old-{dead}", f".pets.old-{dead}"}.isdisjoint(names)
    assert set(keep) <= names
