"""Direct unit tests of the builder's modules: type mapping, the catalog, planning, security, pagination."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.builder import build_api
from generator.builder.assemble import base_path
from generator.builder.catalog import Catalog
from generator.builder.operations import OperationPlanner, find_operations
from generator.builder.pagination import next_url_path
from generator.builder.report import Report
from generator.builder.security import requirements, security_schemes
from generator.builder.typemap import TypeMapper
from generator.diagnostics import GenerationError, Level
from generator.loader import load_spec
from generator.modelgen import ModelSource
from generator.schemas import allof_cycle

MODELS = ModelSource(
    "class Pet(StrictModel):\n    name: str\n\n\nclass Tags(RootModel[list[str]]):\n    root: list[str]\n"
)
SCHEMAS: dict[str, Any] = {
    "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
    "Tags": {"type": "array", "items": {"type": "string"}},
    "Color": {"enum": ["red", "green"]},
    "Loop": {"type": "array", "items": {"$ref": "#/components/schemas/Loop"}},
}


def type_of(schema: dict[str, Any]) -> ir.TypeInfo:
    return TypeMapper(SCHEMAS, MODELS).type_of(schema)


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, ir.TypeInfo("str", "string")),
        ({"type": "string", "format": "date-time"}, ir.TypeInfo("datetime.datetime", "string")),
        ({"type": "string", "format": "uuid"}, ir.TypeInfo("uuid.UUID", "string")),
        ({"type": "string", "format": "binary"}, ir.TypeInfo("bytes", "string", is_binary=True)),
        ({"type": "string", "format": "unix-time"}, ir.TypeInfo("str", "string")),
        ({"type": ["integer", "null"]}, ir.TypeInfo("int | None", "integer", nullable=True)),
        ({"type": "number", "nullable": True}, ir.TypeInfo("float | None", "number", nullable=True)),
        ({"type": ["string", "integer"]}, ir.TypeInfo("str | int", "any")),
        ({"enum": ["a", None, "b", "a"]}, ir.TypeInfo("Literal['a', 'b'] | None", "string", nullable=True)),
        ({"enum": [1.5, 2.5]}, ir.TypeInfo("Any", "any")),  # floats are no Literal
        ({"const": True}, ir.TypeInfo("Literal[True]", "boolean")),
        (
            {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
            ir.TypeInfo("str | int | None", "any", nullable=True),
        ),
        ({"anyOf": [{"type": "integer"}, {"type": "integer"}]}, ir.TypeInfo("int", "integer")),
        (
            {"type": "array", "items": {"type": "string", "format": "binary"}},
            ir.TypeInfo("list[bytes]", "array", "string", is_binary=True),
        ),
        ({"items": {"type": "integer"}}, ir.TypeInfo("list[int]", "array", "integer")),
        ({"type": "object", "additionalProperties": {"type": "boolean"}}, ir.TypeInfo("dict[str, bool]", "object")),
        ({"type": "object"}, ir.TypeInfo("dict[str, Any]", "object")),
        ({"type": "null"}, ir.TypeInfo("None", "any", nullable=True)),
        ({}, ir.TypeInfo("Any", "any")),
    ],
)
def test_type_mapping_of_plain_schemas(schema: dict[str, Any], expected: ir.TypeInfo) -> None:
    assert type_of(schema) == expected


def test_type_mapping_of_refs() -> None:
    pet = ir.TypeInfo("models.Pet", "object", is_model=True)
    assert type_of({"$ref": "#/components/schemas/Pet"}) == pet
    assert type_of({"$ref": "#/components/schemas/Pet", "nullable": True}) == ir.TypeInfo(
        "models.Pet | None", "object", nullable=True, is_model=True
    )
    # a root model or alias is typed as what it holds, not as the class
    assert type_of({"$ref": "#/components/schemas/Tags"}) == ir.TypeInfo("list[str]", "array", "string")
    assert type_of({"$ref": "#/components/schemas/Color"}) == ir.TypeInfo("Literal['red', 'green']", "string")
    assert type_of({"allOf": [{"$ref": "#/components/schemas/Color"}], "nullable": True}) == ir.TypeInfo(
        "Literal['red', 'green'] | None", "string", nullable=True
    )
    # a non-record schema that holds itself ends in Any instead of recursing forever
    assert type_of({"$ref": "#/components/schemas/Loop"}) == ir.TypeInfo("list[Any]", "array", "any")
    assert type_of({"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}).expr == "list[models.Pet]"


DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/pets/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "path item's"},
            ],
            "get": {
                "operationId": "getPet",
                "parameters": [
                    {"name": "x-trace", "in": "header", "schema": {"type": "string"}},
                    {"name": "q", "in": "query", "schema": {"type": "integer"}, "description": "operation's"},
                ],
                "responses": {
                    "200": {"$ref": "#/components/responses/PetOk"},
                    "404": {"description": "gone", "content": {"text/plain": {}}},
                },
            },
        }
    },
    "components": {
        "schemas": {
            "my-pet": {
                "type": "object",
                "description": "a\r\npet",
                "properties": {"owner": {"$ref": "#/$defs/Owner"}, "$ref": {"type": "string"}},
            },
            "Animal": {
                "oneOf": [{"$ref": "#/components/schemas/my-pet"}],
                "discriminator": {"propertyName": "kind", "mapping": {"pet": "#/components/schemas/my-pet"}},
            },
        },
        "responses": {
            "PetOk": {
                "description": "ok",
                "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {}}}}},
            },
            "Loop": {"$ref": "#/components/responses/Loop"},
        },
    },
    "$defs": {"Owner": {"type": "object", "title": "The\rowner"}},
}


def catalog(doc: dict[str, Any] = DOC) -> Catalog:
    c = Catalog(doc, Report("spec.yaml"))
    c.collect_components()
    return c


def test_catalog_renames_components_and_inlines_other_refs() -> None:
    c = catalog()
    assert c.class_names == {"my-pet": "MyPet", "Animal": "Animal"}
    pet = c.schemas["MyPet"]
    assert pet["description"] == "a\npet"
    # a ref outside components/schemas is inlined; a property called "$ref" stays a property
    assert pet["properties"]["owner"] == {"type": "object", "title": "The\nowner"}
    assert pet["properties"]["$ref"] == {"type": "string"}
    assert c.schemas["Animal"] == {
        "oneOf": [{"$ref": "#/components/schemas/MyPet"}],
        "discriminator": {"propertyName": "kind", "mapping": {"pet": "#/components/schemas/MyPet"}},
    }
    assert c.schema_target({"$ref": "#/components/schemas/MyPet"}) is pet


def test_catalog_deref_follows_chains_and_reports_cycles() -> None:
    c = catalog()
    ok = c.deref({"$ref": "#/components/responses/PetOk"}, "#/x")
    assert ok["description"] == "ok"
    with pytest.raises(GenerationError) as exc:
        c.deref({"$ref": "#/components/responses/Loop"}, "#/paths/a")
    [d] = exc.value.diagnostics
    assert (d.location, d.message) == ("#/paths/a", "$ref cycle at '#/components/responses/Loop'")


def test_catalog_refuses_unresolved_and_recursive_inline_refs() -> None:
    doc = {"$defs": {"A": {"type": "array", "items": {"$ref": "#/$defs/A"}}}}
    c = catalog(doc)
    with pytest.raises(GenerationError, match="recursive \\$ref '#/\\$defs/A' outside components/schemas"):
        c.rewrite_refs({"$ref": "#/$defs/A"}, "#/here")
    with pytest.raises(GenerationError, match="unresolved \\$ref '#/nowhere'"):
        c.rewrite_refs({"$ref": "#/nowhere"}, "#/here")


def test_catalog_hoists_inline_records_under_hints() -> None:
    c = catalog()
    hoisted = c.hoist({"type": "array", "items": {"type": "object", "properties": {"a": {}}}}, "ListPets", "#/x")
    assert hoisted == {"type": "array", "items": {"$ref": "#/components/schemas/ListPetsItem"}}
    assert c.schemas["ListPetsItem"] == {"type": "object", "properties": {"a": {}}}
    one_of = c.hoist({"oneOf": [{"type": "string"}, {"properties": {"b": {}}}]}, "U", "#/x")
    assert one_of == {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/U2"}]}
    assert c.hoist({"type": "string"}, "S", "#/x") == {"type": "string"}
    assert "S" not in c.schemas


def test_planning_gives_typed_plans_in_spec_order() -> None:
    c = catalog()
    [found] = find_operations(c, "paths")
    assert (found.path, found.method, found.where) == ("/pets/{id}", "get", "#/paths/~1pets~1{id}/get")
    plan = OperationPlanner(c).plan(found)
    assert (plan.op_id, plan.python_name, plan.prefix) == ("getPet", "get_pet", "GetPet")
    # path item parameters first; the operation's own "q" overrides the path item's in place
    assert [(p.location, p.raw["name"], p.python_name) for p in plan.params] == [
        ("path", "id", "id"),
        ("query", "q", "q"),
        ("header", "x-trace", "x_trace"),
    ]
    assert plan.params[1].raw["description"] == "operation's" and plan.params[1].schema == {"type": "integer"}
    assert plan.param_models == (
        ("path", "GetPetPathParams"),
        ("query", "GetPetQueryParams"),
        ("header", "GetPetHeaderParams"),
    )
    assert c.schemas["GetPetPathParams"] == {
        "type": "object",
        "properties": {"id": {"type": "string"}},
        "required": ["id"],
    }
    assert "required" not in c.schemas["GetPetQueryParams"]
    assert plan.body is None
    ok, missing = plan.responses
    assert (ok.status, ok.content_type, ok.schema) == (
        "200",
        "application/json",
        {"$ref": "#/components/schemas/GetPetResponse"},
    )
    assert (missing.status, missing.content_type, missing.schema) == ("404", "text/plain", {"type": "string"})


def test_an_undeclared_path_parameter_fails_the_plan() -> None:
    doc: dict[str, Any] = {"paths": {"/a/{b}": {"get": {"responses": {}}}}}
    c = catalog(doc)
    [found] = find_operations(c, "paths")
    with pytest.raises(GenerationError, match="path parameter 'b' of '/a/{b}' is not declared"):
        OperationPlanner(c).plan(found)


def test_security_schemes_and_requirements() -> None:
    doc = {
        "components": {
            "securitySchemes": {
                "basic": {"type": "http", "scheme": "Basic"},
                "digest": {"type": "http", "scheme": "digest"},
                "key": {"$ref": "#/components/x-key"},
            },
            "x-key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        }
    }
    c = Catalog(doc, Report("spec.yaml"))
    schemes = security_schemes(c)
    assert [(s.name, s.python_name, s.kind, s.param_name, s.param_in) for s in schemes] == [
        ("basic", "basic", "basic", "", ""),
        ("digest", "digest", "http", "", ""),
        ("key", "key", "apiKey", "X-Key", "header"),
    ]
    known = {"basic", "key"}
    assert requirements({}, [{"basic": []}, {}], known, "#/op", c.report) == (("basic",), ())
    assert requirements({"security": [{"basic": [], "key": []}]}, [], known, "#/op", c.report) == (("basic", "key"),)
    assert requirements({"security": []}, [{"basic": []}], known, "#/op", c.report) == ()
    with pytest.raises(GenerationError) as exc:
        requirements({"security": [{}, {"nope": []}]}, [], known, "#/op", c.report)
    assert [(d.location, d.message) for d in exc.value.diagnostics] == [
        ("#/op/security/1", "unknown security scheme 'nope'")
    ]


def test_next_url_path() -> None:
    c = Catalog({}, Report("spec.yaml"))
    c.add_model("Meta", {"type": "object", "properties": {"nextPage": {"type": "string"}}})
    assert next_url_path(c, {"next": {"type": ["string", "null"]}, "items": {"type": "array"}}) == ("next",)
    assert next_url_path(c, {"meta": {"$ref": "#/components/schemas/Meta"}}) == ("meta", "nextPage")
    assert next_url_path(c, {"next": {"type": "integer"}}) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.example.com/v1/", "/v1"),
        ("/api/v2", "/api/v2"),
        ("https://api.example.com", ""),
        ("https://{region}.example.com/v1", ""),
        ("https://api.example.com/a b", ""),
    ],
)
def test_base_path(url: str, expected: str) -> None:
    assert base_path((ir.Server(url, ""),)) == expected


def test_path_parameters_keep_declaration_order_and_path_params_follow_the_template(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a/{second}/b/{first}:
    get:
      operationId: get
      parameters:
        - {name: first, in: path, required: true, schema: {type: integer}}
        - {name: second, in: path, required: true, style: label, schema: {type: string}}
      responses: {'204': {description: x}}
""",
        encoding="utf-8",
    )
    loaded, _ = load_spec(spec)
    assert loaded is not None
    api, diags = build_api(loaded, "pkg")
    assert not [d for d in diags if d.level is Level.ERROR]
    [op] = api.operations
    assert [p.name for p in op.parameters] == ["first", "second"]
    assert [p.name for p in op.path_params] == ["second", "first"]
    assert op.path_parts == (
        ir.PathPart("/a/"),
        ir.PathPart("", "second", "."),
        ir.PathPart("/b/"),
        ir.PathPart("", "first", ""),
    )


ALLOF_CYCLE: dict[str, Any] = {
    "components": {
        "schemas": {
            "Pet": {"allOf": [{"$ref": "#/components/schemas/Animal"}, {"properties": {"name": {}}}]},
            "Animal": {"allOf": [{"$ref": "#/components/schemas/Pet"}], "required": ["legs"]},
            "Dog": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"$ref": "#/components/schemas/Base"}]},
            "Base": {"properties": {"id": {}}, "required": ["id"]},
        }
    }
}


@pytest.mark.parametrize("merged", ["merged_properties", "merged_required"])
def test_catalog_merging_allof_stops_at_a_cycle_with_a_located_error(merged: str) -> None:
    c = catalog(ALLOF_CYCLE)
    with pytest.raises(GenerationError) as caught:
        getattr(c, merged)(c.schemas["Pet"])
    [diag] = caught.value.diagnostics
    assert (diag.level, diag.location) == (Level.ERROR, "#/components/schemas/Pet")
    assert diag.message == "'Pet' includes itself through allOf: it cannot be expanded"
    # a schema included twice without a cycle is no cycle
    assert (c.merged_properties(c.schemas["Dog"]), c.merged_required(c.schemas["Dog"])) == ({"id": {}}, {"id"})


def test_allof_cycle_finds_the_ref_closing_a_cycle_and_nothing_else() -> None:
    assert allof_cycle(ALLOF_CYCLE) == ("#/components/schemas/Animal/allOf/0/$ref", ("Pet", "Animal", "Pet"))
    acyclic = {name: ALLOF_CYCLE["components"]["schemas"][name] for name in ("Dog", "Base")}
    assert allof_cycle({"components": {"schemas": acyclic}}) is None  # Base included twice: no cycle
    odd = {"a/b": {"allOf": [{"$ref": "#/components/schemas/c"}]}, "c": {"$ref": "#/components/schemas/a~1b"}}
    assert allof_cycle({"components": {"schemas": odd}}) == ("#/components/schemas/c/$ref", ("a/b", "c", "a/b"))
    assert allof_cycle({"components": {"schemas": []}}) is None and allof_cycle([]) is None
