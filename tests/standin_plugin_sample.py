"""Another project's tests of code that calls Twilio Proxy, Rooms and Bandwidth: only the plugin's fixtures.

Not collected here (no ``test_`` prefix): tests/test_pytest_plugin.py and tests/test_packaging.py copy it
into an empty directory as ``test_sample.py`` and run pytest there with ``-W error``.
"""

from __future__ import annotations

import httpx
import pytest

from generated.twilio_proxy.client import Client


def test_in_process_create_then_state(twilio_proxy_client, twilio_proxy_standin):
    created = twilio_proxy_client.post("/v1/Services", data={"UniqueName": "first"})
    assert created.status_code == 201, created.text
    assert [s["unique_name"] for s in twilio_proxy_standin.state()["services"]] == ["first"]
    assert twilio_proxy_standin.requests()[-1]["status"] == 201


def test_state_is_reset_between_tests(twilio_proxy_client):
    assert twilio_proxy_client.get("/v1/Services").json()["services"] == []


def test_generated_client_on_the_in_process_client(twilio_proxy_client, twilio_proxy_standin):
    sid, token = twilio_proxy_standin.config.accounts[0]
    with Client("http://testserver", username=sid, password=token, http_client=twilio_proxy_client) as twilio:
        service = twilio.create_service(unique_name="through-the-sdk")
        assert twilio.fetch_service(service.sid).unique_name == "through-the-sdk"


@pytest.mark.anyio
async def test_async_client(twilio_proxy_async_client):
    async with twilio_proxy_async_client as http:
        created = await http.post("/v1/Services", data={"UniqueName": "async"})
        assert created.status_code == 201
        listed = await http.get("/v1/Services")
        assert [s["unique_name"] for s in listed.json()["services"]] == ["async"]


def test_live_server(twilio_proxy_server):
    assert twilio_proxy_server.url.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=twilio_proxy_server.url, headers=twilio_proxy_server.headers) as http:
        assert http.post("/v1/Services", data={"UniqueName": "live"}).status_code == 201
        assert len(http.get("/v1/Services").json()["services"]) == 1
        assert http.get("/_standin/health").json()["status"] == "ok"


def test_live_server_is_reset_too(twilio_proxy_server):
    with httpx.Client(base_url=twilio_proxy_server.url, headers=twilio_proxy_server.headers) as http:
        assert http.get("/v1/Services").json()["services"] == []


def test_faults_in_process(twilio_proxy_client, twilio_proxy_faults):
    twilio_proxy_faults.throttle("ListService", retry_after=7)
    throttled = twilio_proxy_client.get("/v1/Services")
    assert throttled.status_code == 429 and throttled.headers["retry-after"] == "7"
    assert twilio_proxy_client.get("/v1/Services").status_code == 200  # once only
    twilio_proxy_faults.fail("CreateService", status=503, body={"message": "down"}, times=2)
    for _ in range(2):
        failed = twilio_proxy_client.post("/v1/Services", data={"UniqueName": "x"})
        assert failed.status_code == 503 and failed.json() == {"message": "down"}
    twilio_proxy_faults.drop()
    with pytest.raises(httpx.RemoteProtocolError):
        twilio_proxy_client.get("/v1/Services")


def test_faults_over_a_socket(twilio_proxy_server, twilio_proxy_faults):
    twilio_proxy_faults.drop("ListService")
    with httpx.Client(base_url=twilio_proxy_server.url, headers=twilio_proxy_server.headers) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/v1/Services")
        assert http.get("/v1/Services").status_code == 200


def test_faults_are_cleared_by_the_reset(twilio_proxy_client):
    assert twilio_proxy_client.get("/v1/Services").status_code == 200


def test_the_other_stand_ins(rooms_client, bandwidth_webrtc_client):
    room = rooms_client.post("/api/v1/rooms", json={"name": "standup"})
    assert room.status_code == 201, room.text
    assert rooms_client.get(f"/api/v1/rooms/{room.json()['id']}").json()["name"] == "standup"
    assert rooms_client.get("/api/v1/rooms", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert bandwidth_webrtc_client.get("/_standin/health").json()["api"] == "bandwidth_webrtc"
