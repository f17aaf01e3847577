"""The generated server on tests/server_fixtures/features.yaml: routing precedence, ndjson, security requirements.

The spec is generated into a temporary directory; the service below records what each operation
and ``authenticate`` received.
"""

from __future__ import annotations

import base64
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.testclient import TestClient

from generator.pipeline import Job, generate
from tests.packages import importable

SPEC = Path(__file__).resolve().parent / "server_fixtures" / "features.yaml"
PACKAGE = "server_fixture_features"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("features")
    result = generate([Job(SPEC, PACKAGE)], out)
    assert result.ok, [str(d) for d in result.diagnostics]
    with importable(out):
        yield importlib.import_module(f"{PACKAGE}.server")


class FeatureService:
    """Answers with the operation's name (and what it got); ``authenticate`` knows one user and one key."""

    def __init__(self, server: ModuleType) -> None:
        self.server = server
        self.credentials: list[Any] = []
        self.events: list[Any] = []

    def _which(self, name: str, **args: object) -> Any:
        cls = getattr(self.server, name[0].upper() + name[1:] + "200")
        return cls(body=name + "".join(f" {k}={v}" for k, v in args.items()))

    async def authenticate(self, credentials: Any, context: Any) -> Any:
        self.credentials.append(credentials)
        basic = credentials.basic
        if basic is not None and (basic.username, basic.password) != ("ann", "pw"):
            return self.server.Refusal(401, "who are you")
        if credentials.key is not None and credentials.key.value != "k1":
            return self.server.Refusal(401, "bad key")
        if credentials.token is not None and credentials.token.token == "readonly":
            return self.server.Refusal(403, "read-only token")
        return "ann" if basic is not None else "token"

    async def get_special(self, *, context: Any) -> Any:
        return self._which("getSpecial")

    async def put_special(self, *, context: Any) -> Any:
        return self._which("putSpecial")

    async def post_thing(self, *, id: str, context: Any) -> Any:
        return self._which("postThing", id=id)

    async def put_thing(self, *, id: str, context: Any) -> Any:
        return self._which("putThing", id=id)

    async def post_ab(self, *, y: str, context: Any) -> Any:
        return self._which("postAB", y=y)

    async def get_ac(self, *, x: str, context: Any) -> Any:
        return self._which("getAC", x=x)

    async def list_events(self, *, context: Any) -> Any:
        return self.server.ListEvents200(body=self.events)

    async def post_events(self, *, body: Any, context: Any) -> Any:
        self.events = body
        return self._which("postEvents", n=len(body))

    async def get_both(self, *, principal: Any, context: Any) -> Any:
        return self._which("getBoth", principal=principal)

    async def get_either(self, *, principal: Any, context: Any) -> Any:
        return self._which("getEither", principal=principal)

    def error_body(self, status: int, message: str, context: Any) -> object:
        return {"code": status, "message": message}


@pytest.fixture
def service(server: ModuleType) -> FeatureService:
    return FeatureService(server)


@pytest.fixture
def http(server: ModuleType, service: FeatureService) -> TestClient:
    return TestClient(server.create_app(service, realm="features"), raise_server_exceptions=False)


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


# -- routing: a literal path and a templated one matching the same URL ----------------------------
@pytest.mark.parametrize(
    ("method", "path", "answer"),
    [
        ("GET", "/things/special", "getSpecial"),  # only the literal path has GET
        ("POST", "/things/special", "postThing id=special"),  # only the templated path has POST
        ("PUT", "/things/special", "putSpecial"),  # both have PUT: the literal path wins
        ("PUT", "/things/other", "putThing id=other"),
        ("POST", "/a/b/c", "postAB y=c"),  # two templates: the more specific one has POST
        ("GET", "/a/b/c", "getAC x=b"),  # ... and only the other one has GET
    ],
)
def test_the_most_specific_path_serving_the_method_answers(
    http: TestClient, method: str, path: str, answer: str
) -> None:
    r = http.request(method, path)
    assert r.status_code == 200, r.text
    assert r.json() == answer


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/things/special", "GET, PUT"),  # neither path has DELETE: Allow names the literal path's
        ("GET", "/things/other", "PUT, POST"),  # only the templated path matches
        ("DELETE", "/a/b/c", "POST"),
    ],
)
def test_405_only_when_no_matching_path_serves_the_method(http: TestClient, method: str, path: str, allow: str) -> None:
    r = http.request(method, path)
    assert r.status_code == 405
    assert r.headers["allow"] == allow
    assert r.json()["code"] == 405


# -- ndjson ------------------------------------------------------------------------------------------
def test_ndjson_response_is_one_json_document_per_line(http: TestClient, server: ModuleType, service: Any) -> None:
    models = sys.modules[f"{PACKAGE}.models"]
    service.events = [models.Event(n=1), models.Event(n=2)]
    r = http.get("/events")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/x-ndjson"
    assert r.content == b'{"n":1}\n{"n":2}\n'
    assert [json.loads(line) for line in r.text.splitlines()] == [{"n": 1}, {"n": 2}]
    service.events = []
    assert http.get("/events").content == b""


def test_ndjson_response_that_is_not_a_list_of_lines_is_500(http: TestClient, service: Any) -> None:
    service.events = {"n": 1}
    assert http.get("/events").status_code == 500
    service.events = [{"n": "one"}]
    assert http.get("/events").status_code == 500


def test_ndjson_request_body_is_a_list_of_lines(http: TestClient, service: Any) -> None:
    headers = {"Content-Type": "application/x-ndjson"}
    r = http.post("/events", content=b'{"n": 1}\n\n{"n": 2}\n', headers=headers)
    assert r.status_code == 200 and r.json() == "postEvents n=2"
    assert [e.n for e in service.events] == [1, 2]
    assert http.post("/events", content=b'{"n": 1}\nnot json\n', headers=headers).status_code == 400
    assert http.post("/events", content=b'{"n": "x"}\n', headers=headers).status_code == 400
    assert http.post("/events", json=[{"n": 1}]).status_code == 415


# -- security requirements ----------------------------------------------------------------------
def test_schemes_required_together_reach_authenticate_together(
    http: TestClient, server: ModuleType, service: Any
) -> None:
    r = http.get("/secure/both", headers=_basic("ann", "pw") | {"X-Key": "k1"})
    assert r.status_code == 200 and r.json() == "getBoth principal=ann"
    assert service.credentials == [
        server.Credentials(basic=server.BasicCredentials("ann", "pw"), key=server.ApiKeyCredentials("k1"))
    ]
    for headers in (_basic("ann", "pw"), {"X-Key": "k1"}, {}):  # one of the two missing: never authenticated
        r = http.get("/secure/both", headers=headers)
        assert r.status_code == 401 and r.headers["www-authenticate"] == 'Basic realm="features"'
    assert len(service.credentials) == 1
    r = http.get("/secure/both", headers=_basic("ann", "pw") | {"X-Key": "k2"})
    assert r.status_code == 401 and r.json() == {"code": 401, "message": "bad key"}
    assert r.headers["www-authenticate"] == 'Basic realm="features"'


def test_alternatives_and_one_realm_for_every_refusal(http: TestClient, server: ModuleType, service: Any) -> None:
    challenge = 'Basic realm="features", Bearer realm="features"'
    assert http.get("/secure/either", headers=_basic("ann", "pw")).json() == "getEither principal=ann"
    r = http.get("/secure/either", headers={"Authorization": "Bearer abc"})
    assert r.json() == "getEither principal=token"
    assert service.credentials[-1] == server.Credentials(token=server.BearerToken("abc"))
    missing = http.get("/secure/either")
    wrong = http.get("/secure/either", headers=_basic("bob", "pw"))
    assert missing.status_code == wrong.status_code == 401
    assert missing.headers["www-authenticate"] == wrong.headers["www-authenticate"] == challenge
    assert wrong.json() == {"code": 401, "message": "who are you"}
    forbidden = http.get("/secure/either", headers={"Authorization": "Bearer readonly"})
    assert forbidden.status_code == 403 and forbidden.json() == {"code": 403, "message": "read-only token"}
    assert "www-authenticate" not in forbidden.headers


def test_default_realm(server: ModuleType, service: FeatureService) -> None:
    http = TestClient(server.create_app(service))
    assert http.get("/secure/either").headers["www-authenticate"] == 'Basic realm="api", Bearer'


def test_authenticate_raising_is_500(server: ModuleType, service: FeatureService) -> None:
    async def broken(credentials: Any, context: Any) -> Any:
        raise RuntimeError("boom")

    service.authenticate = broken  # type: ignore[method-assign]
    http = TestClient(server.create_app(service), raise_server_exceptions=False)
    r = http.get("/secure/either", headers=_basic("ann", "pw"))
    assert r.status_code == 500 and r.json() == {"code": 500, "message": "internal server error"}
    assert "boom" not in r.text
