"""Section 2: generated-server throughput and latency over loopback.

Three servers on 127.0.0.1, each started in its own process and driven by the same load
generator (wrk, else the Python one): ours (``services/rooms.py`` on the freshly generated
``generated/rooms`` server: routing, auth, spec validation of parameters and bodies, state,
response models), a minimal hand-written Starlette app doing the same work on the requests sent
here (``bench/baseline_app.py`` says what that is), and Prism's static mock of
``specs/rooms.yaml``. Ours and the Starlette app run on one uvicorn worker with uvloop + httptools.

Operations: ``getRoom`` (GET ``/api/v1/rooms/{id}`` of an existing room, by UUID) and
``createRoom`` (POST ``/api/v1/rooms`` with a unique name per request). Per operation, each server
gets a warm-up, then ``rounds`` runs interleaved with the others' (the order reversed every other
round); its best run counts, since load from elsewhere on the machine only ever slows a run down.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import REPO
from .loadgen import LoadResult, run_load
from .report import Row, Target

__all__ = ["OPS", "Server", "cell", "free_port", "load_problem", "run_server_bench", "start_process", "wait_http"]

API = "rooms"
SPEC = REPO / "specs" / "rooms.yaml"
GET_PATH = "/api/v1/rooms/{id}"
CREATE_PATH = "/api/v1/rooms"
CREATE_BODY = '{"name": "bench {n}"}'
PRISM_ROOM = "0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"  # the spec's example id

OPS = (("getRoom", "GET"), ("createRoom", "POST"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)

    def log_tail(self) -> str:
        try:
            return " | ".join(self.log.read_text(errors="replace").strip().splitlines()[-3:])[:300]
        except OSError:
            return ""


def start_process(name: str, argv: Sequence[str], *, cwd: Path, env: dict[str, str], port: int, logs: Path) -> Server:
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"server-{name}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            list(argv),
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    return Server(name, proc, port, log)


def wait_http(server: Server, path: str, timeout: float = 90.0) -> str | None:
    """Wait until the server answers anything on ``path``; None when up, else the reason."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            return f"exited with {server.proc.returncode}: {server.log_tail()}"
        try:
            httpx.get(server.base + path, timeout=2.0)
            return None
        except httpx.HTTPError:
            time.sleep(0.2)
    return f"not answering after {timeout:.0f} s: {server.log_tail()}"


@contextlib.contextmanager
def _servers(work: Path, prism: Path | None, logs: Path, pkgroot: Path | None) -> Iterator[dict[str, Server | str]]:
    """Start ours, the baseline and Prism; yields name -> Server or the reason it is unavailable."""
    started: dict[str, Server | str] = {}
    base_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    try:
        if pkgroot is not None:
            port = free_port()
            env = dict(base_env, PYTHONPATH=str(REPO))
            started["ours"] = start_process(
                "ours",
                [sys.executable, "-m", "bench.serve_target", "ours", API, str(port)],
                cwd=pkgroot,
                env=env,
                port=port,
                logs=logs,
            )
        port = free_port()
        started["baseline"] = start_process(
            "baseline",
            [sys.executable, "-m", "bench.serve_target", "baseline", API, str(port)],
            cwd=REPO,
            env=base_env,
            port=port,
            logs=logs,
        )
        if prism is not None:
            port = free_port()
            started["prism"] = start_process(
                "prism",
                [str(prism), "mock", "--dynamic=false", str(SPEC), "-p", str(port), "-h", "127.0.0.1", "-v", "warn"],
                cwd=work,
                env=base_env,
                port=port,
                logs=logs,
            )
        for name, server in list(started.items()):
            if isinstance(server, Server):
                why = wait_http(server, "/api/v1/rooms/readiness-probe")
                if why is not None:
                    server.stop()
                    started[name] = f"{name} server {why}"
        yield started
    finally:
        for server in started.values():
            if isinstance(server, Server):
                server.stop()


def _prepare(server: Server, headers: dict[str, str], expect_loaded: Path | None) -> tuple[str | None, str | None]:
    """Create the room GET reads; returns (room id, problem)."""
    import httpx

    if server.name == "prism":
        r = httpx.get(server.base + GET_PATH.format(id=PRISM_ROOM), headers=headers, timeout=10)
        return (PRISM_ROOM, None) if r.status_code == 200 else (None, f"prism GET answered {r.status_code}")
    if expect_loaded is not None:
        first = server.log.read_text(errors="replace").splitlines()[:1]
        loaded = json.loads(first[0])["loaded"] if first else ""
        if not str(loaded).startswith(str(expect_loaded)):
            return None, f"served {loaded}, not the freshly generated package"
    r = httpx.post(server.base + CREATE_PATH, headers=headers, json={"name": "bench-room"}, timeout=10)
    if r.status_code != 201:
        return None, f"createRoom answered {r.status_code}: {r.text[:200]}"
    room_id = str(r.json()["id"])
    r = httpx.get(server.base + GET_PATH.format(id=room_id), headers=headers, timeout=10)
    if r.status_code != 200:
        return None, f"getRoom answered {r.status_code}: {r.text[:200]}"
    return room_id, None


def cell(res: LoadResult) -> str:
    """``N req/s, p50 X ms, p99 Y ms``."""

    def ms(x: float | None) -> str:
        return "?" if x is None else (f"{x:.1f}" if x < 100 else f"{x:.0f}")

    return f"{res.rps:,.0f} req/s, p50 {ms(res.p50_ms)} ms, p99 {ms(res.p99_ms)} ms"


def load_problem(res: LoadResult) -> str | None:
    """Why a load run does not count (nothing completed, or more than 1% non-2xx answers), else None."""
    if res.requests == 0:
        return "no request completed"
    if res.non2xx > 0.01 * res.requests:
        return f"{res.non2xx} of {res.requests} answers were not 2xx"
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux ``/proc``; None elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _measure_op(
    op: str,
    method: str,
    servers: dict[str, Server | str],
    room_ids: dict[str, str],
    problems: dict[str, str],
    results: dict[str, LoadResult],
    wrk: Path | None,
    headers: dict[str, str],
    connections: int,
    duration: float,
    warmup: float,
    rounds: int,
    progress: Callable[[str], object],
    cpu: dict[str, float],
) -> None:
    """One operation on every server: a warm-up each, then ``rounds`` interleaved runs (the order
    reversed every other round); each server's best run is its result (noise only ever slows a run).
    ``cpu`` gets each server's least CPU time per request over the runs (µs), where it can be read."""
    ready = [
        name for name in ("ours", "baseline", "prism") if name not in problems and isinstance(servers.get(name), Server)
    ]
    targets: dict[str, tuple[str, str | None]] = {}
    for name in ready:
        server = servers[name]
        assert isinstance(server, Server)
        if method == "GET":
            targets[name] = (server.base + GET_PATH.format(id=room_ids[name]), None)
        else:
            targets[name] = (server.base + CREATE_PATH, CREATE_BODY.replace("{n}", f"{name} {{r}}{{n}}"))
    each = duration / max(rounds, 1)
    for r in range(-1, max(rounds, 1)):  # round -1: the warm-up
        for name in ready if r % 2 == 0 else list(reversed(ready)):
            if f"{name}:{op}" in problems:
                continue
            url, body = targets[name]
            server = servers[name]
            assert isinstance(server, Server)
            before = cpu_seconds(server.proc.pid)
            try:
                res = run_load(
                    url,
                    wrk=wrk,
                    method=method,
                    headers=headers,
                    body=None if body is None else body.replace("{r}", "w" if r < 0 else f"m{r}-"),
                    connections=connections,
                    duration=warmup if r < 0 else each,
                )
            except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
                problems[f"{name}:{op}"] = str(exc)[:300]
                continue
            if r < 0:
                continue
            after = cpu_seconds(server.proc.pid)
            if before is not None and after is not None and res.requests:
                used = (after - before) / res.requests * 1e6
                cpu[f"{name}:{op}"] = min(cpu.get(f"{name}:{op}", used), used)
            progress(
                f"  {op} {name} (run {r + 1}): {cell(res)} ({res.tool}, {res.requests} requests, {res.non2xx} non-2xx)"
            )
            best = results.get(f"{name}:{op}")
            if best is not None and load_problem(best):
                continue  # a run that failed stays the result: the row says why
            if best is None or load_problem(res) or res.rps > best.rps:
                results[f"{name}:{op}"] = res


def run_server_bench(
    work: Path,
    *,
    pkgroot: Path | None,
    pkg_problem: str | None,
    prism: Path | None,
    prism_reason: str | None,
    wrk: Path | None,
    headers: dict[str, str] | None,
    duration: float,
    connections: int = 64,
    warmup: float = 2.0,
    rounds: int = 3,
    progress: Callable[[str], object] = print,
) -> tuple[list[Row], dict[str, LoadResult]]:
    """Rows: per operation, ours vs Prism's static mock (target ≥ 1.5×) and vs the Starlette floor."""
    logs = work / "logs"
    results: dict[str, LoadResult] = {}
    cpu: dict[str, float] = {}
    problems: dict[str, str] = {}
    if pkg_problem:
        problems["ours"] = pkg_problem
    if prism is None:
        problems["prism"] = prism_reason or "prism not installed"
    if headers is None:
        headers = {}
        problems.setdefault("ours", "services.rooms Config().dev_headers() unavailable")
    with _servers(work, prism, logs, None if "ours" in problems else pkgroot) as servers:
        room_ids: dict[str, str] = {}
        for name, server in servers.items():
            if isinstance(server, str):
                problems[name] = server
                continue
            room_id, problem = _prepare(server, headers, pkgroot if name == "ours" else None)
            if problem:
                problems[name] = problem
            elif room_id:
                room_ids[name] = room_id
        for op, method in OPS:
            _measure_op(
                op,
                method,
                servers,
                room_ids,
                problems,
                results,
                wrk,
                headers,
                connections,
                duration,
                warmup,
                rounds,
                progress,
                cpu,
            )
    rows: list[Row] = []
    for op, _method in OPS:
        ours = results.get(f"ours:{op}")
        ours_problem = problems.get("ours") or problems.get(f"ours:{op}") or (ours and load_problem(ours))
        for name, vs, target in (
            ("prism", "Prism static mock", Target(">=", 1.5)),
            ("baseline", "hand-written Starlette", Target(">=", 1.0) if op == "getRoom" else None),
        ):
            theirs = results.get(f"{name}:{op}")
            theirs_problem = problems.get(name) or problems.get(f"{name}:{op}") or (theirs and load_problem(theirs))
            row = Row(
                "server",
                f"rooms `{op}` throughput vs {vs}",
                ours=None if ours is None else ours.rps,
                theirs=None if theirs is None else theirs.rps,
                ours_text="" if ours is None else cell(ours),
                theirs_text="" if theirs is None else cell(theirs),
                target=target,
            )
            if ours_problem:
                row.unavailable = f"ours: {ours_problem}"
                if theirs is not None:
                    row.theirs_text = cell(theirs)
            elif theirs_problem:
                row.unavailable = f"{vs}: {theirs_problem}"
                row.ours_text = cell(ours) if ours else ""
                row.theirs_text = f"unavailable: {theirs_problem}"
            measured = ours or theirs
            tool = measured.tool if measured is not None else "?"
            row.details = {
                "load": f"{tool}, {connections} connections, best of {rounds} interleaved runs of "
                f"{duration / max(rounds, 1):g} s after {warmup:g} s warm-up"
            }
            if name == "baseline" and f"ours:{op}" in cpu and f"{name}:{op}" in cpu:
                row.details["server CPU per request (least of the runs)"] = (
                    f"ours {cpu[f'ours:{op}']:.1f} µs, {vs} {cpu[f'{name}:{op}']:.1f} µs"
                )
            rows.append(row)
    return rows, results
