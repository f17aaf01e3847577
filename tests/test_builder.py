"""Unit tests of IR building (``generator.builder``): types, nullability, enums, parameters, bodies, pagination."""

from __future__ import annotations

import importlib
import inspect
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from generator import ir
from generator.builder import build_api
from generator.diagnostics import GenerationError, Level
from generator.loader import load_spec
from generator.pipeline import Job, generate
from tests.packages import importable

FEATURES = """\
openapi: 3.1.0
info: {title: Features, version: '1'}
servers: [{url: 'https://api.example.com/v1', description: prod}]
security: [{bearer: []}]
paths:
  /items/{item-id}:
    parameters:
      - {name: item-id, in: path, required: true, schema: {type: string, format: uuid}}
    get:
      operationId: getItem
      security: []
      parameters:
        - {name: from, in: query, schema: {type: string, format: date-time}}
        - {name: limit, in: query, schema: {type: integer, default: 20}}
        - {name: tags, in: query, explode: false, schema: {type: array, items: {type: integer}}}
        - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {state: {type: string}}}}
        - {name: X-Trace, in: header, required: true, schema: {type: boolean}}
        - {name: session, in: cookie, schema: {type: string}}
        - {name: mode, in: query, schema: {enum: ['', a-b, a_b, null, 'null']}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
        4XX:
          description: client error
          content:
            application/problem+json:
              schema: {$ref: '#/components/schemas/Error'}
        default:
          description: other
    put:
      operationId: putItem
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                meta: {type: object, properties: {a: {type: integer}}}
      responses:
        '204': {description: done}
    post:
      operationId: uploadItem
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                file: {type: string, format: binary}
                self: {type: string}
          application/json:
            schema: {$ref: '#/components/schemas/Item'}
      responses:
        '201':
          description: created
          content:
            text/plain:
              schema: {type: string}
  /items:
    get:
      operationId: listItems
      parameters:
        - {name: page, in: query, schema: {type: integer}}
      responses:
        '200':
          description: a page
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {$ref: '#/components/schemas/Item'}}
                  meta:
                    type: object
                    properties:
                      next_page_url: {type: [string, 'null']}
    post:
      operationId: createItems
      requestBody:
        content:
          text/csv: {}
      responses:
        '200':
          description: ok
          content:
            application/octet-stream: {}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    key: {type: apiKey, name: X-Key, in: header}
  schemas:
    Item:
      type: object
      required: [id, kind]
      properties:
        id: {type: string, format: uuid}
        kind: {$ref: '#/components/schemas/Kind'}
        maybe: {type: [integer, 'null']}
        either: {oneOf: [{type: string}, {type: integer}, {type: 'null'}]}
        when: {type: string, format: date}
        parent: {$ref: '#/components/schemas/Item'}
        flags: {type: object, additionalProperties: {type: boolean}}
        const: {const: fixed}
    Kind:
      enum: [small, large, '']
    Error:
      type: object
      properties:
        message: {type: string}
"""


def build(tmp_path: Path, text: str, name: str = "spec.yaml") -> ir.Api:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    spec, diags = load_spec(path)
    assert spec is not None, [d.format() for d in diags]
    api, _ = build_api(spec, "pkg")
    return api


def build_error(tmp_path: Path, text: str) -> list[str]:
    """The builder's own errors (validation off, as with ``--lenient``)."""
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    spec, diags = load_spec(path, validate=False)
    assert spec is not None, [d.format() for d in diags]
    with pytest.raises(GenerationError) as exc:
        build_api(spec, "pkg")
    return [d.format() for d in exc.value.diagnostics]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> ir.Api:
    return build(tmp_path_factory.mktemp("features"), FEATURES)


def op(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(o for o in api.operations if o.operation_id == operation_id)


def param(o: ir.Operation, name: str) -> ir.Parameter:
    return next(p for p in o.parameters if p.name == name)


def test_every_operation_is_built_in_spec_order(api: ir.Api) -> None:
    assert [(o.method, o.path, o.operation_id, o.python_name, o.class_prefix) for o in api.operations] == [
        ("GET", "/items/{item-id}", "getItem", "get_item", "GetItem"),
        ("PUT", "/items/{item-id}", "putItem", "put_item", "PutItem"),
        ("POST", "/items/{item-id}", "uploadItem", "upload_item", "UploadItem"),
        ("GET", "/items", "listItems", "list_items", "ListItems"),
        ("POST", "/items", "createItems", "create_items", "CreateItems"),
    ]
    assert api.operations[0].location == "#/paths/~1items~1{item-id}/get"


def test_parameter_types_names_and_styles(api: ir.Api) -> None:
    get = op(api, "getItem")
    got = {
        p.name: (p.python_name, p.location, p.required, p.type.expr, p.type.kind, p.style, p.explode)
        for p in get.parameters
    }
    assert got == {
        "item-id": ("item_id", "path", True, "uuid.UUID", "string", "simple", False),
        "from": ("from_", "query", False, "datetime.datetime", "string", "form", True),
        "limit": ("limit", "query", False, "int", "integer", "form", True),
        "tags": ("tags", "query", False, "list[int]", "array", "form", False),
        "filter": ("filter", "query", False, "models.GetItemFilter", "object", "deepObject", False),
        "X-Trace": ("x_trace", "header", True, "bool", "boolean", "simple", False),
        "session": ("session", "cookie", False, "str", "string", "form", True),
        "mode": ("mode", "query", False, "Literal['', 'a-b', 'a_b', 'null'] | None", "string", "form", True),
    }
    assert param(get, "tags").type.item_kind == "integer"
    assert param(get, "limit").default_expr == "20"
    assert param(get, "mode").type.nullable
    assert param(get, "filter").type.is_model


def test_parameter_models_are_keyed_by_wire_name(api: ir.Api) -> None:
    for name in ("GetItemPathParams", "GetItemQueryParams", "GetItemHeaderParams", "GetItemCookieParams"):
        assert name in api.model_names
    assert "PutItemPathParams" in api.model_names and "PutItemQueryParams" not in api.model_names
    for wire in ("item-id", "X-Trace", "from"):
        assert re.search(f"alias=[\"']{wire}[\"']", api.models_source), wire


def test_component_types_nullability_and_enums(api: ir.Api) -> None:
    body = op(api, "uploadItem").body
    assert body is not None
    fields = {f.name: (f.python_name, f.required, f.type.expr, f.type.nullable) for f in body.fields}
    assert fields == {
        "id": ("id", True, "uuid.UUID", False),
        "kind": ("kind", True, "Literal['small', 'large', '']", False),
        "maybe": ("maybe", False, "int | None", True),
        "either": ("either", False, "str | int | None", True),
        "when": ("when", False, "datetime.date", False),
        "parent": ("parent", False, "models.Item", False),
        "flags": ("flags", False, "dict[str, bool]", False),
        "const": ("const", False, "Literal['fixed']", False),
    }


def test_request_bodies_by_encoding(api: ir.Api) -> None:
    put = op(api, "putItem").body
    assert put is not None
    assert (put.content_type, put.encoding, put.type.expr, put.required) == (
        "application/x-www-form-urlencoded",
        "form",
        "models.PutItemRequest",
        True,
    )
    assert [(f.name, f.required) for f in put.fields] == [("name", True), ("meta", False)]
    upload = op(api, "uploadItem").body
    assert upload is not None
    assert (upload.encoding, upload.other_content_types) == ("json", ("multipart/form-data",))
    text = op(api, "createItems").body
    assert text is not None
    assert (text.content_type, text.encoding, text.type.expr) == ("text/csv", "text", "str")


def test_responses_statuses_and_media(api: ir.Api) -> None:
    got = [
        (r.status, r.status_code, r.class_name, r.content_type, r.type.expr if r.type else None)
        for r in op(api, "getItem").responses
    ]
    assert got == [
        ("200", 200, "GetItem200", "application/json", "models.Item"),
        ("4XX", None, "GetItem4XX", "application/problem+json", "models.Error"),
        ("default", None, "GetItemDefault", None, None),
    ]
    assert [r.status for r in op(api, "getItem").success_responses] == ["200"]
    [created] = op(api, "uploadItem").responses
    assert (created.content_type, created.type and created.type.expr) == ("text/plain", "str")
    [raw] = op(api, "createItems").responses
    assert (raw.content_type, raw.type and raw.type.expr) == ("application/octet-stream", "bytes")


def test_security_inherits_and_overrides(api: ir.Api) -> None:
    assert op(api, "getItem").security == ()
    assert op(api, "putItem").security == (("bearer",),)
    assert [(s.name, s.kind, s.param_name, s.param_in) for s in api.security_schemes] == [
        ("bearer", "bearer", "", ""),
        ("key", "apiKey", "X-Key", "header"),
    ]


def test_pagination_is_detected(api: ir.Api) -> None:
    assert op(api, "listItems").pagination == ir.Pagination(
        "next_url",
        ("items",),
        "responses.Item",  # the client's response view
        next_path=("meta", "next_page_url"),
        summary="Follows the absolute next-page URL in ``meta.next_page_url`` until it is null.",
    )
    assert op(api, "getItem").pagination is None


def test_servers_and_models(api: ir.Api) -> None:
    assert api.servers == (ir.Server("https://api.example.com/v1", "prod"),)
    assert {"Item", "Error", "PutItemRequest", "ListItemsResponse"} <= set(api.model_names)
    compile(api.models_source, "models.py", "exec")


def test_openapi_30_nullable_and_allof(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      parameters:
        - {name: n, in: query, schema: {type: integer, nullable: true}}
        - {name: e, in: query, schema: {type: string, enum: [x, null], nullable: true}}
        - {name: r, in: query, schema: {allOf: [{$ref: '#/components/schemas/Color'}], nullable: true}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {allOf: [{$ref: '#/components/schemas/Thing'}]}
components:
  schemas:
    Color: {type: string, enum: [red, green]}
    Thing: {type: object, properties: {a: {type: string, nullable: true}}}
""",
    )
    (get,) = api.operations
    assert [p.type.expr for p in get.parameters] == [
        "int | None",
        "Literal['x'] | None",
        "Literal['red', 'green'] | None",
    ]
    assert get.responses[0].type is not None and get.responses[0].type.expr == "models.Thing"
    assert "a: str | None | MISSING = MISSING" in api.models_source


ODD_ENUMS = (
    "openapi: 3.1.0\n"
    "info: {title: t, version: '1'}\n"
    "paths: {}\n"
    "components:\n"
    "  schemas:\n"
    "    Odd:\n"
    "      type: object\n"
    "      properties:\n"
    "        s: {enum: ['', '-', '.', a-b, a_b, a.b, '\"\"\"', '\\\\']}\n"
    "        n: {enum: [1, -1, 0]}\n"
    "        b: {enum: [true, false]}\n"
    "        z: {enum: [null]}\n"
)


def test_odd_enum_values(tmp_path: Path) -> None:
    api = build(tmp_path, ODD_ENUMS)
    source = api.models_source
    module = types.ModuleType("odd_enum_models")
    sys.modules[module.__name__] = module
    try:
        code = source.replace("from ._base import StrictModel", "from pydantic import BaseModel as StrictModel")
        exec(compile(code, "odd_enum_models.py", "exec"), module.__dict__)
    finally:
        del sys.modules[module.__name__]
    odd: Any = module.Odd
    odd.model_rebuild(_types_namespace=module.__dict__)
    for value in ("", "-", ".", "a-b", "a_b", "a.b", '"""', "\\\\"):
        assert odd.model_validate({"s": value}).s == value
    with pytest.raises(ValidationError):
        odd.model_validate({"s": "a b"})
    assert odd.model_validate({"n": -1, "b": False, "z": None}).model_dump() == {"n": -1, "b": False, "z": None}
    assert "n: Literal[1, -1, 0] | MISSING = MISSING" in source
    assert "b: Literal[True, False] | MISSING = MISSING" in source
    assert "z: None | MISSING = MISSING" in source


def test_webhooks_only_document(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """openapi: 3.1.0
info: {title: t, version: '1'}
webhooks:
  petAdded:
    post:
      operationId: petAdded
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      responses:
        '200': {description: ok}
""",
    )
    assert api.operations == ()
    [hook] = api.webhooks
    assert (hook.operation_id, hook.method, hook.path) == ("petAdded", "POST", "petAdded")
    assert hook.body is not None and hook.body.type.expr == "models.PetAddedRequest"


def test_operations_without_operation_id_and_colliding_names(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /x.y: {get: {responses: {'204': {description: x}}}}
  /x_y: {get: {operationId: get_x_y, responses: {'204': {description: x}}}}
  /class: {get: {operationId: class, responses: {'204': {description: x}}}}
  /false: {get: {operationId: 'False', parameters: [{name: q, in: query, schema: {type: string}}], responses: {'204': {description: x}}}}
""",
    )
    assert [(o.python_name, o.class_prefix) for o in api.operations] == [
        ("get_x_y", "GetXY"),
        ("get_x_y_2", "GetXY2"),
        ("class_", "Class"),
        ("false", "FalseOp"),
    ]
    assert "FalseOpQueryParams" in api.model_names


def test_classes_datamodel_code_generator_renames_are_followed(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Field'}
components:
  schemas:
    Field: {type: object, properties: {x: {type: string, title: X}}}
    Any: {type: object, properties: {y: {}}}
""",
    )
    (get,) = api.operations
    expr = get.responses[0].type.expr if get.responses[0].type else ""
    assert expr.startswith("models.") and expr[len("models.") :] in api.model_names
    assert f"class {expr[len('models.') :]}(StrictModel)" in api.models_source


def test_missing_path_parameter_names_the_operation(tmp_path: Path) -> None:
    [message] = build_error(
        tmp_path,
        """openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get: {operationId: getA, responses: {'204': {description: x}}}
""",
    )
    assert message == (
        "spec.yaml:5:5: error: cannot generate operation getA (GET /a/{id}): "
        "path parameter 'id' of '/a/{id}' is not declared (at #/paths/~1a~1{id}/get)"
    )


def test_every_failing_operation_is_reported(tmp_path: Path) -> None:
    messages = build_error(
        tmp_path,
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get: {operationId: getA, responses: {'204': {description: x}}}
  /b:
    get: {operationId: getB, security: [{nope: []}], responses: {'204': {description: x}}}
  /c:
    get: {operationId: getC, responses: {'204': {description: x}}}
""",
    )
    assert len(messages) == 2
    assert "operation getA (GET /a/{id})" in messages[0]
    assert "operation getB (GET /b)" in messages[1] and "unknown security scheme 'nope'" in messages[1]


def test_recursion_outside_components_cannot_be_generated(tmp_path: Path) -> None:
    [message] = build_error(
        tmp_path,
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  child: {$ref: '#/paths/~1a/get/responses/200/content/application~1json/schema'}
""",
    )
    assert "recursive $ref" in message and "operation getA" in message


def test_unknown_formats_are_warned_once(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        t: {type: integer, format: unix-time}
        u: {type: integer, format: unix-time}
        v: {type: string, format: email}
""",
        encoding="utf-8",
    )
    spec, _ = load_spec(path)
    assert spec is not None
    _, diags = build_api(spec, "pkg")
    assert [(d.level, d.line, d.message) for d in diags] == [
        (Level.WARNING, 9, "unknown format 'unix-time' is treated as its plain type (2 uses; this is the first)")
    ]


SMALL = """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a: {get: {operationId: getA, responses: {'204': {description: x}}}}
  /b: {get: {operationId: getB, responses: {'200': {description: x, content: {application/json: {schema: {type: object, properties: {x: {type: string}}}}}}}}}
"""


def test_an_unexpected_failure_is_a_diagnostic_naming_the_operation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.builder.operations import OperationFinisher
    from generator.builder.plans import OperationPlan

    real = OperationFinisher.finish

    def broken(self: OperationFinisher, plan: OperationPlan) -> Any:
        if plan.op_id == "getB":
            raise KeyError("boom")
        return real(self, plan)

    monkeypatch.setattr(OperationFinisher, "finish", broken)
    [message] = build_error(tmp_path, SMALL)
    assert message == (
        "spec.yaml:5:8: error: cannot generate operation getB (GET /b): internal error KeyError: 'boom' (at #/paths/~1b/get)"
    )


def test_a_model_generator_failure_is_a_diagnostic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import modelgen

    def failing(document: dict[str, Any], split: bool) -> Any:
        raise ValueError("cannot model this\nsecond line")

    monkeypatch.setenv("SPEC_GENERATOR_CACHE", "0")
    monkeypatch.setattr(modelgen, "_run_dcg", failing)
    [message] = build_error(tmp_path, SMALL)
    assert message.endswith("error: model generation failed: cannot model this (at #/components/schemas)")


def test_model_sources_are_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import modelgen

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    log = tmp_path / "calls"  # a file: datamodel-code-generator runs in a forked child
    log.write_text("")
    real = modelgen._run_dcg

    def counting(document: dict[str, Any], split: bool) -> Any:
        with log.open("a") as fh:
            fh.write("call\n")
        return real(document, split)

    def calls() -> int:
        return len(log.read_text().splitlines())

    monkeypatch.setattr(modelgen, "_run_dcg", counting)
    first = build(tmp_path, SMALL)
    second = build(tmp_path, SMALL)
    assert calls() == 1 and first.models_source == second.models_source
    build(tmp_path, SMALL.replace("x: {type: string}", "x: {type: integer}"))
    assert calls() == 2, "a changed schema is generated afresh"
    monkeypatch.setenv("SPEC_GENERATOR_CACHE", "0")
    build(tmp_path, SMALL)
    assert calls() == 3, "the cache can be turned off"
    modelgen.prune_cache(tmp_path / "cache" / "spec-first-generator", keep=1)
    assert len(list((tmp_path / "cache" / "spec-first-generator").iterdir())) == 1


def test_discriminator_mapping_follows_renamed_schemas(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    pet:
      oneOf: [{$ref: '#/components/schemas/cat-thing'}, {$ref: '#/components/schemas/dog.thing'}]
      discriminator:
        propertyName: kind
        mapping: {feline: '#/components/schemas/cat-thing', canine: dog.thing}
    cat-thing: {type: object, required: [kind], properties: {kind: {type: string}, lives: {type: integer}}}
    dog.thing: {type: object, required: [kind], properties: {kind: {type: string}}}
""",
    )
    assert re.search(r"class CatThing\(StrictModel\):\n    kind: Literal\[.feline.\]", api.models_source)
    assert re.search(r"class DogThing\(StrictModel\):\n    kind: Literal\[.canine.\]", api.models_source)


def test_operations_never_shadow_client_or_service_attributes(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a: {get: {operationId: close, responses: {'204': {description: x}}}}
  /b: {get: {operationId: errorBody, responses: {'204': {description: x}}}}
  /c: {get: {operationId: with_raw_response, responses: {'204': {description: x}}}}
  /d: {get: {operationId: baseUrl, responses: {'204': {description: x}}}}
""",
    )
    assert [o.python_name for o in api.operations] == ["close_2", "error_body_2", "with_raw_response_2", "base_url_2"]


ALLOF_BODY = """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /cats:
    post:
      operationId: addCat
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Cat'}
      responses: {'204': {description: ok}}
  /notes:
    post:
      operationId: addNote
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              allOf:
                - {$ref: '#/components/schemas/Named'}
                - {required: [text], properties: {text: {type: string}, tag: {type: string}}}
      responses: {'204': {description: ok}}
components:
  schemas:
    Base: {type: object, required: [name], properties: {name: {type: string}}}
    Named: {allOf: [{$ref: '#/components/schemas/Base'}]}
    Cat:
      allOf:
        - $ref: '#/components/schemas/Base'
        - {type: object, required: [kind], properties: {kind: {type: string}, lives: {type: integer}}}
"""


def test_properties_required_by_an_allof_member_are_required_body_fields(tmp_path: Path) -> None:
    from generator.pipeline import Job, generate
    from tests.packages import importable

    api = build(tmp_path, ALLOF_BODY)
    required = {o.operation_id: [(f.name, f.required) for f in o.body.fields] for o in api.operations if o.body}
    assert required == {
        "addCat": [("name", True), ("kind", True), ("lives", False)],
        "addNote": [("name", True), ("text", True), ("tag", False)],
    }
    # the client's keyword arguments follow, and the server's body model already requires them
    assert generate([Job(tmp_path / "spec.yaml", "allof_body")], tmp_path / "out").ok
    with importable(tmp_path / "out"):
        import allof_body.client as client  # type: ignore[import-not-found]
        import allof_body.models as models  # type: ignore[import-not-found]

        for method, kwargs in (("add_cat", ("name", "kind")), ("add_note", ("name", "text"))):
            params = inspect.signature(getattr(client.Client, method)).parameters
            assert [n for n, p in params.items() if p.default is inspect.Parameter.empty][1:] == list(kwargs)
        with pytest.raises(ValidationError, match="name"):
            models.Cat.model_validate({"kind": "cat"})
        with pytest.raises(ValidationError, match="kind"):
            models.Cat.model_validate({"name": "Tom"})
        with pytest.raises(ValidationError, match="text"):
            models.AddNoteRequest.model_validate({"name": "n"})


ANYOF_FORM = """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /notes:
    post:
      operationId: addNote
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties: {text: {type: string}, url: {type: string}, pinned: {type: boolean}}
              anyOf: [{required: [text]}, {required: [url]}]
      responses: {'204': {description: ok}}
  /shapes:
    post:
      operationId: addShape
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              anyOf:
                - $ref: '#/components/schemas/Circle'
                - type: object
                  required: [side]
                  properties: {side: {type: integer}, tags: {type: array, items: {type: string}}, note: {type: integer}}
      responses: {'204': {description: ok}}
components:
  schemas:
    Circle: {type: object, required: [radius], properties: {radius: {type: number}, note: {type: string}}}
"""


async def test_a_form_body_of_one_of_several_objects_is_their_union_and_round_trips(tmp_path: Path) -> None:
    import httpx

    from generator.pipeline import Job, generate
    from tests.packages import importable

    api = build(tmp_path, ANYOF_FORM)
    note, shape = (o.body for o in api.operations)
    assert note is not None and shape is not None
    assert note.type.expr == "models.AddNoteRequest1 | models.AddNoteRequest2"
    assert shape.type.expr == "models.Circle | models.AddShapeRequest2"
    # every member's property, read from text by its kind ("any" where the members disagree)
    assert [(f.name, f.type.kind, f.required) for f in note.fields] == [
        ("text", "string", False),
        ("url", "string", False),
        ("pinned", "boolean", False),
    ]
    assert [(f.name, f.type.kind, f.type.item_kind) for f in shape.fields] == [
        ("radius", "number", "any"),
        ("note", "any", "any"),  # text: a string for Circle (an integer note matches no member then)
        ("side", "integer", "any"),
        ("tags", "array", "string"),
    ]
    assert generate([Job(tmp_path / "spec.yaml", "anyof_form")], tmp_path / "out").ok
    with importable(tmp_path / "out"):
        import anyof_form  # type: ignore[import-not-found]
        import anyof_form.server as server  # type: ignore[import-not-found]

        got: list[object] = []

        class Service:
            async def add_note(self, *, body: object, context: object) -> object:
                got.append(body)
                return server.AddNote204()

            async def add_shape(self, *, body: object, context: object) -> object:
                got.append(body)
                return server.AddShape204()

            def error_body(self, status: int, message: str, context: object) -> object:
                return {"code": status, "message": message}

        m = anyof_form.models
        transport = httpx.ASGITransport(app=server.create_app(Service()))
        async with anyof_form.AsyncClient("http://test", transport=transport) as client:
            await client.add_note(body=m.AddNoteRequest2(url="u", pinned=True))
            await client.add_shape(body=m.Circle(radius=1.5, note="n"))
            await client.add_shape(body=m.AddShapeRequest2(side=3, tags=["a", "b"]))
        assert got == [
            m.AddNoteRequest2(url="u", pinned=True),
            m.Circle(radius=1.5, note="n"),
            m.AddShapeRequest2(side=3, tags=["a", "b"]),
        ]


BODY_NAMES = """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /messages:
    post:
      operationId: sendMessage
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, required: [To], properties: {To: {type: string}, Body: {type: string}}}
      responses: {'201': {description: sent}}
  /search:
    get:
      operationId: search
      parameters: [{name: body, in: query, schema: {type: string}}]
      responses: {'200': {description: found}}
  /notes:
    post:
      operationId: addNote
      parameters: [{name: body, in: query, schema: {type: string}}]
      requestBody: {content: {text/plain: {schema: {type: string}}}}
      responses: {'201': {description: added}}
  /forms:
    post:
      operationId: addForm
      parameters: [{name: Body, in: header, schema: {type: string}}]
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {body: {type: string}, note: {type: string}}}
      responses: {'201': {description: added}}
"""


def test_body_is_a_keyword_unless_the_request_body_argument_has_it(tmp_path: Path) -> None:
    api = build(tmp_path, BODY_NAMES)
    ops = {o.python_name: o for o in api.operations}
    # Twilio's form field ``Body``: the client's keyword is ``body=`` (a flattened body has no ``body`` argument)
    send = ops["send_message"].body
    assert send is not None and send.flatten and [f.python_name for f in send.fields] == ["to", "body"]
    assert [p.python_name for p in ops["search"].parameters] == ["body"]  # no request body: nothing collides
    # a genuine collision: the server's (and here the client's) ``body`` argument is the request body
    assert [p.python_name for p in ops["add_note"].parameters] == ["body_2"]
    add_form = ops["add_form"]
    assert add_form.body is not None and add_form.body.flatten
    assert [p.python_name for p in add_form.parameters] == ["body_2"]
    assert [f.python_name for f in add_form.body.fields] == ["body", "note"]


def test_generated_methods_take_body_as_the_spec_names_it(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(BODY_NAMES, encoding="utf-8")
    assert generate([Job(tmp_path / "spec.yaml", "bodies")], tmp_path / "out").ok
    with importable(tmp_path / "out"):
        client = importlib.import_module("bodies.client").Client
        service = importlib.import_module("bodies.server").Service
    assert list(inspect.signature(client.send_message).parameters)[1:3] == ["to", "body"]  # form fields To, Body
    assert list(inspect.signature(client.add_note).parameters)[1:3] == ["body_2", "body"]  # the query, the text body
    assert list(inspect.signature(service.add_form).parameters)[1:4] == ["body_2", "body", "context"]


CALL_OPTIONS = """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: listA
      parameters:
        - {name: retries, in: query, schema: {type: integer}}
        - {name: extra_query, in: query, schema: {type: string}}
      responses: {'204': {description: x}}
  /b:
    post:
      operationId: makeB
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {extra_body: {type: string}, timeout: {type: integer}}}
      responses: {'204': {description: x}}
"""


def test_parameters_and_fields_never_take_the_client_call_options(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(CALL_OPTIONS, encoding="utf-8")
    assert generate([Job(tmp_path / "spec.yaml", "options")], tmp_path / "out").ok
    with importable(tmp_path / "out"):  # was a SyntaxError: duplicate argument 'extra_query'
        client = importlib.import_module("options.client").Client
    assert list(inspect.signature(client.list_a).parameters)[1:3] == ["retries_2", "extra_query_2"]
    assert list(inspect.signature(client.make_b).parameters)[1:3] == ["extra_body_2", "timeout_2"]


_GET_WITH_BODY = """openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /search:
    get:
      operationId: search
      parameters:
        - {name: offset, in: query, schema: {type: integer}}
        - {name: limit, in: query, schema: {type: integer}}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {q: {type: string}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"""


def test_a_paginated_get_with_a_request_body_sends_it_with_every_page(tmp_path: Path) -> None:
    """Stripe's list GETs declare (form) bodies: they stay paginated and the page methods pass the body on."""
    from generator.render import render_api

    api = build(tmp_path, _GET_WITH_BODY)
    assert api.operations[0].pagination is not None and api.operations[0].pagination.style == "offset"
    client = render_api(api, outputs=("client",))["client.py"]
    pages = [line for line in client.splitlines() if "self._iter_items(" in line or "self._first_page(" in line]
    assert len(pages) == 4  # sync and async, iter_ and page_
    assert all("_fields_json((('q', q),), True, extra_body)" in line for line in pages)
