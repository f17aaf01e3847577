"""The generated client, sync and async, against ``httpx.MockTransport``.

tests/client_fixtures/widgets.yaml is generated into a temporary directory (package
``widgets``). Every test runs on ``Client`` and ``AsyncClient``; handlers record the exact
wire request (method, URL, query, headers, body bytes) and answer canned responses:
success parsing, the error hierarchy with parsed bodies, undocumented statuses, invalid
bodies, retries (count, backoff, Retry-After, none for POST on 500, none with retries=0),
transport errors, pagination over three pages and raw responses. mypy --strict runs over
the generated package and tests/sample_client_usage.py, which is also executed.
"""

from __future__ import annotations

import base64
import datetime
import email.utils
import importlib
import importlib.util
import inspect
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Job, check, generate
from tests.fakes import Server

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "client_fixtures" / "widgets.yaml"
EDGES = ROOT / "tests" / "client_fixtures" / "edges.yaml"
PAGING = ROOT / "tests" / "client_fixtures" / "paging.yaml"
JOBS = [Job(SPEC, "widgets"), Job(EDGES, "edges"), Job(PAGING, "paging")]
SAMPLE = ROOT / "tests" / "sample_client_usage.py"
BASE = "https://api.widgets.test/v2"

WIDGET: dict[str, Any] = {
    "id": "w1",
    "name": "Sprocket",
    "color": "red",
    "price": 2.5,
    "tags": ["metal"],
    "description": None,
    "created_at": "2024-05-01T12:00:00Z",
}


# -- the generated package ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("client_gen")
    result = generate(JOBS, out)
    assert result.ok, [str(d) for d in result.diagnostics]
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m.split(".")[0] in ("widgets", "edges", "paging", "sample_client_usage")]:
        del sys.modules[name]


@pytest.fixture(scope="module")
def w(out_dir: Path) -> ModuleType:
    return importlib.import_module("widgets")


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Harness:
    """One generated client (sync or async) on a MockTransport, with a recording sleep."""

    def __init__(self, w: ModuleType, mode: str, server: Server, **options: Any) -> None:
        self.mode = mode
        self.sleeps: list[float] = []
        transport = httpx.MockTransport(server)
        if mode == "sync":
            self.client = w.Client(transport=transport, sleep=self.sleeps.append, **options)
        else:

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client = w.AsyncClient(transport=transport, sleep=sleep, **options)

    async def __call__(self, op: str, /, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, op)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def raw(self, op: str, /, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client.with_raw_response, op)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def items(self, op: str, /, *args: Any, **kwargs: Any) -> list[Any]:
        iterator = getattr(self.client, op)(*args, **kwargs)
        if self.mode == "sync":
            return list(iterator)
        return [item async for item in iterator]


def ok(status: int = 200, body: Any = None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, json=WIDGET if body is None else body, **kwargs)


# -- success parsing and exact wire requests ------------------------------------------------------
async def test_get_parses_model_and_sends_exact_request(w: ModuleType, mode: str) -> None:
    server = Server(ok())
    api = Harness(w, mode, server, bearer_auth="tok-1")
    widget = await api("get_widget", "a b/c?d", if_none_match='"v1"', expand=True)

    request = server.request
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/widgets/a%20b%2Fc%3Fd?expand=true"
    assert request.headers["authorization"] == "Bearer tok-1"
    assert request.headers["if-none-match"] == '"v1"'
    assert "content-type" not in request.headers
    assert request.content == b""
    assert isinstance(widget, w.responses.Widget)
    assert (widget.id, widget.color, widget.tags, widget.description) == ("w1", "red", ["metal"], None)
    assert widget.created_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)


async def test_query_arrays_enum_deep_object_and_header_params(w: ModuleType, mode: str) -> None:
    server = Server(
        ok(body={"widgets": [], "meta": {"page": 1, "next_page_url": None}}),
        ok(body={"widgets": [], "meta": {"page": 1, "next_page_url": None}}),
    )
    api = Harness(w, mode, server, bearer_auth="t")
    page = await api(
        "list_widgets",
        tag=["a", "b c"],
        ids=[1, 2, 3],
        color="green",
        in_stock=False,
        filter=w.models.PriceFilter(min_price=1.5, max_price=10.0),
        page_size=5,
        x_request_id="req-1",
    )
    await api("list_widgets")  # every optional parameter left out

    first, second = server.requests
    assert first.url.query == (
        b"tag=a&tag=b+c&ids=1%2C2%2C3&color=green&in_stock=false"
        b"&filter%5Bmin_price%5D=1.5&filter%5Bmax_price%5D=10.0&PageSize=5"
    )
    assert first.url.params.multi_items() == [
        ("tag", "a"),
        ("tag", "b c"),
        ("ids", "1,2,3"),
        ("color", "green"),
        ("in_stock", "false"),
        ("filter[min_price]", "1.5"),
        ("filter[max_price]", "10.0"),
        ("PageSize", "5"),
    ]
    assert first.headers["x-request-id"] == "req-1"
    assert str(second.url) == f"{BASE}/widgets"
    assert "x-request-id" not in second.headers
    assert page.widgets == [] and page.meta.next_page_url is None


async def test_json_body_uses_wire_names_omits_missing_and_sends_null(w: ModuleType, mode: str) -> None:
    server = Server(ok(201, {**WIDGET, "name": "Gear"}))
    api = Harness(w, mode, server, basic_auth_username="acct", basic_auth_password="s3cret")
    created = await api(
        "create_widget",
        name="Gear",
        color="blue",
        tags=["x"],
        description=None,
        dimensions=w.models.Dimensions(width=2.0, height=3.5, unit="mm"),
    )

    request = server.request
    assert (request.method, str(request.url)) == ("POST", f"{BASE}/widgets")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"acct:s3cret").decode()
    assert request.content == (
        b'{"name":"Gear","color":"blue","tags":["x"],"description":null,'
        b'"dimensions":{"width":2.0,"height":3.5,"unit":"mm"}}'
    )
    assert isinstance(created, w.responses.Widget) and created.name == "Gear"


async def test_form_body_and_several_success_types(w: ModuleType, mode: str) -> None:
    server = Server(ok(202, {"job_id": "job-9"}), ok(200))
    api = Harness(w, mode, server, bearer_auth="t")
    queued = await api("update_widget", "w 1", name="New name", in_stock=False, tags=["a", "b"], price=9.5, notes=None)
    done = await api("update_widget", "w1", name="N")

    first, second = server.requests
    assert (first.method, str(first.url)) == ("PUT", f"{BASE}/widgets/w%201")
    assert first.headers["content-type"] == "application/x-www-form-urlencoded"
    assert first.content == b"Name=New+name&InStock=false&Tags=a&Tags=b&Price=9.5"
    assert second.content == b"Name=N"
    assert isinstance(queued, w.responses.Job) and queued.job_id == "job-9"
    assert isinstance(done, w.responses.Widget)


async def test_multipart_body(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(204))
    api = Harness(w, mode, server, bearer_auth="t")
    assert await api("upload_widget_image", "w1", file=b"\x89PNG", caption="front") is None

    request = server.request
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=")[1].encode()
    assert request.content == (
        b"--" + boundary + b'\r\nContent-Disposition: form-data; name="caption"\r\n\r\nfront\r\n'
        b"--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="file"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n\x89PNG\r\n"
        b"--" + boundary + b"--\r\n"
    )


async def test_text_response_api_key_cookie_and_pipe_delimited_query(w: ModuleType, mode: str) -> None:
    server = Server(
        httpx.Response(200, text="id,name\nw1,Sprocket\n", headers={"content-type": "text/csv"}),
        httpx.Response(200, text=""),
    )
    api = Harness(w, mode, server, api_key_auth="key-1", bearer_auth="tok")
    csv = await api("export_widgets", session="s 1;x", columns=["id", "name"])
    await Harness(w, mode, server, bearer_auth="tok")("export_widgets")  # no API key: nothing is sent

    first, second = server.requests
    assert str(first.url) == f"{BASE}/widgets/export?columns=id%7Cname"
    assert first.headers["x-api-key"] == "key-1"
    assert "authorization" not in first.headers  # the operation only accepts the API key
    assert first.headers["cookie"] == "session=s%201%3Bx"
    assert csv == "id,name\nw1,Sprocket\n"
    assert "x-api-key" not in second.headers and "cookie" not in second.headers


async def test_empty_success_returns_none(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(204))
    api = Harness(w, mode, server, bearer_auth="t")
    assert await api("delete_widget", "w1") is None
    assert (server.request.method, str(server.request.url)) == ("DELETE", f"{BASE}/widgets/w1")


async def test_default_and_extra_headers_override_case_insensitively(w: ModuleType, mode: str) -> None:
    server = Server(ok(), ok())
    api = Harness(w, mode, server, bearer_auth="t", headers={"X-Trace": "client"})
    await api("get_widget", "w1")
    await api("get_widget", "w1", extra_headers={"x-trace": "call", "Authorization": "Bearer other"})

    first, second = server.requests
    assert first.headers.get_list("x-trace") == ["client"]
    assert second.headers.get_list("x-trace") == ["call"]
    assert second.headers.get_list("authorization") == ["Bearer other"]


# -- errors ---------------------------------------------------------------------------------------
ERROR_CASES = [
    # operation, args, status, body, expected class name, expected parsed body (a models.X name + fields, or raw)
    (
        "get_widget",
        ("w1",),
        404,
        {"error": "no such widget", "code": 7},
        "NotFoundError",
        ("Error", {"error": "no such widget", "code": 7}),
    ),
    ("get_widget", ("w1",), 401, {"error": "bad token"}, "UnauthorizedError", ("Error", {"error": "bad token"})),
    (
        "create_widget",
        (),
        400,
        {"error": "invalid", "fields": [{"name": "name", "message": "empty"}]},
        "BadRequestError",
        ("InvalidRequest", {"error": "invalid", "fields": [{"name": "name", "message": "empty"}]}),
    ),
    ("create_widget", (), 409, {"error": "exists"}, "ConflictError", ("Error", {"error": "exists"})),
    (
        "get_widget",
        ("w1",),
        404,
        {"message": "gone"},
        "NotFoundError",
        {"message": "gone"},
    ),  # does not validate: raw JSON
    ("get_widget", ("w1",), 404, "plain text", "NotFoundError", "plain text"),  # not JSON: text
    ("get_widget", ("w1",), 418, {"error": "teapot"}, "ClientError", {"error": "teapot"}),  # undocumented 4xx
    ("get_widget", ("w1",), 502, None, "ServerError", None),  # undocumented 5xx, empty body
    ("get_widget", ("w1",), 302, None, "UnexpectedStatusError", None),
    (
        "create_widget",
        (),
        200,
        WIDGET,
        "UnexpectedStatusError",
        WIDGET,
    ),  # a success status the operation does not document
]


@pytest.mark.parametrize(("op", "args", "status", "body", "cls", "expected"), ERROR_CASES)
async def test_error_statuses_raise_typed_errors_with_parsed_bodies(
    w: ModuleType, mode: str, op: str, args: tuple[Any, ...], status: int, body: Any, cls: str, expected: Any
) -> None:
    if isinstance(body, str):
        answer = httpx.Response(status, text=body)
    elif body is None:
        answer = httpx.Response(status)
    else:
        answer = httpx.Response(status, json=body)
    server = Server(answer)
    api = Harness(w, mode, server, bearer_auth="t", retries=0)
    kwargs = {"name": "Gear"} if op == "create_widget" else {}
    with pytest.raises(w.ApiError) as info:
        await api(op, *args, **kwargs)

    error = info.value
    assert type(error) is getattr(w, cls)
    assert isinstance(error, w.ApiStatusError)
    assert isinstance(error, w.ClientError) == (400 <= status < 500)
    assert isinstance(error, w.ServerError) == (500 <= status < 600)
    assert error.status_code == status and error.operation == op
    assert error.response is not None and error.response.status_code == status
    if isinstance(expected, tuple):
        model, fields = expected
        assert type(error.body) is getattr(w.responses, model)
        assert error.body.model_dump(mode="json", exclude_unset=True) == fields
    elif type(error)._body_models():  # a documented error model that does not validate: built unvalidated, raw in .data
        assert error.data == expected and isinstance(error.body, type(error)._body_models())
    else:
        assert error.body == expected == error.data
    assert str(error).startswith(f"{op}: HTTP {status}")
    assert len(server.requests) == 1


async def test_invalid_success_body_raises_response_validation_error(w: ModuleType, mode: str) -> None:
    server = Server(
        ok(body={"id": "w1", "name": "Sprocket"}),
        ok(body={**WIDGET, "price": "2.5"}),  # strict: a string is not a number
        httpx.Response(200, content=b"<html>oops</html>"),
    )
    api = Harness(w, mode, server, bearer_auth="t")
    with pytest.raises(w.ResponseValidationError) as missing:
        await api("get_widget", "w1")
    with pytest.raises(w.ResponseValidationError) as wrong_type:
        await api("get_widget", "w1")
    with pytest.raises(w.ResponseValidationError) as not_json:
        await api("get_widget", "w1")

    error = missing.value
    assert error.status_code == 200 and error.operation == "get_widget" and error.response is not None
    assert str(error).startswith(
        "get_widget: HTTP 200 response body does not match responses.Widget (5 validation errors)"
    )
    assert {tuple(e["loc"]) for e in error.errors} == {
        ("color",),
        ("price",),
        ("tags",),
        ("description",),
        ("created_at",),
    }
    assert "color: Field required" in str(error)
    assert error.body == {"id": "w1", "name": "Sprocket"}
    assert [tuple(e["loc"]) for e in wrong_type.value.errors] == [("price",)]
    assert "Invalid JSON" in str(not_json.value) and not_json.value.body == "<html>oops</html>"
    assert len(server.requests) == 3  # never retried


# -- retries --------------------------------------------------------------------------------------
def error_body(message: str) -> dict[str, str]:
    return {"error": message}


async def test_idempotent_request_retried_on_5xx_with_exponential_backoff(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(500, json=error_body("boom")), httpx.Response(503, json=error_body("busy")), ok())
    api = Harness(w, mode, server, bearer_auth="t")
    widget = await api("get_widget", "w1")

    assert isinstance(widget, w.responses.Widget)
    assert len(server.requests) == 3
    assert [str(r.url) for r in server.requests] == [f"{BASE}/widgets/w1"] * 3
    assert len(api.sleeps) == 2
    assert 0.375 <= api.sleeps[0] <= 0.5  # 0.5 s minus up to 25 % jitter
    assert 0.75 <= api.sleeps[1] <= 1.0  # doubled


async def test_retries_exhausted_raise_the_last_error(w: ModuleType, mode: str) -> None:
    server = Server(*[httpx.Response(500, json=error_body(f"boom {i}")) for i in range(4)])
    api = Harness(w, mode, server, bearer_auth="t", retries=3)
    with pytest.raises(w.InternalServerError) as info:
        await api("delete_widget", "w1")
    assert len(server.requests) == 4 and len(api.sleeps) == 3
    assert info.value.body == w.responses.Error(error="boom 3")
    assert 1.5 <= api.sleeps[2] <= 2.0


async def test_post_not_retried_on_500(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(500, json=error_body("boom")), ok(201))
    api = Harness(w, mode, server, bearer_auth="t")
    with pytest.raises(w.InternalServerError):
        await api("create_widget", name="Gear")
    assert len(server.requests) == 1 and api.sleeps == []


async def test_post_retried_on_429_honouring_retry_after_seconds(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(429, json=error_body("slow down"), headers={"Retry-After": "3"}), ok(201))
    api = Harness(w, mode, server, bearer_auth="t")
    created = await api("create_widget", name="Gear")

    assert isinstance(created, w.responses.Widget)
    assert api.sleeps == [3.0]
    first, second = server.requests
    assert first.content == second.content == b'{"name":"Gear"}'


async def test_post_retried_on_503_honouring_retry_after_http_date(w: ModuleType, mode: str) -> None:
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=20)
    server = Server(
        httpx.Response(503, headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)}), ok(201)
    )
    api = Harness(w, mode, server, bearer_auth="t")
    await api("create_widget", name="Gear")
    assert len(server.requests) == 2
    assert len(api.sleeps) == 1 and 17.0 <= api.sleeps[0] <= 20.0


async def test_unreasonable_retry_after_falls_back_to_backoff(w: ModuleType, mode: str) -> None:
    server = Server(
        httpx.Response(429, headers={"Retry-After": "3600"}),
        httpx.Response(429, headers={"Retry-After": "soon"}),
        ok(201),
    )
    api = Harness(w, mode, server, bearer_auth="t")
    await api("create_widget", name="Gear")
    assert len(api.sleeps) == 2 and 0.375 <= api.sleeps[0] <= 0.5 and 0.75 <= api.sleeps[1] <= 1.0


async def test_retries_zero_disables_retries(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(503, json=error_body("busy")), ok())
    api = Harness(w, mode, server, bearer_auth="t", retries=0)
    with pytest.raises(w.ServiceUnavailableError) as info:
        await api("get_widget", "w1")
    assert info.value.body == w.responses.Error(error="busy")
    assert len(server.requests) == 1 and api.sleeps == []


async def test_client_errors_are_not_retried(w: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(404, json=error_body("no")), ok())
    api = Harness(w, mode, server, bearer_auth="t")
    with pytest.raises(w.NotFoundError):
        await api("get_widget", "w1")
    assert len(server.requests) == 1 and api.sleeps == []


async def test_transport_errors_retried_for_idempotent_requests_then_wrapped(w: ModuleType, mode: str) -> None:
    server = Server(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), ok())
    api = Harness(w, mode, server, bearer_auth="t")
    assert isinstance(await api("get_widget", "w1"), w.responses.Widget)
    assert len(server.requests) == 3 and len(api.sleeps) == 2

    server = Server(*[httpx.ConnectError("refused")] * 3)
    api = Harness(w, mode, server, bearer_auth="t")
    with pytest.raises(w.TransportError) as info:
        await api("get_widget", "w1")
    error = info.value
    assert isinstance(error, w.ApiError) and isinstance(error.__cause__, httpx.ConnectError)
    assert error.error is error.__cause__
    assert error.status_code is None and error.response is None
    assert str(error) == "get_widget: ConnectError: refused"
    assert len(server.requests) == 3


async def test_transport_errors_not_retried_for_post(w: ModuleType, mode: str) -> None:
    server = Server(httpx.ReadTimeout("slow"), ok(201))
    api = Harness(w, mode, server, bearer_auth="t")
    with pytest.raises(w.TransportError) as info:
        await api("create_widget", name="Gear")
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(server.requests) == 1 and api.sleeps == []


# -- pagination -----------------------------------------------------------------------------------
async def test_iterator_follows_next_page_urls_across_three_pages(w: ModuleType, mode: str) -> None:
    def page(n: int, ids: list[str], next_url: str | None) -> httpx.Response:
        items = [{**WIDGET, "id": i} for i in ids]
        return ok(body={"widgets": items, "meta": {"page": n, "next_page_url": next_url}})

    page2 = "https://api.widgets.test/v2/widgets?tag=a&PageToken=p2"
    page3 = "https://next.widgets.test/v2/widgets?tag=a&PageToken=p3"
    server = Server(page(1, ["w1", "w2"], page2), page(2, ["w3"], page3), page(3, ["w4"], None))
    api = Harness(w, mode, server, bearer_auth="t")
    api.client.iter_list_widgets(tag=["a"])  # lazy: nothing is sent before iteration
    assert server.requests == []
    widgets = await api.items("iter_list_widgets", tag=["a"], x_request_id="r1")

    assert [x.id for x in widgets] == ["w1", "w2", "w3", "w4"]
    assert all(isinstance(x, w.responses.Widget) for x in widgets)
    assert [str(r.url) for r in server.requests] == [f"{BASE}/widgets?tag=a", page2, page3]
    assert all(r.headers["authorization"] == "Bearer t" and r.headers["x-request-id"] == "r1" for r in server.requests)


async def test_iterator_raises_errors_of_later_pages(w: ModuleType, mode: str) -> None:
    first = ok(body={"widgets": [WIDGET], "meta": {"page": 1, "next_page_url": f"{BASE}/widgets?page=2"}})
    server = Server(first, httpx.Response(401, json=error_body("expired")))
    api = Harness(w, mode, server, bearer_auth="t")
    with pytest.raises(w.UnauthorizedError):
        await api.items("iter_list_widgets")
    assert len(server.requests) == 2


# -- raw responses --------------------------------------------------------------------------------
async def test_with_raw_response(w: ModuleType, mode: str) -> None:
    server = Server(
        ok(headers={"X-RateLimit-Remaining": "41"}), httpx.Response(404, json=error_body("no")), ok(body={"id": "x"})
    )
    api = Harness(w, mode, server, bearer_auth="t")
    raw = await api.raw("get_widget", "w1", expand=False)

    assert isinstance(raw, w.RawResponse)
    assert raw.status_code == 200 and raw.headers["x-ratelimit-remaining"] == "41"
    assert isinstance(raw.http_response, httpx.Response) and json.loads(raw.content) == WIDGET
    widget = raw.parse()
    assert isinstance(widget, w.responses.Widget) and raw.parse() is widget
    assert str(server.requests[0].url) == f"{BASE}/widgets/w1?expand=false"
    with pytest.raises(w.NotFoundError):  # error statuses still raise
        await api.raw("get_widget", "w1")
    invalid = await api.raw("get_widget", "w1")  # validation happens in parse()
    with pytest.raises(w.ResponseValidationError):
        invalid.parse()


# -- unusual corners (tests/client_fixtures/edges.yaml) -------------------------------------------
@pytest.fixture(scope="module")
def edges(out_dir: Path) -> ModuleType:
    return importlib.import_module("edges")


async def test_edges_path_styles_object_queries_header_arrays_and_and_ed_api_keys(edges: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(207, content=b"null"), httpx.Response(200, json={"a": 1}))
    api = Harness(edges, mode, server, base_url="http://h/relative", qkey="Q", ckey="C v", retries=0)
    thing = edges.models.Thing(a=1)
    result = await api(
        "post_array", 7, "x y", body=[thing], x_tags=["p", "q"], obj={"k": "v", "k2": "v2"}, flat={"k": "v"}
    )
    anonymous = Harness(edges, mode, server, base_url="http://h/relative")  # the optional-auth alternative
    assert await anonymous("post_array", 1, "b", body=[]) == edges.responses.Thing(a=1)

    first, second = server.requests
    assert result is None  # 2XX range, nullable model, JSON null
    assert str(first.url) == "http://h/relative/things/.7/;b=x%20y?k=v&k2=v2&flat=k%2Cv&api_key=Q"
    assert first.headers["x-tags"] == "p,q" and first.headers["cookie"] == "sid=C%20v"
    assert first.headers["content-type"] == "application/json" and first.content == b'[{"a":1}]'
    assert str(second.url) == "http://h/relative/things/.1/;b=b" and "cookie" not in second.headers


async def test_edges_range_and_default_error_responses(edges: ModuleType, mode: str) -> None:
    server = Server(httpx.Response(422, json={"a": 5}), httpx.Response(500, text="kaput"))
    api = Harness(edges, mode, server, base_url="http://h", retries=0)
    with pytest.raises(edges.ClientError) as client_error:  # 4XX: documented as a range
        await api("post_array", 1, "b", body=[])
    assert type(client_error.value) is edges.ClientError and client_error.value.body == edges.responses.Thing(a=5)
    with pytest.raises(edges.ServerError) as server_error:  # default: text/plain
        await api("post_array", 1, "b", body=[])
    assert (
        server_error.value.body == "kaput"
        and str(server_error.value) == "post_array: HTTP 500 Internal Server Error: kaput"
    )


async def test_edges_text_binary_and_untyped_bodies(edges: ModuleType, mode: str) -> None:
    server = Server(
        httpx.Response(200, content=b"\x00\x01"),
        httpx.Response(200, content=b"\x02"),
        httpx.Response(202, content=b"ignored"),
        httpx.Response(200, json={"any": [1, None]}),
    )
    api = Harness(edges, mode, server, base_url="http://h", oauth="tok")
    assert await api("put_text", body="h\u00e9llo") == b"\x00\x01"
    assert await api("put_text") == b"\x02"  # optional body left out
    assert await api("post_bin", body=b"\xff") is None  # no documented success: any 2xx is None
    assert await api("get_anything") == {"any": [1, None]}

    text, empty, binary, anything = server.requests
    assert (text.headers["content-type"], text.content) == ("text/plain", "h\u00e9llo".encode())
    assert text.headers["authorization"] == "Bearer tok"  # oauth2: the access token as a bearer token
    assert "content-type" not in empty.headers and empty.content == b""
    assert (binary.headers["content-type"], binary.content) == ("application/octet-stream", b"\xff")
    assert "authorization" not in binary.headers  # security: [] on this operation
    assert anything.method == "GET"


async def test_edges_ndjson_response_is_a_list_of_validated_items(edges: ModuleType, mode: str) -> None:
    server = Server(
        httpx.Response(200, content=b'{"a": 1}\n\n{"a": 2}\r\n{}\n', headers={"content-type": "application/x-ndjson"}),
        httpx.Response(200, content=b""),
        httpx.Response(200, content=b'{"a": 1}\n{"a": "2"}\n'),
    )
    api = Harness(edges, mode, server, base_url="http://h")
    Thing = edges.responses.Thing
    assert await api("get_events") == [Thing(a=1), Thing(a=2), Thing()]
    assert await api("get_events") == []
    with pytest.raises(edges.ResponseValidationError) as invalid:  # strict: "2" is not an integer
        await api("get_events")
    assert invalid.value.expected == "list[responses.Thing]"
    assert [e["loc"] for e in invalid.value.errors] == [(1, "a")]
    assert "1.a: " in invalid.value.message


def test_edges_relative_server_means_base_url_is_required(edges: ModuleType) -> None:
    with pytest.raises(TypeError, match="base_url"):
        edges.Client()


# -- construction and lifetime --------------------------------------------------------------------
def test_constructor_defaults_and_sync_context_manager(w: ModuleType) -> None:
    client = w.Client(bearer_auth="t")  # every other argument is optional
    assert client.base_url == BASE  # the spec's first server
    with w.Client("http://localhost:9/api/", bearer_auth="t", transport=httpx.MockTransport(Server(ok()))) as local:
        assert local.base_url == "http://localhost:9/api"
        http = local._http
    assert http.is_closed
    injected = httpx.Client(transport=httpx.MockTransport(Server(ok())))
    with w.Client(http_client=injected, bearer_auth="t") as borrowed:
        borrowed.get_widget("w1")
    assert not injected.is_closed  # not ours to close
    injected.close()
    client.close()
    with pytest.raises(ValueError, match="either http_client or transport"):
        w.Client(http_client=injected, transport=httpx.MockTransport(Server()))
    with pytest.raises(ValueError, match="retries"):
        w.Client(retries=-1)


async def test_async_context_manager(w: ModuleType) -> None:
    async with w.AsyncClient(bearer_auth="t", transport=httpx.MockTransport(Server(ok()))) as client:
        assert isinstance(await client.get_widget("w1"), w.responses.Widget)
        http = client._http
    assert http.is_closed


def test_per_call_timeout_overrides_client_timeout(w: ModuleType) -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return ok()

    with w.Client(timeout=7.0, bearer_auth="t", transport=httpx.MockTransport(handler)) as client:
        client.get_widget("w1")
        client.get_widget("w1", timeout=1.5)
    assert seen[0]["read"] == 7.0 and seen[1]["read"] == 1.5


# -- generated code quality -----------------------------------------------------------------------
def test_generation_is_deterministic(out_dir: Path) -> None:
    result = check(JOBS, out_dir)
    assert result.ok and result.changed == []


def test_sample_usage_runs(out_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("sample_client_usage", SAMPLE)
    assert spec is not None and spec.loader is not None
    sample = importlib.util.module_from_spec(spec)
    sys.modules["sample_client_usage"] = sample
    spec.loader.exec_module(sample)
    assert sample.use_sync() == [
        "Sprocket:2024",
        "page 1",
        "Gear",
        "job-1",
        "deleted",
        "raw 200 w1",
        "w1",
        "w2",
        "404 no such widget",
        "400 name",
        "invalid 200",
    ]
    import asyncio

    assert asyncio.run(sample.use_async()) == ["Sprocket", "job-1", "raw 204", "w1", "w2", "404 404"]


def _mypy(out_dir: Path, *targets: str) -> tuple[str, int]:
    from mypy import api as mypy_api

    env_before = os.environ.get("MYPYPATH")
    os.environ["MYPYPATH"] = os.pathsep.join([str(out_dir), str(SAMPLE.parent)])
    try:
        stdout, stderr, status = mypy_api.run(
            [
                "--strict",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "--cache-dir",
                str(out_dir / ".mypy_cache"),
                "--no-error-summary",
                "--show-error-codes",
                *targets,
            ]
        )
    finally:
        if env_before is None:
            del os.environ["MYPYPATH"]
        else:
            os.environ["MYPYPATH"] = env_before
    return stdout + stderr, status


def test_mypy_strict_on_generated_client_and_sample_usage(out_dir: Path) -> None:
    output, status = _mypy(out_dir, "-p", "widgets", "-p", "edges", "-p", "paging", "-m", SAMPLE.stem)
    assert status == 0, output

    bad = out_dir / "bad_usage.py"
    bad.write_text(
        "from widgets import Client, models\n"
        "client = Client()\n"
        "client.get_widget(123)\n"
        "client.create_widget(color='purple')\n"
        "page: models.Widget = client.list_widgets()\n"
        "client.update_widget('w1', name='x', tags='not-a-list')\n",
        encoding="utf-8",
    )
    output, status = _mypy(out_dir, "-m", "bad_usage")
    assert status == 1
    lines = output.splitlines()
    assert any(":3: error:" in line and "arg-type" in line for line in lines), output
    assert any(":4: error:" in line and 'Missing named argument "name"' in line for line in lines), output
    assert any(":4: error:" in line and "purple" in line for line in lines), output
    assert any(":5: error:" in line and "assignment" in line for line in lines), output
    assert any(":6: error:" in line and "arg-type" in line for line in lines), output
