"""Outgoing callbacks of the stand-ins (services/_callbacks.py), driven over HTTP.

Twilio Proxy: a Service's ``CallbackUrl``/``InterceptCallbackUrl`` are called for message
Interactions, signed as Twilio signs (checked with the official ``twilio`` package's
``RequestValidator``). Bandwidth WebRTC: a participant's ``callbackUrl`` gets ``onLeave``.
Receivers are in-process ASGI apps (``Config.callback_transport``) and, once, a real HTTP server.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.testclient import TestClient
from twilio.request_validator import RequestValidator

from generated.bandwidth_webrtc import models as bandwidth_models
from generated.bandwidth_webrtc import server as bandwidth_api
from generated.twilio_proxy import models as twilio_models
from generated.twilio_proxy import server as twilio_api
from services import bandwidth_webrtc, twilio_proxy
from services._callbacks import CallbackSender, twilio_signature

ACCOUNT = ("AC" + "c" * 32, "callback-auth-token")
HOOK = "http://receiver.test/twilio/events?tenant=7"
INTERCEPT = "http://receiver.test/twilio/intercept"
# The parameters Twilio documents for each webhook (https://www.twilio.com/docs/proxy/api/webhooks).
INTERACTION_FIELDS = {
    "interactionSid",
    "interactionSessionSid",
    "interactionServiceSid",
    "interactionAccountSid",
    "interactionData",
    "interactionDateCreated",
    "interactionDateUpdated",
    "interactionType",
}
OUTBOUND_FIELDS = {"outboundParticipantSid", "outboundResourceSid", "outboundResourceStatus", "outboundResourceType"}


class Receiver:
    """An ASGI webhook receiver: records every request, answers the scripted statuses (then 200)."""

    def __init__(self, *statuses: int, gate: threading.Event | None = None) -> None:
        self.statuses = list(statuses)
        self.gate = gate
        self.requests: list[dict[str, Any]] = []
        self.app = Starlette()
        self.app.add_route("/{path:path}", self.handle, methods=["POST"])

    async def handle(self, request: Request) -> Response:
        if self.gate is not None:
            await asyncio.to_thread(self.gate.wait, 10)
        raw = await request.body()
        self.requests.append({"url": str(request.url), "headers": dict(request.headers), "body": raw})
        status = self.statuses.pop(0) if self.statuses else 200
        return PlainTextResponse(f"answer {len(self.requests)}", status_code=status)

    def transport(self) -> httpx.AsyncBaseTransport:
        return httpx.ASGITransport(app=self.app)

    def forms(self) -> list[dict[str, str]]:
        return [dict(parse_qsl(r["body"].decode(), keep_blank_values=True)) for r in self.requests]


def _twilio(receiver: Receiver, **config: Any) -> tuple[twilio_proxy.TwilioProxyService, TestClient]:
    cfg = twilio_proxy.Config(accounts=(ACCOUNT,), callback_transport=receiver.transport(), **config)
    service = twilio_proxy.TwilioProxyService(cfg)
    app = twilio_api.create_app(service, realm=twilio_proxy.REALM)
    client = TestClient(app, base_url="https://proxy.test", headers=cfg.dev_headers())
    return service, client


def _message(client: Any, *, callback: str | None = HOOK, intercept: str | None = None) -> dict[str, Any]:
    """CreateService (with callback URLs) -> CreateSession -> two Participants -> a message Interaction."""
    form = {"UniqueName": f"svc-{uuid.uuid4().hex[:8]}"}
    if callback:
        form["CallbackUrl"] = callback
    if intercept:
        form["InterceptCallbackUrl"] = intercept
    r = client.post("/v1/Services", data=form)
    assert r.status_code == 201, r.text
    service = r.json()
    r = client.post(f"/v1/Services/{service['sid']}/Sessions", data={"UniqueName": "order-1"})
    assert r.status_code == 201, r.text
    session = r.json()
    participants = []
    for identifier in ("+14155550100", "+14155550101"):
        r = client.post(session["links"]["participants"], data={"Identifier": identifier})
        assert r.status_code == 201, r.text
        participants.append(r.json())
    r = client.post(participants[1]["links"]["message_interactions"], data={"Body": "Your driver is here"})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_twilio_interaction_callback_is_signed_as_twilio_signs() -> None:
    receiver = Receiver()
    service, client = _twilio(receiver)
    interaction = _message(client)
    assert service.callbacks.wait(10)
    assert len(receiver.requests) == 1
    request, form = receiver.requests[0], receiver.forms()[0]
    assert request["url"] == HOOK
    assert request["headers"]["content-type"] == "application/x-www-form-urlencoded"
    signature = request["headers"]["x-twilio-signature"]
    assert RequestValidator(ACCOUNT[1]).validate(HOOK, form, signature)
    assert not RequestValidator("another-token").validate(HOOK, form, signature)
    assert not RequestValidator(ACCOUNT[1]).validate(HOOK, {**form, "interactionData": "{}"}, signature)
    assert set(form) >= INTERACTION_FIELDS | OUTBOUND_FIELDS
    assert not any(name.startswith("inbound") for name in form)  # an API message is one-sided
    assert form["interactionSid"] == interaction["sid"]
    assert form["interactionSessionSid"] == interaction["session_sid"]
    assert form["interactionServiceSid"] == interaction["service_sid"]
    assert form["interactionAccountSid"] == ACCOUNT[0]
    assert json.loads(form["interactionData"]) == {"body": "Your driver is here"}
    assert form["interactionType"] == "Message"
    assert form["outboundParticipantSid"] == interaction["outbound_participant_sid"]
    assert form["outboundResourceSid"] == interaction["outbound_resource_sid"]
    assert form["outboundResourceStatus"] == "sent" and form["outboundResourceType"] == "Message"
    assert form["interactionDateCreated"] == interaction["date_created"]
    parsed = twilio_models.InteractionCallbackForm.model_validate(form)  # the spec's callback body
    assert parsed.outbound_resource_status == "sent"
    [delivery] = service.deliveries
    log = delivery.as_json()
    assert json.loads(json.dumps(log)) == log
    assert log["kind"] == "twilio.callback" and log["url"] == HOOK and log["method"] == "POST"
    assert log["headers"]["X-Twilio-Signature"] == signature
    assert dict(parse_qsl(log["body"])) == form
    assert log["outcome"] == "delivered" and [a["status"] for a in log["attempts"]] == [200]
    assert log["attempts"][0]["response"] == "answer 1"


def test_signature_matches_twilios_documented_example() -> None:
    # The worked example of https://www.twilio.com/docs/usage/security#validating-requests
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234", "From": "+12349013030"}
    params["To"] = "+18005551212"
    assert twilio_signature("12345", url, params) == RequestValidator("12345").compute_signature(url, params)
    assert RequestValidator("12345").validate(url, params, twilio_signature("12345", url, params))


def test_a_failing_receiver_is_retried_and_every_answer_logged() -> None:
    receiver = Receiver(500, 503)
    service, client = _twilio(receiver, callback_retries=3, callback_backoff=0.01)
    _message(client)
    assert service.callbacks.wait(10)
    [delivery] = service.deliveries
    log = delivery.as_json()
    assert [a["status"] for a in log["attempts"]] == [500, 503, 200]
    assert [a["response"] for a in log["attempts"]] == ["answer 1", "answer 2", "answer 3"]
    assert log["outcome"] == "delivered" and log["max_attempts"] == 4
    forms = receiver.forms()
    assert len(forms) == 3 and forms[0] == forms[2]  # the same event, re-sent
    assert len({r["headers"]["i-twilio-idempotency-token"] for r in receiver.requests}) == 1


def test_retries_are_bounded() -> None:
    receiver = Receiver(500, 500, 500, 500)
    service, client = _twilio(receiver, callback_retries=1, callback_backoff=0.01)
    _message(client)
    assert service.callbacks.wait(10)
    log = service.deliveries[0].as_json()
    assert [a["status"] for a in log["attempts"]] == [500, 500] and log["outcome"] == "failed"
    assert len(receiver.requests) == 2


def test_the_api_answer_does_not_wait_for_the_receiver() -> None:
    gate = threading.Event()
    receiver = Receiver(gate=gate)
    service, client = _twilio(receiver)
    _message(client)  # answered while the receiver is still blocked
    assert receiver.requests == [] and service.deliveries[0].outcome == "pending"
    gate.set()
    assert service.callbacks.wait(10)
    assert service.deliveries[0].outcome == "delivered"


@pytest.mark.parametrize(("answer", "status"), [(403, "failed"), (500, "sent"), (200, "sent")])
def test_intercept_callback_comes_first_and_403_blocks(answer: int, status: str) -> None:
    receiver = Receiver(answer)
    service, client = _twilio(receiver)
    interaction = _message(client, intercept=INTERCEPT)
    assert interaction["outbound_resource_status"] == "queued"
    assert service.callbacks.wait(10)
    intercept, callback = receiver.requests
    assert intercept["url"] == INTERCEPT and callback["url"] == HOOK
    first, second = receiver.forms()
    assert set(first) >= INTERACTION_FIELDS and not any(name.startswith("outbound") for name in first)
    assert RequestValidator(ACCOUNT[1]).validate(INTERCEPT, first, intercept["headers"]["x-twilio-signature"])
    twilio_models.InterceptCallbackForm.model_validate(first)
    twilio_models.InteractionCallbackForm.model_validate(second)
    assert second["outboundResourceStatus"] == status
    kinds = [(d.kind, len(d.attempts)) for d in service.deliveries]
    assert kinds == [("twilio.intercept_callback", 1), ("twilio.callback", 1)]  # the intercept is tried once
    url = f"/v1/Services/{interaction['service_sid']}/Sessions/{interaction['session_sid']}/Interactions"
    fetched = client.get(f"{url}/{interaction['sid']}").json()
    assert fetched["outbound_resource_status"] == status


def test_no_callback_url_sends_nothing() -> None:
    receiver = Receiver()
    service, client = _twilio(receiver)
    _message(client, callback=None)
    assert service.callbacks.wait(10)
    assert receiver.requests == [] and service.deliveries == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_connection_errors_are_retried_and_logged() -> None:
    sender = CallbackSender(retries=2, backoff=0.01, timeout=2)
    url = f"http://127.0.0.1:{_closed_port()}/hook"
    sender.send(url, "a=1", headers={"Content-Type": "application/x-www-form-urlencoded"}, kind="test")
    assert sender.wait(10)
    log = sender.deliveries[0].as_json()
    assert log["outcome"] == "failed" and len(log["attempts"]) == 3
    assert all(a["status"] is None and a["error"].startswith("ConnectError") for a in log["attempts"])
    sender.close()


@pytest.fixture
def http_receiver() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A real HTTP server on a free local port, recording POSTs."""
    seen: list[dict[str, Any]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            seen.append({"path": self.path, "headers": dict(self.headers), "body": raw})
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_delivery_to_a_real_http_server(http_receiver: tuple[str, list[dict[str, Any]]]) -> None:
    base, seen = http_receiver
    cfg = twilio_proxy.Config(accounts=(ACCOUNT,))
    service = twilio_proxy.TwilioProxyService(cfg)
    client = TestClient(twilio_api.create_app(service, realm=twilio_proxy.REALM), headers=cfg.dev_headers())
    hook = f"{base}/proxy/callback?source=standin"
    _message(client, callback=hook)
    assert service.callbacks.wait(10)
    [request] = seen
    assert request["path"] == "/proxy/callback?source=standin"
    form = dict(parse_qsl(request["body"].decode(), keep_blank_values=True))
    assert RequestValidator(ACCOUNT[1]).validate(hook, form, request["headers"]["X-Twilio-Signature"])
    assert service.deliveries[0].as_json()["attempts"][0]["status"] == 204
    service.callbacks.close()


# -- Bandwidth WebRTC ------------------------------------------------------------------------


def _bandwidth(receiver: Receiver) -> tuple[bandwidth_webrtc.BandwidthWebRtcService, Any, str]:
    cfg = bandwidth_webrtc.Config(callback_transport=receiver.transport(), callback_backoff=0.01)
    service = bandwidth_webrtc.BandwidthWebRtcService(cfg)
    client = TestClient(bandwidth_api.create_app(service, realm=bandwidth_webrtc.REALM), headers=cfg.dev_headers())
    return service, client, f"/accounts/{cfg.credentials[0].account_id}"


def test_bandwidth_participant_gets_on_leave_when_removed_from_its_session() -> None:
    receiver = Receiver(502)
    service, client, base = _bandwidth(receiver)
    r = client.post(f"{base}/participants", json={"callbackUrl": "http://receiver.test/bw", "tag": "driver-7"})
    assert r.status_code == 200, r.text
    participant = r.json()["participant"]
    silent = client.post(f"{base}/participants", json={}).json()["participant"]  # no callbackUrl: nothing sent
    session = client.post(f"{base}/sessions", json={"tag": "ride-1"}).json()
    for p in (participant, silent):
        assert client.put(f"{base}/sessions/{session['id']}/participants/{p['id']}").status_code == 204
    assert service.callbacks.wait(10) and receiver.requests == []  # joining sends nothing
    assert client.delete(f"{base}/sessions/{session['id']}/participants/{participant['id']}").status_code == 204
    assert client.delete(f"{base}/sessions/{session['id']}/participants/{silent['id']}").status_code == 204
    assert service.callbacks.wait(10)
    assert len(receiver.requests) == 2  # 502, then retried
    request = receiver.requests[-1]
    assert request["url"] == "http://receiver.test/bw"
    assert request["headers"]["content-type"] == "application/json"
    event = json.loads(request["body"])
    assert set(event) == {"event", "timestamp", "participantId", "deviceId", "tag"}
    assert event["event"] == "onLeave" and event["participantId"] == participant["id"]
    assert event["tag"] == "driver-7" and event["timestamp"].isdigit()
    uuid.UUID(event["deviceId"])
    assert bandwidth_models.ParticipantEvent.model_validate_json(request["body"]).event == "onLeave"
    [delivery] = service.deliveries
    assert delivery.kind == "bandwidth.participant.onLeave" and delivery.outcome == "delivered"
    assert [a.status for a in delivery.attempts] == [502, 200]


def test_bandwidth_on_leave_for_deleted_participants_and_sessions() -> None:
    receiver = Receiver()
    service, client, base = _bandwidth(receiver)
    made = [client.post(f"{base}/participants", json={"callbackUrl": f"http://receiver.test/p{i}"}) for i in range(2)]
    first, second = (r.json()["participant"] for r in made)
    session = client.post(f"{base}/sessions", json={}).json()
    assert client.put(f"{base}/sessions/{session['id']}/participants/{first['id']}").status_code == 204
    assert client.delete(f"{base}/sessions/{session['id']}").status_code == 204
    assert client.delete(f"{base}/participants/{second['id']}").status_code == 204
    assert service.callbacks.wait(10)
    got = [(r["url"], json.loads(r["body"])) for r in receiver.requests]
    assert [(url, body["participantId"], body["event"]) for url, body in got] == [
        ("http://receiver.test/p0", first["id"], "onLeave"),
        ("http://receiver.test/p1", second["id"], "onLeave"),
    ]
    assert all("tag" not in body for _, body in got)  # no tag given: absent, as documented


def test_a_dropped_sender_stops_its_thread() -> None:
    import gc

    receiver = Receiver()
    sender = CallbackSender(transport=receiver.transport())
    sender.send("http://receiver.test/x", "{}", headers={}, kind="test")
    assert sender.wait(10) and len(receiver.requests) == 1
    threads = {t for t in threading.enumerate() if t.name == "standin-callbacks"}
    del sender
    gc.collect()
    for thread in threads:
        thread.join(0.2)
    assert len({t for t in threading.enumerate() if t.name == "standin-callbacks"}) < len(threads)


def _pair(client: Any, **service_form: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    r = client.post("/v1/Services", data={"UniqueName": f"svc-{uuid.uuid4().hex[:8]}", **service_form})
    assert r.status_code == 201, r.text
    session = client.post(f"/v1/Services/{r.json()['sid']}/Sessions", data={"UniqueName": "chat"}).json()
    people = [
        client.post(session["links"]["participants"], data={"Identifier": i}).json() for i in ("+1555001", "+1555002")
    ]
    return session, people


def test_an_inbound_message_in_a_session_is_intercepted_and_reported_with_both_legs() -> None:
    receiver = Receiver()
    service, client = _twilio(receiver)
    session, (alice, bob) = _pair(client, CallbackUrl=HOOK, InterceptCallbackUrl=INTERCEPT)
    found = service.inbound_message(alice["identifier"], alice["proxy_identifier"], "on my way")
    assert found is not None and found["outbound_resource_status"] == "queued"
    assert service.callbacks.wait(10)
    intercept, callback = receiver.forms()
    assert intercept["inboundParticipantSid"] == alice["sid"] and intercept["inboundResourceStatus"] == "delivered"
    assert not any(name.startswith("outbound") for name in intercept)
    assert callback["inboundParticipantSid"] == alice["sid"] and callback["outboundParticipantSid"] == bob["sid"]
    assert (
        callback["outboundResourceStatus"] == "sent" and json.loads(callback["interactionData"])["body"] == "on my way"
    )
    for request, form in zip(receiver.requests, (intercept, callback), strict=True):
        assert RequestValidator(ACCOUNT[1]).validate(request["url"], form, request["headers"]["x-twilio-signature"])
    listed = client.get(session["links"]["interactions"]).json()["interactions"]
    assert [(i["sid"], i["inbound_participant_sid"]) for i in listed] == [(found["sid"], alice["sid"])]
    # it is not a MessageInteraction (those are sent through the API)
    assert client.get(bob["links"]["message_interactions"]).json()["interactions"] == []


def test_an_inbound_message_outside_a_session_calls_the_out_of_session_callback() -> None:
    receiver = Receiver()
    service, client = _twilio(receiver)
    hook = "http://receiver.test/twilio/out-of-session"
    session, (alice, bob) = _pair(client, OutOfSessionCallbackUrl=hook)
    assert client.post(session["url"], data={"Status": "closed"}).json()["status"] == "closed"
    assert service.inbound_message(alice["identifier"], alice["proxy_identifier"], "anyone?") is None
    assert service.callbacks.wait(10)
    [request], [form] = receiver.requests, receiver.forms()
    assert request["url"] == hook
    assert RequestValidator(ACCOUNT[1]).validate(hook, form, request["headers"]["x-twilio-signature"])
    assert form["From"] == alice["identifier"] and form["To"] == alice["proxy_identifier"]
    assert form["Body"] == "anyone?" and form["AccountSid"] == ACCOUNT[0] and form["MessageSid"].startswith("SM")
    assert form["inboundParticipantSid"] == alice["sid"] and form["outboundParticipantSid"] == bob["sid"]
    assert form["sessionSid"] == session["sid"] and form["sessionStatus"] == "closed"
    assert form["sessionClosedReason"] == "api" and form["inboundParticipantIdentifier"] == alice["identifier"]
    twilio_models.OutOfSessionCallbackForm.model_validate(form)
    assert service.deliveries[0].kind == "twilio.out_of_session_callback"
    with pytest.raises(LookupError):
        service.inbound_message(alice["identifier"], "+19990000000", "wrong number")


def test_the_example_of_docs_services_md_runs() -> None:
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "services.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- example: checked by tests/test_callbacks.py -->\n```python\n(.*?)```", text, re.S)
    assert match is not None, "the callbacks example of docs/services.md is gone"
    namespace: dict[str, Any] = {}
    exec(compile(match.group(1), "docs/services.md", "exec"), namespace)  # noqa: S102 - our own documentation
    assert len(namespace["received"]) == 1
