"""Behaviour of the in-memory Rooms service, through HTTP against its app."""

from __future__ import annotations

import time
import uuid
from typing import Any

import jwt
import pytest

from services import _common
from services.rooms import Config, Tenant, TenantSettings, create_app

R = "/api/v1/rooms"
CONFIG = Config(
    tenants=(
        Tenant("acme", "acme-key", TenantSettings(first_participant_is_host=False, force_recording=True)),
        Tenant("globex", "globex-key"),
    )
)


@pytest.fixture
def app() -> Any:
    return create_app(CONFIG)


@pytest.fixture
def admin(app: Any, make_client: Any) -> Any:
    return make_client(app, headers=CONFIG.dev_headers())


def _room(admin: Any, name: str) -> dict[str, Any]:
    r = admin.post(R, json={"name": name})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _join(client: Any, room: str, **body: Any) -> dict[str, Any]:
    r = client.post(f"{R}/{room}/participants", json=body)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _as(app: Any, make_client: Any, joined: dict[str, Any]) -> Any:
    return make_client(app, headers=_common.bearer_header(joined["auth_token"]))


def _assert_error(r: Any, status: int) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert list(body) == ["error"] and isinstance(body["error"], str) and body["error"]


def test_create_room_and_address_it_by_uuid_or_name(admin: Any) -> None:
    room = _room(admin, "CS101 Lecture")
    assert uuid.UUID(room["id"]) and room["name"] == "CS101 Lecture" and room["status"] == "active"
    assert admin.get(f"{R}/{room['id']}").json() == room
    assert admin.get(f"{R}/CS101 Lecture").json() == room
    _assert_error(admin.post(R, json={"name": "CS101 Lecture"}), 409)
    _assert_error(admin.get(f"{R}/{uuid.uuid4()}"), 404)


def test_add_participant_answers_tokens_and_tenant_config(admin: Any) -> None:
    room = _room(admin, "math")
    before = int(time.time())
    body = _join(admin, "math", display_name="John Doe", external_user_id="user_123")
    p = body["participant"]
    assert p["display_name"] == "John Doe" and p["external_user_id"] == "user_123"
    assert p["role"] == "participant" and p["room_id"] == room["id"] and p["left_at"] is None
    assert body["room"] == room and body["room_created"] is False
    assert body["tenant_config"] == {
        "transcription_enabled": False,
        "first_participant_is_host": False,
        "force_recording": True,
        "allow_early_join": True,
    }
    assert body["should_start_recording"] is True
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    for name in ("access_token", "refresh_token", "auth_token"):
        claims = jwt.decode(body[name], CONFIG.jwt_secret, algorithms=["HS256"])
        assert claims["sub"] == p["id"]
        assert jwt.get_unverified_header(body[name])["alg"] == "HS256"
    auth = jwt.decode(body["auth_token"], CONFIG.jwt_secret, algorithms=["HS256"])
    assert before + 3600 <= auth["exp"] <= int(time.time()) + 3600
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(body["auth_token"], "another-secret-of-sufficient-length-123", algorithms=["HS256"])


def test_early_join_creates_unknown_room(admin: Any) -> None:
    body = _join(admin, "pop-up room", display_name="Ann")
    assert body["room_created"] is True
    assert body["room"]["name"] == "pop-up room"
    assert admin.get(f"{R}/pop-up room").json() == body["room"]
    assert admin.get(f"{R}/{body['room']['id']}").status_code == 200
    again = _join(admin, "pop-up room", display_name="Ben")
    assert again["room_created"] is False and again["room"] == body["room"]


def test_early_join_off_makes_unknown_room_404(make_client: Any) -> None:
    config = Config(tenants=(Tenant("t", "k", TenantSettings(allow_early_join=False)),))
    client = make_client(create_app(config), headers=config.dev_headers())
    _assert_error(client.post(f"{R}/nowhere/participants", json={"display_name": "Ann"}), 404)
    _assert_error(client.get(f"{R}/nowhere"), 404)
    client.post(R, json={"name": "somewhere"})
    assert client.post(f"{R}/somewhere/participants", json={"display_name": "Ann"}).status_code == 201


def test_first_participant_becomes_host_when_configured(make_client: Any) -> None:
    config = Config(tenants=(Tenant("t", "k", TenantSettings(first_participant_is_host=True)),))
    client = make_client(create_app(config), headers=config.dev_headers())
    first = _join(client, "r1", display_name="First", role="participant")
    second = _join(client, "r1", display_name="Second")
    assert first["participant"]["role"] == "host"
    assert second["participant"]["role"] == "participant"


def test_bulk_add_partial_failure(admin: Any) -> None:
    room = _room(admin, "bulk")
    r = admin.post(
        f"{R}/bulk/participants/bulk",
        json={
            "participants": [
                {"display_name": "Alice", "external_user_id": "user_001"},
                {"external_user_id": "user_002", "role": "participant"},
                {"display_name": "Bob", "role": "host"},
                {"display_name": "   "},
                {"display_name": "Eve", "role": "owner"},
            ]
        },
    )
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert len(results) == 5
    assert results[1] == {"success": False, "error": "display_name is required"}
    assert results[3] == {"success": False, "error": "display_name is required"}
    assert results[4]["success"] is False and "role" in results[4]["error"]
    for ok, name in ((results[0], "Alice"), (results[2], "Bob")):
        assert ok["success"] is True and ok["display_name"] == name
        assert jwt.decode(ok["auth_token"], CONFIG.jwt_secret, algorithms=["HS256"])["sub"] == ok["participant_id"]
    assert results[0]["external_user_id"] == "user_001" and results[2]["external_user_id"] is None
    listed = admin.get(f"{R}/{room['id']}/participants").json()["participants"]
    assert [(p["id"], p["display_name"], p["role"]) for p in listed] == [
        (results[0]["participant_id"], "Alice", "participant"),
        (results[2]["participant_id"], "Bob", "host"),
    ]


def test_bulk_add_to_unknown_room_is_404(admin: Any) -> None:
    _assert_error(admin.post(f"{R}/ghost/participants/bulk", json={"participants": [{"display_name": "A"}]}), 404)


def test_host_only_operations(app: Any, admin: Any, make_client: Any) -> None:
    _room(admin, "class")
    host = _join(admin, "class", display_name="Teacher", role="host")
    pupil = _join(admin, "class", display_name="Pupil")
    pupil_client = _as(app, make_client, pupil)
    host_client = _as(app, make_client, host)
    pid = pupil["participant"]["id"]
    bulk = {"participants": [{"display_name": "X"}]}
    # A participant token with role participant may read its room but not act as host.
    assert pupil_client.get(f"{R}/class").status_code == 200
    assert pupil_client.get(f"{R}/class/participants").status_code == 200
    _assert_error(pupil_client.post(f"{R}/class/participants/bulk", json=bulk), 403)
    _assert_error(pupil_client.post(f"{R}/class/participants/{pid}/token"), 403)
    _assert_error(pupil_client.delete(f"{R}/class/participants/{pid}"), 403)
    _assert_error(pupil_client.post(R, json={"name": "mine"}), 403)
    # The host (and the tenant API key) may.
    assert host_client.post(f"{R}/class/participants/bulk", json=bulk).status_code == 200
    refreshed = host_client.post(f"{R}/class/participants/{pid}/token")
    assert refreshed.status_code == 200 and refreshed.json()["expires_in"] == 3600
    claims = jwt.decode(refreshed.json()["auth_token"], CONFIG.jwt_secret, algorithms=["HS256"])
    assert claims["sub"] == pid
    assert admin.post(f"{R}/class/participants/{pid}/token").status_code == 200
    assert host_client.delete(f"{R}/class/participants/{pid}").status_code == 204
    # The removed participant's tokens no longer authenticate.
    _assert_error(pupil_client.get(f"{R}/class"), 401)


def test_participant_token_is_limited_to_its_room(app: Any, admin: Any, make_client: Any) -> None:
    _room(admin, "room-a")
    _room(admin, "room-b")
    host = _as(app, make_client, _join(admin, "room-a", display_name="Host A", role="host"))
    _assert_error(host.get(f"{R}/room-b"), 403)
    _assert_error(host.post(f"{R}/room-b/participants", json={"display_name": "X"}), 403)
    _assert_error(host.post(f"{R}/room-b/participants/bulk", json={"participants": [{"display_name": "X"}]}), 403)


def test_bad_or_missing_tokens_are_401(app: Any, make_client: Any) -> None:
    forged = jwt.encode(
        {"sub": "p_x", "tid": "acme", "rid": str(uuid.uuid4()), "typ": "auth", "exp": int(time.time()) + 60},
        "not-the-right-secret-but-long-enough-0123",
        algorithm="HS256",
    )
    malformed = {"Authorization": "Bearer two words"}
    for headers in ({"Authorization": "Bearer nope"}, {"Authorization": f"Bearer {forged}"}, malformed, {}):
        r = make_client(app, headers=headers).get(f"{R}/anything")
        _assert_error(r, 401)
        assert r.headers["www-authenticate"] == "Bearer"  # missing, malformed and wrong: one challenge


def test_bulk_is_a_literal_path_only_for_post(admin: Any) -> None:
    """``/participants/bulk`` (POST) does not hide ``/participants/{pid}`` (DELETE, PATCH) for other methods."""
    _room(admin, "lit")
    r = admin.delete(f"{R}/lit/participants/bulk")  # removeParticipant with pid "bulk"
    assert r.status_code == 404 and r.json() == {"error": "Participant not found"}
    r = admin.patch(f"{R}/lit/participants/bulk", json={"display_name": "X"})  # updateParticipant
    assert r.status_code == 404 and r.json() == {"error": "Participant not found"}
    r = admin.get(f"{R}/lit/participants/bulk")  # neither path has GET
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    assert admin.post(f"{R}/lit/participants/bulk", json={"participants": [{"display_name": "A"}]}).status_code == 200


def test_removed_participants_stay_listed_but_are_gone(admin: Any) -> None:
    room = _room(admin, "leavers")
    stay = _join(admin, "leavers", display_name="Stay")["participant"]
    leave = _join(admin, "leavers", display_name="Leave")["participant"]
    url = f"{R}/{room['id']}/participants/{leave['id']}"
    assert admin.delete(url).status_code == 204
    _assert_error(admin.delete(url), 404)
    _assert_error(admin.patch(url, json={"role": "host"}), 404)
    _assert_error(admin.post(url + "/token"), 404)
    everyone = admin.get(f"{R}/leavers/participants").json()["participants"]
    assert [p["id"] for p in everyone] == [stay["id"], leave["id"]]
    assert everyone[1]["left_at"] is not None and everyone[0]["left_at"] is None
    active = admin.get(f"{R}/leavers/participants", params={"active": "true"}).json()["participants"]
    assert [p["id"] for p in active] == [stay["id"]]


def test_update_participant(admin: Any) -> None:
    p = _join(admin, "upd", display_name="Old")["participant"]
    url = f"{R}/upd/participants/{p['id']}"
    r = admin.patch(url, json={"display_name": "New", "role": "host"})
    assert r.status_code == 200, r.text
    assert r.json()["display_name"] == "New" and r.json()["role"] == "host"
    _assert_error(admin.patch(url, json={}), 400)
    _assert_error(admin.patch(f"{R}/upd/participants/p_missing", json={"role": "host"}), 404)


def test_tenants_are_isolated(app: Any, admin: Any, make_client: Any) -> None:
    room = _room(admin, "secret")
    joined = _join(admin, "secret", display_name="A")
    globex = make_client(app, headers=_common.bearer_header("globex-key"))
    _assert_error(globex.get(f"{R}/{room['id']}"), 404)
    _assert_error(globex.get(f"{R}/{room['id']}/participants"), 404)
    _assert_error(globex.delete(f"{R}/{room['id']}/participants/{joined['participant']['id']}"), 404)
    # The same name is free in another tenant, and is a different room.
    other = _room(globex, "secret")
    assert other["id"] != room["id"]
    assert [p["display_name"] for p in admin.get(f"{R}/secret/participants").json()["participants"]] == ["A"]
    assert globex.get(f"{R}/secret/participants").json()["participants"] == []


def test_seed_examples_makes_documented_ids_exist(make_client: Any) -> None:
    config = Config(seed_examples=True)
    client = make_client(create_app(config), headers=config.dev_headers())
    room = client.get(f"{R}/0f8e4d1c-6a3b-4c52-9d7e-2b1a5c8f9e30")
    assert room.status_code == 200 and room.json()["name"] == "Example Room"
    people = client.get(f"{R}/Example Room/participants").json()["participants"]
    assert [(p["id"], p["role"]) for p in people] == [("p_abc123", "host")]
    assert client.post(f"{R}/Example Room/participants/p_abc123/token").status_code == 200
