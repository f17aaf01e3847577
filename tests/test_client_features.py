"""Issue 13's client features, one test each, sync and async: against ``httpx.MockTransport``
(the ``widgets``/``edges``/``paging`` packages tests/test_client.py generates) and against the
Twilio, Rooms and Bandwidth stand-ins (in-process and over loopback sockets).

Response views, the ``omit`` marker, typed errors with request ids, forward compatibility,
``with_options`` and per-call options, observability (logger, User-Agent, retry-count header,
raw response details), idempotency keys, credentials from the environment, streaming and page
objects (next-URL, cursor, offset, page and ``Link`` header, detected from the spec or declared by
``x-pagination``), ``x-idempotency-header`` and parameter docstrings with enums, defaults and constraints.
"""

from __future__ import annotations

import inspect
import json
import logging
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generated import bandwidth_webrtc as bw
from generated import rooms
from generated import twilio_proxy as tw
from generator.runtime import client as rt
from services import bandwidth_webrtc as bw_service
from services import rooms as rooms_service
from services import twilio_proxy as tw_service
from tests import test_client, test_roundtrip
from tests.fakes import Server
from tests.test_client import BASE, WIDGET, Harness, ok

# fixtures shared with tests/test_client.py (the generated widgets/edges packages) and tests/test_roundtrip.py
out_dir = test_client.out_dir
w = test_client.w
connect = test_roundtrip.connect


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def run(mode: str, value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


# -- response views: absence is None, unknown values and fields kept ---------------------------------
async def test_response_views_absent_is_none_unknown_enum_and_fields_kept(w: ModuleType, mode: str) -> None:
    body = {**WIDGET, "color": "ultraviolet", "weight_kg": 3}  # a new enum value and a new field
    server = Server(ok(body=body))
    widget = await Harness(w, mode, server, bearer_auth="t")("get_widget", "w1")
    assert isinstance(widget, w.responses.Widget)
    assert widget.dimensions is None and not widget.dimensions  # absent optional: None, falsy
    assert (widget.dimensions or "none") == "none"
    assert widget.color == "ultraviolet"
    assert widget.model_extra == {"weight_kg": 3}
    with pytest.raises(Exception, match="Input should be"):  # requests (the strict models) stay strict
        w.models.Widget.model_validate_json(json.dumps({**WIDGET, "color": "ultraviolet"}))


# -- one falsy omit marker --------------------------------------------------------------------------
async def test_omit_marker_is_public_falsy_and_leaves_out_every_location(w: ModuleType, mode: str) -> None:
    assert w.omit is w.client.omit and not w.omit and repr(w.omit) == "omit" and isinstance(w.omit, w.Omit)
    server = Server(ok(201), ok(body={"widgets": [], "meta": {"page": 1, "next_page_url": None}}))
    api = Harness(w, mode, server, bearer_auth="t")
    await api("create_widget", name="Gear", price=w.omit, description=w.omit)
    await api("list_widgets", color=w.omit, page_size=w.omit)
    create, listing = server.requests
    assert json.loads(create.content) == {"name": "Gear"}
    assert listing.url.query == b""


# -- errors -----------------------------------------------------------------------------------------
async def test_errors_typed_body_request_id_data_and_public_module(w: ModuleType, mode: str) -> None:
    server = Server(
        httpx.Response(404, json={"error": "no such widget", "code": 7}, headers={"x-request-id": "req-1"}),
        httpx.Response(404, text="gone", headers={"request-id": "req-2"}),
    )
    api = Harness(w, mode, server, bearer_auth="t")
    with pytest.raises(w.NotFoundError) as found:
        await api("get_widget", "w1")
    assert found.value.body.error == "no such widget" and found.value.body.code == 7
    assert found.value.request_id == "req-1" and "req-1" in str(found.value)
    with pytest.raises(w.NotFoundError) as raw:
        await api("get_widget", "w1")
    assert raw.value.data == "gone" and raw.value.body.error is None and raw.value.request_id == "req-2"
    for cls in (w.NotFoundError, w.ApiError, w.TransportError, w.Client, w.AsyncClient, w.RawResponse):
        assert cls.__module__ == "widgets", cls


async def test_timeouts_and_connection_errors_have_classes_and_messages(w: ModuleType, mode: str) -> None:
    server = Server(httpx.ReadTimeout(""), httpx.ConnectError(""))
    api = Harness(w, mode, server, bearer_auth="t", retries=0)
    with pytest.raises(w.ApiTimeoutError) as timeout:
        await api("get_widget", "w1")
    assert isinstance(timeout.value, w.TransportError) and "timed out" in str(timeout.value)
    with pytest.raises(w.ApiConnectionError) as connection:
        await api("get_widget", "w1")
    assert str(connection.value) == "get_widget: ConnectError: could not connect"


async def test_calls_after_close_raise_inside_the_hierarchy(w: ModuleType, mode: str) -> None:
    api = Harness(w, mode, Server(), bearer_auth="t")
    await run(mode, api.client.close() if mode == "sync" else api.client.aclose())
    with pytest.raises(w.ClientClosedError) as closed:
        await api("get_widget", "w1")
    assert isinstance(closed.value, w.ApiError) and "closed" in str(closed.value)


# -- derived clients and per-call options -------------------------------------------------------------
async def test_with_options_and_per_call_retries_extra_query_and_body(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(503), ok(), httpx.Response(503), ok(201))
    api = Harness(w, mode, server, bearer_auth="t", retries=0)
    derived = api.client.with_options(retries=1, headers={"X-Team": "a"}, base_url="https://other.test/v9")
    assert derived is not api.client and derived.base_url == "https://other.test/v9"
    api.client = derived
    await api("get_widget", "w1")  # retried once by the derived client
    api.client = derived.with_options(retries=0)
    await api("create_widget", name="Gear", retries=1, extra_query={"trace": 1}, extra_body={"beta": True})
    first, second, third, fourth = server.requests
    assert str(first.url) == "https://other.test/v9/widgets/w1" and first.headers["x-team"] == "a"
    assert str(third.url) == "https://other.test/v9/widgets?trace=1"
    assert json.loads(fourth.content) == {"name": "Gear", "beta": True}


# -- observability ----------------------------------------------------------------------------------
async def test_user_agent_retry_count_logging_and_raw_details(
    w: ModuleType, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    counts: list[str] = []

    class Counting(Server):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            counts.append(request.headers["x-retry-count"])  # the same request is re-sent: read it now
            return super().__call__(request)

    server = Counting(httpx.Response(503), ok(headers={"x-request-id": "abc"}))
    api = Harness(w, mode, server, bearer_auth="t")
    with caplog.at_level(logging.DEBUG, logger="widgets"):
        raw = await api.raw("get_widget", "w1")
    assert raw.retries_taken == 1 and raw.request_id == "abc" and raw.elapsed.total_seconds() >= 0
    first, second = server.requests
    assert first.headers["user-agent"].startswith("widgets/2") and " python/3." in first.headers["user-agent"]
    assert "httpx/" in first.headers["user-agent"]
    assert w.client.RETRY_COUNT_HEADER == "x-retry-count" and counts == ["0", "1"] and second is first
    messages = [r.getMessage() for r in caplog.records if r.name == "widgets"]
    assert any("retrying in" in m and "HTTP 503" in m for m in messages), messages
    assert any(m.startswith("get_widget: GET https://api.widgets.test/v2/widgets/w1") for m in messages)


def test_logger_is_switched_on_by_the_package_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOMEAPI_LOG", "debug")
    logger = rt._configure("pkg.someapi", "1.2", ("x-trace-id",))
    try:
        assert logger.name == "pkg.someapi" and logger.level == logging.DEBUG and logger.handlers
        assert rt._Settings.user_agent.startswith("someapi/1.2 python/")
        assert rt._Settings.request_id_headers[0] == "x-trace-id"
    finally:
        logger.handlers.clear()
        rt._configure("client", "0")


async def test_idempotency_key_is_added_and_kept_across_retries(mode: str) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(500 if len(requests) == 1 else 200, json={"thingId": 1})

    post = rt._Op("create", "POST", {}, security=(), responses={"200": None}, idempotency_header="Idempotency-Key")
    options: dict[str, Any] = {"base_url": "https://x.test", "credentials": {}, "timeout": rt.MISSING, "retries": 2}
    options |= {"headers": None, "http_client": None}
    if mode == "sync":
        base = rt._SyncBase(**options, transport=httpx.MockTransport(handler), sleep=lambda s: None)
        base._send(post, "https://x.test/t", None, None, None)
    else:

        async def nap(seconds: float) -> None:
            return None

        abase = rt._AsyncBase(**options, transport=httpx.MockTransport(handler), sleep=nap)
        await abase._send(post, "https://x.test/t", None, None, None)
    keys = [r.headers["idempotency-key"] for r in requests]
    assert len(keys) == 2 and keys[0] == keys[1] and len(keys[0]) == 36  # a POST retried: same uuid4 key


# -- credentials ------------------------------------------------------------------------------------
async def test_credentials_from_environment_and_clear_error_when_missing(
    w: ModuleType, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WIDGETS_BEARER_AUTH", raising=False)
    with pytest.raises(w.MissingCredentialsError, match="WIDGETS_BEARER_AUTH"):
        w.Client() if mode == "sync" else w.AsyncClient()
    monkeypatch.setenv("WIDGETS_BEARER_AUTH", "env-token")
    server = Server(ok())
    await Harness(w, mode, server)("get_widget", "w1")
    assert server.request.headers["authorization"] == "Bearer env-token"


def test_apis_with_public_operations_construct_without_credentials(out_dir: Path) -> None:
    import importlib

    edges = importlib.import_module("edges")
    assert edges.Client("http://h").base_url == "http://h"


# -- streaming --------------------------------------------------------------------------------------
async def test_streaming_response_iterates_the_body(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(200, text="id,name\nw1,a\nw2,b\n"), httpx.Response(404, json={"error": "x"}))
    api = Harness(w, mode, server, bearer_auth="t", api_key_auth="k")
    if mode == "sync":
        with api.client.with_streaming_response.export_widgets() as stream:
            lines = list(stream.iter_lines())
        with pytest.raises(w.NotFoundError), api.client.with_streaming_response.get_widget("w1"):
            pass
    else:
        async with api.client.with_streaming_response.export_widgets() as stream:
            lines = [line async for line in stream.aiter_lines()]
        with pytest.raises(w.NotFoundError):  # noqa: SIM117 - an async with inside a sync one
            async with api.client.with_streaming_response.get_widget("w1"):
                pass
    assert stream.status_code == 200 and lines == ["id,name", "w1,a", "w2,b"]


# -- pagination: page objects -------------------------------------------------------------------------
def _page(n: int, more: bool) -> httpx.Response:
    nxt = f"{BASE}/widgets?page={n + 1}" if more else None
    return ok(body={"widgets": [{**WIDGET, "id": f"w{n}"}], "meta": {"page": n, "next_page_url": nxt}})


async def test_page_objects_for_next_url_pagination(w: ModuleType, mode: str) -> None:
    server = Server(_page(1, True), _page(2, True), _page(3, False), _page(1, True), _page(2, True), _page(3, False))
    api = Harness(w, mode, server, bearer_auth="t")
    first = await api("page_list_widgets", page_size=1)
    assert [x.id for x in first.items] == ["w1"] and first.has_next_page()
    second = await run(mode, first.next_page())
    assert [x.id for x in second.items] == ["w2"] and isinstance(second.body, w.responses.WidgetPage)
    if mode == "sync":
        pages = [p.body.meta.page for p in second.iter_pages()]
        items = [x.id for x in api.client.page_list_widgets()]
    else:
        pages = [p.body.meta.page async for p in second.iter_pages()]
        items = [x.id async for x in await api.client.page_list_widgets()]
    assert pages == [2, 3] and items == ["w1", "w2", "w3"]


@pytest.mark.parametrize(
    ("paging", "answers", "expected_queries"),
    [
        (
            rt._Paging("cursor", ("data",), has_more=("has_more",), param="starting_after"),
            [{"data": [{"id": "a"}, {"id": "b"}], "has_more": True}, {"data": [{"id": "c"}], "has_more": False}],
            ["limit=2", "limit=2&starting_after=b"],
        ),
        (
            rt._Paging("cursor", ("items",), ("next_cursor",), param="cursor"),
            [{"items": [{"id": "a"}], "next_cursor": "n1"}, {"items": [{"id": "b"}], "next_cursor": None}],
            ["limit=2", "limit=2&cursor=n1"],
        ),
        (
            rt._Paging("offset", ("items",), param="offset", limit="limit"),
            [{"items": [{"id": "a"}, {"id": "b"}]}, {"items": [{"id": "c"}]}, {"items": []}],
            ["limit=2", "limit=2&offset=2", "limit=2&offset=3"],
        ),
        (
            rt._Paging("link", ()),
            [[{"id": "a"}], [{"id": "b"}]],
            ["limit=2", "page=2"],
        ),
    ],
    ids=["cursor-last-item", "cursor-field", "offset", "link-header"],
)
async def test_page_objects_for_cursor_offset_and_link_pagination(
    mode: str, paging: rt._Paging, answers: list[Any], expected_queries: list[str]
) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        body = answers[len(requests) - 1]
        link = {"link": '<https://x.test/things?page=2>; rel="next"'} if len(requests) < len(answers) else {}
        return httpx.Response(200, json=body, headers=link)

    listing = rt._Op("list", "GET", {}, security=(), responses={"200": rt._parser("json", Any, "Any")})
    listing.pagination = paging
    options: dict[str, Any] = {"base_url": "https://x.test", "credentials": {}, "timeout": rt.MISSING, "retries": 0}
    options |= {"headers": None, "http_client": None}
    if mode == "sync":
        base = rt._SyncBase(**options, transport=httpx.MockTransport(handler), sleep=lambda s: None)
        page = base._first_page(listing, "https://x.test/things", [("limit", "2")], None)
        ids = [item["id"] for item in page]
    else:

        async def nap(seconds: float) -> None:
            return None

        abase = rt._AsyncBase(**options, transport=httpx.MockTransport(handler), sleep=nap)
        apage = await abase._first_page(listing, "https://x.test/things", [("limit", "2")], None)
        ids = [item["id"] async for item in apage]
    assert ids == [
        i["id"] for a in answers for i in (a if isinstance(a, list) else a["items"] if "items" in a else a["data"])
    ]
    assert [r.url.query.decode() for r in requests] == expected_queries


# -- pagination detected from the spec (tests/client_fixtures/paging.yaml) ----------------------------
@pytest.fixture(scope="module")
def p(out_dir: Path) -> ModuleType:
    import importlib

    return importlib.import_module("paging")


def _things(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


LINK = {
    "link": '<https://api.paging.test/linked?page=2>; rel="next", <https://api.paging.test/linked?page=9>; rel="last"'
}


@pytest.mark.parametrize(
    ("op", "kwargs", "answers", "expected_queries"),
    [
        (
            "list_things",  # has_more + starting_after: the last item's id
            {"limit": 2},
            [{"data": _things("a", "b"), "has_more": True}, {"data": _things("c"), "has_more": False}],
            ["limit=2", "limit=2&starting_after=b"],
        ),
        (
            "list_by_token",  # next_page_token field + page_token parameter
            {},
            [{"items": _things("a"), "next_page_token": "t1"}, {"items": _things("b"), "next_page_token": None}],
            ["", "page_token=t1"],
        ),
        (
            "list_by_offset",  # offset + limit
            {"limit": 2},
            [{"results": _things("a", "b")}, {"results": _things("c")}, {"results": []}],
            ["limit=2", "limit=2&offset=2", "limit=2&offset=3"],
        ),
        (
            "list_by_page",  # page + per_page, a bare array
            {"per_page": 2},
            [_things("a", "b"), _things("c"), []],
            ["per_page=2", "per_page=2&page=2", "per_page=2&page=3"],
        ),
        (
            "list_linked",  # a documented Link header
            {},
            [(_things("a"), LINK), (_things("b"), {})],
            ["", "page=2"],
        ),
        (
            "list_declared",  # x-pagination: cursor_param from, next_cursor meta.resume, has_more meta.more
            {},
            [
                {"entries": _things("a"), "meta": {"resume": "r1", "more": True}},
                {"entries": _things("b"), "meta": {"resume": "r2", "more": False}},
            ],
            ["", "from=r1"],
        ),
    ],
    ids=["cursor-has-more", "cursor-field", "offset", "page", "link-header", "x-pagination"],
)
async def test_pagination_styles_detected_from_the_spec(
    p: ModuleType, mode: str, op: str, kwargs: dict[str, Any], answers: list[Any], expected_queries: list[str]
) -> None:
    def respond(answer: Any) -> httpx.Response:
        body, headers = answer if isinstance(answer, tuple) else (answer, {})
        return httpx.Response(200, json=body, headers=headers)

    every = [x["id"] for a in answers for x in _items(a)]
    server = Server(*(respond(a) for a in answers), *(respond(a) for a in answers))
    api = Harness(p, mode, server)
    first = await api(f"page_{op}", **kwargs)
    assert isinstance(first, p.AsyncPage if mode == "async" else p.Page)
    assert [x.id for x in first.items] == every[: len(first.items)] and first.has_next_page()
    assert all(isinstance(x, p.responses.Thing) for x in first.items)
    rest = [x.id async for x in first] if mode == "async" else [x.id for x in first]
    assert rest == every
    assert [r.url.query.decode() for r in server.requests] == expected_queries
    assert [x.id for x in await api.items(f"iter_{op}", **kwargs)] == every
    assert [r.url.query.decode() for r in server.requests[len(answers) :]] == expected_queries


def _items(answer: Any) -> list[dict[str, str]]:
    body = answer[0] if isinstance(answer, tuple) else answer
    if isinstance(body, list):
        return body
    return next(v for v in body.values() if isinstance(v, list))


def test_x_pagination_false_turns_detection_off_and_docstrings_say_how_pages_are_followed(p: ModuleType) -> None:
    assert hasattr(p.Client, "list_unpaged") and not hasattr(p.Client, "iter_list_unpaged")
    assert not hasattr(p.AsyncClient, "page_list_unpaged")
    doc = inspect.getdoc(p.Client.iter_list_things) or ""
    assert "Sends ``starting_after`` = the last item's ``id`` while ``has_more`` is true." in doc
    assert '``Link: <...>; rel="next"``' in (inspect.getdoc(p.AsyncClient.page_list_linked) or "")


# -- idempotency keys declared with x-idempotency-header ----------------------------------------------
async def test_x_idempotency_header_on_the_document_and_the_operation(p: ModuleType, mode: str) -> None:
    thing = {"id": "th_1"}
    server = Server(httpx.Response(500), httpx.Response(201, json=thing), httpx.Response(204), httpx.Response(204))
    api = Harness(p, mode, server)
    await api("create_thing", name="gear")  # POST: the document's Idempotency-Key, and retried on 500
    await api("archive_thing", "th_1")  # the operation's own X-Archive-Key
    await api("touch_thing", "th_1")  # PATCH with x-idempotency-header: false
    first, retry, archive, touch = server.requests
    assert len(first.headers["idempotency-key"]) == 36 and retry is first and api.sleeps
    assert "idempotency-key" not in archive.headers and len(archive.headers["x-archive-key"]) == 36
    assert not [h for h in touch.headers if "idempotency" in h or h == "x-archive-key"]


# -- docstrings -------------------------------------------------------------------------------------
def test_flattened_body_fields_carry_their_descriptions() -> None:
    doc = inspect.getdoc(tw.Client.create_service) or ""
    assert "unique_name: body field ``UniqueName`` (required)." in doc
    assert "An application-defined string that uniquely identifies the resource" in doc


def test_docstrings_carry_enums_defaults_and_constraints_for_every_location(p: ModuleType) -> None:
    create = inspect.getdoc(p.Client.create_thing) or ""
    expected = [
        "dry_run: query parameter ``dry_run``.\n        Server default ``False``.",
        "x_trace: header parameter ``X-Trace``.\n        A trace id.\n        At most 32 characters. Pattern ``^[0-9a-f]+$``.",
        "session: cookie parameter ``session``.\n        At least 8 characters.",
        "name: body field ``name`` (required).\n        The thing's name.\n        1 to 40 characters. Pattern ``^[a-z]+\\d*$``.",
        "size: body field ``size``.\n        Default ``5``. Greater than 0, at most 10.",
        "ratio: body field ``ratio``.\n        Less than 2, a multiple of 0.5.",
        "tags: body field ``tags``.\n        Each item one of ``'red'``, ``'blue'``. 1 to 3 items, unique items.",
        "kind: body field ``kind``.\n        What kind of thing.\n        One of ``'small'``, ``'large'``. Default ``'small'``.",
        "when: body field ``when``.\n        Format ``date-time``.",
    ]
    for text in expected:
        assert text in create, text
    listing = inspect.getdoc(p.AsyncClient.list_things) or ""
    assert (
        "limit: query parameter ``limit``.\n        Page size.\n        Server default ``10``. At least 1, at most 100."
        in listing
    )
    get = inspect.getdoc(p.Client.get_thing) or ""
    assert (
        "thing_id: path parameter ``thingId``.\n        The thing's id.\n        At least 4 characters. Pattern ``^th_[0-9]+$``."
        in get
    )


# -- against the stand-in -------------------------------------------------------------------------------
async def test_twilio_stand_in_views_pages_options_raw_and_streaming(connect: Any) -> None:
    config = tw_service.Config()
    api = connect(tw, tw_service.create_app(config), headers=config.dev_headers())
    client = api.client
    is_async = isinstance(client, tw.AsyncClient)
    for i in range(3):
        await api("create_service", unique_name=f"svc-{i}")
    service = await api("create_service", unique_name="plain")
    assert isinstance(service, tw.responses.Service) and service.chat_instance_sid is None
    page = await run("", client.page_list_service(page_size=2))
    assert len(page.items) == 2 and page.has_next_page()
    names = [s.unique_name async for s in page] if is_async else [s.unique_name for s in page]
    assert names == ["svc-0", "svc-1", "svc-2", "plain"]
    quick = client.with_options(retries=0, headers={"X-Debug": "1"})
    raw = await run("", quick.with_raw_response.fetch_service(service.sid))
    assert raw.status_code == 200 and raw.retries_taken == 0 and raw.parse().sid == service.sid
    with pytest.raises(tw.NotFoundError) as missing:
        await run("", quick.fetch_service("KS" + "0" * 32))
    assert missing.value.body.code == 20404 and missing.value.status_code == 404
    if is_async:
        async with client.with_streaming_response.fetch_service(service.sid) as stream:
            data = b"".join([chunk async for chunk in stream.aiter_bytes()])
    else:
        with client.with_streaming_response.fetch_service(service.sid) as stream:
            data = b"".join(stream.iter_bytes())
    assert json.loads(data)["sid"] == service.sid


async def _stream_body(client: Any, op: str, *args: Any) -> bytes:
    """The body of ``client.with_streaming_response.<op>(*args)``, read chunk by chunk (sync or async)."""
    streaming = getattr(client.with_streaming_response, op)
    if type(client).__name__ == "AsyncClient":
        async with streaming(*args) as stream:
            return b"".join([chunk async for chunk in stream.aiter_bytes()])
    with streaming(*args) as stream:
        return b"".join(stream.iter_bytes())


async def _request_id_from_header(package: ModuleType, is_async: bool, op: str, *args: Any, **creds: str) -> Any:
    """The ``request_id`` of a 404 whose answer carries ``x-request-id`` (the stand-ins send none)."""
    transport = httpx.MockTransport(lambda r: httpx.Response(404, json={}, headers={"x-request-id": "rid-9"}))
    factory = package.AsyncClient if is_async else package.Client
    client = factory("http://mock.test", transport=transport, retries=0, **creds)
    with pytest.raises(package.NotFoundError) as found:
        await run("", getattr(client, op)(*args))
    return found.value.request_id


async def test_rooms_stand_in_views_errors_options_raw_streaming_and_env_credentials(
    connect: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = rooms_service.Config()
    app = rooms_service.create_app(config)
    monkeypatch.setenv("ROOMS_TOKEN", config.tenants[0].api_key)
    api = connect(rooms, app)  # no credentials given: ROOMS_TOKEN
    client = api.client
    is_async = isinstance(client, rooms.AsyncClient)
    room = await api("create_room", name="standup")
    bulk = await api(
        "bulk_add_participants", str(room.id), participants=[{"display_name": "Bob"}, {"display_name": ""}]
    )
    ok_result, failed = bulk.results
    assert isinstance(ok_result, rooms.responses.BulkAddResult) and ok_result.error is None and not ok_result.error
    assert failed.participant_id is None and failed.error  # absent optional fields: None
    with pytest.raises(rooms.NotFoundError) as missing:
        await api("get_room", "no-such-room")
    assert isinstance(missing.value.body, rooms.responses.Error) and missing.value.body.error
    assert missing.value.request_id is None  # the stand-in sends no request id header ...
    assert await _request_id_from_header(rooms, is_async, "get_room", "r1", token="t") == "rid-9"  # ... a server may
    quick = client.with_options(retries=0, headers={"X-Debug": "1"})
    raw = await run("", quick.with_raw_response.get_room(str(room.id)))
    assert raw.status_code == 200 and raw.retries_taken == 0 and raw.parse().id == room.id
    assert raw.elapsed.total_seconds() >= 0 and raw.request_id is None
    assert json.loads(await _stream_body(client, "get_room", str(room.id)))["name"] == "standup"
    assert not hasattr(client, "page_list_participants")  # Rooms does not paginate
    monkeypatch.delenv("ROOMS_TOKEN")
    # Without credentials a client can still be built: getToken / refreshToken need none (issue 11).
    anonymous = rooms.AsyncClient("http://x") if is_async else rooms.Client("http://x")
    await run("", anonymous.aclose() if is_async else anonymous.close())


async def test_bandwidth_stand_in_views_errors_options_raw_streaming_and_env_credentials(
    connect: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = bw_service.Config()
    app = bw_service.create_app(config)
    user = config.credentials[0]
    monkeypatch.setenv("BANDWIDTH_WEBRTC_USERNAME", user.username)
    monkeypatch.setenv("BANDWIDTH_WEBRTC_PASSWORD", user.password)
    api = connect(bw, app)  # no credentials given: BANDWIDTH_WEBRTC_USERNAME / _PASSWORD
    client = api.client
    is_async = isinstance(client, bw.AsyncClient)
    created = await api("create_participant", user.account_id)
    plain = await api("get_participant", user.account_id, created.participant.id)
    assert isinstance(plain, bw.responses.Participant)
    assert plain.tag is None and (plain.tag or "untagged") == "untagged" and plain.publish_permissions is None
    with pytest.raises(bw.NotFoundError) as missing:
        await api("get_participant", user.account_id, "00000000-0000-4000-8000-000000000000")
    assert isinstance(missing.value.body, bw.responses.Error) and missing.value.body.request_id  # in the body
    assert missing.value.request_id is None  # no request id header from the stand-in ...
    rid = await _request_id_from_header(bw, is_async, "get_session", "a", "s", username="u", password="p")
    assert rid == "rid-9"  # ... but one a server sends is read
    quick = client.with_options(retries=0, headers={"X-Debug": "1"})
    raw = await run("", quick.with_raw_response.get_participant(user.account_id, created.participant.id))
    assert raw.status_code == 200 and raw.retries_taken == 0 and raw.parse().id == created.participant.id
    body = await _stream_body(client, "get_participant", user.account_id, created.participant.id)
    assert json.loads(body)["id"] == str(created.participant.id)
    assert not hasattr(client, "page_list_session_participants")  # Bandwidth does not paginate
    monkeypatch.delenv("BANDWIDTH_WEBRTC_USERNAME")
    monkeypatch.delenv("BANDWIDTH_WEBRTC_PASSWORD")
    with pytest.raises(bw.MissingCredentialsError, match="BANDWIDTH_WEBRTC_USERNAME.*BANDWIDTH_WEBRTC_PASSWORD"):
        bw.AsyncClient("http://x") if is_async else bw.Client("http://x")
