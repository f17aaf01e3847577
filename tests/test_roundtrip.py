"""Round trips: every operation of ``generated/<api>/client.py``, through ``Client`` and ``AsyncClient``,
against the real in-memory services (``services/<api>.py: create_app()``), in-process.

The sync client talks to the app through Starlette's ``TestClient`` (an ``httpx.Client`` on the
app) passed as ``http_client``; the async client through ``httpx.ASGITransport``. Credentials
are ``Config().dev_headers()`` as default headers (and, where noted, the client's own
credential arguments). Server exceptions propagate, so a server bug fails the test too.
"""

from __future__ import annotations

import inspect
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
import uvicorn

from generated import bandwidth_webrtc as bw
from generated import rooms
from generated import twilio_proxy as tw
from services import bandwidth_webrtc as bw_service
from services import rooms as rooms_service
from services import twilio_proxy as tw_service

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://testserver"


class Calls:
    """One generated client driven the same way whether it is sync or async."""

    def __init__(self, client: Any) -> None:
        self.client = client

    async def __call__(self, op: str, /, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, op)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def items(self, op: str, /, *args: Any, **kwargs: Any) -> list[Any]:
        iterator = getattr(self.client, op)(*args, **kwargs)
        if hasattr(iterator, "__aiter__"):
            return [item async for item in iterator]
        return list(iterator)


class _LoopbackServer:
    """A real uvicorn server on a free 127.0.0.1 port, in a thread."""

    def __init__(self, app: Any) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(params=["sync", "async", "sync-socket", "async-socket"])
def connect(request: pytest.FixtureRequest) -> Iterator[Any]:
    """``connect(package, app, **client_options) -> Calls`` for the parametrized mode.

    ``sync``/``async`` run in-process (Starlette TestClient / httpx.ASGITransport); the ``-socket``
    modes talk HTTP to a real uvicorn server over loopback with the client's own transport.
    """
    opened: list[Any] = []

    def make(package: ModuleType, app: Any, **options: Any) -> Calls:
        options.setdefault("retries", 0)
        if request.param.endswith("-socket"):
            server = _LoopbackServer(app)
            opened.append(server)
            factory = package.Client if request.param == "sync-socket" else package.AsyncClient
            return Calls(factory(server.url, **options))
        if request.param == "sync":
            http = TestClient(app, raise_server_exceptions=True)
            opened.append(http)
            return Calls(package.Client(BASE, http_client=http, **options))
        return Calls(package.AsyncClient(BASE, transport=httpx.ASGITransport(app=app), **options))

    yield make
    for thing in opened:
        thing.stop() if isinstance(thing, _LoopbackServer) else thing.close()


# -- Rooms ----------------------------------------------------------------------------------------
async def test_rooms_every_operation(connect: Any) -> None:
    config = rooms_service.Config()
    app = rooms_service.create_app(config)
    api = connect(rooms, app, headers=config.dev_headers())
    m = rooms.models
    v = rooms.responses  # what the client returns: response views

    room = await api("create_room", name="Physics 101")
    assert isinstance(room, v.Room) and room.name == "Physics 101"
    got = await api("get_room", "Physics 101")  # by name: percent-encoded space
    assert got.id == room.id and got.participant_count == 0 and got.tenant_id == room.tenant_id
    assert (await api("get_room", str(room.id))).name == room.name
    cafe = await api("create_room", name="Math 101: Café", config=m.RoomConfig(max_participants=5))
    assert (await api("get_room", "Math 101: Café")).id == cafe.id and cafe.config.max_participants == 5

    host = await api("add_participant", str(room.id), display_name="Ada", role="host", external_user_id="u-1")
    assert isinstance(host, v.AddParticipantResponse)
    assert host.room.id == room.id and host.participant.role == "host" and host.token_type == "Bearer"
    bulk = await api(
        "bulk_add_participants",
        str(room.id),
        participants=[m.BulkParticipantInput(display_name="Bob"), m.BulkParticipantInput(display_name="")],
    )
    assert isinstance(bulk, v.BulkAddParticipantsResponse)
    assert [r.success for r in bulk.results] == [True, False]
    bob_id = bulk.results[0].participant_id

    active = await api("list_participants", str(room.id), active=True)
    assert isinstance(active, v.ListParticipantsResponse)
    assert {p.display_name for p in active.participants} == {"Ada", "Bob"}

    renamed = await api("update_participant", str(room.id), host.participant.id, display_name="Ada L.")
    assert isinstance(renamed, v.Participant) and renamed.display_name == "Ada L." and renamed.role == "host"
    tokens = await api("refresh_participant_token", str(room.id), bob_id)
    assert isinstance(tokens, v.RefreshParticipantTokenResponse) and tokens.expires_in > 0

    assert await api("remove_participant", str(room.id), bob_id) is None
    assert [p.display_name for p in (await api("list_participants", str(room.id), active=True)).participants] == [
        "Ada L."
    ]
    everyone = (await api("list_participants", str(room.id))).participants
    assert {p.display_name: p.left_at is not None for p in everyone} == {"Ada L.": False, "Bob": True}

    twin = await api("create_room", name="Physics 101")  # names need not be unique (the vendor's)
    assert twin.id != room.id and (await api("get_room", "Physics 101")).id == room.id  # the oldest
    with pytest.raises(rooms.NotFoundError) as missing:
        await api("get_room", "no-such-room")
    assert isinstance(missing.value.body, v.Error)

    # A participant's own token, through the client's credential argument: not a host -> 403.
    guest = await api("add_participant", str(room.id), display_name="Eve", role="participant")
    as_guest = connect(rooms, app, token=guest.auth_token)
    assert (await as_guest("get_room", str(room.id))).id == room.id
    with pytest.raises(rooms.ForbiddenError) as forbidden:
        await as_guest("remove_participant", str(room.id), host.participant.id)
    assert isinstance(forbidden.value.body, v.Error)
    with pytest.raises(rooms.UnauthorizedError):
        await connect(rooms, app, token="not-a-key")("get_room", str(room.id))


# -- Bandwidth WebRTC -----------------------------------------------------------------------------
async def test_bandwidth_every_operation(connect: Any) -> None:
    config = bw_service.Config()
    app = bw_service.create_app(config)
    api = connect(bw, app, headers=config.dev_headers())
    m = bw.models
    v = bw.responses  # what the client returns: response views
    account = config.credentials[0].account_id

    alice = await api(
        "create_participant", account, publish_permissions=["AUDIO", "VIDEO"], tag="alice", device_api_version="V3"
    )
    assert isinstance(alice, v.CreateParticipantResponse) and alice.token
    assert alice.participant.tag == "alice" and alice.participant.device_api_version == "V3"
    bob = await api("create_participant", account)  # optional body, nothing given: no body sent
    assert bob.participant.device_api_version == "V2"
    fetched = await api("get_participant", account, alice.participant.id)
    assert isinstance(fetched, v.Participant) and fetched.id == alice.participant.id

    session = await api("create_session", account, tag="standup")
    assert isinstance(session, v.Session)
    assert (await api("get_session", account, session.id)).tag == "standup"

    assert await api("add_participant_to_session", account, session.id, alice.participant.id) is None
    subscribe_to_alice = [m.ParticipantSubscription(participant_id=alice.participant.id)]
    assert (
        await api(
            "add_participant_to_session", account, session.id, bob.participant.id, participants=subscribe_to_alice
        )
        is None
    )
    listed = await api("list_session_participants", account, session.id)
    assert isinstance(listed, list) and {p.id for p in listed} == {alice.participant.id, bob.participant.id}

    subscriptions = await api("get_participant_subscriptions", account, session.id, bob.participant.id)
    assert isinstance(subscriptions, v.GetParticipantSubscriptionsResponse)
    assert [s.participant_id for s in subscriptions.participants] == [alice.participant.id]
    aliased = [m.ParticipantSubscription(participant_id=alice.participant.id, stream_aliases=["cam"])]
    assert (
        await api(
            "update_participant_subscriptions",
            account,
            session.id,
            bob.participant.id,
            session_id_2=session.id,
            participants=aliased,
        )
        is None
    )
    subscriptions = await api("get_participant_subscriptions", account, session.id, bob.participant.id)
    assert subscriptions.participants[0].stream_aliases == ["cam"]

    other = await api("create_session", account)
    with pytest.raises(bw.ConflictError) as conflict:  # a participant is in at most one session
        await api("add_participant_to_session", account, other.id, alice.participant.id)
    assert isinstance(conflict.value.body, v.Error)

    assert await api("remove_participant_from_session", account, session.id, bob.participant.id) is None
    assert await api("delete_participant", account, bob.participant.id) is None
    with pytest.raises(bw.NotFoundError) as missing:
        await api("get_participant", account, bob.participant.id)
    assert isinstance(missing.value.body, v.Error) and missing.value.body.request_id
    assert await api("delete_session", account, other.id) is None

    # The client's own Basic credentials produce the same Authorization as dev_headers().
    user = config.credentials[0]
    own = connect(bw, app, username=user.username, password=user.password)
    assert (await own("get_session", account, session.id)).id == session.id
    with pytest.raises(bw.UnauthorizedError) as denied:
        await connect(bw, app, username=user.username, password="wrong")("get_session", account, session.id)
    assert isinstance(denied.value.body, v.UnauthorizedError)


# -- Twilio Proxy ---------------------------------------------------------------------------------
def _sid(resource: Any) -> str:
    return str(resource["sid"] if isinstance(resource, dict) else resource.sid)


async def test_twilio_every_operation(connect: Any) -> None:
    config = tw_service.Config()
    app = tw_service.create_app(config)
    api = connect(tw, app, headers=config.dev_headers())
    v = tw.responses  # what the client returns: response views

    services = [
        await api("create_service", unique_name=f"svc-{i}", default_ttl=60, geo_match_level="area-code")
        for i in range(3)
    ]
    service = services[0]
    assert isinstance(service, v.Service) and service.default_ttl == 60 and service.geo_match_level == "area-code"
    assert await api("fetch_service", service.sid) == service
    first_page = await api("list_service", page_size=2)
    assert isinstance(first_page, v.ListServiceResponse) and len(first_page.services) == 2
    assert first_page.meta.next_page_url is not None
    assert [s.sid for s in await api.items("iter_list_service", page_size=1)] == [s.sid for s in services]

    session = await api(
        "create_session",
        service.sid,
        unique_name="Order #1234",
        ttl=300,
        mode="message-only",
        participants=['{"Identifier": "+14155551212", "FriendlyName": "Alice"}'],
    )
    assert isinstance(session, v.Session) and session.unique_name == "Order #1234" and session.ttl == 300
    assert await api("fetch_session", service.sid, session.sid) == session
    second = await api("create_session", service.sid)  # optional body, nothing given
    sessions = await api.items("iter_list_session", service.sid, page_size=1)
    assert [s.sid for s in sessions] == [session.sid, second.sid]
    assert isinstance((await api("list_session", service.sid)), v.ListSessionResponse)

    bob = await api("create_participant", service.sid, session.sid, identifier="+14155553434", friendly_name="Bob")
    assert _sid(bob).startswith("KP")
    people = await api.items("iter_list_participant", service.sid, session.sid, page_size=1)
    assert [p["identifier"] if isinstance(p, dict) else p.identifier for p in people] == [
        "+14155551212",
        "+14155553434",
    ]
    page = await api("list_participant", service.sid, session.sid)
    assert isinstance(page, v.ListParticipantResponse) and len(page.participants) == 2
    assert _sid(await api("fetch_participant", service.sid, session.sid, _sid(bob))) == _sid(bob)

    assert await api("delete_participant", service.sid, session.sid, _sid(bob)) is None  # 200 without a body
    with pytest.raises(tw.NotFoundError) as missing:
        await api("fetch_participant", service.sid, session.sid, _sid(bob))
    assert isinstance(missing.value.body, v.Error) and missing.value.body.code == 20404
    with pytest.raises(tw.ConflictError) as conflict:  # soft delete: the identifier stays taken
        await api("create_participant", service.sid, session.sid, identifier="+14155553434")
    assert isinstance(conflict.value.body, v.Error) and conflict.value.body.status == 409

    assert await api("delete_session", service.sid, second.sid) is None
    for s in services:
        assert await api("delete_service", s.sid) is None
    with pytest.raises(tw.NotFoundError):
        await api("fetch_service", service.sid)

    sid, token = config.accounts[0]
    assert (await connect(tw, app, username=sid, password=token)("list_service")).services == []
    with pytest.raises(tw.UnauthorizedError) as denied:
        await connect(tw, app, username=sid, password="wrong")("list_service")
    assert isinstance(denied.value.body, v.Error) and denied.value.body.code == 20003


async def test_twilio_iter_list_session_yields_120_across_pages_of_50(connect: Any) -> None:
    config = tw_service.Config()
    user, password = config.accounts[0]
    api = connect(tw, tw_service.create_app(config), username=user, password=password)
    service = await api("create_service", unique_name="paging")
    created = [(await api("create_session", service.sid, unique_name=f"s{i}")).sid for i in range(120)]
    first = await api("list_session", service.sid, page_size=50)
    assert len(first.sessions) == 50 and first.meta.next_page_url is not None
    listed = await api.items("iter_list_session", service.sid, page_size=50)
    assert [p.sid for p in listed] == created
