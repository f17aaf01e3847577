"""The official ``twilio`` 9.x SDK against the in-memory Twilio Proxy server over real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from services.twilio_proxy import Config, create_app

ACCOUNT_SID = "AC" + "c" * 32
AUTH_TOKEN = "sdk-test-token"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """A uvicorn server on a free loopback port, in a thread, for the whole module."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(Config(accounts=((ACCOUNT_SID, AUTH_TOKEN),)))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def client(base_url: str) -> Client:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    client.proxy.base_url = base_url
    return client


def test_sdk_participant_lifecycle_and_paging(client: Client, base_url: str) -> None:
    service = client.proxy.v1.services.create(unique_name="sdk-service")
    assert service.sid.startswith("KS") and len(service.sid) == 34
    assert service.url == f"{base_url}/v1/Services/{service.sid}"
    session = client.proxy.v1.services(service.sid).sessions.create(unique_name="sdk-session")
    assert session.sid.startswith("KC") and session.service_sid == service.sid
    participants = client.proxy.v1.services(service.sid).sessions(session.sid).participants

    created = [participants.create(identifier=f"+1415555{i:04d}", friendly_name=f"P{i}") for i in range(120)]
    assert all(p.sid.startswith("KP") and len(p.sid) == 34 for p in created)
    assert created[7].identifier == "+14155550007" and created[7].friendly_name == "P7"

    fetched = participants(created[3].sid).fetch()
    assert fetched.sid == created[3].sid and fetched.identifier == "+14155550003"
    assert fetched.date_created is not None and fetched.date_created.tzinfo is not None

    listed = participants.list(page_size=50)
    assert len(listed) == 120
    assert [p.sid for p in listed] == [p.sid for p in created]

    participants(created[3].sid).delete()
    with pytest.raises(TwilioRestException) as not_found:
        participants(created[3].sid).fetch()
    assert not_found.value.status == 404 and not_found.value.code == 20404

    with pytest.raises(TwilioRestException) as conflict:
        participants.create(identifier="+14155550003")
    assert conflict.value.status == 409 and conflict.value.code == 80623

    after = participants.list(page_size=50)
    assert len(after) == 120
    deleted = [p for p in after if p.sid == created[3].sid]
    assert len(deleted) == 1 and deleted[0].date_deleted is not None


def test_sdk_wrong_credentials(base_url: str) -> None:
    client = Client(ACCOUNT_SID, "wrong-token")
    client.proxy.base_url = base_url
    with pytest.raises(TwilioRestException) as denied:
        client.proxy.v1.services.create(unique_name="denied")
    assert denied.value.status == 401 and denied.value.code == 20003
