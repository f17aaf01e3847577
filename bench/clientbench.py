"""Section 3: the generated client's per-call overhead against raw httpx making the same call.

Both send through the same in-process ``httpx.MockTransport`` that returns a canned response,
so the network does not dominate: the figure is what the client adds (building the request,
credentials, status dispatch, parsing the body into the response model) on top of httpx.
Raw httpx does the least a careful hand-written call does: the request with the auth header,
a status check and ``response.json()``.

Runs in its own process, with the working directory holding the freshly generated
``generated/`` package: ``python -m bench.clientbench [--iterations N] [--profile OP]``.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["main", "measure_per_call"]

API = "rooms"
BASE = "http://bench.invalid"
ROOM_ID = "0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30"
# a Room as the rooms stand-in answers it (Chalk's API): every field the generated client validates
ROOM: dict[str, object] = {
    "id": ROOM_ID,
    "tenant_id": "550e8400-e29b-41d4-a716-446655440000",
    "cloudflare_meeting_id": "cf_mtg_3e8b89ce29264a6ca8f31953aa952e25",
    "name": "CS101 Lecture",
    "config": {},
    "status": "active",
    "scheduled_start_at": None,
    "scheduled_end_at": None,
    "allow_early_join_minutes": 0,
    "started_at": "2026-11-29T18:42:05.155943Z",
    "ended_at": None,
    "created_at": "2026-11-29T18:42:05.155943Z",
    "updated_at": "2026-11-29T18:42:05.155943Z",
}
_STANDARD = {"base_url", "timeout", "retries", "headers", "http_client", "transport", "sleep"}


def measure_per_call(fns: dict[str, Callable[[int], object]], iterations: int, batches: int) -> dict[str, float]:
    """Seconds per call of each function: the best of ``batches`` batches, alternating functions."""
    best = {name: float("inf") for name in fns}
    for fn in fns.values():  # warm-up
        for i in range(min(200, iterations)):
            fn(i)
    counter = 0
    for _ in range(batches):
        for name, fn in fns.items():
            start = time.perf_counter()
            for _i in range(iterations):
                counter += 1
                fn(counter)
            best[name] = min(best[name], (time.perf_counter() - start) / iterations)
    return best


def _clients(token: str) -> tuple[dict[str, Callable[[int], object]], list[str]]:
    import httpx

    client_mod = importlib.import_module(f"generated.{API}.client")
    body_get = json.dumps(ROOM | {"participant_count": 0}).encode()  # getRoom answers the count too

    expected_auth = f"Bearer {token}"
    unauthorized = json.dumps({"error": "Unauthorized"}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization") != expected_auth:  # both clients must send the credential
            return httpx.Response(401, content=unauthorized, headers={"content-type": "application/json"})
        if request.method == "POST":
            payload = json.loads(request.content)
            room = dict(ROOM, name=payload["name"])
            return httpx.Response(201, content=json.dumps(room).encode(), headers={"content-type": "application/json"})
        return httpx.Response(200, content=body_get, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    params = inspect.signature(client_mod.Client.__init__).parameters
    cred = [p for p in params if p not in _STANDARD and p != "self" and ("token" in p or "bearer" in p)]
    notes = []
    if cred:
        ours = client_mod.Client(BASE, transport=transport, **{cred[0]: token})
        notes.append(f"credential via Client({cred[0]}=...)")
    else:
        ours = client_mod.Client(BASE, transport=transport, headers={"Authorization": f"Bearer {token}"})
        notes.append("credential via headers=")
    raw = httpx.Client(base_url=BASE, transport=transport, headers={"Authorization": f"Bearer {token}"})

    def raw_get(_n: int) -> Any:
        r = raw.get(f"/api/v1/rooms/{ROOM_ID}")
        if r.status_code != 200:
            raise RuntimeError(r.status_code)
        return r.json()

    def raw_create(n: int) -> Any:
        r = raw.post("/api/v1/rooms", json={"name": f"room {n}"})
        if r.status_code != 201:
            raise RuntimeError(r.status_code)
        return r.json()

    def ours_get(_n: int) -> Any:
        return ours.get_room(ROOM_ID)

    def ours_create(n: int) -> Any:
        return ours.create_room(name=f"room {n}")

    # the generated client must really work against the canned answers
    got = ours_get(0)
    if str(got.id) != ROOM_ID or got.name != ROOM["name"]:
        raise SystemExit(f"generated client returned {got!r}")
    made = ours_create(7)
    if made.name != "room 7":
        raise SystemExit(f"generated client returned {made!r}")
    return {
        "ours:get_room": ours_get,
        "raw:get_room": raw_get,
        "ours:create_room": ours_create,
        "raw:create_room": raw_create,
    }, notes


def _profile(fn: Callable[[int], object], iterations: int, out_file: str) -> None:
    import cProfile

    prof = cProfile.Profile()
    prof.enable()
    for i in range(iterations):
        fn(i)
    prof.disable()
    prof.dump_stats(out_file)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.clientbench")
    p.add_argument("--token", default="ck_test_dev_api_key")
    p.add_argument("--iterations", type=int, default=2000)
    p.add_argument("--batches", type=int, default=7)
    p.add_argument("--profile", metavar="FN", help="cProfile one function (e.g. ours:get_room) instead")
    p.add_argument("--profile-out", metavar="FILE", default="client.prof", help="where --profile writes its stats")
    a = p.parse_args(argv)
    fns, notes = _clients(a.token)
    if a.profile:
        _profile(fns[a.profile], a.iterations, a.profile_out)
        return 0
    per_call = measure_per_call(fns, a.iterations, a.batches)
    print(
        json.dumps(
            {
                "per_call_us": {k: v * 1e6 for k, v in per_call.items()},
                "notes": notes,
                "iterations": a.iterations,
                "batches": a.batches,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
