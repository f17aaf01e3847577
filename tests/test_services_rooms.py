"""Behaviour of the in-memory Rooms service, through HTTP against its app."""

from __future__ import annotations

import datetime
import time
import uuid
from typing import Any

import jwt
import pytest

from services import _common
from services.rooms import Config, RoomsService, Tenant, TenantSettings, create_app

R = "/api/v1/rooms"
CONFIG = Config(
    tenants=(
        Tenant("acme", "ck_test_acme", TenantSettings(first_participant_is_host=False, force_recording=True)),
        Tenant("globex", "ck_test_globex"),
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
    assert uuid.UUID(room["tenant_id"]) == CONFIG.tenants[0].uuid and room["cloudflare_meeting_id"]
    assert room["config"] == {} and room["created_at"] == room["updated_at"] and room["ended_at"] is None
    assert admin.get(f"{R}/{room['id']}").json() == {**room, "participant_count": 0}
    assert admin.get(f"{R}/CS101 Lecture").json()["id"] == room["id"]
    # Names are free text and need not be unique (the vendor's): a name addresses the oldest room.
    twin = _room(admin, "CS101 Lecture")
    assert twin["id"] != room["id"] and admin.get(f"{R}/CS101 Lecture").json()["id"] == room["id"]
    for name in ("Math 101: Session 3", "Café"):
        assert admin.get(f"{R}/{_room(admin, name)['id']}").json()["name"] == name
    nameless = admin.post(R, json={"config": {"max_participants": 10, "chat_enabled": True, "theme": "dark"}, "x": 1})
    assert nameless.status_code == 201 and nameless.json()["name"] is None
    assert nameless.json()["config"] == {"max_participants": 10, "chat_enabled": True, "theme": "dark"}
    _assert_error(admin.get(f"{R}/{uuid.uuid4()}"), 404)
    _assert_error(admin.get(f"{R}/not a uuid"), 404)  # malformed ids are not found, not 400


def test_add_participant_answers_tokens_and_tenant_config(admin: Any) -> None:
    room = _room(admin, "math")
    before = int(time.time())
    body = _join(admin, "math", display_name="John Doe", external_user_id="user_123")
    p = body["participant"]
    assert p["display_name"] == "John Doe" and p["external_user_id"] == "user_123"
    assert p["role"] == "participant" and p["room_id"] == room["id"] and p["left_at"] is None
    assert body["room"] == {"id": room["id"], "name": "math", "status": "active"} and body["room_created"] is False
    assert uuid.UUID(p["id"]) and p["cloudflare_participant_id"]
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
    assert admin.get(f"{R}/pop-up room").json()["id"] == body["room"]["id"]
    assert admin.get(f"{R}/{body['room']['id']}").json()["participant_count"] == 1
    # Only a name creates a room: an unknown UUID is 404.
    _assert_error(admin.post(f"{R}/{uuid.uuid4()}/participants", json={"display_name": "Ann"}), 404)
    again = _join(admin, "pop-up room", display_name="Ben")
    assert again["room_created"] is False and again["room"] == body["room"]


def test_early_join_off_makes_unknown_room_404(make_client: Any) -> None:
    config = Config(tenants=(Tenant("t", "k", TenantSettings(allow_early_join=False)),))
    client = make_client(create_app(config), headers=config.dev_headers())
    _assert_error(client.post(f"{R}/nowhere/participants", json={"display_name": "Ann"}), 404)
    _assert_error(client.get(f"{R}/nowhere"), 404)
    client.post(R, json={"name": "somewhere"})
    assert client.post(f"{R}/somewhere/participants", json={"display_name": "Ann"}).status_code == 201
    # Without early join an ended room stays ended: joining it is refused by its state (409).
    assert client.post(f"{R}/somewhere/end").json()["status"] == "ended"
    _assert_error(client.post(f"{R}/somewhere/participants", json={"display_name": "Ben"}), 409)


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
                {"display_name": "Alice", "external_user_id": "user_001", "metadata": {"seat": 4}},
                {"external_user_id": "user_002", "role": "participant"},
                {"display_name": "Bob", "role": "host"},
                {"display_name": ""},
                {"display_name": "Eve", "role": "owner"},
            ]
        },
    )
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert len(results) == 5
    assert results[1] == {"success": False, "display_name": "", "error": "display_name is required"}
    assert results[3] == {"success": False, "display_name": "", "error": "display_name is required"}
    assert results[4]["success"] is False and "role" in results[4]["error"]
    for ok, name in ((results[0], "Alice"), (results[2], "Bob")):
        assert ok["success"] is True and ok["display_name"] == name
        assert jwt.decode(ok["auth_token"], CONFIG.jwt_secret, algorithms=["HS256"])["sub"] == ok["participant_id"]
    assert results[0]["external_user_id"] == "user_001" and "external_user_id" not in results[2]
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


def test_update_participant(app: Any, admin: Any, make_client: Any) -> None:
    p = _join(admin, "upd", display_name="Old")["participant"]
    url = f"{R}/upd/participants/{p['id']}"
    r = admin.patch(url, json={"display_name": "New", "role": "host", "unknown": 1})  # open bodies
    assert r.status_code == 200, r.text
    assert r.json()["display_name"] == "New" and r.json()["role"] == "host"
    assert admin.patch(url, json={}).json() == r.json()  # nothing to change: unchanged
    _assert_error(admin.patch(f"{R}/upd/participants/{uuid.uuid4()}", json={"role": "host"}), 404)
    _assert_error(admin.patch(f"{R}/upd/participants/p_missing", json={"role": "host"}), 404)  # not a UUID
    # A participant may update itself ("me" or its id), but not its role, and not others.
    pupil = _join(admin, "upd", display_name="Pupil")
    me = _as(app, make_client, pupil)
    assert me.patch(f"{R}/upd/participants/me", json={"display_name": "Pip"}).json()["display_name"] == "Pip"
    assert me.patch(f"{R}/upd/participants/{pupil['participant']['id']}", json={"display_name": "P"}).status_code == 200
    _assert_error(me.patch(f"{R}/upd/participants/me", json={"role": "host"}), 403)
    _assert_error(me.patch(url, json={"display_name": "X"}), 403)


def test_tenants_are_isolated(app: Any, admin: Any, make_client: Any) -> None:
    room = _room(admin, "secret")
    joined = _join(admin, "secret", display_name="A")
    globex = make_client(app, headers=_common.bearer_header("ck_test_globex"))
    _assert_error(globex.get(f"{R}/{room['id']}"), 404)
    _assert_error(globex.get(f"{R}/{room['id']}/participants"), 404)
    _assert_error(globex.delete(f"{R}/{room['id']}/participants/{joined['participant']['id']}"), 404)
    # The same name in another tenant is a different room.
    other = _room(globex, "secret")
    assert other["id"] != room["id"]
    assert [p["display_name"] for p in admin.get(f"{R}/secret/participants").json()["participants"]] == ["A"]
    assert globex.get(f"{R}/secret/participants").json()["participants"] == []
    assert [r["id"] for r in globex.get(R).json()["rooms"]] == [other["id"]]


def test_seed_examples_makes_documented_ids_exist(make_client: Any) -> None:
    config = Config(seed_examples=True)
    client = make_client(create_app(config), headers=config.dev_headers())
    room = client.get(f"{R}/550e8400-e29b-41d4-a716-446655440001")
    assert room.status_code == 200 and room.json()["name"] == "Example Room"
    assert room.json()["tenant_id"] == "550e8400-e29b-41d4-a716-446655440000"
    people = client.get(f"{R}/Example Room/participants").json()["participants"]
    pid = "550e8400-e29b-41d4-a716-446655440002"
    assert [(p["id"], p["role"]) for p in people] == [(pid, "host")]
    assert client.post(f"{R}/Example Room/participants/{pid}/token").status_code == 200


def test_api_key_exchanged_for_jwts_and_refreshed(app: Any, make_client: Any) -> None:
    anonymous = make_client(app)
    r = anonymous.post(f"{R[:-6]}/auth/token", json={"api_key": "ck_test_acme", "extra": True})
    assert r.status_code == 200, r.text
    pair = r.json()
    assert pair["token_type"] == "Bearer" and pair["expires_in"] == 3600
    claims = jwt.decode(pair["access_token"], CONFIG.jwt_secret, algorithms=["HS256"])
    assert claims["typ"] == "access" and uuid.UUID(claims["tid"]) == CONFIG.tenants[0].uuid
    _assert_error(anonymous.post(f"{R[:-6]}/auth/token", json={"api_key": "ck_live_nope"}), 401)
    # The access token is a bearer token; the refresh token is not.
    tenant = make_client(app, headers=_common.bearer_header(pair["access_token"]))
    assert _room(tenant, "via-jwt")["name"] == "via-jwt"
    _assert_error(make_client(app, headers=_common.bearer_header(pair["refresh_token"])).get(R), 401)
    renewed = anonymous.post(f"{R[:-6]}/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert renewed.status_code == 200 and renewed.json()["access_token"] != pair["access_token"]
    for bad in (pair["access_token"], "not-a-jwt"):
        _assert_error(anonymous.post(f"{R[:-6]}/auth/refresh", json={"refresh_token": bad}), 401)
    # A participant's refresh token renews the participant's pair, until it is removed.
    joined = _join(tenant, "via-jwt", display_name="Ann")
    again = anonymous.post(f"{R[:-6]}/auth/refresh", json={"refresh_token": joined["refresh_token"]}).json()
    assert (
        jwt.decode(again["access_token"], CONFIG.jwt_secret, algorithms=["HS256"])["sub"] == joined["participant"]["id"]
    )
    assert tenant.delete(f"{R}/via-jwt/participants/{joined['participant']['id']}").status_code == 204
    _assert_error(anonymous.post(f"{R[:-6]}/auth/refresh", json={"refresh_token": joined["refresh_token"]}), 401)


def test_x_api_key_and_both_participant_tokens_authenticate(app: Any, make_client: Any) -> None:
    keyed = make_client(app, headers={"X-API-Key": "ck_test_acme"})
    _room(keyed, "keyed")
    _assert_error(make_client(app, headers={"X-API-Key": "ck_test_wrong"}).get(R), 401)
    host = _join(keyed, "keyed", display_name="Host", role="host")
    for name in ("access_token", "auth_token"):  # the vendor's "for API calls" and the seed's "for API authentication"
        client = make_client(app, headers=_common.bearer_header(host[name]))
        assert client.get(f"{R}/keyed").json()["participant_count"] == 1, name


def test_rooms_list_update_end_delete_and_join_token(app: Any, admin: Any, make_client: Any) -> None:
    a, b, c = (_room(admin, n) for n in ("a", "b", "c"))
    _join(admin, "a", display_name="One")
    page = admin.get(R, params={"limit": 2, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"]) == (3, 2, 1)
    assert [r["id"] for r in page["rooms"]] == [b["id"], c["id"]]
    assert admin.get(R).json()["rooms"][0]["participant_count"] == 1
    updated = admin.patch(f"{R}/{a['id']}", json={"name": "A renamed", "config": {"recording_enabled": True}})
    assert updated.status_code == 200 and updated.json()["name"] == "A renamed"
    assert updated.json()["config"] == {"recording_enabled": True} and updated.json()["updated_at"] >= a["updated_at"]
    token = admin.post(f"{R}/A renamed/join-token")
    assert token.status_code == 200 and token.json()["join_token"]
    # Ending disconnects everyone (their tokens stop working); the list shows active rooms only.
    joined = _join(admin, "b", display_name="Two")
    ended = admin.post(f"{R}/b/end")
    assert ended.status_code == 200 and ended.json()["status"] == "ended" and ended.json()["ended_at"]
    assert admin.get(f"{R}/b/participants", params={"active": "true"}).json()["participants"] == []
    _assert_error(_as(app, make_client, joined).get(f"{R}/b"), 401)
    assert [r["id"] for r in admin.get(R).json()["rooms"]] == [a["id"], c["id"]]
    # Joining an ended room reactivates it (allow_early_join), with a new meeting.
    back = _join(admin, "b", display_name="Three")
    assert back["room"]["status"] == "active"
    assert admin.get(f"{R}/b").json()["cloudflare_meeting_id"] != ended.json()["cloudflare_meeting_id"]
    assert admin.delete(f"{R}/{c['id']}").status_code == 204
    _assert_error(admin.get(f"{R}/{c['id']}"), 404)
    _assert_error(admin.delete(f"{R}/{c['id']}"), 404)
    pupil = _as(app, make_client, _join(admin, "a", display_name="Pupil"))
    _assert_error(pupil.post(f"{R}/{a['id']}/end"), 403)
    _assert_error(pupil.delete(f"{R}/{a['id']}"), 403)


def test_scheduled_room_opens_at_its_window(make_client: Any) -> None:
    clock = _common.ManualClock()
    config = Config(tenants=CONFIG.tenants, clock=clock)
    admin = make_client(create_app(config), headers=config.dev_headers())
    start = clock.now + datetime.timedelta(hours=1)
    r = admin.post(
        f"{R}/schedule", json={"name": "later", "scheduled_start_at": start.isoformat(), "allow_early_join_minutes": 10}
    )
    assert r.status_code == 201, r.text
    room = r.json()
    assert room["status"] == "scheduled" and room["allow_early_join_minutes"] == 10 and room["started_at"] is None
    assert admin.get(R).json()["total"] == 0  # not active yet
    _assert_error(admin.post(f"{R}/later/participants", json={"display_name": "Early"}), 409)
    clock.advance(50 * 60 + 1)  # inside the early-join window
    joined = _join(admin, "later", display_name="Early")
    assert joined["room"]["status"] == "active" and joined["room_created"] is True
    # A window longer than the calendar is simply open (not a 500).
    huge = {"scheduled_start_at": "9999-12-31T00:00:00Z", "allow_early_join_minutes": 10**30}
    assert admin.post(f"{R}/schedule", json=huge | {"name": "always"}).status_code == 201
    assert _join(admin, "always", display_name="Any")["room"]["status"] == "active"


def test_snapshot_restore_reproduces_state() -> None:
    service = RoomsService(Config(seed_examples=True))
    service.restore(
        {"participants": [{**service.snapshot()["participants"][0], "id": str(uuid.uuid4()), "metadata": {"seat": 2}}]}
    )
    snapshot = service.snapshot()
    assert [p.get("metadata") for p in snapshot["participants"]] == [None, {"seat": 2}]
    assert [r["name"] for r in snapshot["rooms"]] == ["Example Room"]
    assert [p["display_name"] for p in snapshot["participants"]] == ["John Doe", "John Doe"]
    fresh = RoomsService(Config())
    fresh.restore(snapshot)
    assert fresh.snapshot() == snapshot
    with pytest.raises(ValueError, match="unknown tenant"):
        RoomsService(CONFIG).restore(snapshot)


def test_get_room_answers_every_change_of_the_room(admin: Any) -> None:
    """The answered model is kept between reads: each change to the room (or its people) shows in the next read."""
    room = _room(admin, "cached")
    first = admin.get(f"{R}/{room['id']}").json()
    assert admin.get(f"{R}/{room['id']}").json() == first
    assert (
        admin.patch(f"{R}/{room['id']}", json={"name": "renamed", "config": {"chat_enabled": True}}).status_code == 200
    )
    renamed = admin.get(f"{R}/{room['id']}").json()
    assert renamed["name"] == "renamed" and renamed["config"] == {"chat_enabled": True}
    joined = _join(admin, room["id"], display_name="Ann")
    assert admin.get(f"{R}/{room['id']}").json()["participant_count"] == 1
    pid = joined["participant"]["id"]
    assert admin.delete(f"{R}/{room['id']}/participants/{pid}").status_code == 204
    assert admin.get(f"{R}/{room['id']}").json()["participant_count"] == 0
    assert admin.post(f"{R}/{room['id']}/end").status_code == 200
    ended = admin.get(f"{R}/{room['id']}").json()
    assert ended["status"] == "ended" and ended["ended_at"] is not None
    assert admin.get(f"{R}/{room['id'].upper()}").json() == ended  # any spelling of the UUID


def test_a_remembered_access_token_still_expires(make_client: Any) -> None:
    """Verified tokens are remembered (no decode per request) only until their ``exp``."""
    config = Config(tenants=CONFIG.tenants, token_ttl=2)
    app = create_app(config)
    pair = make_client(app).post("/api/v1/auth/token", json={"api_key": "ck_test_acme"}).json()
    client = make_client(app, headers=_common.bearer_header(pair["access_token"]))
    exp = jwt.decode(pair["access_token"], config.jwt_secret, algorithms=["HS256"])["exp"]
    assert client.get(R).status_code == 200
    assert client.get(R).status_code == 200  # the remembered claims
    forged = pair["access_token"][:-2] + ("AA" if not pair["access_token"].endswith("AA") else "BB")
    _assert_error(make_client(app, headers=_common.bearer_header(forged)).get(R), 401)
    while time.time() < exp:
        time.sleep(0.05)
    _assert_error(client.get(R), 401)
