"""Unit tests of the server runtime, imported directly from ``generator.runtime.server``.

Every generated package carries a verbatim copy of this module as ``_server_runtime.py``; these
tests exercise it without generating anything.
"""

from __future__ import annotations

import asyncio
import base64
import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.datastructures import Headers
from starlette.types import Message, Receive, Scope, Send

from generator.runtime import server as rt

# -- helpers -------------------------------------------------------------------------------------------


class Item(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    n: int


def _run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(coro)  # type: ignore[arg-type]


class Sent:
    """An ASGI ``send`` that keeps the response."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def __call__(self, message: Message) -> None:
        self.messages.append(message)

    @property
    def status(self) -> int:
        return int(self.messages[0]["status"])

    @property
    def headers(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self.messages[0]["headers"]}

    @property
    def body(self) -> bytes:
        return bytes(self.messages[1]["body"])


def _scope(method: str = "GET", path: str = "/", query: bytes = b"", headers: dict[str, str] | None = None) -> Scope:
    raw = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    return {
        "type": "http",
        "method": method,
        "path": path,
        "root_path": "",
        "query_string": query,
        "headers": raw,
        "scheme": "http",
        "server": ("testserver", 80),
    }


def _context() -> rt.RequestContext:
    return rt.RequestContext("op", "http://testserver", "http://testserver/", {})


# -- coercion of path, query and header values -----------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        ("integer", "42", 42),
        ("integer", "-7", -7),
        ("integer", "4.0", "4.0"),  # not an integer on the wire: left for strict validation to refuse
        ("number", "1.5", 1.5),
        ("number", "3", 3),
        ("number", "1e3", 1000.0),
        ("number", "nan", "nan"),
        ("number", "1e999", "1e999"),  # not finite
        ("boolean", "true", True),
        ("boolean", "false", False),
        ("boolean", "True", "True"),
        ("object", '{"a": 1}', {"a": 1}),
        ("object", "{broken", "{broken"),
        ("string", "007", "007"),
        ("any", "x", "x"),
    ],
)
def test_coercer(kind: str, text: str, value: object) -> None:
    assert rt.coercer(kind)(text) == value
    assert type(rt.coercer(kind)(text)) is type(value)


def _location(location: str, *params: rt.ParamSpec) -> rt.Location:
    return rt.Location(location, params, None)


def test_query_arrays_by_style_and_explode() -> None:
    loc = _location(
        "query",
        rt.ParamSpec("a", "a", "query", "array", "integer", "form", True),
        rt.ParamSpec("b", "b", "query", "array", "integer", "form", False),
        rt.ParamSpec("c", "c", "query", "array", "string", "pipeDelimited", False),
        rt.ParamSpec("d", "d", "query", "array", "string", "spaceDelimited", False),
        rt.ParamSpec("n", "n", "query", "integer"),
    )
    kwargs: dict[str, object] = {}
    raw = {"a": ["1", "2"], "b": ["3,4"], "c": ["x|y"], "d": ["p q"], "n": ["5"]}
    loc.parse(raw, kwargs)
    assert kwargs == {"a": [1, 2], "b": [3, 4], "c": ["x", "y"], "d": ["p", "q"], "n": 5}


def test_a_scalar_given_twice_is_400() -> None:
    loc = _location("query", rt.ParamSpec("n", "n", "query", "integer"))
    with pytest.raises(rt.HttpError) as exc:
        loc.parse({"n": ["1", "2"]}, {})
    assert exc.value.status == 400 and "more than once" in exc.value.message


def test_header_arrays_strip_spaces_and_path_values_keep_them() -> None:
    headers = _location("header", rt.ParamSpec("X-Flags", "x_flags", "header", "array", "boolean", "simple", False))
    kwargs: dict[str, object] = {}
    headers.parse({"X-Flags": ["true, false"]}, kwargs)
    assert kwargs == {"x_flags": [True, False]}
    path = _location("path", rt.ParamSpec("ids", "ids", "path", "array", "string", "simple", False))
    path.parse({"ids": ["a, b"]}, kwargs)
    assert kwargs["ids"] == ["a", " b"]


def test_parameters_validate_through_the_params_model() -> None:
    class Query(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid")
        limit: int = 10

    loc = rt.Location("query", [rt.ParamSpec("limit", "limit", "query", "integer")], Query)
    kwargs: dict[str, object] = {}
    loc.parse({"limit": ["3"]}, kwargs)
    assert kwargs == {"limit": 3}
    with pytest.raises(rt.HttpError) as exc:
        loc.parse({"limit": ["three"]}, {})
    assert exc.value.status == 400 and exc.value.message.startswith("invalid query parameter limit")


def test_str_and_bool_params_models_validate_without_writing_json() -> None:
    class Path(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid")
        id: str = Field(pattern="^[a-z]+$")
        flag: bool = False

    class Typed(BaseModel):
        model_config = ConfigDict(strict=True)
        id: uuid.UUID

    params = [rt.ParamSpec("id", "id", "path", "string"), rt.ParamSpec("flag", "flag", "path", "boolean")]
    loc = rt.Location("path", params, Path)
    assert loc.from_python and not rt.Location("path", params[:1], Typed).from_python
    kwargs: dict[str, object] = {}
    loc.parse({"id": ["abc"], "flag": ["true"]}, kwargs)
    assert kwargs == {"id": "abc", "flag": True}
    for bad in ({"id": ["ABC"]}, {"id": ["abc"], "flag": ["yes"]}, {"id": ["1"]}):
        with pytest.raises(rt.HttpError):
            loc.parse(bad, {})
    typed: dict[str, object] = {}
    rt.Location("path", params[:1], Typed).parse({"id": [str(uuid.UUID(int=1))]}, typed)
    assert typed == {"id": uuid.UUID(int=1)}


def test_parse_query_and_deep_objects() -> None:
    assert rt.parse_query(b"a=1&a=2&b=") == {"a": ["1", "2"], "b": [""]}
    with pytest.raises(rt.HttpError):
        rt.parse_query(b"a=%ff")
    merged = rt.deep_objects({"f[x]": ["1"], "f[y]": ["2"], "g": ["3"]}, ("f[",))
    assert merged == {"g": ["3"], "f": [json.dumps({"x": "1", "y": "2"})]}


def test_unknown_query_parameters_are_400_but_query_api_keys_are_known() -> None:
    spec = rt.OperationSpec("op", "GET", "/x", call=_never, parameters=(rt.ParamSpec("q", "q", "query"),))
    params = rt.Parameters(spec, extra_query={"api_key"})
    assert params.query(_scope(query=b"q=1&api_key=k")) == {"q": ["1"], "api_key": ["k"]}
    with pytest.raises(rt.HttpError) as exc:
        params.query(_scope(query=b"other=1"))
    assert exc.value.message == "unknown query parameter 'other'"


async def _never(**kwargs: Any) -> object:
    raise AssertionError("not called")


# -- media types ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "media", "matches"),
    [
        ("application/json", "application/json", True),
        ("Application/JSON; charset=utf-8", "application/json", True),
        ("application/json", "application/problem+json", False),
        ("text/*", "text/csv", True),
        ("text/*", "application/json", False),
        ("*/*", "image/png", True),
    ],
)
def test_media_matches(pattern: str, media: str, matches: bool) -> None:
    assert rt.media_matches(pattern, media) is matches


def test_match_accepted_prefers_an_exact_type_over_a_wildcard() -> None:
    accepted = (("*/*", "json"), ("text/plain", "text"))
    assert rt.match_accepted(accepted, "text/plain") == ("text/plain", "text")
    assert rt.match_accepted(accepted, "image/png") == ("*/*", "json")
    assert rt.match_accepted((("application/json", "json"),), "text/plain") is None
    assert rt.media_type("Application/JSON ; charset=UTF-8") == "application/json"


def test_body_uses_the_encoding_it_was_given_not_the_media_type() -> None:
    # The IR decides encodings; an unusual (content type, encoding) pair is taken as given.
    body = rt.Body(rt.BodySpec(accepted=(("application/vnd.acme", "json"),), type=Item, required=True))
    assert _run(body.parse(_scope(), b'{"n": 1}', "application/vnd.acme")) == Item(n=1)
    with pytest.raises(rt.HttpError) as exc:
        _run(body.parse(_scope(), b'{"n": 1}', "application/json"))
    assert exc.value.status == 415


def test_body_refuses_an_accepted_type_of_another_family() -> None:
    accepted = (("application/json", "json"), ("text/plain", "text"))
    body = rt.Body(rt.BodySpec(accepted=accepted, type=Item, required=True))
    assert body.pick("application/json") == "json"
    with pytest.raises(rt.HttpError) as exc:
        body.pick("text/plain")  # the body is a model: text cannot fill it
    assert exc.value.status == 415


def test_form_body_coerces_its_fields() -> None:
    class Form(BaseModel):
        model_config = ConfigDict(strict=True)
        n: int
        tags: list[str] = []

    spec = rt.BodySpec(
        accepted=(("application/x-www-form-urlencoded", "form"),),
        type=Form,
        required=True,
        fields=(("n", "integer", "any", False), ("tags", "array", "string", False)),
    )
    body = rt.Body(spec)
    parsed = _run(body.parse(_scope(), b"n=3&tags=a&tags=b", "application/x-www-form-urlencoded"))
    assert parsed == Form(n=3, tags=["a", "b"])
    with pytest.raises(rt.HttpError):
        _run(body.parse(_scope(), b"n=3&n=4", "application/x-www-form-urlencoded"))


def test_text_and_binary_bodies() -> None:
    text = rt.Body(rt.BodySpec(accepted=(("text/plain", "text"),), type=str, required=True))
    assert _run(text.parse(_scope(), "é".encode(), "text/plain")) == "é"
    with pytest.raises(rt.HttpError):
        _run(text.parse(_scope(), b"\xff", "text/plain"))
    binary = rt.Body(rt.BodySpec(accepted=(("application/octet-stream", "binary"),), type=bytes, required=True))
    assert _run(binary.parse(_scope(), b"\xff\x00", "application/octet-stream")) == b"\xff\x00"


def test_ndjson_request_lines() -> None:
    assert rt.ndjson_values(b'{"n": 1}\n\n  \n{"n": 2}') == [{"n": 1}, {"n": 2}]
    with pytest.raises(rt.HttpError):
        rt.ndjson_values(b'{"n": 1}\n{')


# -- sending responses, ndjson included ---------------------------------------------------------------------


def test_ndjson_response_sends_one_document_per_line() -> None:
    response = rt.CompiledResponse(rt.ResponseSpec("200", "application/x-ndjson", "ndjson", list[Item]))
    assert response.content_type == "application/x-ndjson"
    assert response.serialize([Item(n=1), {"n": 2}]) == b'{"n":1}\n{"n":2}\n'
    assert response.serialize([]) == b""
    with pytest.raises(ValueError):
        response.serialize(Item(n=1))  # not a list
    assert rt.line_type(list[Item]) is Item
    assert rt.line_type(Item) is Any


def test_json_text_and_binary_responses() -> None:
    json_response = rt.CompiledResponse(rt.ResponseSpec("200", "application/json", "json", Item))
    assert json_response.serialize(Item(n=1)) == b'{"n":1}'
    text = rt.CompiledResponse(rt.ResponseSpec("200", "text/plain", "text", str))
    assert text.serialize("é") == "é".encode()
    binary = rt.CompiledResponse(rt.ResponseSpec("200", "application/octet-stream", "binary", bytes))
    assert binary.serialize(b"\x00") == b"\x00"
    empty = rt.CompiledResponse(rt.ResponseSpec("204"))
    assert not empty.has_body and empty.content_type is None


class Checked(BaseModel):
    model_config = ConfigDict(strict=True)
    n: int

    @model_validator(mode="after")
    def _positive(self) -> Checked:
        if self.n < 0:
            raise ValueError("negative")
        return self


def test_json_model_responses_are_not_validated_twice_unless_the_model_checks_itself() -> None:
    plain = rt.CompiledResponse(rt.ResponseSpec("200", "application/json", "json", Item))
    assert plain.model is Item
    bad = Item.model_construct(n="x")  # type: ignore[arg-type]  # never validated: serializing still refuses it
    with pytest.raises(ValueError):
        plain.serialize(bad)
    checked = rt.CompiledResponse(rt.ResponseSpec("200", "application/json", "json", Checked))
    assert checked.model is None  # its model validator runs again on the instance
    with pytest.raises(ValueError):
        checked.serialize(Checked.model_construct(n=-1))
    assert checked.serialize(Checked(n=1)) == b'{"n":1}'
    assert rt.passthrough_model(list[Item]) is None


def test_request_context_urls_are_worked_out_when_read() -> None:
    scope = _scope(path="/rooms/1", query=b"a=%C3%A9", headers={"Host": "h.test:8080"})
    context = rt.request_context(scope, "op", Headers(scope=scope))
    assert context.base_url == "http://h.test:8080"
    assert context.url == "http://h.test:8080/rooms/1?a=%C3%A9"
    bare = rt.request_context(_scope(path="/x"), "op", Headers(scope=_scope()))
    assert (bare.base_url, bare.url) == ("http://testserver", "http://testserver/x")
    assert _context() == rt.RequestContext("op", "http://testserver", "http://testserver/", {})
    with pytest.raises(AttributeError):
        context.operation_id = "other"  # type: ignore[misc]  # read-only
    with pytest.raises(TypeError):
        rt.RequestContext("op")


@pytest.mark.parametrize(
    ("content_type", "encoding", "sent"),
    [
        ("*/*", "json", "application/json"),
        ("text/*", "text", "text/plain; charset=utf-8"),
        ("application/x-ndjson", "ndjson", "application/x-ndjson"),
        (None, None, None),
    ],
)
def test_sent_content_type(content_type: str | None, encoding: str | None, sent: str | None) -> None:
    assert rt.sent_content_type(content_type, encoding) == sent


def test_response_headers_are_checked() -> None:
    assert rt.check_headers({"X-A": "1"}) == {"X-A": "1"}
    for bad in ({"X-A": "1\r\nSet-Cookie: x"}, {"X-A": 1}, ["X-A"], {"": "x"}):
        with pytest.raises((TypeError, ValueError)):
            rt.check_headers(bad)


# -- error body fallback -------------------------------------------------------------------------------


def test_error_payload_uses_the_service_body_when_it_fits_the_schema() -> None:
    response = rt.CompiledResponse(rt.ResponseSpec("4XX", "application/problem+json", "json", Item))
    assert response.error_payload({"n": 4}, 404, "nope") == (b'{"n":4}', "application/problem+json")
    fallback = response.error_payload({"unexpected": True}, 404, "nope")
    assert fallback == (b'{"code": 404, "message": "nope"}', "application/json")
    assert json.loads(response.error_payload(None, 400, "bad")[0]) == {"code": 400, "message": "bad"}


def test_error_payload_for_text_and_empty_responses() -> None:
    text = rt.CompiledResponse(rt.ResponseSpec("400", "text/plain", "text", str))
    assert text.error_payload("custom", 400, "bad") == (b"custom", "text/plain")
    assert text.error_payload({"not": "text"}, 400, "bad") == (b"bad", "text/plain")
    empty = rt.CompiledResponse(rt.ResponseSpec("404"))
    assert empty.error_payload({"x": 1}, 404, "gone") == (b"", None)


def test_send_error_without_a_documented_response_or_with_a_raising_error_body() -> None:
    sent = Sent()
    _run(rt.send_error(None, lambda s, m, c: {"error": m}, sent, 404, "no such path", _context()))
    assert sent.status == 404 and json.loads(sent.body) == {"error": "no such path"}

    def raising(status: int, message: str, context: rt.RequestContext) -> object:
        raise RuntimeError("boom")

    sent = Sent()
    _run(rt.send_error(None, raising, sent, 500, "internal server error", _context(), {"x-a": "1"}))
    assert json.loads(sent.body) == {"code": 500, "message": "internal server error"}
    assert sent.headers["x-a"] == "1" and sent.headers["content-type"] == "application/json"

    sent = Sent()
    _run(rt.send_error(None, lambda s, m, c: object(), sent, 400, "bad", _context()))  # not JSON-serializable
    assert json.loads(sent.body) == {"code": 400, "message": "bad"}


# -- credentials and authentication ---------------------------------------------------------------------


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Basic " + _b64("ann:pw"), rt.BasicCredentials("ann", "pw")),
        ("basic " + _b64("ann:p:w"), rt.BasicCredentials("ann", "p:w")),
        ("Basic " + _b64("no-colon"), None),
        ("Basic !!!", None),
        ("Bearer abc", None),
        ("", None),
        (None, None),
    ],
)
def test_basic_credentials(value: str | None, expected: rt.BasicCredentials | None) -> None:
    assert rt.basic_credentials(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Bearer abc.DEF-_~+/=", rt.BearerToken("abc.DEF-_~+/=")),
        ("bearer  t0k ", rt.BearerToken("t0k")),
        ("Bearer two words", None),
        ("Bearer", None),
        ("Basic abc", None),
        (" Bearer x ", rt.BearerToken("x")),
        ("BEARER x", rt.BearerToken("x")),
        ("Bearer \tx\t", rt.BearerToken("x")),
        ("Bearer ", None),
        ("Bearer\tx", None),
        ("Bearerx y", None),
    ],
)
def test_bearer_token(value: str, expected: rt.BearerToken | None) -> None:
    assert rt.bearer_token(value) == expected


def test_credential_of_every_scheme_kind() -> None:
    headers = Headers(
        {"authorization": "Bearer tok", "x-key": "k1"},
    )
    query = {"api_key": ["q1"]}
    cookies = {"sid": "c1"}

    def of(kind: str, name: str = "", where: str = "") -> rt.Credential | None:
        return rt.credential_of(rt.SchemeSpec("s", kind, name, where), headers, query, cookies)

    assert of("bearer") == of("oauth2") == of("openIdConnect") == rt.BearerToken("tok")
    assert of("basic") is None
    assert of("apiKey", "X-Key", "header") == rt.ApiKeyCredentials("k1")
    assert of("apiKey", "api_key", "query") == rt.ApiKeyCredentials("q1")
    assert of("apiKey", "sid", "cookie") == rt.ApiKeyCredentials("c1")
    assert of("apiKey", "missing", "header") is None
    assert of("http") == rt.ApiKeyCredentials("Bearer tok")  # another HTTP scheme: the whole value


def test_satisfy_needs_every_scheme_of_a_requirement() -> None:
    basic = rt.SchemeSpec("basic", "basic")
    key = rt.SchemeSpec("key", "apiKey", "X-Key", "header")
    tls = rt.SchemeSpec("tls", "mutualTLS")
    both = {"authorization": "Basic " + _b64("ann:pw"), "x-key": "k1"}
    found = rt.satisfy([basic, key, tls], both, {}, {})
    assert found == {"basic": rt.BasicCredentials("ann", "pw"), "key": rt.ApiKeyCredentials("k1")}
    assert rt.satisfy([basic, key], {"x-key": "k1"}, {}, {}) is None
    assert rt.satisfy([tls], {}, {}, {}) == {}


@pytest.mark.parametrize(
    ("kinds", "realm", "expected"),
    [
        ({"basic"}, None, {"www-authenticate": 'Basic realm="api"'}),
        ({"basic", "bearer"}, None, {"www-authenticate": 'Basic realm="api", Bearer'}),
        ({"oauth2"}, 'My "API"', {"www-authenticate": 'Bearer realm="My \\"API\\""'}),
        ({"apiKey", "mutualTLS"}, "x", {}),
    ],
)
def test_challenge(kinds: set[str], realm: str | None, expected: dict[str, str]) -> None:
    assert rt.challenge(kinds, realm) == expected


class _Creds:
    def __init__(self, **kwargs: object) -> None:
        self.kwargs = kwargs


def _guard(security: tuple[tuple[rt.SchemeSpec, ...], ...], answer: object, seen: list[Any]) -> rt.Guard:
    async def authenticate(credentials: Any, context: rt.RequestContext) -> object:
        seen.append(credentials.kwargs)
        return answer

    return rt.Guard(security, rt.AuthSpec(authenticate, _Creds, "zoo"))


def test_guard_missing_and_refused_credentials_get_the_same_challenge() -> None:
    basic = rt.SchemeSpec("basic", "basic")
    seen: list[Any] = []
    guard = _guard(((basic,),), rt.Refusal(401, "nope"), seen)
    with pytest.raises(rt.HttpError) as missing:
        _run(guard.principal({}, {}, {}, _context()))
    with pytest.raises(rt.HttpError) as refused:
        _run(guard.principal({"authorization": "Basic " + _b64("a:b")}, {}, {}, _context()))
    assert missing.value.status == refused.value.status == 401
    assert missing.value.headers == refused.value.headers == {"www-authenticate": 'Basic realm="zoo"'}
    assert refused.value.message == "nope"
    assert seen == [{"basic": rt.BasicCredentials("a", "b")}]  # only the request with credentials asked


def test_guard_principal_forbidden_and_anonymous() -> None:
    key = rt.SchemeSpec("key", "apiKey", "X-Key", "header")
    seen: list[Any] = []
    assert _run(_guard(((key,),), "someone", seen).principal({"x-key": "k"}, {}, {}, _context())) == "someone"
    with pytest.raises(rt.HttpError) as forbidden:
        _run(_guard(((key,),), rt.Refusal(403, "no"), seen).principal({"x-key": "k"}, {}, {}, _context()))
    assert forbidden.value.status == 403 and forbidden.value.headers == {}
    anonymous = _guard(((), (key,)), "someone", seen)
    assert _run(anonymous.principal({}, {}, {}, _context())) is None
    assert anonymous.query_keys == set() and not anonymous.needs_cookies
    assert _run(anonymous.principal({"x-key": "k"}, {}, {}, _context())) == "someone"


def test_refusal_is_a_client_error() -> None:
    assert rt.Refusal() == rt.Refusal(401, "invalid credentials")
    with pytest.raises(ValueError):
        rt.Refusal(500)


# -- routing precedence -------------------------------------------------------------------------------


class _Endpoint:
    def __init__(self, name: str, methods: tuple[str, ...]) -> None:
        self.name = name
        self.methods = methods
        self.calls: list[tuple[str, dict[str, str]]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.calls.append((scope["method"], dict(scope["path_params"])))
        await send({"type": "http.response.start", "status": 200, "headers": [(b"x-by", self.name.encode())]})
        await send({"type": "http.response.body", "body": b""})

    async def not_allowed(self, scope: Scope, send: Send, allow: str) -> None:
        await send({"type": "http.response.start", "status": 405, "headers": [(b"allow", allow.encode())]})
        await send({"type": "http.response.body", "body": b""})


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def _dispatch(endpoints: list[tuple[str, _Endpoint]]) -> Callable[[str, str], Sent]:
    async def fallback(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    dispatch = rt.Dispatch(endpoints, fallback)

    def request(method: str, path: str) -> Sent:
        sent = Sent()
        _run(dispatch(_scope(method, path), _no_body, sent))
        return sent

    return request


@pytest.mark.parametrize(
    ("method", "status", "by"),
    [
        ("GET", 200, "literal"),  # only the literal path has it
        ("POST", 200, "templated"),  # only the templated path has it
        ("PUT", 200, "literal"),  # both: the literal path wins
        ("DELETE", 405, None),  # neither
    ],
)
def test_literal_versus_templated_for_every_method_combination(method: str, status: int, by: str | None) -> None:
    literal = _Endpoint("literal", ("GET", "PUT"))
    templated = _Endpoint("templated", ("POST", "PUT"))
    request = _dispatch([("/r/{p0}", templated), ("/r/bulk", literal)])  # declared order does not matter
    sent = request(method, "/r/bulk")
    assert sent.status == status
    if by is None:
        assert sent.headers["allow"] == "GET, PUT"  # the most specific path's methods
    else:
        assert sent.headers["x-by"] == by
    if by == "templated":
        assert templated.calls == [("POST", {"p0": "bulk"})]


def test_templates_are_tried_most_specific_first_and_unknown_paths_fall_back() -> None:
    ab = _Endpoint("ab", ("POST",))
    ac = _Endpoint("ac", ("GET",))
    request = _dispatch([("/a/{p0}/c", ac), ("/a/b/{p0}", ab)])
    assert request("POST", "/a/b/c").headers["x-by"] == "ab"
    assert request("GET", "/a/b/c").headers["x-by"] == "ac"
    assert ac.calls == [("GET", {"p0": "b"})]
    assert request("DELETE", "/a/b/c").headers["allow"] == "POST"
    assert request("GET", "/a/b/c/d").status == 404
    assert request("GET", "/a/x/y").status == 404


def test_route_helpers() -> None:
    assert rt.route_template("/a/{x}/b/{y.z}") == "/a/{p0}/b/{p1}"
    assert sorted(["/a/{p0}", "/a/b", "/{p0}/b"], key=rt.specificity) == ["/a/b", "/a/{p0}", "/{p0}/b"]
    assert rt.route_path({"path": "/api/x", "root_path": "/api"}) == "/x"
    assert rt.route_path({"path": "/x", "root_path": ""}) == "/x"


# -- uploads, deepObject typing, encoded slashes, every satisfied requirement ------------------------
def test_upload_file_is_immutable_bytes_with_a_name_and_a_type() -> None:
    import pickle

    from pydantic import TypeAdapter

    upload = rt.UploadFile(b"abc", "a.txt", "text/plain")
    assert upload == b"abc" and upload.content == b"abc" and type(upload.content) is bytes
    assert (upload.filename, upload.content_type) == ("a.txt", "text/plain")
    assert rt.UploadFile(b"").content_type == "application/octet-stream" and rt.UploadFile(b"").filename is None
    with pytest.raises(AttributeError):
        upload.filename = "b.txt"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del upload.content_type
    copy = pickle.loads(pickle.dumps(upload))
    assert (copy, copy.filename, copy.content_type) == (b"abc", "a.txt", "text/plain")
    assert repr(upload) == "UploadFile(filename='a.txt', content_type='text/plain', size=3)"
    adapter = TypeAdapter(rt.UploadFile)
    assert adapter.validate_python(upload, strict=True) is upload
    assert adapter.validate_python(b"x", strict=True).filename is None
    assert adapter.validate_json('"x"') == b"x"
    with pytest.raises(ValueError):
        adapter.validate_python("not bytes")
    assert adapter.json_schema() == {"type": "string", "format": "binary"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('attachment; filename="a b.txt"', "a b.txt"),
        ("attachment; filename*=UTF-8''%C3%A9t%C3%A9.pdf", "\u00e9t\u00e9.pdf"),
        ("attachment", None),
        ("", None),
    ],
)
def test_disposition_filename(value: str, expected: str | None) -> None:
    assert rt.disposition_filename({"content-disposition": value} if value else {}) == expected


def test_whole_binary_body_and_multipart_files_arrive_as_upload_files() -> None:
    body = rt.Body(rt.BodySpec((("application/octet-stream", "binary"),), bytes, True))
    scope = _scope("PUT", headers={"content-disposition": 'attachment; filename="r.bin"'})
    got = _run(body.parse(scope, b"\x00\x01", "application/octet-stream"))
    assert isinstance(got, rt.UploadFile) and (got, got.filename, got.content_type) == (
        b"\x00\x01",
        "r.bin",
        "application/octet-stream",
    )

    class Form(BaseModel):
        model_config = ConfigDict(strict=True, validate_by_name=True, validate_by_alias=True)
        thumb: bytes = Field(alias="thumb-nail")
        note: str

    multipart = rt.Body(
        rt.BodySpec(
            (("multipart/form-data", "multipart"),),
            Form,
            True,
            (("thumb-nail", "string", "any", True), ("note", "string", "any", False)),
        )
    )
    boundary = "b0undary"
    raw = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="thumb-nail"; filename="t.png"\r\n'
        f"Content-Type: image/png\r\n\r\nPNG\r\n"
        f'--{boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--{boundary}--\r\n'
    ).encode()
    content_type = f"multipart/form-data; boundary={boundary}"
    form = _run(multipart.parse(_scope("POST", headers={"content-type": content_type}), raw, content_type))
    assert form.note == "hi" and form.thumb == b"PNG", "an aliased file field gets its file"
    assert (form.thumb.filename, form.thumb.content_type) == ("t.png", "image/png")


def test_deep_objects_typed_by_the_params_model() -> None:
    class Range(BaseModel):
        low: int | None = None

    class Filter(BaseModel):
        n: int | None = None
        on: bool | None = None
        tags: list[int] | None = None
        range: Range | None = None
        meta: dict[str, float] | None = None

    class Query(BaseModel):
        f: Filter | None = None

    convert = rt.deep_converter(Query, "f")
    assert convert is not None
    query = {"f[n]": ["2"], "f[on]": ["false"], "f[tags][]": ["1", "2"], "f[range][low]": ["-1"], "f[meta][x]": ["1.5"]}
    merged = rt.deep_objects(query, ("f[",), {"f": convert})
    assert json.loads(merged["f"][0]) == {"n": 2, "on": False, "tags": [1, 2], "range": {"low": -1}, "meta": {"x": 1.5}}
    untyped = rt.deep_objects({"f[a][b]": ["1"], "f[c]": ["1", "2"]}, ("f[",))
    assert json.loads(untyped["f"][0]) == {"a": {"b": "1"}, "c": "2"}, "without a schema: strings, the last value"
    with pytest.raises(rt.HttpError):
        rt.deep_objects({"f[a]": ["1"], "f[a][b]": ["2"]}, ("f[",))
    assert rt.deep_converter(Query, "nope") is None


def test_slash_protected_keeps_encoded_slashes_in_their_segment() -> None:
    assert rt.slash_protected(b"/files/a%2Fb/c%20d") == "/files/a\ufdd0b/c d"
    assert rt.slash_protected(b"/bad/%ff") is None
    assert rt.slash_protected("/x/\ufdd0".encode()) is None


def test_guard_unites_every_satisfied_requirement() -> None:
    basic = rt.SchemeSpec("basic", "basic")
    key = rt.SchemeSpec("key", "apiKey", "X-Key", "header")
    other = rt.SchemeSpec("other", "apiKey", "X-Other", "header")
    seen: list[Any] = []
    guard = _guard(((basic,), (basic, key), (other,)), "someone", seen)
    headers = {"authorization": "Basic " + _b64("a:b"), "x-key": "k"}
    _run(guard.principal(headers, {}, {}, _context()))
    assert seen[-1] == {"basic": rt.BasicCredentials("a", "b"), "key": rt.ApiKeyCredentials("k")}
    _run(guard.principal({"x-key": "k", "x-other": "o"}, {}, {}, _context()))
    assert seen[-1] == {"other": rt.ApiKeyCredentials("o")}, "key alone satisfies nothing: not delivered"


def test_guard_of_single_scheme_requirements_delivers_each_scheme_sent_once() -> None:
    bearer = rt.SchemeSpec("token", "bearer")
    key = rt.SchemeSpec("key", "apiKey", "X-Key", "header")
    seen: list[Any] = []
    guard = _guard(((bearer,), (key,), (bearer,)), "someone", seen)
    assert guard.singles is not None and [name for name, _ in guard.singles] == ["token", "key"]
    _run(guard.principal({"authorization": "Bearer t", "x-key": "k"}, {}, {}, _context()))
    assert seen[-1] == {"token": rt.BearerToken("t"), "key": rt.ApiKeyCredentials("k")}
    _run(guard.principal(rt.RequestHeaders({"X-Key": "k"}), {}, {}, _context()))
    assert seen[-1] == {"key": rt.ApiKeyCredentials("k")}
    with pytest.raises(rt.HttpError):
        _run(guard.principal({"x-key": "", "authorization": "Basic eA=="}, {}, {}, _context()))
    assert _guard(((bearer, key),), "x", seen).singles is None


def test_request_headers_get_is_the_first_value_case_insensitive() -> None:
    headers = rt.RequestHeaders(raw=[(b"x-a", b"1"), (b"x-a", b"2"), (b"host", b"h\xe9")])
    assert headers.get("X-A") == "1" == headers["x-a"]
    assert headers.get("host") == "h\xe9"
    assert headers.get("missing") is None and headers.get("missing", "d") == "d"
    assert headers.getlist("x-a") == ["1", "2"]
    scope = {"headers": ((b"x-a", b"3"),)}
    of_scope = rt.RequestHeaders.of(scope)
    assert of_scope.get("x-a") == "3" and scope["headers"] == [(b"x-a", b"3")] == of_scope.raw


def test_free_string_path_parameters_alone_are_taken_from_the_route() -> None:
    class Path(BaseModel):
        model_config = ConfigDict(strict=True)
        a: str
        b: str

    params = (rt.ParamSpec("a", "a_kw", "path", "string"), rt.ParamSpec("b", "b_kw", "path", "string"))
    spec = rt.OperationSpec("op", "GET", "/x/{a}/{b}", call=_never, parameters=params, param_models={"path": Path})
    parsed = rt.Parameters(spec)
    assert parsed.path_only == [("p0", "a_kw"), ("p1", "b_kw")]
    kwargs: dict[str, object] = {}
    parsed.parse({"path_params": {"p0": "1", "p1": "x y"}}, rt.RequestHeaders(raw=[]), {}, {}, kwargs)
    assert kwargs == {"a_kw": "1", "b_kw": "x y"}
    with_query = params + (rt.ParamSpec("q", "q", "query", "string"),)
    spec = rt.OperationSpec("op", "GET", "/x/{a}/{b}", call=_never, parameters=with_query, param_models={"path": Path})
    assert rt.Parameters(spec).path_only == []


def test_known_valid_host_remembers_only_valid_hosts() -> None:
    assert rt.known_valid_host("example.test:8000") and "example.test:8000" in rt._VALID_HOSTS
    assert not rt.known_valid_host("bad host") and "bad host" not in rt._VALID_HOSTS
    assert rt.known_valid_host("example.test:8000")


def test_free_strings_only_for_unconstrained_required_strings() -> None:
    class Free(BaseModel):
        model_config = ConfigDict(strict=True)
        a: str
        b: str = Field(min_length=1)

    class Pattern(BaseModel):
        b: str = Field(pattern="^x")

    class Long(BaseModel):
        b: str = Field(min_length=2)

    class Number(BaseModel):
        b: int

    class Checked(BaseModel):
        b: str

        @model_validator(mode="after")
        def check(self) -> Checked:
            return self

    assert rt.free_strings(Free)
    assert not any(rt.free_strings(m) for m in (Pattern, Long, Number, Checked))
    free = rt.Location("path", [rt.ParamSpec("b", "b_kw", "path", "string")], Long)
    assert not free.trusted
    trusted = rt.Location("path", [rt.ParamSpec("b", "b_kw", "path", "string")], Free)
    kwargs: dict[str, object] = {}
    trusted.parse({"b": ["x/y"]}, kwargs)
    assert trusted.trusted and kwargs == {"b_kw": "x/y"}
    query = rt.Location("query", [rt.ParamSpec("b", "b_kw", "query", "string")], Free)
    assert not query.trusted


def test_front_router_serves_operations_directly_and_answers_a_bug_in_the_layer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    async def hello(**kwargs: Any) -> object:
        return kwargs["id"]

    spec = rt.OperationSpec(
        "getThing", "GET", "/things/{id}", call=hello, parameters=(rt.ParamSpec("id", "id", "path", "string"),)
    )
    spec_file = tmp_path / "openapi.json"
    spec_file.write_text("{}")
    app = rt.build_app([spec], lambda status, message, context: {"error": message}, spec_file=spec_file, title="t")
    op = app.dispatch.templated[2][0][1]
    assert isinstance(op, rt.PathEndpoint)

    async def broken(*args: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(op.by_method["GET"], "handle", broken)
    sent = Sent()
    _run(app(_scope("GET", "/things/a"), _never_receive, sent))
    assert sent.status == 500 and json.loads(sent.body) == {"error": "internal server error"}
    sent = Sent()
    _run(app(_scope("POST", "/things/a"), _never_receive, sent))
    assert sent.status == 405 and sent.headers["allow"] == "GET"


async def _never_receive() -> Message:
    raise AssertionError("not read")
