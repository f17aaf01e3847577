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
    sessions = client.proxy.v1.services(service.sid).sessions
    session = sessions.create(unique_name="sdk-session")
    assert session.sid.startswith("KC") and session.service_sid == service.sid
    participants = sessions(session.sid).participants

    created = [participants.create(identifier=f"+1415555{i:04d}", friendly_name=f"P{i}") for i in range(2)]
    assert all(p.sid.startswith("KP") and len(p.sid) == 34 for p in created)
    assert created[1].identifier == "+14155550001" and created[1].friendly_name == "P1"
    with pytest.raises(TwilioRestException) as too_many:
        participants.create(identifier="+14155550002")
    assert too_many.value.status == 409 and too_many.value.code == 80609

    fetched = participants(created[1].sid).fetch()
    assert fetched.sid == created[1].sid and fetched.identifier == "+14155550001"
    assert fetched.date_created is not None and fetched.date_created.tzinfo is not None

    participants(created[1].sid).delete()
    with pytest.raises(TwilioRestException) as not_found:
        participants(created[1].sid).fetch()
    assert not_found.value.status == 404 and not_found.value.code == 20404
    with pytest.raises(TwilioRestException) as conflict:
        participants.create(identifier="+14155550001")
    assert conflict.value.status == 409 and conflict.value.code == 80623
    after = participants.list(page_size=50)
    assert [p.sid for p in after] == [p.sid for p in created]
    assert after[1].date_deleted is not None

    more = [sessions.create(unique_name=f"s{i}") for i in range(119)]
    listed = sessions.list(page_size=50)  # follows meta.next_page_url across three pages
    assert [s.sid for s in listed] == [session.sid] + [s.sid for s in more]


def test_sdk_closes_a_session_updates_a_service_and_fills_the_pool(client: Client) -> None:
    service = client.proxy.v1.services.create(unique_name="sdk-update")
    updated = client.proxy.v1.services(service.sid).update(default_ttl=600, unique_name="sdk-updated")
    assert (updated.unique_name, updated.default_ttl) == ("sdk-updated", 600)
    number = client.proxy.v1.services(service.sid).phone_numbers.create(phone_number="+14155550199")
    assert number.sid.startswith("PN") and number.phone_number == "+14155550199" and number.in_use == 0
    assert [n.sid for n in client.proxy.v1.services(service.sid).phone_numbers.list()] == [number.sid]
    session = client.proxy.v1.services(service.sid).sessions.create()
    assert session.ttl == 600
    participant = (
        client.proxy.v1.services(service.sid).sessions(session.sid).participants.create(identifier="+14155550123")
    )
    assert participant.proxy_identifier == "+14155550199" and participant.proxy_identifier_sid == number.sid
    closed = client.proxy.v1.services(service.sid).sessions(session.sid).update(status="closed")
    assert closed.status == "closed" and closed.date_ended is not None


def test_sdk_wrong_credentials(base_url: str) -> None:
    client = Client(ACCOUNT_SID, "wrong-token")
    client.proxy.base_url = base_url
    with pytest.raises(TwilioRestException) as denied:
        client.proxy.v1.services.create(unique_name="denied")
    assert denied.value.status == 401 and denied.value.code == 20003
