"""The client runtime (generator/runtime/client.py), imported directly rather than through a generated copy.

Every generated package carries a verbatim copy of this module as ``_client_runtime.py``; the
generated ``client.py`` passes in what is spec-specific. These tests drive the spec-free parts:
retry decisions and delays, wire encoding, response classification and parsing (ndjson too),
raw responses, and the sync and async transports over ``httpx.MockTransport``.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
from pydantic import MISSING

from generator.runtime import client as rt
from tests.fakes import Server

GET_URL = "https://api.test/v1/things"


class Thing(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, validate_by_name=True, serialize_by_alias=True)

    thing_id: int = pydantic.Field(alias="thingId")
    note: str | None = None


class Page(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True)

    items: list[int]
    next: str | None = None


class NotFound(rt.ClientError):
    pass


STATUS_ERRORS: dict[int, type[rt.ApiStatusError]] = {404: NotFound}


def op(method: str = "GET", **options: Any) -> rt._Op[Any]:
    responses = options.pop("responses", {"200": rt._parser("json", Thing, "Thing")})
    return rt._Op(
        "get_thing", method, STATUS_ERRORS, security=options.pop("security", ()), responses=responses, **options
    )


def response(status: int, content: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers, request=httpx.Request("GET", GET_URL))


# -- retries -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "status", "retried"),
    [
        ("GET", 500, True),
        ("PUT", 502, True),
        ("DELETE", 504, True),
        ("POST", 500, False),
        ("PATCH", 502, False),
        ("POST", 429, True),
        ("POST", 503, True),
        ("GET", 404, False),
        ("GET", 409, False),
    ],
)
def test_should_retry_by_method_and_status(method: str, status: int, retried: bool) -> None:
    assert rt._should_retry(op(method), status) is retried


def test_retry_after_seconds_date_and_garbage() -> None:
    assert rt._retry_after(response(429, headers={"retry-after": "3"})) == 3.0
    assert rt._retry_after(response(429, headers={"retry-after": "-5"})) == 0.0
    assert rt._retry_after(response(429, headers={"retry-after": "soon"})) is None
    assert rt._retry_after(response(429)) is None
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=30)
    after = rt._retry_after(response(503, headers={"retry-after": email.utils.format_datetime(later, usegmt=True)}))
    assert after is not None and 28.0 <= after <= 30.0
    past = email.utils.format_datetime(datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC), usegmt=True)
    assert rt._retry_after(response(503, headers={"retry-after": past})) == 0.0


def test_retry_delay_honours_a_sensible_retry_after_only() -> None:
    assert rt._retry_delay(0, response(429, headers={"retry-after": "7"})) == 7.0
    assert rt._retry_delay(5, response(429, headers={"retry-after": "0"})) == 0.0
    too_long = rt._retry_delay(0, response(429, headers={"retry-after": str(rt._MAX_RETRY_AFTER + 1)}))
    assert 0.75 * rt._INITIAL_BACKOFF <= too_long <= rt._INITIAL_BACKOFF


@pytest.mark.parametrize("jitter", [0.0, 0.999999])
def test_backoff_doubles_with_jitter_and_is_capped(monkeypatch: pytest.MonkeyPatch, jitter: float) -> None:
    monkeypatch.setattr(random, "random", lambda: jitter)
    for attempt in range(10):
        full = min(rt._INITIAL_BACKOFF * 2**attempt, rt._MAX_BACKOFF)
        delay = rt._retry_delay(attempt, None)
        assert full * 0.75 <= delay <= full
        assert delay == pytest.approx(full * (1 - 0.25 * jitter))
    assert rt._retry_delay(30, None) <= rt._MAX_BACKOFF


# -- the retry loop, without I/O ---------------------------------------------------------------------
def core(retries: int = 2, **credentials: rt._Credential | None) -> rt._Core:
    c = rt._Core()
    c._setup("https://api.test/v1/", credentials, MISSING, retries, {"X-Default": "d"}, None, None)
    c._http = httpx.Client()
    return c


def test_exchange_retries_a_5xx_get_then_returns_the_success() -> None:
    request = httpx.Request("GET", GET_URL)
    first, second = response(500), response(200, b"{}")
    flow = rt._Flow(core()._exchange(op("GET"), request))
    assert flow.action is request
    flow.send(first)
    wait = flow.action
    assert isinstance(wait, rt._Wait) and wait.response is first and 0 < wait.seconds <= rt._INITIAL_BACKOFF
    flow.send(None)
    assert flow.action is request and not flow.done
    flow.send(second)
    assert flow.done and flow.response is second


def test_exchange_returns_the_last_answer_when_retries_run_out() -> None:
    flow = rt._Flow(core(retries=1)._exchange(op("GET"), httpx.Request("GET", GET_URL)))
    flow.send(response(503, headers={"retry-after": "2"}))
    assert isinstance(flow.action, rt._Wait) and flow.action.seconds == 2.0
    flow.send(None)
    last = response(503)
    flow.send(last)
    assert flow.done and flow.response is last


def test_exchange_does_not_retry_errors_that_are_not_retryable() -> None:
    for method, status in (("POST", 500), ("GET", 400), ("GET", 302)):
        flow = rt._Flow(core()._exchange(op(method), httpx.Request(method, GET_URL)))
        answer = response(status)
        flow.send(answer)
        assert flow.done and flow.response is answer


def test_exchange_wraps_transport_errors_after_retrying_idempotent_calls() -> None:
    failure = httpx.ConnectError("refused")
    flow = rt._Flow(core(retries=1)._exchange(op("GET"), httpx.Request("GET", GET_URL)))
    flow.throw(failure)
    assert isinstance(flow.action, rt._Wait) and flow.action.response is None
    flow.send(None)
    with pytest.raises(rt.TransportError) as raised:
        flow.throw(failure)
    assert raised.value.error is failure and raised.value.__cause__ is failure
    assert raised.value.operation == "get_thing" and raised.value.status_code is None
    post = rt._Flow(core()._exchange(op("POST"), httpx.Request("POST", GET_URL)))
    with pytest.raises(rt.TransportError):
        post.throw(failure)  # never retried: the request may have arrived


# -- wire encoding -----------------------------------------------------------------------------------
def test_scalars_paths_headers_and_cookies() -> None:
    assert [rt._s(v) for v in ("x", True, False, None, 3, 2.5)] == ["x", "true", "false", "", "3", "2.5"]
    assert rt._s(datetime.date(2024, 5, 1)) == "2024-05-01"
    assert rt._s({"k": [1, None]}) == '{"k": [1, null]}'
    assert rt._path("a/b c") == "a%2Fb%20c"
    assert rt._path(["x,y", 2]) == "x%2Cy,2"
    assert rt._headers(("x-list", [1, 2]), ("x-obj", {"a": 1, "b": True}), ("x-none", None)) == {
        "x-list": "1,2",
        "x-obj": "a,1,b,true",
    }
    assert rt._headers(("x-none", None)) is None
    assert rt._cookies({"x": "1"}, ("sid", "a b;c"), ("gone", None)) == {"x": "1", "cookie": "sid=a%20b%3Bc"}
    assert rt._cookies(None, ("gone", None)) is None


def test_query_styles() -> None:
    pairs = rt._query(
        ("ids", [1, 2], "form", True),
        ("flat", [1, 2], "form", False),
        ("space", ["a", "b"], "spaceDelimited", False),
        ("pipe", ["a", "b"], "pipeDelimited", True),
        ("obj", {"k": "v", "n": None}, "form", True),
        ("objflat", {"k": "v", "j": 2}, "form", False),
        ("deep", {"a": {"b": 1, "skip": None}, "c": [1, 2], "d": MISSING}, "deepObject", True),
        ("none", None, "form", True),
        ("flag", False, "form", True),
    )
    assert pairs == [
        ("ids", "1"),
        ("ids", "2"),
        ("flat", "1,2"),
        ("space", "a b"),
        ("pipe", "a|b"),
        ("k", "v"),
        ("objflat", "k,v,j,2"),
        ("deep[a][b]", "1"),
        ("deep[c]", "1"),
        ("deep[c]", "2"),
        ("flag", "false"),
    ]
    assert rt._query(("none", None, "form", True)) is None


def test_json_bodies_use_wire_names_and_leave_missing_out() -> None:
    thing = Thing(thing_id=1)
    assert json.loads(rt._fields_json((("thing", thing), ("gone", MISSING), ("null", None)), False) or b"") == {
        "thing": {"thingId": 1, "note": None},
        "null": None,
    }
    assert rt._fields_json((("gone", MISSING),), True) is None
    assert rt._fields_json((("gone", MISSING),), False) == b"{}"
    assert rt._value_json([thing]) == b'[{"thingId":1,"note":null}]'
    assert rt._value_json(MISSING) is None


def test_form_bodies() -> None:
    fields = (("b", True), ("list", [1, None, 2]), ("none", None), ("gone", MISSING), ("s", "a b&c"))
    assert rt._fields_form(fields, False) == b"b=true&list=1&list=2&s=a+b%26c"
    assert rt._fields_form((("gone", MISSING),), True) is None
    assert rt._fields_form((("gone", MISSING),), False) == b""
    assert rt._value_form(Thing(thing_id=3, note="n")) == b"thingId=3&note=n"
    assert rt._value_form(MISSING) is None


def test_multipart_bodies_split_files_from_fields() -> None:
    upload = ("a.txt", b"data", "text/plain")
    body = rt._fields_multipart(
        (("f", b"\x00"), ("t", [upload]), ("n", 1), ("r", ["x", "y", "z"]), ("gone", None)), False
    )
    assert body is not None
    assert body.parts() == (
        {"n": "1", "r": ["x", "y", "z"]},
        [("f", ("f", b"\x00", "application/octet-stream")), ("t", upload)],
    )
    assert rt._fields_multipart((("gone", MISSING),), True) is None
    whole = rt._value_multipart({"n": 2})
    assert whole is not None and whole.data == {"n": "2"} and whole.files == []


def test_text_binary_and_ndjson_bodies() -> None:
    assert rt._value_text("h\u00e9") == "h\u00e9".encode()
    assert rt._value_binary(b"\xff") == b"\xff"
    assert rt._value_text(MISSING) is None and rt._value_binary(MISSING) is None
    assert rt._value_ndjson([Thing(thing_id=1), {"a": None}]) == b'{"thingId":1,"note":null}\n{"a":null}\n'
    assert rt._value_ndjson(MISSING) is None


def test_credentials() -> None:
    basic = rt._credential("basic", "user", "p:w")
    assert basic is not None and basic.headers == {"authorization": "Basic dXNlcjpwOnc="}
    assert rt._credential("basic", None, None) is None
    bearer = rt._credential("oauth2", "tok")
    assert bearer is not None and bearer.headers == {"authorization": "Bearer tok"}
    query = rt._credential("apiKey", "k", name="api_key", location="query")
    assert query is not None and query.params == (("api_key", "k"),) and query.headers == {}
    cookie = rt._credential("apiKey", "c", name="sid", location="cookie")
    assert cookie is not None and cookie.cookies == (("sid", "c"),)
    header = rt._credential("apiKey", "h", name="X-Key", location="header")
    assert header is not None and header.headers == {"x-key": "h"}
    assert rt._credential("apiKey", None, name="X-Key", location="header") is None


# -- response classification and parsing -------------------------------------------------------------
def test_parser_choice_by_encoding() -> None:
    assert isinstance(rt._parser("json", Thing, "Thing"), rt._ModelParser)
    assert type(rt._parser("json", list[int], "list[int]")) is rt._JsonParser
    assert type(rt._parser("json", Thing | None, "Thing | None")) is rt._JsonParser
    assert isinstance(rt._parser("ndjson", Thing, "list[Thing]"), rt._NdjsonParser)
    assert rt._parser("text", str, "str") is rt._TEXT
    assert rt._parser("binary", bytes, "bytes") is rt._BYTES


def test_parsers_validate_strictly() -> None:
    assert rt._parser("json", Thing, "Thing")(response(200, b'{"thingId": 4}')) == Thing(thing_id=4)
    with pytest.raises(pydantic.ValidationError):
        rt._parser("json", Thing, "Thing")(response(200, b'{"thingId": "4"}'))
    with pytest.raises(pydantic.ValidationError):
        rt._parser("json", list[int], "list[int]")(response(200, b'["1"]'))
    assert rt._parser("json", list[int], "list[int]")(response(200, b"[1, 2]")) == [1, 2]
    assert rt._parser("text", str, "str")(response(200, "h\u00e9".encode())) == "h\u00e9"
    assert rt._parser("binary", bytes, "bytes")(response(200, b"\x00")) == b"\x00"


def test_ndjson_parses_each_line_and_locates_the_bad_item() -> None:
    parse = rt._parser("ndjson", Thing, "list[Thing]")
    body = b'{"thingId": 1}\n\n  \n{"thingId": 2, "note": "x"}\r\n{"thingId": 3}'
    assert parse(response(200, body)) == [Thing(thing_id=1), Thing(thing_id=2, note="x"), Thing(thing_id=3)]
    assert parse(response(200, b"")) == []
    with pytest.raises(pydantic.ValidationError) as invalid:
        parse(response(200, b'{"thingId": 1}\n\n{"thingId": "2", "note": "{x}"}\n'))
    assert [(e["loc"], e["type"]) for e in invalid.value.errors()] == [((1, "thingId"), "int_type")]
    with pytest.raises(pydantic.ValidationError) as broken:
        parse(response(200, b'{"thingId": 1}\nnot json\n'))
    assert broken.value.errors()[0]["loc"] == (1,) and broken.value.errors()[0]["type"] == "json_invalid"
    numbers = rt._parser("ndjson", int, "list[int]")
    assert numbers(response(200, b"1\n2\n")) == [1, 2]


def test_op_sorts_documented_statuses() -> None:
    text = rt._parser("text", str, "str")
    o = op(
        "POST",
        responses={"201": rt._parser("json", Thing, "Thing"), "204": None, "2XX": text, "404": None, "4XX": text},
    )
    assert set(o.success) == {201, 204} and o.success[204] is rt._EMPTY and o.success_any is text
    assert o.errors == {} and o.error_ranges == {4: text} and o.error_default is None
    assert not o.idempotent and o.accepts(299) and not o.accepts(300)
    bare = op(responses={"default": text})
    assert bare.success == {} and bare.success_any is rt._EMPTY and bare.error_default is text


def test_op_parse_classifies_errors_by_status() -> None:
    o = op(responses={"200": rt._parser("json", Thing, "Thing"), "404": rt._parser("json", Thing, "Thing")})
    assert o.parse(response(200, b'{"thingId": 1}')) == Thing(thing_id=1)
    not_found = o.status_error(response(404, b'{"thingId": 9}'))
    assert type(not_found) is NotFound and not_found.body == Thing(thing_id=9) and not_found.status_code == 404
    raw_404 = o.status_error(response(404, b'{"other": 1}'))  # does not validate: the raw JSON value
    assert type(raw_404) is NotFound and raw_404.body == {"other": 1}
    assert type(o.status_error(response(400, b"bad"))) is rt.ClientError
    server = o.status_error(response(502, b"oops"))
    assert type(server) is rt.ServerError and server.body == "oops"
    assert "get_thing: HTTP 502 Bad Gateway: oops" in str(server)
    assert type(o.status_error(response(302))) is rt.UnexpectedStatusError
    with pytest.raises(rt.UnexpectedStatusError):
        o.parse(response(201, b"{}"))  # an undocumented 2xx
    with pytest.raises(rt.ResponseValidationError) as invalid:
        o.parse(response(200, b'{"thingId": true}'))
    assert invalid.value.expected == "Thing" and invalid.value.body == {"thingId": True}
    assert invalid.value.errors[0]["loc"] == ("thingId",)
    assert "does not match Thing (1 validation error)" in invalid.value.message


def test_raw_response_parses_once() -> None:
    calls: list[int] = []

    class Counting(rt._Parser[int]):
        def __call__(self, response: httpx.Response) -> int:
            calls.append(1)
            return len(response.content)

    o: rt._Op[int] = op(responses={"200": Counting("int")})
    raw = o.raw(response(200, b"abc", headers={"x-request-id": "r1"}))
    assert (raw.status_code, raw.headers["x-request-id"], raw.content) == (200, "r1", b"abc")
    assert raw.parse() == 3 and raw.parse() == 3 and len(calls) == 1
    assert repr(raw) == "<RawResponse [200] get_thing>"
    with pytest.raises(NotFound):
        o.raw(response(404))


# -- the sync and async transports -------------------------------------------------------------------
def options(recorder: Server, sleeps: list[float], **extra: Any) -> dict[str, Any]:
    return {
        "base_url": "https://api.test/v1/",
        "credentials": {"key": rt._credential("apiKey", "k", name="api_key", location="query")},
        "timeout": MISSING,
        "retries": 2,
        "headers": {"X-Default": "d"},
        "http_client": None,
        "transport": httpx.MockTransport(recorder),
        **extra,
    }


PAGED = op(
    responses={"200": rt._parser("json", Page, "Page")},
    security=(("key",),),
    pagination=(("next",), ("items",)),
)
POST = op("POST", security=(("key",),), content_type="application/json")


@pytest.fixture
def sleeps() -> Iterator[list[float]]:
    yield []


PAGED_FORM = op(
    responses={"200": rt._parser("json", Page, "Page")},
    pagination=(("next",), ("items",)),
    content_type="application/x-www-form-urlencoded",
)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_every_page_repeats_the_request_body(mode: str, sleeps: list[float]) -> None:
    """A list whose operation has a body (Stripe's GETs declare form bodies) sends it with every page."""
    pages = [
        httpx.Response(200, json={"items": [1, 2], "next": "/v1/things?page=2"}),
        httpx.Response(200, json={"items": [3], "next": None}),
    ]
    body = rt._fields_form((("q", "x"),), True, {"extra": "1"})
    recorder = Server(*pages)
    url = "https://api.test/v1/things"
    if mode == "sync":
        with rt._SyncBase(**options(recorder, sleeps), sleep=sleeps.append) as base:
            items = list(base._iter_items(PAGED_FORM, url, None, None, body, None, MISSING))
    else:

        async def sleep(seconds: float) -> None:
            sleeps.append(seconds)

        async with rt._AsyncBase(**options(recorder, sleeps), sleep=sleep) as abase:
            items = [i async for i in abase._iter_items(PAGED_FORM, url, None, None, body, None, MISSING)]
    assert items == [1, 2, 3]
    assert [r.content for r in recorder.requests] == [b"q=x&extra=1", b"q=x&extra=1"]
    assert {r.headers["content-type"] for r in recorder.requests} == {"application/x-www-form-urlencoded"}


def test_sync_base_sends_retries_and_pages(sleeps: list[float]) -> None:
    recorder = Server(
        httpx.ConnectError("down"),
        httpx.Response(503, headers={"retry-after": "1"}),
        httpx.Response(200, json={"items": [1, 2], "next": "/v1/things?page=2"}),
        httpx.Response(200, json={"items": [3], "next": None}),
    )
    with rt._SyncBase(**options(recorder, sleeps), sleep=sleeps.append) as base:
        assert base.base_url == "https://api.test/v1" and repr(base) == "<_SyncBase https://api.test/v1>"
        items = list(
            base._iter_items(PAGED, base.base_url + "/things", [("q", "x")], {"x-h": "1"}, None, None, MISSING)
        )
    assert items == [1, 2, 3]
    assert sleeps[1] == 1.0 and 0 < sleeps[0] <= rt._INITIAL_BACKOFF
    urls = [str(r.url) for r in recorder.requests]
    assert urls == [
        "https://api.test/v1/things?q=x&api_key=k",
        "https://api.test/v1/things?q=x&api_key=k",
        "https://api.test/v1/things?q=x&api_key=k",
        "https://api.test/v1/things?page=2&api_key=k",
    ]
    assert all(r.headers["x-default"] == "d" and r.headers["x-h"] == "1" for r in recorder.requests)


def test_sync_base_body_content_type_raw_responses_and_errors(sleeps: list[float]) -> None:
    recorder = Server(httpx.Response(200, json={"thingId": 1}), httpx.Response(404, json={"thingId": 2}))
    base = rt._SyncBase(**options(recorder, sleeps), sleep=sleeps.append)
    body = rt._fields_json((("thingId", 1),), False)
    raw = base._send_raw(POST, base.base_url + "/things", None, None, body, {"X-Extra": "e"}, 5.0)
    assert raw.parse() == Thing(thing_id=1)
    sent = recorder.requests[0]
    assert (sent.method, sent.content, sent.headers["content-type"]) == ("POST", b'{"thingId":1}', "application/json")
    assert sent.headers["x-extra"] == "e" and sent.extensions["timeout"]["read"] == 5.0
    with pytest.raises(NotFound) as missing:
        base._send(POST, base.base_url + "/things", None, None, None, None, MISSING)
    assert missing.value.body == {"thingId": 2} and "content-type" not in recorder.requests[1].headers
    assert sleeps == []  # a POST is not retried on 4xx
    base.close()


def test_sync_base_multipart_gets_its_boundary_from_httpx(sleeps: list[float]) -> None:
    recorder = Server(httpx.Response(200, json={"thingId": 1}))
    base = rt._SyncBase(**options(recorder, sleeps), sleep=sleeps.append)
    body = rt._fields_multipart((("file", b"\x00"), ("n", 1)), False)
    base._send(POST, base.base_url + "/things", None, None, body, None, MISSING)
    sent = recorder.requests[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="n"\r\n\r\n1\r\n' in sent.content and b"\x00" in sent.content


def test_multipart_without_files_is_still_multipart(sleeps: list[float]) -> None:
    recorder = Server(httpx.Response(200, json={"thingId": 1}))
    base = rt._SyncBase(**options(recorder, sleeps), sleep=sleeps.append)
    body = rt._fields_multipart((("n", 1), ("r", ["x", "y"])), False)
    assert body is not None and body.parts() == (None, [("n", (None, "1")), ("r", (None, "x")), ("r", (None, "y"))])
    base._send(POST, base.base_url + "/things", None, None, body, None, MISSING)
    sent = recorder.requests[0]
    content_type = sent.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=")[1].encode()
    assert sent.content == b"".join(
        b"--" + boundary + b'\r\nContent-Disposition: form-data; name="' + name + b'"\r\n\r\n' + value + b"\r\n"
        for name, value in ((b"n", b"1"), (b"r", b"x"), (b"r", b"y"))
    ) + (b"--" + boundary + b"--\r\n")


def test_multipart_parts_take_the_types_the_spec_declares_when_given_none() -> None:
    assert rt._declared_type("image/png, image/jpeg", None) == "image/png"
    assert rt._declared_type("image/png, image/jpeg", "image/jpeg") == "image/jpeg"
    assert rt._declared_type("image/png, image/jpeg", "text/plain") == "image/png"
    assert rt._declared_type("image/*", "image/gif") == "image/gif"
    assert rt._declared_type("image/*", "text/plain") is None and rt._declared_type("*/*", None) is None
    assert rt._declared_type("*/*", "text/plain") == "text/plain"
    assert rt._file_part("f", b"x", "application/pdf") == ("f", b"x", "application/pdf")
    assert rt._file_part("f", ("a.txt", b"x"), "application/pdf, text/*") == ("a.txt", b"x", "text/plain")
    assert rt._file_part("f", ("a.txt", b"x", "text/x-mine"), "application/pdf")[2] == "text/x-mine"
    assert rt._file_part("f", b"x", "image/*")[2] == "application/octet-stream"  # nothing concrete declared
    body = rt._fields_multipart((("meta", {"a": 1}), ("n", 1), ("tags", ["x", "y"]), ("f", b"\x00")), False)
    assert body is not None
    types = {"meta": "application/json", "tags": "text/plain; charset=utf-8", "f": "image/png"}
    assert body.parts(types) == (
        {"n": "1"},
        [
            ("f", ("f", b"\x00", "image/png")),
            ("meta", (None, '{"a": 1}', "application/json")),
            ("tags", (None, "x", "text/plain; charset=utf-8")),
            ("tags", (None, "y", "text/plain; charset=utf-8")),
        ],
    )
    fields_only = rt._fields_multipart((("meta", {"a": 1}),), False)
    assert fields_only is not None and fields_only.parts(types) == (
        {},
        [("meta", (None, '{"a": 1}', "application/json"))],
    )


def test_a_field_of_a_declared_type_is_sent_as_a_part_of_that_type(sleeps: list[float]) -> None:
    recorder = Server(httpx.Response(200, json={"thingId": 1}))
    base = rt._SyncBase(**options(recorder, sleeps), sleep=sleeps.append)
    upload = op("POST", content_type="multipart/form-data", part_types={"meta": "application/json", "f": "image/png"})
    body = rt._fields_multipart((("meta", {"a": 1}), ("n", 1), ("f", b"\x00")), False)
    base._send(upload, base.base_url + "/things", None, None, body, None, MISSING)
    sent = recorder.requests[0].content
    assert b'name="meta"\r\nContent-Type: application/json\r\n\r\n{"a": 1}\r\n' in sent
    assert b'name="f"; filename="f"\r\nContent-Type: image/png\r\n\r\n\x00\r\n' in sent
    assert b'name="n"\r\n\r\n1\r\n' in sent


def test_bases_refuse_bad_options(sleeps: list[float]) -> None:
    with pytest.raises(ValueError, match="either http_client or transport"):
        rt._SyncBase(**options(Server(), sleeps, http_client=httpx.Client()), sleep=sleeps.append)
    with pytest.raises(ValueError, match="retries must be >= 0"):
        rt._SyncBase(**options(Server(), sleeps, retries=-1), sleep=sleeps.append)


def test_injected_http_client_is_used_and_not_closed(sleeps: list[float]) -> None:
    recorder = Server(httpx.Response(200, json={"thingId": 5}))
    http = httpx.Client(transport=httpx.MockTransport(recorder), timeout=3.0)
    with rt._SyncBase(**options(recorder, sleeps, transport=None, http_client=http), sleep=sleeps.append) as base:
        assert base._send(POST, base.base_url + "/t", None, None, None, None, MISSING) == Thing(thing_id=5)
    assert not http.is_closed and recorder.requests[0].extensions["timeout"]["read"] == 3.0
    http.close()


async def test_async_base_behaves_like_the_sync_one(sleeps: list[float]) -> None:
    recorder = Server(
        httpx.Response(500),
        httpx.Response(200, json={"items": [1], "next": "https://api.test/v1/things?page=2"}),
        httpx.Response(200, json={"items": [2], "next": "https://api.test/v1/things?page=2"}),  # repeats: stop
        httpx.ConnectError("down"),
    )

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with rt._AsyncBase(**options(recorder, sleeps), sleep=sleep) as base:
        items = [i async for i in base._iter_items(PAGED, base.base_url + "/things", None, None, None, None, MISSING)]
        assert items == [1, 2] and len(sleeps) == 1
        with pytest.raises(rt.TransportError):
            await base._send(POST, base.base_url + "/things", None, None, None, None, MISSING)
    assert len(recorder.requests) == 4 and len(sleeps) == 1  # the POST's transport error is not retried
    assert base._http.is_closed


def test_file_parts_send_a_real_name_and_media_type(tmp_path: Path) -> None:
    import io

    from generator.runtime.server import UploadFile

    assert rt._file_part("avatar", b"\x00") == ("avatar", b"\x00", "application/octet-stream")
    assert rt._file_part("f", ("pic.png", b"P")) == ("pic.png", b"P", "image/png")
    assert rt._file_part("f", ("x.bin", b"P", "image/gif")) == ("x.bin", b"P", "image/gif")
    assert rt._file_part("f", (None, bytearray(b"P"), None)) == ("f", b"P", "application/octet-stream")
    assert rt._file_part("f", UploadFile(b"u", "up.txt", "text/x-u")) == ("up.txt", UploadFile(b"u"), "text/x-u")
    path = tmp_path / "notes.txt"
    path.write_bytes(b"n")
    with path.open("rb") as fh:
        name, content, media = rt._file_part("f", fh)
        assert (name, content, media) == ("notes.txt", fh, "text/plain")
    assert rt._file_part("f", ("C:\\dir\\a.pdf", io.BytesIO(b"%")))[::2] == ("a.pdf", "application/pdf")
    assert rt._is_file_tuple(("a", b"x")) and rt._is_file_tuple(("a", b"x", "t/t")) and rt._is_file_tuple((None, b""))
    assert not rt._is_file_tuple(("a", "b")) and not rt._is_file_tuple((b"a", b"b")) and not rt._is_file_tuple(("a",))
    body = rt._fields_multipart((("one", ("a.txt", b"A")), ("many", (b"1", b"2"))), False)
    assert body is not None
    assert body.parts()[1] == [
        ("one", ("a.txt", b"A", "text/plain")),
        ("many", ("many", b"1", "application/octet-stream")),
        ("many", ("many", b"2", "application/octet-stream")),
    ]


def test_binary_bodies_take_bytes_or_a_binary_file() -> None:
    import io

    assert rt._value_binary(io.BytesIO(b"file")) == b"file"
    assert rt._value_binary(bytearray(b"ba")) == b"ba"
    with pytest.raises(TypeError):
        rt._value_binary(io.StringIO("text"))
