"""The generated server, end to end, on tests/server_fixtures/pets.yaml.

The fixture spec is generated (``generator.pipeline.generate``) into a temporary directory put
on ``sys.path``; ``tests/server_fixtures/pets_service.py`` implements its ``Service`` in memory.
Checked here: success paths, the spec's own 400 (never 422) for bad input, 401, 405 + ``Allow``,
415, 404, 500 for service bugs, ``/openapi.json`` and ``/docs``, ``mypy --strict`` on the
generated package and the service, and schemathesis (all checks, positive and negative, fixed
seed) in-process, stateless and stateful.
"""

from __future__ import annotations

import atexit
import base64
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, assume, settings
from starlette.testclient import TestClient

from generator.pipeline import Job, generate
from tests.schemathesis_checks import unsupported_method, unsupported_method_unless_served_elsewhere
from tests.schemathesis_runs import operation_labels, run_operations
from tests.typecheck import MypyResults, MypyTarget, mypy_target

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "server_fixtures"
SPEC = FIXTURES / "pets.yaml"
SERVICE_FILE = FIXTURES / "pets_service.py"
PACKAGE = "server_fixture_pets"
EDGE_SPEC = FIXTURES / "edge.yaml"
EDGE_SERVICE_FILE = FIXTURES / "edge_service.py"
EDGE_PACKAGE = "server_fixture_edge"

# Generate at import: schemathesis' parametrization below needs the app at collection time.
_OUT = Path(tempfile.mkdtemp(prefix="server-fixture-"))
atexit.register(shutil.rmtree, _OUT, ignore_errors=True)
_RESULT = generate([Job(SPEC, PACKAGE), Job(EDGE_SPEC, EDGE_PACKAGE)], _OUT)
assert _RESULT.ok, [str(d) for d in _RESULT.diagnostics]
sys.path.insert(0, str(_OUT))


def _load_service_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


svc = _load_service_module("server_fixture_pets_service", SERVICE_FILE)
edge_svc = _load_service_module("server_fixture_edge_service", EDGE_SERVICE_FILE)
server = importlib.import_module(f"{PACKAGE}.server")
models = importlib.import_module(f"{PACKAGE}.models")
edge_server = importlib.import_module(f"{EDGE_PACKAGE}.server")

BASIC = {"Authorization": "Basic " + base64.b64encode(f"{svc.USERNAME}:{svc.PASSWORD}".encode()).decode()}
KEY = {"X-API-Key": svc.API_KEY}
ERROR_KEYS = {"code", "message"}


@pytest.fixture
def service() -> Any:
    return svc.PetsService()


@pytest.fixture
def client(service: Any) -> TestClient:
    return TestClient(svc.build_app(service), raise_server_exceptions=False)


def _new_pet(client: TestClient, **overrides: Any) -> dict[str, Any]:
    body = {"name": "Rex", "kind": "dog", "tag": None} | overrides
    r = client.post("/pets", json=body, headers=BASIC)
    assert r.status_code == 201, r.text
    return dict(r.json())


def _assert_error(r: Any, status: int, fragment: str = "") -> dict[str, Any]:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == ERROR_KEYS, body
    assert body["code"] == status
    assert fragment in body["message"], body
    return dict(body)


# -- success paths ---------------------------------------------------------------------------
def test_create_get_list_delete(client: TestClient, service: Any) -> None:
    pet = _new_pet(client, age=3, tag="good")
    assert pet["name"] == "Rex" and pet["age"] == 3 and pet["tag"] == "good" and pet["vaccinated"] is False
    uuid.UUID(pet["id"])
    assert isinstance(service.calls[-1][1]["body"], models.NewPet)

    r = client.get(f"/pets/{pet['id']}", headers=KEY)
    assert r.status_code == 200 and r.json() == pet
    assert service.calls[-1] == ("getPet", {"pet_id": uuid.UUID(pet["id"])})

    r = client.get(
        "/pets", params={"limit": "5", "kind": "dog", "vaccinated": "false"}, headers=BASIC | {"X-Request-ID": "abc-1"}
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"items": [pet]}
    assert r.headers["x-total"] == "1"
    assert service.calls[-1] == ("listPets", {"limit": 5, "kind": "dog", "vaccinated": False, "x_request_id": "abc-1"})

    r = client.delete(f"/pets/{pet['id']}", headers=BASIC)
    assert r.status_code == 204 and r.content == b""
    assert "content-type" not in r.headers
    _assert_error(client.get(f"/pets/{pet['id']}", headers=KEY), 404, "no such pet")


def test_defaults_optional_and_nullable(client: TestClient, service: Any) -> None:
    pet = _new_pet(client, tag=None)  # nullable: null accepted; optional age: left out
    assert pet["tag"] is None and "age" not in pet
    r = client.get("/pets", headers=BASIC)
    assert r.status_code == 200
    assert service.calls[-1] == ("listPets", {"limit": 20, "kind": None, "vaccinated": None, "x_request_id": None})
    # JSON Schema counts 3.0 as an integer
    assert _new_pet(client, age=3.0)["age"] == 3


def test_request_context(client: TestClient, service: Any) -> None:
    client.get("/pets", params={"limit": "1"}, headers=BASIC | {"X-Request-ID": "ctx"})
    context = service.contexts[-1]
    assert context.operation_id == "listPets"
    assert context.base_url == "http://testserver"
    assert context.url == "http://testserver/pets?limit=1"
    assert context.headers["x-request-id"] == "ctx"


def test_form_body(client: TestClient, service: Any) -> None:
    form = "name=Tom+Cat&kind=cat&age=4&vaccinated=true&nicknames=t&nicknames=%C3%A9"
    r = client.post("/pets/form", content=form, headers=BASIC | {"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 201, r.text
    assert r.json()["name"] == "Tom Cat" and r.json()["age"] == 4 and r.json()["vaccinated"] is True
    body = service.calls[-1][1]["body"]
    assert isinstance(body, models.PetForm)
    assert [n.root for n in body.nicknames] == ["t", "é"]
    # blank values are kept (and then validated): an empty name is too short
    r = client.post(
        "/pets/form", content="name=&kind=cat", headers=BASIC | {"Content-Type": "application/x-www-form-urlencoded"}
    )
    _assert_error(r, 400, "name")


# -- 400 in the spec's shape, never 422 ------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"name": None, "kind": "dog", "tag": None}, "name"),  # null in a non-nullable field
        ({"name": "a", "kind": "dog", "tag": None, "age": "5"}, "age"),  # a string for an integer
        ({"name": "a", "kind": "dog", "tag": None, "age": True}, "age"),  # a boolean for an integer
        ({"name": "a", "kind": "dog", "tag": None, "age": 3.5}, "age"),
        ({"name": "a", "kind": "dog", "tag": None, "age": 101}, "age"),  # out of bounds
        ({"name": "a", "kind": "dog", "tag": None, "colour": "red"}, "colour"),  # unknown property
        ({"name": "a", "kind": "fish", "tag": None}, "kind"),  # bad enum
        ({"name": "a", "kind": "dog"}, "tag"),  # a required nullable field left out
        ([1, 2], ""),
    ],
)
def test_bad_json_body_is_400(client: TestClient, service: Any, body: Any, fragment: str) -> None:
    _assert_error(client.post("/pets", json=body, headers=BASIC), 400, fragment)
    assert not service.calls


def test_malformed_json_is_400(client: TestClient) -> None:
    r = client.post("/pets", content=b'{"name": "a",', headers=BASIC | {"Content-Type": "application/json"})
    _assert_error(r, 400)
    r = client.post("/pets", content=b"", headers=BASIC)
    _assert_error(r, 400, "required")


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "5.5"}, "limit"),
        ({"limit": "true"}, "limit"),
        ({"limit": ""}, "limit"),
        ({"vaccinated": "yes"}, "vaccinated"),
        ({"vaccinated": "1"}, "vaccinated"),
        ({"kind": "fish"}, "kind"),
        ({"colour": "red"}, "colour"),  # unknown query parameter
        ([("limit", "1"), ("limit", "2")], "limit"),  # repeated scalar
    ],
)
def test_bad_query_is_400(client: TestClient, service: Any, params: Any, fragment: str) -> None:
    _assert_error(client.get("/pets", params=params, headers=BASIC), 400, fragment)
    assert not service.calls


def test_bad_header_and_path_are_400(client: TestClient, service: Any) -> None:
    _assert_error(client.get("/pets", headers=BASIC | {"X-Request-ID": "NOT VALID"}), 400, "X-Request-ID")
    _assert_error(client.get("/pets/not-a-uuid", headers=KEY), 400, "petId")
    _assert_error(client.delete("/pets/1234", headers=BASIC), 400, "petId")
    assert not service.calls


@pytest.mark.parametrize(
    ("form", "fragment"),
    [
        (b"name=%ZZ&kind=cat&age=%", ""),  # bad percent-encoding
        (b"name=\xff&kind=cat", "malformed"),  # not UTF-8
        (b"name&kind=cat", "malformed"),  # a field without '='
        (b"name=a&kind=cat&age=x", "age"),
        (b"name=a&kind=cat&age=3.0", "age"),
        (b"name=a&kind=cat&vaccinated=1", "vaccinated"),
        (b"name=a&kind=cat&kind=dog", "kind"),  # repeated non-array field
        (b"name=a&kind=cat&colour=red", "colour"),  # unknown field
        (b"name=a&kind=fish", "kind"),
        (b"kind=cat", "name"),
    ],
)
def test_bad_form_is_400(client: TestClient, service: Any, form: bytes, fragment: str) -> None:
    r = client.post("/pets/form", content=form, headers=BASIC | {"Content-Type": "application/x-www-form-urlencoded"})
    _assert_error(r, 400, fragment)
    assert not service.calls


def test_error_body_that_does_not_fit_the_schema_falls_back(client: TestClient, service: Any) -> None:
    service.bad_error_body = True
    r = client.get("/pets", params={"limit": "0"}, headers=BASIC)
    _assert_error(r, 400, "limit")  # the generic body happens to be {code, message} too


# -- credentials -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Basic",
        "Basic !!!not-base64!!!",
        "Basic " + base64.b64encode(b"no-colon").decode(),
        "Bearer abc",
        "Digest username=admin",
    ],
)
def test_missing_or_malformed_basic_is_401(client: TestClient, service: Any, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    r = client.get("/pets", headers=headers)
    _assert_error(r, 401)
    assert r.headers["www-authenticate"] == 'Basic realm="api"'
    assert not service.calls and not service.authenticated


def test_wrong_credentials_are_refused_by_authenticate_with_the_same_challenge(
    client: TestClient, service: Any
) -> None:
    wrong = {"Authorization": "Basic " + base64.b64encode(b"admin:nope").decode()}
    r = client.get("/pets", headers=wrong)
    _assert_error(r, 401, "wrong credentials")
    assert r.headers["www-authenticate"] == client.get("/pets").headers["www-authenticate"] == 'Basic realm="api"'
    assert service.authenticated == [server.Credentials(basic=server.BasicCredentials("admin", "nope"))]
    assert not service.calls  # the operation never ran
    pet_id = uuid.uuid4()
    _assert_error(client.get(f"/pets/{pet_id}"), 401)  # no API key
    _assert_error(client.get(f"/pets/{pet_id}", headers=BASIC), 401)  # Basic is not this op's scheme
    r = client.get(f"/pets/{pet_id}", headers={"X-API-Key": "nope"})
    _assert_error(r, 401, "wrong API key")
    assert "www-authenticate" not in r.headers  # an API key has no HTTP challenge
    assert service.authenticated[-1] == server.Credentials(api_key=server.ApiKeyCredentials("nope"))
    assert not service.calls


def test_bad_input_from_a_refused_caller_is_401_not_400(client: TestClient, service: Any) -> None:
    wrong = {"Authorization": "Basic " + base64.b64encode(b"admin:nope").decode()}
    _assert_error(client.get("/pets", params={"limit": "0"}, headers=wrong), 401)
    _assert_error(client.post("/pets", json={"name": 5}, headers=wrong), 401)
    assert not service.calls


# -- routing ---------------------------------------------------------------------------------
def test_405_lists_exactly_the_paths_methods(client: TestClient) -> None:
    for method, path, allowed in [
        ("PUT", "/pets", {"GET", "POST"}),
        ("PATCH", f"/pets/{uuid.uuid4()}", {"GET", "DELETE"}),
        ("PUT", "/pets/form", {"POST"}),  # /pets/{petId} has no PUT either; Allow names /pets/form's methods
        ("HEAD", "/pets", {"GET", "POST"}),  # not served, so not advertised
        ("OPTIONS", "/pets", {"GET", "POST"}),
    ]:
        r = client.request(method, path, headers=BASIC)
        assert r.status_code == 405, (method, path, r.status_code)
        assert {m.strip() for m in r.headers["allow"].split(",")} == allowed
        if method != "HEAD":
            assert set(r.json()) == ERROR_KEYS


def test_credentials_are_checked_before_405(client: TestClient) -> None:
    r = client.put("/pets")  # no credentials: 401 with the challenge, not 405
    _assert_error(r, 401)
    assert "allow" not in r.headers and r.headers["www-authenticate"]
    wrong = {"Authorization": "Basic " + base64.b64encode(b"admin:nope").decode()}
    _assert_error(client.put("/pets", headers=wrong), 401)
    # Credentials any operation of the path accepts are enough to learn the allowed methods.
    assert client.request("PATCH", f"/pets/{uuid.uuid4()}", headers=BASIC).status_code == 405
    assert client.request("PATCH", f"/pets/{uuid.uuid4()}", headers=KEY).status_code == 405


def test_a_literal_path_without_the_method_falls_through_to_the_template(client: TestClient, service: Any) -> None:
    _assert_error(client.get("/pets/form", headers=KEY), 400, "petId")  # getPet, with petId="form"
    _assert_error(client.delete("/pets/form", headers=BASIC), 400, "petId")
    assert not service.calls


def test_404_for_unknown_paths(client: TestClient) -> None:
    _assert_error(client.get("/nope", headers=BASIC), 404, "/nope")
    _assert_error(client.get("/pets/a/b", headers=BASIC), 404)
    _assert_error(client.get("/pets/", headers=BASIC), 404)  # no slash redirects


def test_415_for_other_media_types(client: TestClient, service: Any) -> None:
    _assert_error(client.post("/pets", content=b"name=a", headers=BASIC | {"Content-Type": "text/plain"}), 415)
    r = client.post(
        "/pets", content=b"name=a&kind=cat", headers=BASIC | {"Content-Type": "application/x-www-form-urlencoded"}
    )
    _assert_error(r, 415)
    _assert_error(client.post("/pets/form", json={"name": "a", "kind": "cat"}, headers=BASIC), 415)
    _assert_error(client.post("/pets", files={"name": ("a.txt", b"x")}, headers=BASIC), 415)
    _assert_error(client.post("/pets", content=b'{"name": "a"}', headers=BASIC), 415)  # no Content-Type
    assert not service.calls


def test_json_content_type_with_parameters(client: TestClient) -> None:
    body = json.dumps({"name": "a", "kind": "cat", "tag": None}).encode()
    r = client.post("/pets", content=body, headers=BASIC | {"Content-Type": "application/json; charset=utf-8"})
    assert r.status_code == 201


# -- service bugs are 500s, never tracebacks -----------------------------------------------------
def test_wrong_typed_response_body_is_500(client: TestClient, service: Any) -> None:
    pet = _new_pet(client)
    service.wrong_body = True
    r = client.get(f"/pets/{pet['id']}", headers=KEY)
    _assert_error(r, 500)
    assert "not-a-uuid" not in r.text


def test_exception_in_service_is_500(client: TestClient, service: Any) -> None:
    service.raise_in_service = True
    r = client.get(f"/pets/{uuid.uuid4()}", headers=KEY)
    _assert_error(r, 500)
    assert "boom" not in r.text and "Traceback" not in r.text
    # deletePet documents a default response: the 500 body is validated against it
    _assert_error(client.delete(f"/pets/{uuid.uuid4()}", headers=BASIC), 500)


# -- the spec and the docs -------------------------------------------------------------------
def test_openapi_json_is_the_spec(client: TestClient) -> None:
    r = client.get("/openapi.json")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    served = r.json()
    # `servers` names this server (the request's own base URL), so Swagger UI's "Try it out" calls it
    assert served.pop("servers") == [{"url": "http://testserver", "description": "this server"}]
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec.pop("servers", None)
    assert served == spec
    assert client.get("/openapi.json", headers={"host": "stand-in.test:9000"}).json()["servers"][0]["url"] == (
        "http://stand-in.test:9000"
    )


def test_docs_page(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "swagger-ui" in r.text and "Pets fixture" in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    # offline: every script, stylesheet and icon is a relative URL below /docs/, served here
    references = re.findall(r'(?:src|href)="([^"]*)"', r.text)
    assert references and all(ref.startswith("docs/") and ":" not in ref for ref in references), references
    assert "http" not in r.text.lower() and "<script>" not in r.text  # no CDN, no inline script (CSP)
    types = {"css": "text/css", "js": "text/javascript", "png": "image/png"}
    for ref in references:
        asset = client.get("/" + ref)
        assert asset.status_code == 200 and len(asset.content) > 0, ref
        assert asset.headers["content-type"].startswith(types[ref.rsplit(".", 1)[1]]), ref
    assert "SwaggerUIBundle" in client.get("/docs/swagger-ui-bundle.js").text
    init = client.get("/docs/swagger-initializer.js").text
    assert '"openapi.json"' in init and "validatorUrl: null" in init
    no_docs = TestClient(server.create_app(svc.PetsService(), docs=False))
    assert no_docs.get("/docs").status_code == 404
    assert no_docs.get("/docs/swagger-ui.css").status_code == 404


def test_docs_page_without_swagger_ui_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the swagger-ui-bundle-v2 package, /docs says how to install it (and no asset is served)."""
    monkeypatch.setattr(server._rt, "swagger_ui_dir", lambda: None)
    client = TestClient(server.create_app(svc.PetsService()))
    r = client.get("/docs")
    assert r.status_code == 200 and "pip install swagger-ui-bundle-v2" in r.text and 'href="openapi.json"' in r.text
    assert "<script" not in r.text
    assert client.get("/docs/swagger-ui-bundle.js").status_code == 404


# -- edge cases (tests/server_fixtures/edge.yaml) ---------------------------------------------
@pytest.fixture
def edge_service() -> Any:
    return edge_svc.EdgeService()


@pytest.fixture
def edge(edge_service: Any) -> TestClient:
    return TestClient(edge_svc.build_app(edge_service), raise_server_exceptions=False)


def _basic(user: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:pw".encode()).decode()}


def _problem(r: Any, status: int, content_type: str = "application/json") -> dict[str, Any]:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"] == content_type
    body = r.json()
    assert set(body) == {"title", "status"} and body["status"] == status, body
    return dict(body)


def test_edge_literal_path_beats_template_and_security_alternatives(edge: TestClient) -> None:
    assert edge.get("/items/mine", headers=_basic("ann")).json() == ["basic:ann"]
    assert edge.get("/items/mine", headers={"Authorization": "Bearer t0k.en"}).json() == ["bearer:t0k.en"]
    r = edge.get("/items/mine")
    _problem(r, 401, "application/problem+json")  # a 4XX range documents the 401
    assert r.headers["www-authenticate"] == 'Basic realm="api", Bearer'
    r = edge.get("/items/mine", headers=_basic("nobody"))  # refused by authenticate: the same answer
    assert _problem(r, 401, "application/problem+json")["title"] == "unknown user"
    assert r.headers["www-authenticate"] == 'Basic realm="api", Bearer'
    r = edge.get("/items/mine", headers=_basic("banned"))
    assert _problem(r, 403, "application/problem+json")["title"] == "banned"
    assert "www-authenticate" not in r.headers
    _problem(edge.get("/items/mine", headers={"Authorization": "Bearer bad token"}), 401, "application/problem+json")
    r = edge.get("/items/mine", headers=_basic("teapot"))
    assert r.status_code == 418 and r.json() == {"title": "teapot", "status": 418}
    assert r.headers["content-type"] == "application/problem+json"
    _problem(edge.get("/items/mine", headers=_basic("liar")), 500)  # 500 undocumented: error_body as JSON


def test_edge_parameter_styles(edge: TestClient, edge_service: Any) -> None:
    r = edge.get(
        "/items/7/parts/AB?ids=1,2,3&tag=x&tag=y&filter[color]=red&filter[size]=L&class=c",
        headers={"X-Flags": "true, false", "Cookie": "session=s1"},
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"item": 7, "part": "AB"}
    assert edge_service.calls[-1] == (
        "get-part",
        {
            "item_id": 7,
            "part_no": "AB",
            "ids": [1, 2, 3],
            "tag": ["x", "y"],
            "filter": {"color": "red", "size": "L"},
            "session": "s1",
            "x_flags": [True, False],
            "class_": "c",
            "principal": None,
        },
    )
    r = edge.get("/items/7/parts/AB", params={"api_key": "k1"})  # optional security, key in the query
    assert r.status_code == 200, r.text
    assert edge_service.calls[-1][1]["principal"] == "key:k1"
    assert edge_service.calls[-1][1]["ids"] is None
    calls = len(edge_service.calls)
    _problem(edge.get("/items/7/parts/AB", params={"api_key": "nope"}), 401)  # sent and refused: not anonymous
    assert len(edge_service.calls) == calls


@pytest.mark.parametrize(
    "url",
    [
        "/items/0/parts/AB",
        "/items/x/parts/AB",
        "/items/1/parts/abc",
        "/items/1/parts/AB?ids=1,x",
        "/items/1/parts/AB?nope=1",
    ],
)
def test_edge_only_422_documented_so_bad_input_is_422(edge: TestClient, edge_service: Any, url: str) -> None:
    _problem(edge.get(url), 422)
    assert not edge_service.calls


def test_edge_text_binary_head_optional_body(edge: TestClient, edge_service: Any) -> None:
    r = edge.put("/items/1/parts/AB", content=b"hello", headers={"Content-Type": "text/plain"})
    assert r.status_code == 200 and r.text == "HELLO" and r.headers["content-type"] == "text/plain"
    r = edge.put("/items/1/parts/AB", content=b"\xff", headers={"Content-Type": "text/plain"})
    _problem(r, 400)  # not UTF-8; "default" documents the shape of the 400
    _problem(edge.put("/items/1/parts/AB", json="hello"), 415)
    r = edge.get("/blob")
    assert r.content == b"\x00\x01binary\xff" and r.headers["content-type"] == "application/octet-stream"
    r = edge.head("/items/1/parts/AB")
    assert r.status_code == 200 and r.headers["x-exists"] == "yes" and r.content == b""
    r = edge.patch("/items/1/parts/AB")
    assert r.status_code == 405 and r.headers["allow"] == "GET, PUT, HEAD"
    assert edge.delete("/blob").headers["allow"] == "GET, POST"
    for content, headers in [(b"", {}), (b"", {"Content-Type": "application/json"})]:
        assert edge.post("/blob", content=content, headers=headers).status_code == 204
        assert edge_service.calls[-1] == ("postNote", {"body": None})  # an optional body left out
    assert edge.post("/blob", json={"note": "n"}).status_code == 204
    assert edge_service.calls[-1][1]["body"].note == "n"
    r = edge.post("/blob", json={"other": 1})
    assert r.status_code == 400 and r.json() == {
        "title": "invalid request body other: Extra inputs are not permitted",
        "status": 400,
    }
    _problem(edge.get("/items/1/parts"), 404)  # the nearest operation documents a default response
    _problem(edge.get("/elsewhere"), 404)


# -- static typing -----------------------------------------------------------------------------
@mypy_target("server_generated")
def _typed(tmp_path_factory: pytest.TempPathFactory) -> MypyTarget:
    return MypyTarget(_OUT, (PACKAGE, EDGE_PACKAGE), (SERVICE_FILE, EDGE_SERVICE_FILE))


@pytest.mark.slow
def test_mypy_strict_on_generated_package_and_service(strict_mypy: MypyResults) -> None:
    # The client is another engineer's layer: only the server, its runtime, the models and the service count here.
    mine = [
        line
        for line in strict_mypy.errors_of("server_generated")
        if "_client_runtime.py" not in line and "/client.py" not in line
    ]
    assert not mine, "\n".join(mine)


# -- schemathesis --------------------------------------------------------------------------------
EXAMPLES = int(os.environ.get("SERVER_SCHEMATHESIS_EXAMPLES", "50"))
_config = schemathesis.Config.from_dict(
    {
        "seed": 1,
        "auth": {
            "openapi": {
                "basic": {"username": svc.USERNAME, "password": svc.PASSWORD},
                "apiKey": {"api_key": svc.API_KEY},
            }
        },
        "generation": {"mode": "all", "max-examples": EXAMPLES},
    }
)
_schema = schemathesis.openapi.from_path(str(SPEC), config=_config)
_st_service = svc.PetsService()
_schema.app = svc.build_app(_st_service)
_SUCCESSES: dict[str, int] = {}
_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def _ambiguous_form(case: Any) -> bool:
    """A scalar sent for an array field of a form body is, on the wire, a valid one-item array.

    (``nicknames=AAA`` is both the string ``"AAA"`` and ``["AAA"]``; schemathesis' negative mode
    counts it as a type violation, which no server can detect.)
    """
    body = case.body
    if not isinstance(body, dict) or "x-www-form-urlencoded" not in str(case.media_type):
        return False
    return "nicknames" in body and not isinstance(body["nicknames"], list)


@pytest.mark.contract
@_schema.parametrize()
@_SETTINGS
def test_schemathesis(case: Any) -> None:
    assume(not _ambiguous_form(case))
    response = case.call_and_validate(
        excluded_checks=[unsupported_method], additional_checks=[unsupported_method_unless_served_elsewhere]
    )
    # 2xx, or the service's own 404 for an id it does not know: the request got past validation and auth
    if 200 <= response.status_code < 300 or response.status_code == 404:
        key = f"{case.operation.method.upper()} {case.operation.path}"
        _SUCCESSES[key] = _SUCCESSES.get(key, 0) + 1


@pytest.fixture(scope="module")
def schemathesis_successes() -> dict[str, int]:
    """Successes per operation of ``test_schemathesis``; first runs it for operations it has not reached yet."""
    missing = [op for op in operation_labels(_schema) if op not in _SUCCESSES]
    run_operations(_schema, test_schemathesis, missing, max_examples=EXAMPLES)
    return _SUCCESSES


@pytest.mark.contract
def test_schemathesis_reached_every_operation(schemathesis_successes: dict[str, int]) -> None:
    """Guards against green runs where every answer was a documented error (e.g. wrong credentials); holds alone."""
    expected = {"GET /pets", "POST /pets", "POST /pets/form", "GET /pets/{petId}", "DELETE /pets/{petId}"}
    assert expected <= set(schemathesis_successes), schemathesis_successes


_Workflow = _schema.as_state_machine()
_Workflow.TestCase.settings = settings(
    max_examples=max(EXAMPLES // 2, 10),
    stateful_step_count=6,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TestStatefulWorkflow = pytest.mark.contract(_Workflow.TestCase)
