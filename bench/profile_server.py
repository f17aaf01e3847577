"""Profile a server in-process: drive the ASGI app directly (no sockets, no uvicorn) under cProfile.

``python -m bench.profile_server {ours,baseline} {getRoom,createRoom} [-n N]`` with the working
directory holding the freshly generated ``generated/`` package. Prints the app's own cost per
request (µs, without profiling) as JSON; ``--profile-out FILE`` also writes cProfile stats.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import sys
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

__all__ = ["asgi_call", "main"]


async def asgi_call(
    app: Any, method: str, path: str, headers: dict[str, str], body: bytes = b"", *, query: bytes = b""
) -> tuple[int, bytes]:
    """One request straight into an ASGI app (``path`` percent-encoded, as sent); returns (status, body)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": unquote(path),
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    status = 0
    chunks: list[bytes] = []

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


def _app(kind: str) -> tuple[Any, dict[str, str]]:
    from services.rooms import Config, create_app

    config = Config()
    headers = config.dev_headers()
    if kind == "ours":
        return create_app(config), headers
    from .baseline_app import create_app as baseline

    return baseline({t.api_key: str(t.uuid) for t in config.tenants}), headers


async def _run(kind: str, op: str, n: int, profile_out: str | None) -> float:
    app, headers = _app(kind)
    status, body = await asgi_call(
        app,
        "POST",
        "/api/v1/rooms",
        dict(headers, **{"content-type": "application/json"}),
        json.dumps({"name": "profile-room"}).encode(),
    )
    if status != 201:
        raise SystemExit(f"createRoom answered {status}: {body[:200]!r}")
    room_id = json.loads(body)["id"]
    post_headers = dict(headers, **{"content-type": "application/json"})

    async def one(i: int) -> None:
        if op == "getRoom":
            s, _ = await asgi_call(app, "GET", f"/api/v1/rooms/{room_id}", headers)
            expect = 200
        else:
            s, _ = await asgi_call(app, "POST", "/api/v1/rooms", post_headers, f'{{"name": "p {i}"}}'.encode())
            expect = 201
        if s != expect:
            raise SystemExit(f"{op} answered {s}")

    for i in range(200):
        await one(-i - 1)
    start = time.perf_counter()
    for i in range(n):
        await one(i)
    per_request = (time.perf_counter() - start) / n
    if profile_out:
        prof = cProfile.Profile()
        prof.enable()
        for i in range(n):
            await one(n + i)
        prof.disable()
        prof.dump_stats(profile_out)
    return per_request


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.profile_server")
    p.add_argument("kind", choices=("ours", "baseline"))
    p.add_argument("op", choices=("getRoom", "createRoom"))
    p.add_argument("-n", type=int, default=3000)
    p.add_argument("--profile-out", metavar="FILE", help="also run under cProfile and write the stats here")
    a = p.parse_args(argv)
    per_request = asyncio.run(_run(a.kind, a.op, a.n, a.profile_out))
    print(json.dumps({"us_per_request": per_request * 1e6}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
