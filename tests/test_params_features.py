"""Server parameter handling through a generated server and client: encoded ``/`` in path parameters,
typed deepObject properties, and every required security scheme's credentials.

A small spec is generated into a temporary directory; the service records what it received.
"""

from __future__ import annotations

import base64
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Job, generate
from tests.packages import importable

PACKAGE = "params_features"
SPEC = """
openapi: 3.0.3
info: {title: Params, version: "1"}
paths:
  /files/{path}:
    get:
      operationId: getFile
      parameters:
        - {name: path, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
  /files/{dir}/meta:
    get:
      operationId: getMeta
      parameters:
        - {name: dir, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
  /search:
    get:
      operationId: search
      parameters:
        - name: filter
          in: query
          style: deepObject
          explode: true
          schema: {$ref: '#/components/schemas/Filter'}
        - {name: q, in: query, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Filter'}}}}
        '400': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
  /either:
    get:
      operationId: getEither
      security: [{basic: []}, {basic: [], key: []}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
  /both:
    get:
      operationId: getBoth
      security: [{key: [], app: []}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
    key: {type: apiKey, in: header, name: X-Key}
    app: {type: apiKey, in: query, name: app_id}
  schemas:
    Error:
      type: object
      properties: {message: {type: string}}
    Range:
      type: object
      properties:
        min: {type: integer}
        max: {type: integer}
    Filter:
      type: object
      properties:
        limit: {type: integer}
        active: {type: boolean}
        price: {type: number}
        name: {type: string}
        range: {$ref: '#/components/schemas/Range'}
        ids: {type: array, items: {type: integer}}
        when: {type: string, nullable: true}
"""


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("params")
    spec = folder / "params.yaml"
    spec.write_text(SPEC)
    out = folder / "out"
    result = generate([Job(spec, PACKAGE)], out)
    assert result.ok, [d.format() for d in result.diagnostics]
    with importable(out):
        yield importlib.import_module(PACKAGE)


class Recorder:
    def __init__(self, server: ModuleType) -> None:
        self.server = server
        self.seen: list[Any] = []

    async def authenticate(self, credentials: Any, context: Any) -> Any:
        self.seen.append(credentials)
        return "someone"

    async def get_file(self, *, path: str, context: Any) -> Any:
        return self.server.GetFile200(body=path)

    async def get_meta(self, *, dir: str, context: Any) -> Any:
        return self.server.GetMeta200(body="meta of " + dir)

    async def search(self, *, filter: Any = None, q: Any = None, context: Any) -> Any:
        self.seen.append(filter)
        return self.server.Search200(body=filter)

    async def get_either(self, *, principal: Any, context: Any) -> Any:
        return self.server.GetEither200(body="either")

    async def get_both(self, *, principal: Any, context: Any) -> Any:
        return self.server.GetBoth200(body="both")

    def error_body(self, status: int, message: str, context: Any) -> object:
        return {"message": message}


@pytest.fixture
def service(pkg: ModuleType) -> Recorder:
    return Recorder(importlib.import_module(f"{PACKAGE}.server"))


@pytest.fixture
async def http(pkg: ModuleType, service: Recorder) -> Any:
    app = importlib.import_module(f"{PACKAGE}.server").create_app(service)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        yield client


@pytest.fixture
async def client(pkg: ModuleType, service: Recorder) -> Any:
    app = importlib.import_module(f"{PACKAGE}.server").create_app(service)
    async with pkg.AsyncClient("http://test", transport=httpx.ASGITransport(app=app)) as api:
        yield api


# -- encoded slashes -----------------------------------------------------------------------------
async def test_an_encoded_slash_stays_inside_its_path_parameter(http: httpx.AsyncClient, client: Any) -> None:
    r = await http.get("/files/a%2Fb%2Fc.txt")
    assert (r.status_code, r.json()) == (200, "a/b/c.txt")
    assert (await http.get("/files/docs%2f2024/meta")).json() == "meta of docs/2024"
    assert (await http.get("/files/x%20y")).json() == "x y", "other escapes are decoded as before"
    assert (await http.get("/files/a/b")).status_code == 404, "a real slash is still a separator"
    assert await client.get_file("dir/name with space.txt") == "dir/name with space.txt"
    assert await client.get_meta("2024/06") == "meta of 2024/06"


# -- deepObject ----------------------------------------------------------------------------------
async def test_deep_object_properties_get_their_schema_types(http: httpx.AsyncClient, service: Recorder) -> None:
    query = "filter[limit]=5&filter[active]=true&filter[price]=9.5&filter[name]=7&filter[range][min]=1"
    query += "&filter[range][max]=10&filter[ids]=3&filter[ids]=4&q=x"
    r = await http.get("/search?" + query)
    assert r.status_code == 200, r.text
    assert r.json() == {
        "limit": 5,
        "active": True,
        "price": 9.5,
        "name": "7",
        "range": {"min": 1, "max": 10},
        "ids": [3, 4],
    }
    got = service.seen[-1]
    assert (got.limit, got.active, got.range.min, got.ids) == (5, True, 1, [3, 4])
    for bad in (
        "filter[limit]=five",
        "filter[active]=yes",
        "filter[range][min]=x",
        "filter[limit]=1&filter[limit][x]=2",
    ):
        r = await http.get("/search?" + bad)
        assert r.status_code == 400, bad
    assert (await http.get("/search?filter[when]=null")).json() == {"when": "null"}, "a string stays a string"


async def test_deep_object_round_trips_through_the_client(pkg: ModuleType, client: Any) -> None:
    models = pkg.models
    sent = models.Filter(limit=2, active=False, price=1.25, range=models.Range(min=-3), ids=[1, 2, 3])
    got = await client.search(filter=sent)
    assert (got.limit, got.active, got.price, got.range.min, got.ids) == (2, False, 1.25, -3, [1, 2, 3])


# -- security requirements -----------------------------------------------------------------------
def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


async def test_every_satisfied_requirements_credentials_reach_authenticate(
    http: httpx.AsyncClient, service: Recorder, pkg: ModuleType
) -> None:
    server = importlib.import_module(f"{PACKAGE}.server")
    r = await http.get("/either", headers=_basic("ann", "pw") | {"X-Key": "k1"})
    assert r.status_code == 200
    assert service.seen[-1] == server.Credentials(
        basic=server.BasicCredentials("ann", "pw"), key=server.ApiKeyCredentials("k1")
    ), "[{basic}, {basic, key}] with both sent: both, not only the first requirement's"
    await http.get("/either", headers=_basic("ann", "pw"))
    assert service.seen[-1] == server.Credentials(basic=server.BasicCredentials("ann", "pw"))
    r = await http.get("/both?app_id=a1", headers={"X-Key": "k1"})
    assert r.status_code == 200
    assert service.seen[-1] == server.Credentials(
        key=server.ApiKeyCredentials("k1"), app=server.ApiKeyCredentials("a1")
    )
    assert (await http.get("/both", headers={"X-Key": "k1"})).status_code == 401
    assert (await http.get("/both?app_id=a1")).status_code == 401


def test_the_spec_is_generated_unchanged_by_these_features(pkg: ModuleType) -> None:
    source = Path(pkg.__file__).with_name("server.py").read_text()
    assert "UploadFile" not in source, "no upload import without a file body"
