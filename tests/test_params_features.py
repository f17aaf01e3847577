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


# -- multi-file specs ----------------------------------------------------------------------------
TREE = {
    "api.yaml": """openapi: 3.0.3
info: {title: Tree, version: "1"}
paths:
  /pets:
    $ref: 'paths/pets/collection.yaml'
  /pets/{petId}:
    $ref: './paths/pets/item.yaml#/PetItem'
  /owners/{ownerId}:
    $ref: 'paths/owners.yaml#/paths/~1owners~1%7BownerId%7D'
components:
  schemas:
    Owner:
      type: object
      required: [name]
      properties:
        name: {type: string}
        address: {$ref: 'schemas/common/address.yaml'}
""",
    "paths/pets/collection.yaml": """get:
  operationId: listPets
  parameters:
    - $ref: '../../params/paging.yaml#/Limit'
    - $ref: '../../params/paging.yaml#/Tags'
  responses:
    '200':
      description: pets
      content:
        application/json:
          schema:
            type: array
            items: {$ref: '../../schemas/pet.yaml'}
    default:
      $ref: '../../responses/errors.yaml#/Error'
""",
    "paths/pets/item.yaml": """PetItem:
  parameters:
    - name: petId
      in: path
      required: true
      schema: {$ref: '../../schemas/common/ids.yaml#/PetId'}
  get:
    operationId: getPet
    responses:
      '200': {$ref: '../../responses/pet.yaml'}
      '404': {$ref: '../../responses/errors.yaml#/Error'}
""",
    "paths/owners.yaml": """paths:
  /owners/{ownerId}:
    get:
      operationId: getOwner
      parameters:
        - {name: ownerId, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: one owner
          content:
            application/json:
              schema: {$ref: '../api.yaml#/components/schemas/Owner'}
""",
    "params/paging.yaml": """Limit:
  name: limit
  in: query
  schema: {type: integer, minimum: 1}
Tags:
  name: tag
  in: query
  schema:
    type: array
    items: {$ref: '../schemas/common/pet%20tag.yaml'}
""",
    "responses/pet.yaml": """description: one pet
content:
  application/json:
    schema: {$ref: '../schemas/pet.yaml'}
""",
    "responses/errors.yaml": """Error:
  description: an error
  content:
    application/json:
      schema: {$ref: '../schemas/common/error.yaml#/components/schemas/Error'}
""",
    "schemas/pet.yaml": """type: object
required: [id, name]
properties:
  id: {$ref: 'common/ids.yaml#/PetId'}
  name: {type: string}
  tag: {$ref: 'common/pet%20tag.yaml'}
  owner: {$ref: '../api.yaml#/components/schemas/Owner'}
  friends:
    type: array
    items: {$ref: 'pet.yaml'}
""",
    "schemas/common/ids.yaml": "PetId: {type: integer, format: int64}\n",
    "schemas/common/pet tag.yaml": "type: string\nenum: [cat, dog]\n",
    "schemas/common/address.yaml": """type: object
properties:
  street: {type: string}
  country: {$ref: 'country.yaml'}
""",
    "schemas/common/country.yaml": "type: string\nminLength: 2\nmaxLength: 2\n",
    "schemas/common/error.yaml": """components:
  schemas:
    Error:
      type: object
      required: [message]
      properties:
        message: {type: string}
""",
}


def _write_tree(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder / "api.yaml"


async def test_a_multi_file_tree_generates_and_round_trips(tmp_path: Path) -> None:
    """Refs from path items, parameters, responses and properties into sibling files and nested folders;
    a referenced file's refs are relative to it (a third file, ``../`` back to the root spec)."""
    spec = _write_tree(tmp_path / "tree", TREE)
    out = tmp_path / "out"
    result = generate([Job(spec, "tree_api")], out)
    assert result.ok, [d.format() for d in result.diagnostics]
    with importable(out):
        pkg = importlib.import_module("tree_api")
        server = importlib.import_module("tree_api.server")
        models = pkg.models
        assert {"Pet", "Owner", "Address", "Error"} <= set(models.__all__)
        assert models.Pet.model_fields["friends"].annotation is not None

        class Service:
            async def list_pets(self, *, limit: Any = None, tag: Any = None, context: Any) -> Any:
                pet = models.Pet(id=limit or 1, name="rex", tag=(tag or ["dog"])[0])
                return server.ListPets200(body=[pet])

            async def get_pet(self, *, pet_id: int, context: Any) -> Any:
                if pet_id != 7:
                    return server.GetPet404(body=models.Error(message="no pet"))
                owner = models.Owner(name="ann", address=models.Address(country="NL"))
                return server.GetPet200(body=models.Pet(id=7, name="rex", owner=owner))

            async def get_owner(self, *, owner_id: str, context: Any) -> Any:
                return server.GetOwner200(body=models.Owner(name=owner_id))

            def error_body(self, status: int, message: str, context: Any) -> object:
                return {"message": message}

        app = server.create_app(Service())
        async with pkg.AsyncClient("http://test", transport=httpx.ASGITransport(app=app)) as client:
            [listed] = await client.list_pets(limit=3, tag=["cat"])
            assert (listed.id, listed.tag) == (3, "cat")
            pet = await client.get_pet(7)
            assert pet.owner.address.country == "NL"
            with pytest.raises(pkg.NotFoundError):
                await client.get_pet(8)
            assert (await client.get_owner("bob")).name == "bob"
            with pytest.raises(pkg.ClientError) as refused:  # the enum of a third file, named with an escaped space
                await client.list_pets(tag=["cow"])
            assert "Input should be 'cat' or 'dog'" in str(refused.value)


def test_broken_refs_in_a_tree_are_located_at_the_ref(tmp_path: Path) -> None:
    files = dict(TREE)
    files["api.yaml"] = files["api.yaml"].replace("item.yaml#/PetItem", "item.yaml#/PetItm")
    files["paths/pets/collection.yaml"] = files["paths/pets/collection.yaml"].replace("#/Tags", "#/Nope")
    files["schemas/common/address.yaml"] = files["schemas/common/address.yaml"].replace(
        "country.yaml", "countries.yaml"
    )
    spec = _write_tree(tmp_path / "tree", files)
    result = generate([Job(spec, "broken_tree")], tmp_path / "out")
    assert not result.ok and not (tmp_path / "out" / "broken_tree").exists()
    got = sorted((Path(d.file).as_posix(), d.line, d.column, d.message.split(":")[0]) for d in result.diagnostics)
    where = [(file.rsplit("tree/", 1)[-1], line, column) for file, line, column, _ in got]
    assert where == [("api.yaml", 7, 5), ("paths/pets/collection.yaml", 5, 7), ("schemas/common/address.yaml", 4, 13)]
    assert [message for *_, message in got] == [
        "unresolved $ref './paths/pets/item.yaml#/PetItm'",
        "unresolved $ref '../../params/paging.yaml#/Nope'",
        "unresolved $ref 'countries.yaml'",
    ]
    assert all("does not exist in" in d.message or "file not found" in d.message for d in result.diagnostics)
