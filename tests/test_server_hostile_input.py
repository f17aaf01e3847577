"""Generated servers answer 400, never 500, to integers beyond Python's int/str limit and to bad Host headers."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from starlette.testclient import TestClient

from generator.pipeline import Job, generate
from tests.packages import importable

PACKAGE = "hostile_input_server"
SPEC = """\
openapi: 3.1.0
info: {title: Hostile input, version: "1"}
paths:
  /items/{id}:
    post:
      operationId: putItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: limit, in: query, schema: {type: integer}}
        - {name: ratio, in: query, schema: {type: number}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                n: {type: integer}
                x: {type: number}
                free: {}
      responses:
        '200':
          description: where the item lives
          content:
            application/json:
              schema:
                type: object
                required: [url]
                properties:
                  url: {type: string, format: uri}
"""
HUGE = "9" * 5000  # int("9" * 5000) raises ValueError (sys.int_info.str_digits_check_threshold is 4300)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("hostile_input")
    spec = out / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    result = generate([Job(spec, PACKAGE)], out)
    assert result.ok, [d.format() for d in result.diagnostics]
    with importable(out):
        yield importlib.import_module(f"{PACKAGE}.server")


class Service:
    def __init__(self, server: ModuleType) -> None:
        self.server = server

    async def put_item(self, *, id: int, limit: int | None = None, ratio: float | None = None, **rest: Any) -> Any:
        context = rest["context"]
        return self.server.PutItem200(body={"url": f"{context.base_url}/items/{id}"})

    def error_body(self, status: int, message: str, context: Any) -> object:
        return {"code": status, "message": message}


@pytest.fixture
def http(server: ModuleType) -> TestClient:
    return TestClient(server.create_app(Service(server)), raise_server_exceptions=False)


def test_a_well_formed_request_works(http: TestClient) -> None:
    r = http.post("/items/7?limit=3&ratio=0.5", json={"n": 1, "x": 2.5, "free": 10**100})
    assert r.status_code == 200 and r.json() == {"url": "http://testserver/items/7"}


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (f"/items/{HUGE}", {}),
        (f"/items/-{HUGE}", {}),
        (f"/items/1?limit={HUGE}", {}),
        (f"/items/1?ratio={HUGE}", {}),
        (f"/items/1?ratio={HUGE}.5", {}),
        ("/items/1", f'{{"n": {HUGE}}}'),
        ("/items/1", f'{{"x": {HUGE}}}'),
        ("/items/1", f'{{"n": {HUGE}.0}}'),
        ("/items/1", f'{{"free": {HUGE}}}'),
        ("/items/1", f'{{"n": 1e{HUGE}}}'),
    ],
    ids=[
        "path",
        "negative-path",
        "query-int",
        "query-number",
        "query-float",
        "body-int",
        "body-number",
        "body-integral-float",
        "body-any",
        "body-exponent",
    ],
)
def test_integers_beyond_the_int_str_limit_are_400(http: TestClient, path: str, body: object) -> None:
    kwargs: dict[str, Any] = {"json": body} if isinstance(body, dict) else {"content": body}
    r = http.post(path, headers={"content-type": "application/json"}, **kwargs)
    assert r.status_code in (200, 400), r.text
    assert r.status_code == 400 or path.endswith("/items/1") and "free" in str(body), r.text


@pytest.mark.parametrize(
    "host",
    ["a b", "x:99999", "[::1", "x:abc", ":80", "[zz]", "ex\\ample", "a@b", "evil.com/path", "a?b", "a#b", "x" * 300],
)
def test_a_hostile_host_header_is_400(http: TestClient, host: str) -> None:
    r = http.post("/items/1", json={}, headers={"host": host})
    assert r.status_code == 400, r.text
    assert "Host" in r.text


@pytest.mark.parametrize("host", ["api.example.com", "api.example.com:8443", "10.0.0.1:8080", "[::1]:8080", "my_box"])
def test_a_good_host_header_builds_the_base_url(http: TestClient, host: str) -> None:
    r = http.post("/items/1", json={}, headers={"host": host})
    assert r.status_code == 200 and r.json() == {"url": f"http://{host}/items/1"}


@pytest.mark.parametrize("host", ["a b", "x:99999", "[::1", "x:abc", ":80", "ex\\ample"])
def test_the_twilio_service_builds_urls_from_the_host_only_when_it_is_valid(make_client: Any, host: str) -> None:
    """services/twilio_proxy.py puts ``context.base_url`` into every answer; a bad Host used to be a 500."""
    from services.twilio_proxy import Config, create_app

    config = Config(accounts=(("AC" + "a" * 32, "alice-token"),))
    client = make_client(create_app(config), headers=config.dev_headers())
    r = client.post("/v1/Services", data={"UniqueName": "svc"}, headers={"host": host})
    assert r.status_code == 400, r.text
    ok = client.post("/v1/Services", data={"UniqueName": "svc"}, headers={"host": "proxy.example:9000"})
    assert ok.status_code == 201 and ok.json()["url"].startswith("http://proxy.example:9000/v1/Services/")
