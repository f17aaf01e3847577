"""HTTP load for the server benchmark: ``wrk`` when available, else a small asyncio load generator.

Both keep ``connections`` HTTP/1.1 keep-alive connections busy for ``duration`` seconds (bounded
in time, loopback only) and report requests/s, p50/p99 latency and the non-2xx count. A request
body may contain ``{n}``, replaced by a per-request unique counter (so ``createRoom`` never
answers 409 for a repeated name); it is sent as ``application/json`` unless the headers name
another ``Content-Type``.

The Python generator runs in its own process: ``python -m bench.loadgen URL --method POST
--header 'K: V' --body '{"name": "x{n}"}' -c 64 -d 5`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import math
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["LoadResult", "body_content_type", "parse_wrk", "percentile", "python_load", "run_load", "run_wrk"]

_LOOPBACK = re.compile(r"^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$")


@dataclass(frozen=True)
class LoadResult:
    tool: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float | None
    p99_ms: float | None
    non2xx: int
    errors: int

    @property
    def ok_share(self) -> float:
        return 0.0 if self.requests == 0 else 1 - self.non2xx / self.requests


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-quantile (0..1) by nearest rank; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))
    return ordered[index]


def _check_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if not _LOOPBACK.match(host):
        raise ValueError(f"load is only ever sent to loopback addresses, not {host!r}")


# -- wrk -----------------------------------------------------------------------------------------

_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not m:
        raise ValueError(f"bad wrk duration {text!r}")
    return float(m.group(1)) * _UNIT[m.group(2)]


def parse_wrk(output: str, seconds: float) -> LoadResult:
    """Parse ``wrk --latency`` output."""
    reqs = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m)", output)
    if not reqs:
        raise ValueError("wrk printed no request count: " + output.strip()[-300:])
    requests = int(reqs.group(1))
    took = _ms(reqs.group(2) + reqs.group(3)) / 1000 or seconds
    pct = {m.group(1): _ms(m.group(2)) for m in re.finditer(r"^\s+(50|99)%\s+(\S+)", output, re.M)}
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return LoadResult(
        tool="wrk",
        requests=requests,
        seconds=took,
        rps=requests / took if took else 0.0,
        p50_ms=pct.get("50"),
        p99_ms=pct.get("99"),
        non2xx=int(non2xx.group(1)) if non2xx else 0,
        errors=sum(int(g) for g in errors.groups()) if errors else 0,
    )


_LUA = """\
local counter = 0
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
end
function init(args)
  wrk.method = %(method)s
  if %(body)s ~= nil then wrk.headers["Content-Type"] = %(content_type)s end
end
%(request)s
"""

_LUA_UNIQUE = """\
request = function()
  counter = counter + 1
  local body = string.gsub(%(body)s, "{n}", tostring(tid) .. "x" .. tostring(counter))
  return wrk.format(nil, nil, nil, body)
end
"""


def _lua_str(text: str | None) -> str:
    if text is None:
        return "nil"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def body_content_type(headers: Mapping[str, str] | None) -> tuple[str, dict[str, str]]:
    """The Content-Type a body is sent with (``application/json`` unless named) and the other headers."""
    rest = {k: v for k, v in (headers or {}).items() if k.lower() != "content-type"}
    named = [v for k, v in (headers or {}).items() if k.lower() == "content-type"]
    return (named[0] if named else "application/json"), rest


def run_wrk(
    wrk: str | Path,
    url: str,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    body: str | None = None,
    connections: int = 64,
    duration: float = 5.0,
    threads: int = 2,
) -> LoadResult:
    """One ``wrk`` run; ``{n}`` in ``body`` becomes a unique per-request token."""
    _check_loopback(url)
    content_type, headers = body_content_type(headers)
    lua = _LUA % {
        "method": _lua_str(method),
        "body": _lua_str(body),
        "content_type": _lua_str(content_type),
        "request": (_LUA_UNIQUE % {"body": _lua_str(body)})
        if body and "{n}" in body
        else (f"wrk.body = {_lua_str(body)}" if body is not None else ""),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(lua)
        script = f.name
    argv = [str(wrk), f"-t{threads}", f"-c{connections}", f"-d{max(1, round(duration))}s", "--latency", "-s", script]
    for k, v in (headers or {}).items():
        argv += ["-H", f"{k}: {v}"]
    argv.append(url)
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=duration + 60)
    finally:
        Path(script).unlink(missing_ok=True)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed: {done.stderr.strip()[-300:]}")
    return parse_wrk(done.stdout, duration)


# -- Python fallback -----------------------------------------------------------------------------


class _Conn(asyncio.Protocol):
    def __init__(self, make_request: object, stats: dict[str, object], deadline: float, done: asyncio.Future[None]):
        self.make_request = make_request
        self.stats = stats
        self.deadline = deadline
        self.done = done
        self.buf = bytearray()
        self.sent = 0.0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self._send()

    def _send(self) -> None:
        if time.perf_counter() >= self.deadline:
            assert self.transport is not None
            self.transport.close()
            return
        self.sent = time.perf_counter()
        assert self.transport is not None
        self.transport.write(self.make_request())  # type: ignore[operator]

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).decode("latin-1")
            lines = head.split("\r\n")
            status = int(lines[0].split(" ", 2)[1])
            fields = {}
            for line in lines[1:]:
                k, _, v = line.partition(":")
                fields[k.strip().lower()] = v.strip()
            if "content-length" in fields:
                total = end + 4 + int(fields["content-length"])
                if len(self.buf) < total:
                    return
            elif fields.get("transfer-encoding", "").lower() == "chunked":
                tail = self.buf.find(b"0\r\n\r\n", end + 4)
                if tail < 0:
                    return
                total = tail + 5
            else:
                total = end + 4
            del self.buf[:total]
            self.stats["latencies"].append(time.perf_counter() - self.sent)  # type: ignore[attr-defined]
            if not 200 <= status < 400:
                self.stats["non2xx"] += 1  # type: ignore[operator]
            self._send()

    def connection_lost(self, exc: Exception | None) -> None:
        if exc is not None:
            self.stats["errors"] += 1  # type: ignore[operator]
        if not self.done.done():
            self.done.set_result(None)


async def _python_load(
    url: str, method: str, headers: Mapping[str, str], body: str | None, connections: int, duration: float
) -> LoadResult:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    content_type, headers = body_content_type(headers)
    head = f"{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()
    )
    counter = 0

    def make_request() -> bytes:
        nonlocal counter
        if body is None:
            return (head + "\r\n").encode()
        counter += 1
        payload = body.replace("{n}", str(counter)).encode()
        return (head + f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n").encode() + payload

    stats: dict[str, object] = {"latencies": [], "non2xx": 0, "errors": 0}
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    deadline = start + duration
    futures = []
    for _ in range(connections):
        done: asyncio.Future[None] = loop.create_future()
        try:
            await loop.create_connection(functools.partial(_Conn, make_request, stats, deadline, done), host, port)
        except OSError:
            stats["errors"] += 1  # type: ignore[operator]
            done.set_result(None)
        futures.append(done)
    try:
        await asyncio.wait_for(asyncio.gather(*futures), timeout=duration + 30)
    except TimeoutError:
        stats["errors"] += 1  # type: ignore[operator]
    took = time.perf_counter() - start
    lat: list[float] = stats["latencies"]  # type: ignore[assignment]
    p50, p99 = percentile(lat, 0.50), percentile(lat, 0.99)
    return LoadResult(
        tool="python",
        requests=len(lat),
        seconds=took,
        rps=len(lat) / took if took else 0.0,
        p50_ms=None if p50 is None else p50 * 1000,
        p99_ms=None if p99 is None else p99 * 1000,
        non2xx=int(stats["non2xx"]),  # type: ignore[call-overload]
        errors=int(stats["errors"]),  # type: ignore[call-overload]
    )


def python_load(
    url: str,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    body: str | None = None,
    connections: int = 64,
    duration: float = 5.0,
) -> LoadResult:
    """Run the asyncio load generator in this process (uvloop when installed)."""
    _check_loopback(url)
    coro = _python_load(url, method, dict(headers or {}), body, connections, duration)
    try:
        import uvloop

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)


def run_load(
    url: str,
    *,
    wrk: str | Path | None,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    body: str | None = None,
    connections: int = 64,
    duration: float = 5.0,
) -> LoadResult:
    """``wrk`` when given, else the Python load generator in a separate process (its own core)."""
    if wrk is not None:
        return run_wrk(wrk, url, method=method, headers=headers, body=body, connections=connections, duration=duration)
    _check_loopback(url)
    argv = [sys.executable, "-m", "bench.loadgen", url, "--method", method, "-c", str(connections), "-d", str(duration)]
    for k, v in (headers or {}).items():
        argv += ["--header", f"{k}: {v}"]
    if body is not None:
        argv += ["--body", body]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=duration + 90, cwd=Path(__file__).parent.parent)
    if done.returncode != 0:
        raise RuntimeError(f"python load generator failed: {done.stderr.strip()[-300:]}")
    return LoadResult(**json.loads(done.stdout))


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.loadgen", description="Bounded HTTP load on a loopback URL.")
    p.add_argument("url")
    p.add_argument("--method", default="GET")
    p.add_argument("--header", action="append", default=[])
    p.add_argument("--body")
    p.add_argument("-c", "--connections", type=int, default=64)
    p.add_argument("-d", "--duration", type=float, default=5.0)
    a = p.parse_args(argv)
    headers = dict(h.split(": ", 1) for h in a.header)
    result = python_load(
        a.url, method=a.method, headers=headers, body=a.body, connections=a.connections, duration=a.duration
    )
    print(json.dumps(asdict(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
