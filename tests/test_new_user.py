"""A new user's first hour, scripted from docs/new-api.md: the files and commands come from the page itself.

In a copy of the working tree (no ``generated/``, reusing this checkout's ``.venv``): add the
notes spec, ``make generate``, write the service, register it, ``make serve`` and call it with
the generated client; then ``make check`` and a no-op ``make generate`` (timed). Also: a
generated package imports and serves from another project, without this repository.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "new-api.md"
PY = Path(sys.executable)
# The environment running these tests (the project's .venv under `make test`), reused by the copy.
VENV = Path(sys.prefix) if sys.prefix != sys.base_prefix else ROOT / ".venv"
MAKE = shutil.which("make")
# Only the cheap, cached targets: `-o` keeps make from reinstalling the shared .venv.
MAKE_ARGS = [MAKE or "make", "--no-print-directory", "-o", ".venv/.installed"]
NOOP_BUDGET = 0.5  # seconds, for a no-op `make generate` (best of five)

pytestmark = pytest.mark.e2e


def doc_blocks() -> dict[str, str]:
    """``<!-- file: X -->`` / ``<!-- run: X -->`` / ``<!-- edit: X -->`` markers -> the fenced block after each."""
    text = DOC.read_text(encoding="utf-8")
    found = re.findall(r"<!-- (file|run|edit): ([^\n]+?) -->\n```[a-z]*\n(.*?)```", text, re.S)
    return {f"{kind}: {name}": body for kind, name, body in found}


def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "MAKEFLAGS", "MFLAGS")}
    return clean | {"NO_COLOR": "1"}


def sh(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env())


def copy_repo(dest: Path) -> Path:
    """The working tree as a fresh clone would have it, minus generated output and caches."""
    skip_top = {".venv", "generated", ".git", "bench"}
    skip_any = {"__pycache__", ".mypy_cache", ".ruff_cache", ".hypothesis", ".pytest_cache"}

    def ignore(directory: str, names: list[str]) -> set[str]:
        top = Path(directory).resolve() == ROOT
        return {n for n in names if n in skip_any or n.endswith(".egg-info") or (top and n in skip_top)}

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    (dest / ".venv").symlink_to(VENV)  # reuse the installed environment (make -o keeps it untouched)
    return dest


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert MAKE is not None, "make is required: docs/new-api.md runs make generate, make serve and make check"
    assert (VENV / "bin" / "python").exists(), f"no Python environment at {VENV}"
    return copy_repo(tmp_path_factory.mktemp("newuser") / "repo")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def serve(repo: Path) -> Iterator[Callable[[], tuple[int, subprocess.Popen[str]]]]:
    """Starts ``make serve API=notes PORT=<free>`` in its own process group; stopped after the test."""
    started: list[subprocess.Popen[str]] = []

    def start() -> tuple[int, subprocess.Popen[str]]:
        port = free_port()
        command = doc_blocks()["run: make serve API=notes PORT=8000"].strip().splitlines()[0].removeprefix("$ ")
        args = [*MAKE_ARGS, *(a.replace("PORT=8000", f"PORT={port}") for a in command.split()[1:])]
        proc = subprocess.Popen(
            args,
            cwd=repo,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env(),
            start_new_session=True,
        )
        started.append(proc)
        return port, proc

    yield start
    for proc in started:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the make process and the server it started
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=15)
        if proc.stdout:
            proc.stdout.close()


def wait_until_up(port: int, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            output = proc.stdout.read() if proc.stdout else ""
            pytest.fail(f"make serve exited with {proc.returncode}:\n{output}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail("make serve did not answer within a minute")


def test_the_docs_contain_every_step() -> None:
    blocks = doc_blocks()
    assert {
        "file: specs/notes.yaml",
        "run: make generate",
        "file: services/notes.py",
        "run: make serve API=notes PORT=8000",
        "run: client",
    } <= set(blocks)


def test_new_api_from_spec_to_client_call(repo: Path, serve: Callable[[], tuple[int, subprocess.Popen[str]]]) -> None:
    blocks = doc_blocks()
    assert not (repo / "generated").exists() and (repo / "generator").is_dir()

    # 1. the spec, and a validation run as the page suggests
    (repo / "specs" / "notes.yaml").write_text(blocks["file: specs/notes.yaml"])
    validated = sh([str(repo / ".venv" / "bin" / "python"), "-m", "generator", "validate", "specs/notes.yaml"], repo)
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout == "specs/notes.yaml: ok\n"

    # 2. make generate: every spec, the new one included, written by this copy's generator
    generated = sh([*MAKE_ARGS, "generate"], repo, timeout=600)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert "specs/notes.yaml -> generated/notes/ (written)" in generated.stdout
    expected_lines = [line for line in blocks["run: make generate"].splitlines()[1:] if line]
    assert [line.split(" (")[0] for line in generated.stdout.splitlines() if " -> " in line] == [
        line.split(" (")[0] for line in expected_lines
    ]
    for name in ("models.py", "server.py", "client.py", "py.typed", "openapi.json", ".stamp"):
        assert (repo / "generated" / "notes" / name).is_file(), name

    # 3. the service; `make serve` discovers services/<api>.py by itself
    (repo / "services" / "notes.py").write_text(blocks["file: services/notes.py"])

    # the example service passes the project's lint: ruff and mypy --strict against the generated package
    for tool in (["ruff", "check"], ["mypy", "--strict"]):
        linted = sh([str(repo / ".venv" / "bin" / tool[0]), *tool[1:], "services/notes.py"], repo, timeout=300)
        assert linted.returncode == 0, linted.stdout + linted.stderr

    # 4. make serve
    port, proc = serve()
    wait_until_up(port, proc)
    assert httpx.get(f"http://127.0.0.1:{port}/notes/abc").status_code == 400  # validated before the service

    # 5. the client snippet, verbatim but for the port
    snippet = blocks["run: client"].replace("127.0.0.1:8000", f"127.0.0.1:{port}")
    called = sh([str(repo / ".venv" / "bin" / "python"), "-c", snippet], repo, timeout=120)
    assert called.returncode == 0, called.stderr
    assert called.stdout.splitlines() == ["id=1 text='buy milk'", "404 message='no note 999'"]

    # 6. make check is green, and a no-op make generate is fast
    checked = sh([*MAKE_ARGS, "check"], repo, timeout=600)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        again = sh([*MAKE_ARGS, "generate"], repo)
        timings.append(time.perf_counter() - start)
        assert again.returncode == 0 and "(written)" not in again.stdout, again.stdout
    print(f"no-op make generate: {', '.join(f'{t:.3f}s' for t in timings)}")
    assert min(timings) < NOOP_BUDGET, timings

    # a hand edit is caught by make check, and make generate repairs it
    client = repo / "generated" / "notes" / "client.py"
    client.write_text(client.read_text() + "\n# tweak\n")
    stale = sh([*MAKE_ARGS, "check"], repo)
    assert stale.returncode != 0 and "generated/notes/client.py" in stale.stderr


def test_a_generated_package_works_from_another_project(tmp_path: Path) -> None:
    spec = tmp_path / "notes.yaml"
    spec.write_text(doc_blocks()["file: specs/notes.yaml"])
    built = sh([str(PY), "-m", "generator", "generate", str(spec), "--out", str(tmp_path / "build")], ROOT, timeout=300)
    assert built.returncode == 0, built.stderr
    other = tmp_path / "other_project"
    shutil.copytree(tmp_path / "build" / "notes", other / "notes")
    for path in (other / "notes").glob("*.py"):
        for line in path.read_text().splitlines():
            assert not re.match(r"\s*(from|import) (generated|generator|services|tests)\b", line), (
                f"{path.name}: {line}"
            )
    program = textwrap.dedent(
        """
        import sys
        from starlette.testclient import TestClient
        import notes
        from notes import models, responses
        from notes.client import Client
        from notes.server import CreateNote201, create_app

        class Service:
            def error_body(self, status, message, context):
                return models.Error(message=message)
            async def create_note(self, *, body, context):
                return CreateNote201(body=models.Note(id=7, text=body.text))
            async def get_note(self, *, note_id, context):
                raise AssertionError("not called")

        with TestClient(create_app(Service())) as http:
            note = Client("http://testserver", http_client=http).create_note(text="hi")
        assert note == responses.Note(id=7, text="hi"), note
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("generated", "generator", "services"))
        assert not leaked, leaked
        print("ok", notes.__name__)
        """
    )
    # -I: isolated mode (no cwd, no PYTHONPATH on sys.path); only the other project's directory is added.
    ran = sh(
        [str(PY), "-I", "-c", f"import sys; sys.path.insert(0, {str(other)!r})\n" + program], tmp_path, timeout=120
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "ok notes"


if __name__ == "__main__":  # pragma: no cover - handy for a manual walk-through
    sys.exit(pytest.main([__file__, "-s", "-q"]))
