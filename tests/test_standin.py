"""The stand-in layer (services/standin): control API, journal, faults, CORS, credentials, state files.

Driven over HTTP in-process (``httpx.ASGITransport``) and, for the dropped connection and the
lifespan's state file, over a real socket (uvicorn in a thread).
"""

from __future__ import annotations

import datetime
import json
import logging
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import yaml

from services.standin import ConnectionDropped, Fault, JournalQuery, Standin, StandinOptions, create_standin

TWILIO_DEV = ("AC00000000000000000000000000000001", "dev-auth-token")
BW_ACCOUNT = "9900000"
BW = f"/v1/accounts/{BW_ACCOUNT}"


def client_of(standin: Standin) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=standin), base_url="http://standin.test")


@pytest.fixture
async def twilio() -> AsyncIterator[tuple[Standin, httpx.AsyncClient]]:
    standin = create_standin("twilio_proxy")
    async with client_of(standin) as client:
        client.headers.update(standin.dev_headers())
        yield standin, client


@pytest.fixture
async def bandwidth() -> AsyncIterator[tuple[Standin, httpx.AsyncClient]]:
    standin = create_standin("bandwidth_webrtc")
    async with client_of(standin) as client:
        client.headers.update(standin.dev_headers())
        yield standin, client


async def create_service(client: httpx.AsyncClient, name: str = "support") -> dict[str, Any]:
    answer = await client.post("/v1/Services", data={"UniqueName": name})
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


# -- health and the guard -----------------------------------------------------------------------------
async def test_health_answers_without_credentials() -> None:
    standin = create_standin("twilio_proxy")
    async with client_of(standin) as client:
        answer = await client.get("/_standin/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"
    assert answer.json()["api"] == "twilio_proxy"
    assert answer.json()["operations"] == 25
    assert answer.json()["state"] is True


async def test_control_api_wants_the_api_credentials() -> None:
    standin = create_standin("twilio_proxy")
    async with client_of(standin) as client:
        refused = await client.post("/_standin/reset")
        assert refused.status_code == 401
        assert refused.json() == {"error": "the control API wants the API's credentials"}
        assert refused.headers["www-authenticate"].startswith("Basic ")
        wrong = httpx.BasicAuth(TWILIO_DEV[0], "wrong")
        assert (await client.post("/_standin/reset", auth=wrong)).status_code == 401
        assert (await client.get("/_standin/state", auth=wrong)).status_code == 401
        answer = await client.post("/_standin/reset", auth=httpx.BasicAuth(*TWILIO_DEV))
        assert answer.status_code == 204
        assert answer.content == b""


async def test_an_admin_token_replaces_the_api_credentials_for_the_control_api() -> None:
    standin = create_standin("twilio_proxy", StandinOptions(admin_token="s3cret"))
    async with client_of(standin) as client:
        assert (await client.post("/_standin/reset", headers=standin.dev_headers())).status_code == 401
        assert (await client.post("/_standin/reset", headers={"Authorization": "Bearer nope"})).status_code == 401
        assert (await client.post("/_standin/reset", headers={"Authorization": "Bearer s3cret"})).status_code == 204
        assert (await client.post("/_standin/reset", headers={"X-Standin-Token": "s3cret"})).status_code == 204
        assert (await client.get("/_standin/health")).status_code == 200
        # the API itself still wants its own credentials
        assert (await client.get("/v1/Services", headers={"Authorization": "Bearer s3cret"})).status_code == 401


async def test_unknown_control_paths_and_methods_answer_json(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    missing = await client.get("/_standin/nothing")
    assert missing.status_code == 404
    assert "error" in missing.json()
    wrong_method = await client.get("/_standin/reset")
    assert wrong_method.status_code == 405
    assert "error" in wrong_method.json()


# -- state, reset, seed --------------------------------------------------------------------------------
async def test_state_shows_what_was_created_and_reset_empties_it(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    service = await create_service(client)
    state = (await client.get("/_standin/state")).json()
    assert [s["sid"] for s in state["services"]] == [service["sid"]]
    assert state["services"][0]["unique_name"] == "support"
    assert state["services"][0]["account_sid"] == TWILIO_DEV[0]

    assert (await client.post("/_standin/reset")).status_code == 204
    state = (await client.get("/_standin/state")).json()
    assert all(items == [] for items in state.values())
    assert (await client.get(f"/v1/Services/{service['sid']}")).status_code == 404


async def test_seeded_resources_answer_over_the_api(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    sid = "KS" + "ab" * 16
    seed = {
        "services": [{"sid": sid, "unique_name": "seeded", "default_ttl": 600}],
        "phone_numbers": [{"service_sid": sid, "phone_number": "+15005550001"}],
        "sessions": [{"sid": "KC" + "cd" * 16, "service_sid": sid, "unique_name": "s1"}],
        "participants": [{"service_sid": sid, "session_sid": "KC" + "cd" * 16, "identifier": "+15551230000"}],
    }
    answer = await client.post("/_standin/seed", json=seed)
    assert answer.status_code == 200
    assert answer.json() == {"loaded": {"services": 1, "phone_numbers": 1, "sessions": 1, "participants": 1}}
    fetched = await client.get(f"/v1/Services/{sid}")
    assert fetched.status_code == 200
    assert fetched.json()["unique_name"] == "seeded"
    assert fetched.json()["default_ttl"] == 600
    participants = await client.get(f"/v1/Services/{sid}/Sessions/{'KC' + 'cd' * 16}/Participants")
    [participant] = participants.json()["participants"]
    assert participant["identifier"] == "+15551230000"
    assert participant["proxy_identifier"] == "+15005550001"  # assigned from the seeded pool
    # the unique name is taken now, as after a create
    assert (await client.post("/v1/Services", data={"UniqueName": "seeded"})).status_code == 409


async def test_seed_accepts_a_yaml_fixture(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    fixture = "services:\n  - unique_name: from-yaml\n    date_created: 2024-01-02T03:04:05Z\n"
    answer = await client.post("/_standin/seed", content=fixture, headers={"Content-Type": "application/yaml"})
    assert answer.status_code == 200, answer.text
    [service] = (await client.get("/v1/Services")).json()["services"]
    assert service["unique_name"] == "from-yaml"
    assert service["date_created"] == "2024-01-02T03:04:05Z"


async def test_seed_refuses_what_is_not_state(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    assert (await client.post("/_standin/seed", json=[1, 2])).status_code == 400
    assert (await client.post("/_standin/seed", json={"services": {"a": 1}})).status_code == 400
    assert (
        await client.post("/_standin/seed", content=b"{not json", headers={"Content-Type": "application/json"})
    ).status_code == 400
    orphan = await client.post("/_standin/seed", json={"sessions": [{"service_sid": "KS" + "0" * 32}]})
    assert orphan.status_code == 400
    assert "no service" in orphan.json()["error"]
    assert (
        await client.post("/_standin/seed", content=b"x", headers={"Content-Type": "text/plain"})
    ).status_code == 415


@pytest.mark.parametrize("api", ["twilio_proxy", "bandwidth_webrtc"])
async def test_state_seeded_into_a_reset_stand_in_is_the_same_state(api: str) -> None:
    standin = create_standin(api, StandinOptions(config={"seed_examples": True}))
    async with client_of(standin) as client:
        client.headers.update(standin.dev_headers())
        before = (await client.get("/_standin/state")).json()
        assert sum(len(items) for items in before.values()) >= 2
        standin.options = StandinOptions()  # reset to a Config without the examples
        standin.config = type(standin.config)()
        assert (await client.post("/_standin/reset")).status_code == 204
        assert all(items == [] for items in (await client.get("/_standin/state")).json().values())
        assert (await client.post("/_standin/seed", json=before)).status_code == 200
        assert (await client.get("/_standin/state")).json() == before


async def test_bandwidth_state_and_seed(bandwidth: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = bandwidth
    session = (await client.post(f"{BW}/sessions", json={"tag": "t1"})).json()
    participant = (await client.post(f"{BW}/participants", json={"tag": "p1"})).json()["participant"]
    added = await client.put(
        f"{BW}/sessions/{session['id']}/participants/{participant['id']}", json={"sessionId": session["id"]}
    )
    assert added.status_code == 204
    state = (await client.get("/_standin/state")).json()
    assert state["sessions"] == [
        {"id": session["id"], "tag": "t1", "accountId": BW_ACCOUNT, "participantIds": [participant["id"]]}
    ]
    [saved] = state["participants"]
    assert saved["sessions"] == [session["id"]]
    assert saved["subscriptions"] == {"sessionId": session["id"]}  # everyone in the session

    assert (await client.post("/_standin/reset")).status_code == 204
    assert (await client.get(f"{BW}/sessions/{session['id']}")).status_code == 404
    assert (await client.post("/_standin/seed", json=state)).status_code == 200
    assert (await client.get(f"{BW}/sessions/{session['id']}")).json() == {"id": session["id"], "tag": "t1"}
    subs = await client.get(f"{BW}/sessions/{session['id']}/participants/{participant['id']}/subscriptions")
    assert subs.json() == {"sessionId": session["id"]}


async def test_a_service_without_snapshot_answers_501_for_state_and_seed() -> None:
    standin = create_standin("rooms")
    standin.service = object()  # as a service that has no snapshot()/restore() yet
    async with client_of(standin) as client:
        client.headers.update(standin.dev_headers())
        state = await client.get("/_standin/state")
        assert state.status_code == 501
        assert "snapshot" in state.json()["error"]
        assert (await client.post("/_standin/seed", json={})).status_code == 501
        assert (await client.get("/_standin/health")).json()["state"] is False
        assert (await client.post("/_standin/reset")).status_code == 204


def rooms_paths() -> dict[str, str]:
    """operationId -> path of the rooms spec's operations (as generated; Chalk's document or main's)."""
    spec = json.loads((Path(__file__).parents[1] / "generated" / "rooms" / "openapi.json").read_text())
    return {
        op["operationId"]: path
        for path, ops in spec["paths"].items()
        for op in ops.values()
        if isinstance(op, dict) and "operationId" in op
    }


async def test_rooms_reset_gives_a_fresh_service() -> None:
    standin = create_standin("rooms")
    paths = rooms_paths()
    async with client_of(standin) as client:
        client.headers.update(standin.dev_headers())
        created = await client.post(paths["createRoom"], json={"name": "standup"})
        assert created.status_code == 201, created.text
        room = paths["getRoom"].replace("{id}", str(created.json()["id"]))
        assert (await client.get(room)).status_code == 200
        state = await client.get("/_standin/state")
        if callable(getattr(standin.service, "snapshot", None)):
            assert state.status_code == 200
            assert str(created.json()["id"]) in state.text
        else:  # main's rooms service until its snapshot() lands
            assert state.status_code == 501
        assert (await client.post("/_standin/reset")).status_code == 204
        assert (await client.get(room)).status_code == 404
        journal = (await client.get("/_standin/requests")).json()["requests"]
        assert [(e["status"], e["operation"]) for e in journal] == [(404, "getRoom")]


# -- the journal and the request log -------------------------------------------------------------------
async def test_journal_lists_requests_with_the_reasons_of_4xx(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    await create_service(client)
    bad = await client.post("/v1/Services", data={"DefaultTtl": "soon"})
    assert bad.status_code == 400
    assert (await client.get("/v1/Services", params={"PageSize": "5"})).status_code == 200
    journal = (await client.get("/_standin/requests")).json()["requests"]
    assert [(e["method"], e["path"], e["status"], e["operation"]) for e in journal] == [
        ("POST", "/v1/Services", 201, "CreateService"),
        ("POST", "/v1/Services", 400, "CreateService"),
        ("GET", "/v1/Services", 200, "ListService"),
    ]
    assert journal[0]["reasons"] == []
    assert journal[1]["reasons"] and all("UniqueName" in r or "DefaultTtl" in r for r in journal[1]["reasons"])
    assert bad.json()["message"] in journal[1]["reasons"]
    assert journal[2]["query"] == "PageSize=5"
    assert all(e["duration_ms"] >= 0 and e["kind"] == "request" for e in journal)
    assert datetime.datetime.fromisoformat(journal[0]["time"]).tzinfo is not None
    # control requests are not journaled
    assert all(not e["path"].startswith("/_standin") for e in journal)


async def test_journal_filters(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    service = await create_service(client)
    await client.get(f"/v1/Services/{service['sid']}")
    await client.get("/v1/Services/KS" + "0" * 32)
    await client.delete("/v1/Services/KS" + "1" * 32)
    times = [e["time"] for e in (await client.get("/_standin/requests")).json()["requests"]]

    async def select(**params: str) -> list[tuple[str, int]]:
        answer = await client.get("/_standin/requests", params=params)
        assert answer.status_code == 200, answer.text
        return [(e["method"], e["status"]) for e in answer.json()["requests"]]

    assert await select(method="get") == [("GET", 200), ("GET", 404)]
    assert await select(status="404") == [("GET", 404), ("DELETE", 404)]
    assert await select(status="4xx", method="DELETE") == [("DELETE", 404)]
    assert await select(path="/v1/Services/KS" + "0" * 30 + "*") == [("GET", 404)]
    assert await select(operation="CreateService") == [("POST", 201)]
    assert await select(since=times[3]) == [("DELETE", 404)]
    assert await select(since=times[2]) == [("GET", 404), ("DELETE", 404)]
    assert await select(since="2000-01-01T00:00:00") == await select()  # naive: UTC
    assert await select(limit="2") == [("GET", 404), ("DELETE", 404)]
    assert (await client.get("/_standin/requests", params={"colour": "red"})).status_code == 400
    assert (await client.get("/_standin/requests", params={"limit": "many"})).status_code == 400
    assert (await client.delete("/_standin/requests")).status_code == 204
    assert await select() == []


async def test_the_request_log_names_the_reasons_of_a_4xx(
    twilio: tuple[Standin, httpx.AsyncClient], caplog: pytest.LogCaptureFixture
) -> None:
    _, client = twilio
    with caplog.at_level(logging.INFO, logger="standin"):
        await create_service(client)
        bad = await client.post("/v1/Services", data={})
    lines = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "standin"]
    assert lines[0][0] == logging.INFO
    assert lines[0][1].startswith("POST /v1/Services -> 201 CreateService")
    assert lines[1][0] == logging.WARNING
    assert lines[1][1].startswith("POST /v1/Services -> 400 CreateService")
    assert lines[1][1].endswith(": " + bad.json()["message"])


async def test_the_request_log_can_be_turned_off(caplog: pytest.LogCaptureFixture) -> None:
    standin = create_standin("twilio_proxy", StandinOptions(log_requests=False))
    async with client_of(standin) as client:
        with caplog.at_level(logging.INFO, logger="standin"):
            assert (await client.get("/v1/Services")).status_code == 401
    assert not [r for r in caplog.records if r.name == "standin"]
    assert [e.status for e in standin.journal.entries()] == [401]


class _Delivery:
    def __init__(self, time: str, url: str) -> None:
        self.record = {
            "time": time,
            "kind": "interaction",
            "url": url,
            "method": "POST",
            "attempts": [{"status": 200}],
            "outcome": "delivered",
        }

    def as_json(self) -> dict[str, Any]:
        return dict(self.record)


class _ServiceWithCallbacks:
    def __init__(self, deliveries: list[_Delivery]) -> None:
        self.deliveries = deliveries
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


async def test_journal_lists_outgoing_callbacks_when_the_service_has_deliveries(
    twilio: tuple[Standin, httpx.AsyncClient],
) -> None:
    standin, client = twilio
    await client.get("/v1/Services")
    now = datetime.datetime.now(datetime.UTC)
    standin.service = _ServiceWithCallbacks([_Delivery(now.isoformat(), "https://app.example/hook")])
    callbacks = (await client.get("/_standin/requests", params={"kind": "callback"})).json()["requests"]
    expected = {**_Delivery(now.isoformat(), "https://app.example/hook").record, "kind": "callback"}
    assert callbacks == [{**expected, "callback": "interaction"}]
    both = (await client.get("/_standin/requests", params={"kind": "all"})).json()["requests"]
    assert [e["kind"] for e in both] == ["request", "callback"]
    assert [e["kind"] for e in (await client.get("/_standin/requests")).json()["requests"]] == ["request"]
    hooks = await client.get("/_standin/requests", params={"kind": "callback", "path": "https://app.example/*"})
    assert len(hooks.json()["requests"]) == 1
    replaced = standin.service
    await client.post("/_standin/reset")
    assert replaced.closed == 1  # a reset closes the service it replaces (its callback sender)
    assert (await client.get("/_standin/requests", params={"kind": "callback"})).json()["requests"] == []


# -- faults ---------------------------------------------------------------------------------------------
async def test_a_429_fault_answers_the_next_call_then_the_service_does(
    twilio: tuple[Standin, httpx.AsyncClient],
) -> None:
    _, client = twilio
    fault = {
        "operation": "CreateService",
        "status": 429,
        "body": {"code": 20429, "message": "Too Many Requests"},
        "headers": {"Retry-After": "2"},
    }
    added = await client.post("/_standin/faults", json=fault)
    assert added.status_code == 201
    assert added.json()["fault"]["remaining"] == 1
    assert (await client.get("/v1/Services")).status_code == 200  # another operation: untouched
    first = await client.post("/v1/Services", data={"UniqueName": "x"})
    assert first.status_code == 429
    assert first.headers["retry-after"] == "2"
    assert first.json() == {"code": 20429, "message": "Too Many Requests"}
    assert (await client.post("/v1/Services", data={"UniqueName": "x"})).status_code == 201
    assert (await client.get("/_standin/faults")).json()["faults"] == []
    journal = (await client.get("/_standin/requests", params={"operation": "CreateService"})).json()["requests"]
    assert [(e["status"], e["fault"] is not None) for e in journal] == [(429, True), (201, False)]
    assert journal[0]["reasons"] == ["Too Many Requests"]


async def test_a_fault_by_method_and_path_for_n_calls(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    added = await client.post(
        "/_standin/faults", json={"method": "GET", "path": "/v1/Services*", "status": 503, "body": "down", "times": 2}
    )
    assert added.status_code == 201
    answers = [await client.get("/v1/Services") for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert answers[0].text == "down"
    assert answers[0].headers["content-type"].startswith("text/plain")


async def test_faults_are_listed_removed_and_cleared(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    one = (await client.post("/_standin/faults", json={"status": 500, "times": None})).json()["fault"]
    two = (await client.post("/_standin/faults", json={"operation": "ListService", "delay_ms": 1})).json()["fault"]
    listed = (await client.get("/_standin/faults")).json()
    assert [f["id"] for f in listed["faults"]] == [one["id"], two["id"]]
    assert [(await client.get("/v1/Services")).status_code for _ in range(3)] == [
        500,
        500,
        500,
    ]  # times null: until removed
    assert (await client.delete(f"/_standin/faults/{one['id']}")).status_code == 204
    assert (await client.delete(f"/_standin/faults/{one['id']}")).status_code == 404
    assert (await client.delete("/_standin/faults")).status_code == 204
    assert (await client.get("/_standin/faults")).json() == {"faults": [], "latency_ms": 0}
    assert (await client.get("/v1/Services")).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"status": 42},
        {"status": "500"},
        {"drop": True, "status": 500},
        {"times": 0},
        {"delay_ms": -1},
        {"colour": "red"},
        {},
        {"latency_ms": -5},
        [1],
    ],
)
async def test_a_malformed_fault_is_400(twilio: tuple[Standin, httpx.AsyncClient], body: Any) -> None:
    _, client = twilio
    answer = await client.post("/_standin/faults", json=body)
    assert answer.status_code == 400
    assert answer.json()["error"]
    assert (await client.get("/_standin/faults")).json()["faults"] == []


async def test_a_delay_fault_and_the_global_latency_slow_answers(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    await client.post("/_standin/faults", json={"operation": "ListService", "delay_ms": 300})
    started = time.perf_counter()
    assert (await client.get("/v1/Services")).status_code == 200
    assert time.perf_counter() - started >= 0.3
    started = time.perf_counter()
    assert (await client.get("/v1/Services")).status_code == 200
    assert time.perf_counter() - started < 0.3

    latency = await client.post("/_standin/faults", json={"latency_ms": 200})
    assert latency.status_code == 200
    assert latency.json() == {"latency_ms": 200}
    for _ in range(2):
        started = time.perf_counter()
        assert (await client.get("/v1/Services")).status_code == 200
        assert time.perf_counter() - started >= 0.2
    [*_, last] = (await client.get("/_standin/requests")).json()["requests"]
    assert last["duration_ms"] >= 200
    await client.delete("/_standin/faults")
    started = time.perf_counter()
    await client.get("/v1/Services")
    assert time.perf_counter() - started < 0.2


async def test_a_drop_fault_in_process_raises(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    standin, client = twilio
    standin.add_fault(Fault(operation="ListService", drop=True))
    with pytest.raises(ConnectionDropped):
        await client.get("/v1/Services")
    assert (await client.get("/v1/Services")).status_code == 200
    dropped, _ = standin.journal.entries()
    assert dropped.status is None
    assert dropped.fault is not None and "drop" in dropped.fault


async def test_reset_clears_faults_and_the_journal(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    standin, client = twilio
    await client.post("/_standin/faults", json={"status": 500, "times": None})
    await client.post("/_standin/faults", json={"latency_ms": 50})
    await client.get("/v1/Services")
    await client.post("/_standin/reset")
    assert standin.faults.listing() == [] and standin.faults.latency_ms == 0
    assert standin.requests() == []
    assert (await client.get("/v1/Services")).status_code == 200


async def test_faults_apply_to_bandwidth_too(bandwidth: tuple[Standin, httpx.AsyncClient]) -> None:
    standin, client = bandwidth
    standin.add_fault(operation="createSession", status=500, body={"error": "boom", "requestId": "r1"})
    failed = await client.post(f"{BW}/sessions", json={})
    assert failed.status_code == 500
    assert (await client.post(f"{BW}/sessions", json={})).status_code == 200
    assert standin.requests(JournalQuery(status="5xx"))[0]["reasons"] == ["boom"]


# -- CORS -----------------------------------------------------------------------------------------------
async def test_cors_preflight_and_answer_headers() -> None:
    standin = create_standin("twilio_proxy", StandinOptions(cors_origins=("http://localhost:3000",)))
    async with client_of(standin) as client:
        preflight = await client.options(
            "/v1/Services",
            headers={
                "Origin": "http://localhost:3000",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == "http://localhost:3000"
        assert "POST" in preflight.headers["access-control-allow-methods"]
        assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
        answer = await client.get("/v1/Services", headers={"Origin": "http://localhost:3000", **standin.dev_headers()})
        assert answer.status_code == 200
        assert answer.headers["access-control-allow-origin"] == "http://localhost:3000"
        refused = await client.get("/v1/Services", headers={"Origin": "http://localhost:3000"})
        assert refused.status_code == 401
        assert refused.headers["access-control-allow-origin"] == "http://localhost:3000"  # the browser can read the 401
        other = await client.options(
            "/v1/Services", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "GET"}
        )
        assert other.status_code == 400
        assert "access-control-allow-origin" not in other.headers


async def test_no_cors_headers_unless_asked() -> None:
    standin = create_standin("twilio_proxy")
    async with client_of(standin) as client:
        answer = await client.get("/v1/Services", headers={"Origin": "http://localhost:3000"})
        assert "access-control-allow-origin" not in answer.headers


async def test_cors_any_origin() -> None:
    standin = create_standin("bandwidth_webrtc", StandinOptions(cors_origins=("*",)))
    async with client_of(standin) as client:
        answer = await client.get("/_standin/health", headers={"Origin": "http://anywhere.example"})
        assert answer.headers["access-control-allow-origin"] == "*"


# -- credentials ------------------------------------------------------------------------------------------
async def test_accept_any_credentials() -> None:
    standin = create_standin("twilio_proxy", StandinOptions(accept_any_credentials=True))
    async with client_of(standin) as client:
        anyone = httpx.BasicAuth("ACwhoever", "whatever")
        created = await client.post("/v1/Services", data={"UniqueName": "x"}, auth=anyone)
        assert created.status_code == 201
        assert created.json()["account_sid"] == TWILIO_DEV[0]  # acts as the development principal
        assert (await client.get("/v1/Services")).status_code == 401  # no credentials at all: still refused
        assert (await client.get("/_standin/state", auth=anyone)).status_code == 200


async def test_credentials_from_options_replace_the_config_ones() -> None:
    options = StandinOptions(credentials=("AC" + "9" * 32 + ":tok-1", "AC" + "8" * 32 + ":tok-2"))
    standin = create_standin("twilio_proxy", options)
    async with client_of(standin) as client:
        assert (await client.get("/v1/Services", auth=httpx.BasicAuth(*TWILIO_DEV))).status_code == 401
        assert (await client.get("/v1/Services", auth=httpx.BasicAuth("AC" + "8" * 32, "tok-2"))).status_code == 200
        created = await client.post(
            "/v1/Services", data={"UniqueName": "x"}, auth=httpx.BasicAuth("AC" + "9" * 32, "tok-1")
        )
        assert created.json()["account_sid"] == "AC" + "9" * 32
        # the control API takes any configured principal
        assert (await client.get("/_standin/state", auth=httpx.BasicAuth("AC" + "8" * 32, "tok-2"))).status_code == 200
    assert standin.dev_headers() == {"Authorization": httpx.BasicAuth("AC" + "9" * 32, "tok-1")._auth_header}


async def test_bandwidth_credentials_with_an_account() -> None:
    standin = create_standin("bandwidth_webrtc", StandinOptions(credentials=("me:pw:5550001", "other:pw2")))
    async with client_of(standin) as client:
        me = httpx.BasicAuth("me", "pw")
        assert (await client.post("/v1/accounts/5550001/sessions", json={}, auth=me)).status_code == 200
        assert (await client.post(f"{BW}/sessions", json={}, auth=me)).status_code == 403
        other = httpx.BasicAuth("other", "pw2")  # no account given: the Config's default account
        assert (await client.post(f"{BW}/sessions", json={}, auth=other)).status_code == 200


@pytest.mark.parametrize("api,text", [("twilio_proxy", "only-a-sid"), ("bandwidth_webrtc", "user"), ("rooms", ":key")])
def test_malformed_credentials_are_refused_at_build(api: str, text: str) -> None:
    with pytest.raises(ValueError, match="credentials"):
        create_standin(api, StandinOptions(credentials=(text,)))


def test_an_unknown_api_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown API"):
        create_standin("nope")
    assert create_standin("twilio-proxy").api == "twilio_proxy"


# -- seed and state files --------------------------------------------------------------------------------
async def test_a_seed_file_is_loaded_at_start_and_after_each_reset(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text("services:\n  - sid: KS" + "e" * 32 + "\n    unique_name: seeded\n")
    standin = create_standin("twilio_proxy", StandinOptions(seed_file=seed))
    async with client_of(standin) as client:
        client.headers.update(standin.dev_headers())
        assert (await client.get("/v1/Services/KS" + "e" * 32)).status_code == 200
        await create_service(client, "extra")
        assert len((await client.get("/_standin/state")).json()["services"]) == 2
        await client.post("/_standin/reset")
        assert [s["unique_name"] for s in (await client.get("/_standin/state")).json()["services"]] == ["seeded"]


def test_a_broken_seed_file_fails_the_start(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text('{"services": 3}')
    with pytest.raises(ValueError, match="seed.json"):
        create_standin("twilio_proxy", StandinOptions(seed_file=seed))


class LiveServer:
    """A real uvicorn server on a free 127.0.0.1 port, in a thread (lifespan on)."""

    def __init__(self, app: Any) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        assert not self.thread.is_alive()


@pytest.fixture
def live_twilio() -> Iterator[tuple[Standin, LiveServer]]:
    standin = create_standin("twilio_proxy")
    server = LiveServer(standin)
    try:
        yield standin, server
    finally:
        server.stop()


def test_a_drop_fault_closes_the_connection_without_an_answer(live_twilio: tuple[Standin, LiveServer]) -> None:
    standin, server = live_twilio
    with httpx.Client(base_url=server.url, headers=standin.dev_headers()) as client:
        added = client.post("/_standin/faults", json={"operation": "ListService", "drop": True})
        assert added.status_code == 201
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.get("/v1/Services")
        assert client.get("/v1/Services").status_code == 200  # one call only; the server lives on
        retry_after = client.post("/_standin/faults", json={"status": 429, "headers": {"Retry-After": "1"}})
        assert retry_after.status_code == 201
        assert client.get("/v1/Services").headers["retry-after"] == "1"
    statuses = [e["status"] for e in standin.requests()]
    assert statuses == [None, 200, 429]


def test_a_state_file_is_loaded_at_start_and_saved_at_shutdown(tmp_path: Path) -> None:
    state_file = tmp_path / "state" / "twilio.json"
    first = create_standin("twilio_proxy", StandinOptions(state_file=state_file))
    server = LiveServer(first)
    try:
        with httpx.Client(base_url=server.url, headers=first.dev_headers()) as client:
            sid = client.post("/v1/Services", data={"UniqueName": "kept"}).json()["sid"]
    finally:
        server.stop()
    saved = json.loads(state_file.read_text())
    assert [s["sid"] for s in saved["services"]] == [sid]

    second = create_standin("twilio_proxy", StandinOptions(state_file=state_file))
    async_free = second.state()
    assert [s["unique_name"] for s in async_free["services"]] == ["kept"]
    assert second.save_state(tmp_path / "copy.yaml") == tmp_path / "copy.yaml"
    assert "unique_name: kept" in (tmp_path / "copy.yaml").read_text()


def test_the_documented_fixture_and_calls_work() -> None:
    """docs/local-server.md's Control API section: its YAML fixture seeds, its in-process example runs."""
    text = (Path(__file__).parents[1] / "docs" / "local-server.md").read_text()
    section = text.split("## Control API", 1)[1]
    fixture = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    example = section.split("In-process, the same without HTTP:", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    standin = create_standin("twilio_proxy")
    assert standin.seed(yaml.safe_load(fixture)) == {
        "services": 1,
        "phone_numbers": 1,
        "sessions": 1,
        "participants": 1,
    }
    [participant] = standin.state()["participants"]
    assert participant["proxy_identifier"] == "+15005550001"
    namespace: dict[str, Any] = {"standin": standin}
    exec(example, namespace)  # noqa: S102 - the documented snippet, run as written
    assert [s["unique_name"] for s in standin.state()["services"]] == ["support"]
    assert [f["status"] for f in standin.faults.listing()] == []  # reset cleared the fault added before it
    assert namespace["failures"] == []


def test_callbacks_interleave_with_requests_by_time_whatever_the_iso_form() -> None:
    standin = create_standin("twilio_proxy")
    entry = standin.journal.open("GET", "/v1/Services", "", "ListService")
    entry.time = datetime.datetime(2026, 1, 1, 12, 0, 0, 500_000, tzinfo=datetime.UTC)
    standin.service = _ServiceWithCallbacks(
        [
            _Delivery("2026-01-01T12:00:00.900Z", "https://late.example"),
            _Delivery("2026-01-01T12:00:00.1Z", "https://early.example"),
        ]
    )
    items = standin.requests(JournalQuery(kind="all"))
    assert [item.get("url", item.get("path")) for item in items] == [
        "https://early.example",
        "/v1/Services",
        "https://late.example",
    ]
    since = datetime.datetime(2026, 1, 1, 12, 0, 0, 600_000, tzinfo=datetime.UTC)
    assert [item["url"] for item in standin.requests(JournalQuery(kind="all", since=since))] == ["https://late.example"]


async def test_reset_renews_the_service_in_place_and_keeps_the_compiled_app(
    twilio: tuple[Standin, httpx.AsyncClient],
) -> None:
    standin, client = twilio
    app, service = standin.app, standin.service
    await create_service(client)
    assert (await client.post("/_standin/reset")).status_code == 204
    assert standin.app is app and standin.service is service  # the same objects, fresh state
    assert (await client.get("/v1/Services")).json()["services"] == []
    await create_service(client)  # the name is free again
    standin.reset(rebuild=True)
    assert standin.app is not app and standin.service is not service
    assert (await client.get("/v1/Services")).json()["services"] == []


async def test_a_service_that_fails_to_renew_is_rebuilt(
    twilio: tuple[Standin, httpx.AsyncClient], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    standin, client = twilio
    app = standin.app
    await create_service(client)
    cls = type(standin.service)
    original = cls.__init__
    calls: list[int] = []

    def once_failing(self: Any, config: Any = None) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("cannot renew")
        original(self, config)

    monkeypatch.setattr(cls, "__init__", once_failing)
    with caplog.at_level(logging.ERROR, logger="standin"):
        assert (await client.post("/_standin/reset")).status_code == 204
    assert len(calls) == 2 and standin.app is not app
    assert "rebuilding the app" in caplog.text
    assert (await client.get("/v1/Services")).json()["services"] == []


# -- simulated inbound traffic ----------------------------------------------------------------------------
async def test_an_inbound_sms_is_simulated_over_http(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    standin, client = twilio
    service = await create_service(client)
    session = (await client.post(f"/v1/Services/{service['sid']}/Sessions", data={"UniqueName": "chat"})).json()
    participants = f"/v1/Services/{service['sid']}/Sessions/{session['sid']}/Participants"
    alice = (await client.post(participants, data={"Identifier": "+15550000001"})).json()
    bob = (await client.post(participants, data={"Identifier": "+15550000002"})).json()
    sent = {"from": alice["identifier"], "to": alice["proxy_identifier"], "body": "on my way"}
    answer = await client.post("/_standin/inbound", json=sent)
    assert answer.status_code == 200, answer.text
    interaction = answer.json()["interaction"]
    assert answer.json()["proxied"] is True and interaction["inbound_participant_sid"] == alice["sid"]
    assert interaction["outbound_participant_sid"] == bob["sid"]
    listed = (await client.get(f"/v1/Services/{service['sid']}/Sessions/{session['sid']}/Interactions")).json()
    assert [i["sid"] for i in listed["interactions"]] == [interaction["sid"]]
    await client.post(f"/v1/Services/{service['sid']}/Sessions/{session['sid']}", data={"Status": "closed"})
    outside = await client.post("/_standin/inbound", json=sent)
    assert (outside.status_code, outside.json()) == (202, {"proxied": False, "interaction": None})
    unknown = await client.post("/_standin/inbound", json={**sent, "to": "+19990000000"})
    assert unknown.status_code == 404 and "+19990000000" in unknown.json()["error"]
    missing = await client.post("/_standin/inbound", json={"to": alice["proxy_identifier"]})
    assert missing.status_code == 400 and "from" in missing.text


async def test_inbound_traffic_is_501_where_the_api_has_none(bandwidth: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = bandwidth
    answer = await client.post("/_standin/inbound", json={"from": "a", "to": "b"})
    assert answer.status_code == 501
