"""Behaviour of the in-memory Bandwidth WebRTC service, through HTTP against its app."""

from __future__ import annotations

import uuid
from typing import Any

import jwt
import pytest

from generated.bandwidth_webrtc.server import create_app as bandwidth_app
from services import _common
from services.bandwidth_webrtc import REALM, BandwidthWebRtcService, Config, Credential, create_app

ACCOUNT = "9900000"
OTHER_ACCOUNT = "9900001"
CONFIG = Config(
    credentials=(
        Credential("alice", "alice-secret", ACCOUNT),
        Credential("bob", "bob-secret", OTHER_ACCOUNT),
    )
)
BOB = _common.basic_header("bob", "bob-secret")
P = f"/accounts/{ACCOUNT}"


@pytest.fixture
def client(make_client: Any) -> Any:
    return make_client(create_app(CONFIG), headers=CONFIG.dev_headers())


def _new_participant(client: Any, **body: Any) -> dict[str, Any]:
    r = client.post(f"{P}/participants", json=body)
    assert r.status_code == 200, r.text
    return r.json()["participant"]  # type: ignore[no-any-return]


def _new_session(client: Any, **body: Any) -> str:
    r = client.post(f"{P}/sessions", json=body)
    assert r.status_code == 200, r.text
    return r.json()["id"]  # type: ignore[no-any-return]


def _assert_error(r: Any, status: int) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error", "requestId"}
    assert body["error"]
    uuid.UUID(body["requestId"])


def test_create_participant_assigns_uuid_defaults_and_signed_token(client: Any) -> None:
    r = client.post(
        f"{P}/participants",
        json={"callbackUrl": "https://example.com/cb", "publishPermissions": ["VIDEO", "AUDIO"], "tag": "p1"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    participant = body["participant"]
    assert uuid.UUID(participant["id"]).version == 4
    assert participant["sessions"] == []
    assert participant["deviceApiVersion"] == "V2"
    assert participant["publishPermissions"] == ["VIDEO", "AUDIO"]
    assert participant["tag"] == "p1"
    assert participant["callbackUrl"] == "https://example.com/cb"
    claims = jwt.decode(body["token"], CONFIG.token_secret, algorithms=["HS256"])
    assert claims["sub"] == participant["id"]
    assert claims["acct"] == ACCOUNT


def test_create_participant_without_body_and_get_it(client: Any) -> None:
    r = client.post(f"{P}/participants")
    assert r.status_code == 200, r.text
    created = r.json()["participant"]
    assert created["callbackUrl"] is None
    assert "tag" not in created and "publishPermissions" not in created
    got = client.get(f"{P}/participants/{created['id']}")
    assert got.status_code == 200
    assert got.json() == created


def test_sdk_content_type_with_charset_is_accepted(client: Any) -> None:
    r = client.post(
        f"{P}/participants",
        content=b'{"deviceApiVersion": "V3"}',
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["participant"]["deviceApiVersion"] == "V3"


def test_unknown_participant_and_bad_body_use_error_shape(client: Any) -> None:
    _assert_error(client.get(f"{P}/participants/{uuid.uuid4()}"), 404)
    _assert_error(client.post(f"{P}/participants", json={"tag": 1}), 400)


def test_bodies_are_open_and_stream_aliases_unique(client: Any) -> None:
    assert client.post(f"{P}/participants", json={"nope": 1}).status_code == 200  # unknown fields: ignored
    session = client.post(f"{P}/sessions", json={"id": str(uuid.uuid4()), "tag": "t"})
    assert session.status_code == 200, session.text
    pid = client.post(f"{P}/participants", json={}).json()["participant"]["id"]
    url = f"{P}/sessions/{session.json()['id']}/participants/{pid}"
    twice = {"participants": [{"participantId": pid, "streamAliases": ["cam", "cam"]}]}
    _assert_error(client.put(url, json=twice), 400)


def test_wrong_or_missing_credentials_are_401_unauthorized(make_client: Any) -> None:
    app = create_app(CONFIG)
    malformed = {"Authorization": "Basic !!!"}
    for headers in (_common.basic_header("alice", "wrong"), _common.basic_header("mallory", "x"), malformed, {}):
        r = make_client(app, headers=headers).post(f"{P}/participants", json={})
        assert r.status_code == 401, r.text
        assert r.json() == {"message": "Unauthorized"}
        # missing, malformed and wrong credentials: one answer, one realm
        assert r.headers["www-authenticate"] == 'Basic realm="Bandwidth"'


def test_credentials_of_another_account_are_403(client: Any) -> None:
    r = client.post(f"/accounts/{OTHER_ACCOUNT}/participants", json={})
    assert r.status_code == 403
    assert set(r.json()) == {"message"}
    assert "www-authenticate" not in r.headers


def test_accounts_are_isolated(client: Any, make_client: Any) -> None:
    participant = _new_participant(client)
    session = _new_session(client)
    bob = make_client(client.app, headers=BOB)
    q = f"/accounts/{OTHER_ACCOUNT}"
    _assert_error(bob.get(f"{q}/participants/{participant['id']}"), 404)
    _assert_error(bob.delete(f"{q}/participants/{participant['id']}"), 404)
    _assert_error(bob.get(f"{q}/sessions/{session}"), 404)
    _assert_error(bob.put(f"{q}/sessions/{session}/participants/{participant['id']}"), 404)
    # Alice's data is untouched.
    assert client.get(f"{P}/participants/{participant['id']}").status_code == 200
    assert client.get(f"{P}/sessions/{session}").status_code == 200


def test_session_lifecycle(client: Any) -> None:
    r = client.post(f"{P}/sessions", json={"tag": "s1"})
    assert r.status_code == 200
    session = r.json()
    assert uuid.UUID(session["id"]) and session["tag"] == "s1"
    assert client.get(f"{P}/sessions/{session['id']}").json() == session
    no_tag = client.post(f"{P}/sessions")
    assert no_tag.status_code == 200 and set(no_tag.json()) == {"id"}
    assert client.delete(f"{P}/sessions/{session['id']}").status_code == 204
    _assert_error(client.get(f"{P}/sessions/{session['id']}"), 404)
    _assert_error(client.delete(f"{P}/sessions/{session['id']}"), 404)


def test_add_participant_to_session_and_one_session_cap(client: Any) -> None:
    alice = _new_participant(client)
    other = _new_participant(client)
    s1, s2 = _new_session(client), _new_session(client)
    subs = {"participants": [{"participantId": other["id"], "streamAliases": ["cam"]}]}
    r = client.put(f"{P}/sessions/{s1}/participants/{alice['id']}", json=subs)
    assert r.status_code == 204 and r.content == b""
    got = client.get(f"{P}/participants/{alice['id']}").json()
    assert got["sessions"] == [s1]
    assert got["subscriptions"] == {"sessionId": s1, **subs}
    listed = client.get(f"{P}/sessions/{s1}/participants")
    assert [p["id"] for p in listed.json()] == [alice["id"]]
    # A participant may be in at most one session.
    _assert_error(client.put(f"{P}/sessions/{s2}/participants/{alice['id']}"), 409)
    empty = client.get(f"{P}/sessions/{s2}/participants")
    assert empty.status_code == 204 and empty.content == b""  # the vendor's 204: nobody in the session
    # Re-adding to the same session succeeds; with participants it replaces the subscriptions.
    assert client.put(f"{P}/sessions/{s1}/participants/{alice['id']}").status_code == 204
    assert client.get(f"{P}/sessions/{s1}/participants/{alice['id']}/subscriptions").json() == {
        "sessionId": s1,
        **subs,
    }
    assert client.put(f"{P}/sessions/{s1}/participants/{alice['id']}", json={"participants": []}).status_code == 204
    assert client.get(f"{P}/sessions/{s1}/participants/{alice['id']}/subscriptions").status_code == 204


def test_add_unknown_participant_or_session_is_404(client: Any) -> None:
    alice = _new_participant(client)
    session = _new_session(client)
    _assert_error(client.put(f"{P}/sessions/{uuid.uuid4()}/participants/{alice['id']}"), 404)
    _assert_error(client.put(f"{P}/sessions/{session}/participants/{uuid.uuid4()}"), 404)


def test_malformed_ids_are_unknown_ids_404_as_bandwidth_answers(client: Any) -> None:
    alice = _new_participant(client)
    session = _new_session(client)
    for url in (
        f"{P}/sessions/not-a-uuid",
        f"{P}/participants/00000000-0000-0000-0000-000000000000",  # the nil UUID stands for "malformed"
        f"{P}/participants/{alice['id']}x",
        f"{P}/sessions/{session}/participants/nope/subscriptions",
    ):
        _assert_error(client.get(url), 404)
    _assert_error(client.put(f"{P}/sessions/bad/participants/{alice['id']}"), 404)
    _assert_error(client.delete(f"{P}/sessions/{session}/participants/bad"), 404)
    assert client.get(f"{P}/participants/{alice['id'].upper()}").status_code == 200  # a UUID in any case


def test_subscriptions_update_and_removal(client: Any) -> None:
    alice, bob = _new_participant(client), _new_participant(client)
    session = _new_session(client)
    sub_url = f"{P}/sessions/{session}/participants/{alice['id']}/subscriptions"
    _assert_error(client.get(sub_url), 404)  # not in the session yet
    _assert_error(client.put(sub_url, json={}), 404)
    assert client.put(f"{P}/sessions/{session}/participants/{alice['id']}").status_code == 204
    none = client.get(sub_url)
    assert none.status_code == 204 and none.content == b""  # the vendor's 204: no subscriptions
    new = {"participants": [{"participantId": bob["id"]}]}
    assert client.put(sub_url, json=new).status_code == 204
    assert client.get(sub_url).json() == {"sessionId": session, **new}
    assert client.put(sub_url).status_code == 204  # no body: remove all
    assert client.get(sub_url).status_code == 204
    # Removing the participant from the session drops it and its subscriptions.
    assert client.delete(f"{P}/sessions/{session}/participants/{alice['id']}").status_code == 204
    _assert_error(client.get(sub_url), 404)
    _assert_error(client.delete(f"{P}/sessions/{session}/participants/{alice['id']}"), 404)
    got = client.get(f"{P}/participants/{alice['id']}").json()
    assert got["sessions"] == [] and "subscriptions" not in got


def test_deleting_session_or_participant_updates_membership(client: Any) -> None:
    alice, bob = _new_participant(client), _new_participant(client)
    s1, s2 = _new_session(client), _new_session(client)
    assert client.put(f"{P}/sessions/{s1}/participants/{alice['id']}").status_code == 204
    assert client.put(f"{P}/sessions/{s2}/participants/{bob['id']}").status_code == 204
    # Deleting a session frees its participants (they may join another session).
    assert client.delete(f"{P}/sessions/{s1}").status_code == 204
    assert client.get(f"{P}/participants/{alice['id']}").json()["sessions"] == []
    assert client.put(f"{P}/sessions/{s2}/participants/{alice['id']}").status_code == 204
    # Deleting a participant removes it from its session.
    assert client.delete(f"{P}/participants/{bob['id']}").status_code == 204
    _assert_error(client.get(f"{P}/participants/{bob['id']}"), 404)
    assert [p["id"] for p in client.get(f"{P}/sessions/{s2}/participants").json()] == [alice["id"]]


def test_seed_examples_makes_documented_ids_exist(make_client: Any) -> None:
    config = Config(seed_examples=True)
    client = make_client(create_app(config), headers=config.dev_headers())
    participant, session = "320e2af6-13ec-498d-8b51-daba52c37853", "d8886aad-b956-4e1b-b2f4-d7c9f8162772"
    got = client.get(f"/accounts/9900000/participants/{participant}")
    assert got.status_code == 200 and got.json()["sessions"] == [session]
    assert [p["id"] for p in client.get(f"/accounts/9900000/sessions/{session}/participants").json()] == [participant]
    # Without the flag the server starts empty.
    empty = make_client(create_app(Config()), headers=config.dev_headers())
    _assert_error(empty.get(f"/accounts/9900000/participants/{participant}"), 404)


def test_session_id_only_subscribes_to_everyone_including_later_joiners(make_client: Any) -> None:
    service = BandwidthWebRtcService(CONFIG)
    client = make_client(bandwidth_app(service, realm=REALM), headers=CONFIG.dev_headers())
    alice, bob, carol = (_new_participant(client) for _ in range(3))
    session = _new_session(client)
    sub_url = f"{P}/sessions/{session}/participants/{alice['id']}/subscriptions"
    assert client.put(f"{P}/sessions/{session}/participants/{bob['id']}").status_code == 204
    r = client.put(f"{P}/sessions/{session}/participants/{alice['id']}", json={"sessionId": session})
    assert r.status_code == 204
    # Read back as such: {sessionId} alone, not like no subscription (204) nor a frozen list.
    got = client.get(sub_url)
    assert got.status_code == 200 and got.json() == {"sessionId": session}
    assert client.get(f"{P}/participants/{alice['id']}").json()["subscriptions"] == {"sessionId": session}
    alice_id = uuid.UUID(alice["id"])
    assert service.subscribed_to(ACCOUNT, alice_id) == [uuid.UUID(bob["id"])]
    # A later joiner counts.
    assert client.put(f"{P}/sessions/{session}/participants/{carol['id']}").status_code == 204
    assert client.get(sub_url).json() == {"sessionId": session}
    assert service.subscribed_to(ACCOUNT, alice_id) == [uuid.UUID(bob["id"]), uuid.UUID(carol["id"])]
    # An empty participants list does not override sessionId (the vendor's words).
    r = client.put(sub_url, json={"sessionId": session, "participants": []})
    assert r.status_code == 204 and client.get(sub_url).json() == {"sessionId": session}
    # A non-empty list does, and an empty body removes every subscription.
    only_bob = {"sessionId": session, "participants": [{"participantId": bob["id"]}]}
    assert client.put(sub_url, json=only_bob).status_code == 204
    assert client.get(sub_url).json() == only_bob
    assert service.subscribed_to(ACCOUNT, alice_id) == [uuid.UUID(bob["id"])]
    assert client.put(sub_url, json={}).status_code == 204
    assert client.get(sub_url).status_code == 204
    assert service.subscribed_to(ACCOUNT, alice_id) == []
    # Subscribed to the whole session while alone in it is still a subscription.
    lonely = _new_session(client)
    dave = _new_participant(client)
    r = client.put(f"{P}/sessions/{lonely}/participants/{dave['id']}", json={"sessionId": lonely})
    assert r.status_code == 204
    assert client.get(f"{P}/sessions/{lonely}/participants/{dave['id']}/subscriptions").json() == {"sessionId": lonely}


@pytest.mark.parametrize("default", ["V2", "V3"])
def test_device_api_version_default_is_configurable(make_client: Any, default: str) -> None:
    config = Config(credentials=CONFIG.credentials, default_device_api_version=default)  # type: ignore[arg-type]
    client = make_client(create_app(config), headers=config.dev_headers())
    assert _new_participant(client)["deviceApiVersion"] == default
    assert client.post(f"{P}/participants").json()["participant"]["deviceApiVersion"] == default
    # An explicit value always wins.
    for explicit in ("V2", "V3"):
        assert _new_participant(client, deviceApiVersion=explicit)["deviceApiVersion"] == explicit


def test_device_api_version_defaults_to_v2_as_the_seed_says(client: Any) -> None:
    assert Config().default_device_api_version == "V2"
    assert _new_participant(client)["deviceApiVersion"] == "V2"
