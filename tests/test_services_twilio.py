"""Behaviour of the in-memory Twilio Proxy service, through HTTP against its app."""

from __future__ import annotations

import datetime
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from services import _common
from services.twilio_proxy import Config, create_app

ALICE = ("AC" + "a" * 32, "alice-token")
BOB = ("AC" + "b" * 32, "bob-token")
CONFIG = Config(accounts=(ALICE, BOB))
BASE = "http://testserver"


@pytest.fixture
def client(make_client: Any) -> Any:
    return make_client(create_app(CONFIG), headers=CONFIG.dev_headers())


def _service(client: Any, name: str = "svc") -> dict[str, Any]:
    r = client.post("/v1/Services", data={"UniqueName": name})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _session(client: Any, service_sid: str, **form: Any) -> dict[str, Any]:
    r = client.post(f"/v1/Services/{service_sid}/Sessions", data=form)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _participant(client: Any, session: dict[str, Any], identifier: str, **form: Any) -> Any:
    url = f"/v1/Services/{session['service_sid']}/Sessions/{session['sid']}/Participants"
    return client.post(url, data={"Identifier": identifier, **form})


def _assert_error(r: Any, status: int, code: int) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["code"] == code and body["status"] == status and body["message"]
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"


def test_sids_and_absolute_urls(client: Any) -> None:
    service = _service(client)
    assert re.fullmatch(r"KS[0-9a-f]{32}", service["sid"])
    assert service["account_sid"] == ALICE[0]
    assert service["url"] == f"{BASE}/v1/Services/{service['sid']}"
    assert service["links"]["sessions"] == f"{BASE}/v1/Services/{service['sid']}/Sessions"
    assert service["default_ttl"] == 0 and service["geo_match_level"] == "country"
    assert service["number_selection_behavior"] == "prefer-sticky" and service["callback_url"] is None
    session = _session(client, service["sid"], UniqueName="order-1", Ttl="600")
    assert re.fullmatch(r"KC[0-9a-f]{32}", session["sid"])
    assert session["ttl"] == 600 and session["mode"] == "voice-and-message" and session["status"] == "open"
    r = _participant(client, session, "+14155551212", FriendlyName="Alice")
    assert r.status_code == 201, r.text
    p = r.json()
    assert re.fullmatch(r"KP[0-9a-f]{32}", p["sid"]) and len(p["sid"]) == 34
    assert p["url"] == f"{BASE}/v1/Services/{service['sid']}/Sessions/{session['sid']}/Participants/{p['sid']}"
    assert p["friendly_name"] == "Alice" and p["identifier"] == "+14155551212"
    assert p["proxy_identifier"].startswith("+") and p["date_deleted"] is None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["date_created"])


def test_urls_follow_the_request_host(client: Any) -> None:
    service = _service(client)
    r = client.get(f"/v1/Services/{service['sid']}", headers={"host": "proxy.example:9000"})
    assert r.json()["url"] == f"http://proxy.example:9000/v1/Services/{service['sid']}"


def test_soft_delete(client: Any) -> None:
    session = _session(client, _service(client)["sid"])
    p = _participant(client, session, "+15550001").json()
    url = f"/v1/Services/{session['service_sid']}/Sessions/{session['sid']}/Participants/{p['sid']}"
    r = client.delete(url)
    assert r.status_code == 200 and r.content == b""
    _assert_error(client.get(url), 404, 20404)
    _assert_error(client.delete(url), 404, 20404)
    # The identifier stays in use: it cannot be re-added.
    _assert_error(_participant(client, session, "+15550001"), 409, 80623)
    listed = client.get(url.rsplit("/", 1)[0]).json()["participants"]
    assert [x["sid"] for x in listed] == [p["sid"]]
    assert listed[0]["date_deleted"] is not None
    # Another identifier is fine.
    assert _participant(client, session, "+15550002").status_code == 201


def test_duplicate_identifier_and_unique_names_conflict(client: Any) -> None:
    service = _service(client, "dup")
    assert client.post("/v1/Services", data={"UniqueName": "dup"}).status_code == 409
    session = _session(client, service["sid"], UniqueName="s")
    assert client.post(f"/v1/Services/{service['sid']}/Sessions", data={"UniqueName": "s"}).status_code == 409
    assert _participant(client, session, "+1555").status_code == 201
    _assert_error(_participant(client, session, "+1555"), 409, 80623)


def test_create_session_with_participants(client: Any) -> None:
    service = _service(client)
    values = ['{"Identifier": "+14155551212", "FriendlyName": "Alice"}', '{"Identifier": "+14155553434"}']
    session = _session(client, service["sid"], Participants=values)
    listed = client.get(f"/v1/Services/{service['sid']}/Sessions/{session['sid']}/Participants").json()
    assert [(p["identifier"], p["friendly_name"]) for p in listed["participants"]] == [
        ("+14155551212", "Alice"),
        ("+14155553434", None),
    ]
    dup = ['{"Identifier": "+1"}', '{"Identifier": "+1"}']
    r = client.post(f"/v1/Services/{service['sid']}/Sessions", data={"Participants": dup})
    _assert_error(r, 409, 80623)
    assert len(client.get(f"/v1/Services/{service['sid']}/Sessions").json()["sessions"]) == 1


def test_pagination_follows_absolute_next_page_url(client: Any) -> None:
    service = _service(client)
    created = [_session(client, service["sid"])["sid"] for _ in range(120)]
    url: str | None = f"/v1/Services/{service['sid']}/Sessions"
    pages = []
    while url is not None:
        r = client.get(url)
        assert r.status_code == 200, r.text
        pages.append(r.json())
        url = r.json()["meta"]["next_page_url"]
        if url is not None:
            assert url.startswith(f"{BASE}/v1/Services/")
    assert [len(p["sessions"]) for p in pages] == [50, 50, 20]
    assert [p["meta"]["page"] for p in pages] == [0, 1, 2]
    assert all(p["meta"]["key"] == "sessions" and p["meta"]["page_size"] == 50 for p in pages)
    assert [x["sid"] for p in pages for x in p["sessions"]] == created
    assert pages[0]["meta"]["previous_page_url"] is None
    assert pages[-1]["meta"]["next_page_url"] is None
    # previous_page_url leads back to the previous page.
    back = client.get(pages[2]["meta"]["previous_page_url"]).json()
    assert [x["sid"] for x in back["sessions"]] == created[50:100]
    # Page alone (no token) selects the same page; the token round-trips in next_page_url.
    path = f"/v1/Services/{service['sid']}/Sessions"
    by_page = client.get(path, params={"PageSize": 50, "Page": 1}).json()
    assert [x["sid"] for x in by_page["sessions"]] == created[50:100]
    token = parse_qs(urlsplit(pages[0]["meta"]["next_page_url"]).query)["PageToken"][0]
    by_token = client.get(path, params={"PageSize": 50, "Page": 1, "PageToken": token}).json()
    assert by_token["sessions"] == pages[1]["sessions"]
    # An unknown token is ignored; PageSize is bounded.
    assert client.get(path, params={"PageSize": 50, "PageToken": "bogus"}).json()["sessions"] == pages[0]["sessions"]
    assert client.get(path, params={"PageSize": 1000}).json()["meta"]["next_page_url"] is None
    _assert_error(client.get(path, params={"PageSize": 1001}), 400, 20001)
    _assert_error(client.get(path, params={"PageSize": 0}), 400, 20001)


def test_page_tokens_survive_deletion(client: Any) -> None:
    service = _service(client)
    sessions = [_session(client, service["sid"])["sid"] for _ in range(5)]
    first = client.get(f"/v1/Services/{service['sid']}/Sessions", params={"PageSize": 2}).json()
    assert first["meta"]["key"] == "sessions"
    assert client.delete(f"/v1/Services/{service['sid']}/Sessions/{sessions[1]}").status_code == 204
    second = client.get(first["meta"]["next_page_url"]).json()
    assert [s["sid"] for s in second["sessions"]] == sessions[2:4]


def test_wrong_credentials_are_twilio_401(make_client: Any) -> None:
    app = create_app(CONFIG)
    malformed = {"Authorization": "Basic !!!"}
    for headers in (_common.basic_header(ALICE[0], "wrong"), _common.basic_header("ACnobody", "x"), malformed, {}):
        r = make_client(app, headers=headers).get("/v1/Services")
        assert r.status_code == 401
        # missing, malformed and wrong credentials: one answer, one realm
        assert r.headers["www-authenticate"] == 'Basic realm="Twilio API"'
        assert r.json() == {
            "code": 20003,
            "message": "Authenticate",
            "more_info": "https://www.twilio.com/docs/errors/20003",
            "status": 401,
        }


def test_accounts_are_isolated(client: Any, make_client: Any) -> None:
    service = _service(client, "mine")
    session = _session(client, service["sid"])
    bob = make_client(client.app, headers=_common.basic_header(*BOB))
    _assert_error(bob.get(f"/v1/Services/{service['sid']}"), 404, 20404)
    _assert_error(bob.delete(f"/v1/Services/{service['sid']}"), 404, 20404)
    _assert_error(bob.get(f"/v1/Services/{service['sid']}/Sessions/{session['sid']}"), 404, 20404)
    _assert_error(_participant(bob, session, "+1"), 404, 20404)
    assert bob.get("/v1/Services").json()["services"] == []
    assert _service(bob, "mine")["sid"] != service["sid"]  # unique names are per account
    assert client.get(f"/v1/Services/{service['sid']}").status_code == 200


def test_delete_service_cascades(client: Any) -> None:
    service = _service(client)
    session = _session(client, service["sid"])
    assert client.delete(f"/v1/Services/{service['sid']}").status_code == 204
    _assert_error(client.get(f"/v1/Services/{service['sid']}"), 404, 20404)
    _assert_error(client.get(f"/v1/Services/{service['sid']}/Sessions/{session['sid']}"), 404, 20404)
    _assert_error(_participant(client, session, "+1"), 404, 20404)
    assert client.get("/v1/Services").json()["services"] == []


def test_bad_input_is_twilio_400(client: Any) -> None:
    _assert_error(client.post("/v1/Services", data={}), 400, 20001)
    _assert_error(client.post("/v1/Services", data={"DefaultTtl": "soon", "UniqueName": "x"}), 400, 20001)
    _assert_error(client.get("/v1/Services", params={"Bogus": "1"}), 400, 20001)


def test_bodies_are_open_and_malformed_sids_are_not_found(client: Any) -> None:
    r = client.post("/v1/Services", data={"UniqueName": "open", "SomeFutureField": "1"})
    assert r.status_code == 201, r.text
    _assert_error(client.get("/v1/Services/not-a-sid"), 404, 20404)
    _assert_error(client.get(f"/v1/Services/{r.json()['sid']}/Sessions/KCnope"), 404, 20404)


def test_seed_examples_makes_documented_sids_exist(make_client: Any) -> None:
    config = Config(seed_examples=True)
    client = make_client(create_app(config), headers=config.dev_headers())
    url = (
        "/v1/Services/KS5d4e7a8b9c0d1e2f3a4b5c6d7e8f9a0b/Sessions/KC1a2b3c4d5e6f708192a3b4c5d6e7f809"
        "/Participants/KP0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    )
    r = client.get(url)
    assert r.status_code == 200 and r.json()["account_sid"] == config.accounts[0][0]
    assert r.json()["url"] == BASE + url


def test_a_session_holds_two_participants(client: Any) -> None:
    session = _session(client, _service(client)["sid"])
    assert _participant(client, session, "+15550001").status_code == 201
    assert _participant(client, session, "+15550002").status_code == 201
    _assert_error(_participant(client, session, "+15550003"), 409, 80609)
    three = [f'{{"Identifier": "+1555000{i}"}}' for i in range(3)]
    r = client.post(f"/v1/Services/{session['service_sid']}/Sessions", data={"Participants": three})
    _assert_error(r, 409, 80609)
    assert len(client.get(f"/v1/Services/{session['service_sid']}/Sessions").json()["sessions"]) == 1


def test_create_session_participants_in_any_key_order(client: Any) -> None:
    service = _service(client)
    values = ['{"FriendlyName": "Bob", "Identifier": "+14155553434"}']
    session = _session(client, service["sid"], Participants=values)
    listed = client.get(f"/v1/Services/{service['sid']}/Sessions/{session['sid']}/Participants").json()
    assert [(p["identifier"], p["friendly_name"]) for p in listed["participants"]] == [("+14155553434", "Bob")]
    for bad in ("not json", '{"FriendlyName": "no identifier"}', "[1, 2]"):
        r = client.post(f"/v1/Services/{service['sid']}/Sessions", data={"Participants": [bad]})
        _assert_error(r, 400, 20001)


def test_participants_get_numbers_from_the_pool(make_client: Any) -> None:
    config = Config(accounts=(ALICE,), auto_numbers=False)
    client = make_client(create_app(config), headers=config.dev_headers())
    service = _service(client)
    numbers = f"/v1/Services/{service['sid']}/PhoneNumbers"
    first = _session(client, service["sid"])
    _assert_error(_participant(client, first, "+15550001"), 409, 80402)  # an empty pool cannot serve
    pn = client.post(numbers, data={"PhoneNumber": "+14155550100"})
    assert pn.status_code == 201 and re.fullmatch(r"PN[0-9a-f]{32}", pn.json()["sid"])
    _assert_error(client.post(numbers, data={"PhoneNumber": "+14155550100"}), 409, 20409)
    _assert_error(client.post(numbers, data={"IsReserved": "false"}), 400, 20001)  # neither Sid nor PhoneNumber
    p = _participant(client, first, "+15550001").json()
    assert (p["proxy_identifier"], p["proxy_identifier_sid"]) == ("+14155550100", pn.json()["sid"])
    assert client.get(f"{numbers}/{pn.json()['sid']}").json()["in_use"] == 1
    # The same identifier never gets the same proxy number in two active sessions.
    second = _session(client, service["sid"])
    _assert_error(_participant(client, second, "+15550001"), 409, 80402)
    reserved = client.post(numbers, data={"PhoneNumber": "+14155550101", "IsReserved": "true"}).json()
    _assert_error(_participant(client, second, "+15550001"), 409, 80402)  # reserved: only on request
    asked = _participant(client, second, "+15550001", ProxyIdentifierSid=reserved["sid"])
    assert asked.status_code == 201 and asked.json()["proxy_identifier"] == "+14155550101"
    _assert_error(_participant(client, second, "+15550009", ProxyIdentifier="+19999999999"), 409, 80402)
    listed = client.get(numbers).json()
    assert listed["meta"]["key"] == "phone_numbers" and len(listed["phone_numbers"]) == 2
    assert client.post(f"{numbers}/{reserved['sid']}", data={"IsReserved": "false"}).json()["is_reserved"] is False
    assert client.delete(f"{numbers}/{reserved['sid']}").status_code == 204
    _assert_error(client.get(f"{numbers}/{reserved['sid']}"), 404, 20404)


def test_sessions_close_by_status_ttl_and_date_expiry(make_client: Any) -> None:
    clock = _common.ManualClock()
    config = Config(accounts=(ALICE,), clock=clock)
    client = make_client(create_app(config), headers=config.dev_headers())
    service = _service(client)
    sessions = f"/v1/Services/{service['sid']}/Sessions"
    by_ttl = _session(client, service["sid"], Ttl="60")
    expiry = (clock.now + datetime.timedelta(seconds=300)).strftime("%Y-%m-%dT%H:%M:%SZ")
    by_date = _session(client, service["sid"], DateExpiry=expiry)
    by_api = _session(client, service["sid"])
    clock.advance(59)
    assert client.get(f"{sessions}/{by_ttl['sid']}").json()["status"] == "open"
    clock.advance(1)
    closed = client.get(f"{sessions}/{by_ttl['sid']}").json()
    assert (closed["status"], closed["closed_reason"]) == ("closed", "ttl") and closed["date_ended"]
    assert client.get(f"{sessions}/{by_date['sid']}").json()["status"] == "open"
    clock.advance(240)
    assert client.get(f"{sessions}/{by_date['sid']}").json()["closed_reason"] == "date-expiry"
    r = client.post(f"{sessions}/{by_api['sid']}", data={"Status": "closed"})
    assert r.status_code == 200 and (r.json()["status"], r.json()["closed_reason"]) == ("closed", "api")
    reopened = client.post(f"{sessions}/{by_api['sid']}", data={"Status": "in-progress", "Ttl": "10"}).json()
    assert (reopened["status"], reopened["date_ended"], reopened["ttl"]) == ("in-progress", None, 10)
    clock.advance(10)
    assert client.get(f"{sessions}/{by_api['sid']}").json()["status"] == "closed"


def test_message_interactions_are_recorded_and_restart_the_ttl(make_client: Any) -> None:
    clock = _common.ManualClock()
    config = Config(accounts=(ALICE,), clock=clock)
    client = make_client(create_app(config), headers=config.dev_headers())
    session = _session(client, _service(client)["sid"], Ttl="100")
    p = _participant(client, session, "+15550001").json()
    messages = f"{p['url'].removeprefix(BASE)}/MessageInteractions"
    clock.advance(90)
    r = client.post(messages, data={"Body": "hello"})
    assert r.status_code == 200, r.text
    sent = r.json()
    assert re.fullmatch(r"KI[0-9a-f]{32}", sent["sid"]) and sent["participant_sid"] == p["sid"]
    assert sent["type"] == "message" and sent["inbound_participant_sid"] is None
    assert sent["outbound_participant_sid"] == p["sid"] and sent["data"] == '{"body": "hello"}'
    assert client.get(f"{messages}/{sent['sid']}").json()["sid"] == sent["sid"]
    assert [i["sid"] for i in client.get(messages).json()["interactions"]] == [sent["sid"]]
    interactions = session["links"]["interactions"].removeprefix(BASE)
    assert [i["sid"] for i in client.get(interactions).json()["interactions"]] == [sent["sid"]]
    clock.advance(90)  # 180 s after creation, 90 s after the interaction: still open
    fetched = client.get(session["url"].removeprefix(BASE)).json()
    assert fetched["status"] == "in-progress" and fetched["date_last_interaction"] is not None
    _assert_error(client.post(messages, data={"MediaUrl": "not a url"}), 400, 20001)
    assert client.delete(f"{interactions}/{sent['sid']}").status_code == 204
    _assert_error(client.get(f"{interactions}/{sent['sid']}"), 404, 20404)


def test_update_service(client: Any) -> None:
    service = _service(client, "before")
    _service(client, "taken")
    url = f"/v1/Services/{service['sid']}"
    r = client.post(url, data={"UniqueName": "after", "DefaultTtl": "120", "GeoMatchLevel": "area-code"})
    assert r.status_code == 200, r.text
    assert (r.json()["unique_name"], r.json()["default_ttl"], r.json()["geo_match_level"]) == (
        "after",
        120,
        "area-code",
    )
    assert r.json()["number_selection_behavior"] == "prefer-sticky"  # not sent: unchanged
    _assert_error(client.post(url, data={"UniqueName": "taken"}), 409, 20409)
    assert client.post("/v1/Services", data={"UniqueName": "before"}).status_code == 201  # the old name is free


def test_create_session_participants_with_a_malformed_proxy_identifier_sid(client: Any) -> None:
    service = _service(client)
    for sid in ("", "PN-not-hex"):
        value = f'{{"Identifier": "+15550001", "ProxyIdentifierSid": "{sid}"}}'
        r = client.post(f"/v1/Services/{service['sid']}/Sessions", data={"Participants": [value]})
        _assert_error(r, 409, 80402)  # not a number of the pool, nor one that could be added
    assert client.get(f"/v1/Services/{service['sid']}/Sessions").json()["sessions"] == []


def test_a_lone_surrogate_in_an_identifier_is_not_a_500(client: Any) -> None:
    # JSON allows the escape "\udc00" on its own; the proxy number's SID is derived from such strings
    # (found by the contract command with another seed: UnicodeEncodeError, 500).
    service = _service(client)
    r = client.post(f"/v1/Services/{service['sid']}/Sessions", data={"Participants": ['{"Identifier": "\\udc00abc"}']})
    assert r.status_code == 201, r.text
    listed = client.get(f"/v1/Services/{service['sid']}/Sessions/{r.json()['sid']}/Participants")
    [participant] = listed.json()["participants"]
    assert participant["identifier"] == "\udc00abc" and participant["proxy_identifier"].startswith("+")
