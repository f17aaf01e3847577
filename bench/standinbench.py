"""Section 2b: throughput of each API's stand-in (``services/<api>.py`` on its generated server).

Each stand-in runs alone in its own process (one uvicorn worker, uvloop + httptools, as in
section 2) and gets the same load generator, one operation after another: a list with
pagination, a fetch and creates. The rows are information (no target, nothing to compare with):
how many requests per second the stand-ins answer on this machine, per API (rooms' ``getRoom``
and ``createRoom`` are also compared with Prism and a hand-written Starlette app in section 2).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import REPO
from .loadgen import LoadResult, run_load
from .report import Row
from .serverbench import Server, cell, free_port, load_problem, start_process, wait_http

__all__ = ["SCENARIOS", "Scenario", "run_standin_bench"]

FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Scenario:
    """One operation under load: ``path`` and ``body`` name the setup's ids as ``{service}``, ...

    ``{n}`` in the body is a unique token per request (see ``bench.loadgen``).
    """

    api: str
    op: str
    what: str
    method: str
    path: str
    body: str | None = None
    content_type: str = "application/json"
    kind: str = "ours"  # bench.serve_target's kind: "ours" (the service on its server) or "standin" (make serve)

    @property
    def key(self) -> str:
        """The row's key (``standin-<api>-<op>``, ``-serve`` for the whole stand-in)."""
        return f"standin-{self.api}-{self.op}" + ("-serve" if self.kind == "standin" else "")


_TWILIO_SESSIONS = "/v1/Services/{service}/Sessions"
_SERVED = "as `make serve` runs it: journal, request log; "
SCENARIOS = (
    Scenario(
        "twilio_proxy",
        "ListSession",
        "list, PageSize=2 of 6, with next-page links",
        "GET",
        _TWILIO_SESSIONS + "?PageSize=2",
    ),
    Scenario(
        "twilio_proxy",
        "ListParticipant",
        "list, PageSize=1 of 2, with next-page links",
        "GET",
        _TWILIO_SESSIONS + "/{session}/Participants?PageSize=1",
    ),
    Scenario("twilio_proxy", "FetchSession", "fetch", "GET", _TWILIO_SESSIONS + "/{session}"),
    Scenario("twilio_proxy", "FetchSession", _SERVED + "fetch", "GET", _TWILIO_SESSIONS + "/{session}", kind="standin"),
    Scenario(
        "twilio_proxy", "CreateSession", "create, form body", "POST", _TWILIO_SESSIONS, "UniqueName=bench+{n}", FORM
    ),
    Scenario("rooms", "listRooms", "list, limit=2 offset=2 of 6", "GET", "/api/v1/rooms?limit=2&offset=2"),
    Scenario("rooms", "getRoom", "fetch", "GET", "/api/v1/rooms/{room}"),
    Scenario("rooms", "createRoom", "create, JSON body", "POST", "/api/v1/rooms", '{"name": "r {n}"}'),
    Scenario("rooms", "getRoom", _SERVED + "fetch", "GET", "/api/v1/rooms/{room}", kind="standin"),
    Scenario("bandwidth_webrtc", "getSession", "fetch", "GET", "/accounts/{account}/sessions/{session}"),
    Scenario(
        "bandwidth_webrtc",
        "createSession",
        "create, JSON body",
        "POST",
        "/accounts/{account}/sessions",
        '{"tag": "b {n}"}',
    ),
    Scenario(
        "bandwidth_webrtc",
        "getSession",
        _SERVED + "fetch",
        "GET",
        "/accounts/{account}/sessions/{session}",
        kind="standin",
    ),
)


def _announced(server: Server) -> dict[str, Any]:
    """The JSON line ``bench.serve_target`` prints before serving."""
    first = server.log.read_text(errors="replace").splitlines()[:1]
    return dict(json.loads(first[0])) if first else {}


def _post(client: Any, path: str, data: dict[str, str] | None = None, json_body: object = None) -> dict[str, Any]:
    r = client.post(path, data=data, json=json_body)
    if r.status_code not in (200, 201):
        raise RuntimeError(f"POST {path} answered {r.status_code}: {r.text[:200]}")
    return dict(r.json())


def _twilio_ids(client: Any, announced: dict[str, Any]) -> dict[str, str]:
    """A service with six sessions; the first holds two participants (a Twilio session's most)."""
    service = _post(client, "/v1/Services", {"UniqueName": "bench-service"})["sid"]
    sessions = [
        _post(client, f"/v1/Services/{service}/Sessions", {"UniqueName": f"bench-session-{i}"})["sid"] for i in range(6)
    ]
    for i in range(2):
        _post(client, f"/v1/Services/{service}/Sessions/{sessions[0]}/Participants", {"Identifier": f"+1555000000{i}"})
    return {"service": service, "session": sessions[0]}


def _bandwidth_ids(client: Any, announced: dict[str, Any]) -> dict[str, str]:
    account = str(announced.get("account_id") or "")
    session = _post(client, f"/accounts/{account}/sessions", json_body={"tag": "bench-session"})["id"]
    return {"account": account, "session": str(session)}


def _rooms_ids(client: Any, announced: dict[str, Any]) -> dict[str, str]:
    rooms = [_post(client, "/api/v1/rooms", json_body={"name": f"bench-room {i}"})["id"] for i in range(6)]
    return {"room": str(rooms[0])}


SETUP: dict[str, Callable[[Any, dict[str, Any]], dict[str, str]]] = {
    "twilio_proxy": _twilio_ids,
    "rooms": _rooms_ids,
    "bandwidth_webrtc": _bandwidth_ids,
}


@contextlib.contextmanager
def _standin(api: str, kind: str, pkgroot: Path, logs: Path) -> Iterator[Server | str]:
    """The stand-in of ``api`` on the freshly generated package; yields the server or why it is unavailable."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO)
    argv = [sys.executable, "-m", "bench.serve_target", kind, api, str(port)]
    server = start_process(f"{kind}-{api}", argv, cwd=pkgroot, env=env, port=port, logs=logs)
    try:
        why = wait_http(server, "/openapi.json")
        yield server if why is None else f"{api} stand-in {why}"
    finally:
        server.stop()


def _prepare(server: Server, api: str, pkgroot: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(request headers, ids named by the scenarios' paths); raises RuntimeError when setup fails."""
    import httpx

    announced = _announced(server)
    if not str(announced.get("loaded", "")).startswith(str(pkgroot)):
        raise RuntimeError(f"served {announced.get('loaded')}, not the freshly generated package")
    headers = dict(announced.get("headers") or {})
    with httpx.Client(base_url=server.base, headers=headers, timeout=10) as client:
        return headers, SETUP[api](client, announced)


def _load(
    server: Server, scenario: Scenario, headers: dict[str, str], ids: dict[str, str], *, warmup: float, **kw: Any
) -> LoadResult:
    """A warm-up run, then the measured one (its bodies' ``{n}`` tokens differ from the warm-up's)."""
    url = server.base + scenario.path.format(**ids)
    if scenario.body is not None:
        headers = dict(headers, **{"Content-Type": scenario.content_type})
    warm_body = None if scenario.body is None else scenario.body.replace("{n}", "w{n}")
    run_load(url, method=scenario.method, headers=headers, body=warm_body, **dict(kw, duration=warmup))
    return run_load(url, method=scenario.method, headers=headers, body=scenario.body, **kw)


def run_standin_bench(
    work: Path,
    *,
    pkgroot: Path | None,
    pkg_problem: str | None,
    wrk: Path | None,
    duration: float,
    connections: int = 64,
    warmup: float = 2.0,
    progress: Callable[[str], object] = print,
) -> list[Row]:
    """One info row per scenario: the stand-in's requests per second under load."""
    results: dict[str, LoadResult | str] = {}
    for api, kind in dict.fromkeys((s.api, s.kind) for s in SCENARIOS):
        scenarios = [s for s in SCENARIOS if (s.api, s.kind) == (api, kind)]
        if pkg_problem or pkgroot is None:
            results.update((s.key, pkg_problem or "no generated package") for s in scenarios)
            continue
        with _standin(api, kind, pkgroot, work / "logs") as server:
            if isinstance(server, str):
                results.update((s.key, server) for s in scenarios)
                continue
            try:
                headers, ids = _prepare(server, api, pkgroot)
            except (RuntimeError, ValueError, OSError) as exc:
                results.update((s.key, f"setup failed: {str(exc)[:200]}") for s in scenarios)
                continue
            for s in scenarios:
                try:
                    res = _load(
                        server, s, headers, ids, wrk=wrk, connections=connections, duration=duration, warmup=warmup
                    )
                except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
                    results[s.key] = str(exc)[:300]
                    continue
                results[s.key] = load_problem(res) or res
                done = f"{cell(res)} ({res.tool}, {res.requests} requests, {res.non2xx} non-2xx)"
                progress(f"  {api} {s.op}{' (make serve)' if kind == 'standin' else ''}: {done}")
    return [_row(s, results[s.key], connections, duration, warmup) for s in SCENARIOS]


def _row(s: Scenario, result: LoadResult | str, connections: int, duration: float, warmup: float) -> Row:
    label = {"twilio_proxy": "Twilio Proxy", "rooms": "Rooms", "bandwidth_webrtc": "Bandwidth WebRTC"}.get(s.api, s.api)
    row = Row("server", f"{label} stand-in `{s.op}` ({s.what}): throughput", key=s.key)
    if isinstance(result, str):
        row.unavailable = result
        return row
    row.ours, row.ours_text = result.rps, cell(result)
    row.details = {
        "load": f"{result.tool}, {connections} connections, {duration:g} s after {warmup:g} s warm-up",
        "request": f"{s.method} {s.path}" + (f" ({s.content_type} body)" if s.body else ""),
    }
    return row
