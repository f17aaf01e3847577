"""Unit tests of ``generator.loader``: YAML/JSON reading, multi-file bundling, located errors, validation."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostic, Level
from generator.loader import load_spec, read_document

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root / next(iter(files))


def errors(diags: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diags if d.level is Level.ERROR]


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


# -- reading -------------------------------------------------------------------------------------------


def test_yaml_and_json_read_the_same_document(tmp_path: Path) -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    (tmp_path / "a.json").write_text(json.dumps(doc))
    write(
        tmp_path,
        {"a.yaml": HEAD + "paths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n"},
    )
    assert read_document(tmp_path / "a.json") == (doc, [])
    assert read_document(tmp_path / "a.yaml") == (doc, [])


def test_yaml_keys_keep_their_text(tmp_path: Path) -> None:
    path = write(tmp_path, {"k.yaml": "200: a\non: b\nnull: c\n1.0: d\nyes: e\nvalue: 2024-01-01\nflag: on\n"})
    data, diags = read_document(path)
    assert diags == []
    assert data == {"200": "a", "on": "b", "null": "c", "1.0": "d", "yes": "e", "value": "2024-01-01", "flag": True}


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, {"bad.yaml": "openapi: 3.1.0\ninfo:\n  title: [unclosed\n  version: 1\n"})
    data, diags = read_document(path)
    assert data is None
    (d,) = diags
    assert (d.level, d.file, d.line, d.column) == (Level.ERROR, "bad.yaml", 4, 10)
    assert d.message == "invalid YAML: while parsing a flow sequence: did not find expected ',' or ']'"


def test_yaml_duplicate_key_is_an_error_at_the_second_key(tmp_path: Path) -> None:
    path = write(tmp_path, {"dup.yaml": HEAD + "paths:\n  /a: {}\n  /b: {}\n  /a: {}\n"})
    _, diags = read_document(path)
    assert [(d.message, d.line, d.column) for d in diags] == [("invalid YAML: duplicate key '/a'", 6, 3)]


def test_yaml_merge_keys_are_not_duplicates(tmp_path: Path) -> None:
    path = write(tmp_path, {"m.yaml": "base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n"})
    data, diags = read_document(path)
    assert diags == [] and data["derived"] == {"x": 1, "y": 3}


def test_json_errors_are_located(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text('{\n  "a": 1,\n  "b": }\n')
    (tmp_path / "d.json").write_text('{\n  "a": 1,\n  "a": 2\n}\n')
    (tmp_path / "n.json").write_text('{"a": NaN}')
    [syntax] = read_document(tmp_path / "s.json")[1]
    assert (syntax.line, syntax.column, syntax.message) == (3, 8, "invalid JSON: Expecting value")
    [dup] = read_document(tmp_path / "d.json")[1]
    assert (dup.line, dup.column, dup.message) == (3, 3, "invalid JSON: duplicate key 'a'")
    [nan] = read_document(tmp_path / "n.json")[1]
    assert nan.message == "invalid JSON: NaN is not valid JSON"


def test_unreadable_inputs(tmp_path: Path) -> None:
    (tmp_path / "latin1.yaml").write_bytes(b"openapi: 3.1.0\ninfo: {title: caf\xe9}\n")
    (tmp_path / "bom.json").write_bytes(b'\xef\xbb\xbf{"a": 1}')
    [bad] = read_document(tmp_path / "latin1.yaml")[1]
    assert (bad.message, bad.line, bad.column) == ("not UTF-8 text", 2, 18)
    assert read_document(tmp_path / "bom.json") == ({"a": 1}, [])
    [missing] = read_document(tmp_path / "nope.yaml")[1]
    assert missing.message == "file not found"
    [directory] = read_document(tmp_path)[1]
    assert "directory" in directory.message


def test_alias_bombs_and_cycles_are_refused(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = write(tmp_path, {"bomb.yaml": "\n".join(lines) + "\n", "cycle.yaml": "a: &a [*a]\n"})
    [bomb] = read_document(path)[1]
    assert "expands to more than" in bomb.message
    [cycle] = read_document(tmp_path / "cycle.yaml")[1]
    assert cycle.message == "a YAML alias refers to a node containing itself"


def test_deep_nesting_is_a_diagnostic(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    [d] = read_document(tmp_path / "deep.json")[1]
    assert d.level is Level.ERROR and "deep" in d.message


# -- bundling ------------------------------------------------------------------------------------------

MULTI = {
    "api.yaml": HEAD
    + """paths:
  /pets:
    get:
      parameters:
        - $ref: 'params.yaml#/limit'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: 'schemas/Pet.yaml'}}
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: './schemas/Pet.yaml'}
      responses:
        '201': {$ref: 'responses.yaml#/components/responses/Created'}
components:
  schemas:
    Owner:
      type: object
      properties:
        pets: {type: array, items: {$ref: 'schemas/Pet.yaml'}}
    Tag: {type: integer}
""",
    "params.yaml": "limit: {name: limit, in: query, schema: {type: integer}}\n",
    "responses.yaml": "components:\n  responses:\n    Created: {description: created}\n",
    "schemas/Pet.yaml": """type: object
required: [name]
properties:
  name: {type: string}
  owner: {$ref: '../api.yaml#/components/schemas/Owner'}
  parent: {$ref: 'Pet.yaml'}
  tag: {$ref: 'common.yaml#/Tag'}
""",
    "schemas/common.yaml": "Tag: {type: string, enum: [a, b]}\n",
}


def test_multi_file_specs_are_bundled_into_named_components(tmp_path: Path) -> None:
    spec, diags = load_spec(write(tmp_path, MULTI))
    assert errors(diags) == [] and spec is not None
    doc = spec.document
    schemas = doc["components"]["schemas"]
    assert sorted(schemas) == ["Owner", "Pet", "Tag", "Tag2"], "a pulled-in name that is taken gets a number"
    assert schemas["Pet"]["properties"]["parent"] == {"$ref": "#/components/schemas/Pet"}, "recursion across files"
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert schemas["Pet"]["properties"]["tag"] == {"$ref": "#/components/schemas/Tag2"}
    assert schemas["Tag2"] == {"type": "string", "enum": ["a", "b"]}
    get = doc["paths"]["/pets"]["get"]
    assert get["parameters"] == [{"name": "limit", "in": "query", "schema": {"type": "integer"}}], "inlined"
    assert get["responses"]["200"]["content"]["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/Pet"
    }
    assert doc["paths"]["/pets"]["post"]["responses"]["201"] == {"$ref": "#/components/responses/Created"}
    assert doc["components"]["responses"]["Created"] == {"description": "created"}
    assert sorted(p.relative_to(tmp_path).as_posix() for p in spec.files) == [
        "api.yaml",
        "params.yaml",
        "responses.yaml",
        "schemas/Pet.yaml",
        "schemas/common.yaml",
    ]
    assert "$ref" not in json.dumps(doc).replace('"$ref": "#/', ""), "every remaining $ref is local"


def test_a_property_named_ref_is_not_a_reference(tmp_path: Path) -> None:
    spec_text = (
        HEAD
        + """paths: {}
components:
  schemas:
    Odd:
      type: object
      properties:
        $ref: {type: string}
        default: {$ref: 'other.yaml#/Thing'}
        x-y: {type: integer}
      example: {$ref: 'not/a/file.yaml'}
"""
    )
    spec, diags = load_spec(write(tmp_path, {"odd.yaml": spec_text, "other.yaml": "Thing: {type: boolean}\n"}))
    assert errors(diags) == [] and spec is not None
    props = spec.document["components"]["schemas"]["Odd"]["properties"]
    assert props["$ref"] == {"type": "string"}
    assert props["default"] == {"$ref": "#/components/schemas/Thing"}, "a property called 'default' is a schema"
    assert spec.document["components"]["schemas"]["Odd"]["example"] == {"$ref": "not/a/file.yaml"}, "literal data"


def test_an_example_that_is_only_a_file_ref_is_read_from_the_file(tmp_path: Path) -> None:
    # DigitalOcean writes `example: {$ref: examples.yml#/list}`; bundlers (redocly, swagger-cli) inline
    # it, and kept literally the served openapi.json would carry a ref relative to a file it lacks.
    root = write(
        tmp_path,
        {
            "api.yaml": HEAD + "paths:\n  /a:\n    $ref: ops/a.yaml\n",
            "ops/a.yaml": (
                "get:\n  responses:\n    '200':\n      description: ok\n      content:\n"
                "        application/json:\n          schema: {type: object}\n"
                "          example: {$ref: 'examples.yml#/list'}\n"
                "          examples:\n            one: {value: {$ref: examples.yml#/one}}\n"
                "            schema: {value: {$ref: examples.yml#/missing}}\n"
                "            two: {value: {$ref: examples.yml#/one, title: x}}\n"
            ),
            "ops/examples.yml": "list:\n  items: [{id: 1}]\none: {id: 2, $ref: kept}\n",
        },
    )
    loaded, diags = load_spec(root)
    assert errors(diags) == [] and loaded is not None
    media = loaded.document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["example"] == {"items": [{"id": 1}]}
    assert media["examples"]["one"]["value"] == {"id": 2, "$ref": "kept"}, "the data read is data"
    assert media["examples"]["schema"]["value"] == {"$ref": "examples.yml#/missing"}, "no such pointer: data"
    assert media["examples"]["two"]["value"] == {"$ref": "examples.yml#/one", "title": "x"}, "not only a ref"


def test_reference_errors_are_located_in_the_file_that_holds_them(tmp_path: Path) -> None:
    files = dict(MULTI)
    files["schemas/Pet.yaml"] += (
        "  bad: {$ref: 'common.yaml#/Nope'}\n  gone: {$ref: 'missing.yaml'}\n  far: {$ref: 'http://example.com/x.yaml'}\n"
    )
    files["api.yaml"] = files["api.yaml"].replace("Tag: {type: integer}", "Tag: {$ref: '#/components/schemas/Nope'}")
    spec, diags = load_spec(write(tmp_path, files))
    assert spec is None
    got = sorted((d.file, d.line, d.column, d.location, d.message) for d in diags)
    assert got == [
        ("api.yaml", 27, 11, "#/components/schemas/Tag", "unresolved $ref '#/components/schemas/Nope'"),
        (  # each at its $ref (in the flow mapping after the key holding it)
            "schemas/Pet.yaml",
            8,
            9,
            "#/properties/bad",
            "unresolved $ref 'common.yaml#/Nope': #/Nope does not exist in common.yaml",
        ),
        (
            "schemas/Pet.yaml",
            9,
            10,
            "#/properties/gone",
            "unresolved $ref 'missing.yaml': file not found (schemas/missing.yaml)",
        ),
        (
            "schemas/Pet.yaml",
            10,
            9,
            "#/properties/far",
            "remote $ref 'http://example.com/x.yaml' is not supported; use a local file",
        ),
    ]


def test_syntax_error_in_a_referenced_file(tmp_path: Path) -> None:
    files = dict(MULTI)
    files["schemas/common.yaml"] = "Tag: {type: string\n"
    spec, diags = load_spec(write(tmp_path, files))
    assert spec is None
    [d] = diags
    assert (d.file, d.line) == ("schemas/common.yaml", 2) and d.message.startswith("invalid YAML")


def test_inline_cycle_across_files_is_refused(tmp_path: Path) -> None:
    text = HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: 'r.yaml#/R'}\n"
    spec, diags = load_spec(
        write(tmp_path, {"c.yaml": text, "r.yaml": "R:\n  description: x\n  links:\n    l: {$ref: '#/R'}\n"})
    )
    assert spec is None
    [d] = diags
    assert "cycle" in d.message and d.file == "r.yaml"


# -- validation ----------------------------------------------------------------------------------------


def test_schema_violations_carry_a_json_pointer_and_line(tmp_path: Path) -> None:
    text = (
        HEAD
        + """paths:
  /a:
    get:
      parameters:
        - {name: n, in: query, schema: {type: integer, default: "five"}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/S'}
components:
  schemas:
    S:
      type: object
      properties:
        bad: {type: strin}
"""
    )
    spec, diags = load_spec(write(tmp_path, {"v.yaml": text}))
    assert spec is not None, "schema violations are warnings: the spec still generates"
    got = sorted((d.level, d.location, d.line, d.message) for d in diags)
    assert got == [
        (
            Level.WARNING,
            "#/components/schemas/S/properties/bad/type",
            19,
            'not valid OpenAPI 3.1.0: `type: "strin"` is not a type '
            "(one of array, boolean, integer, number, object, string); did you mean 'string'?",
        ),
        (
            Level.WARNING,
            "#/paths/~1a/get/parameters/0/schema/default",
            7,
            "`default: \"five\"` does not match its schema ('five' is not of type 'integer'); read as no default",
        ),
    ]


def test_validation_errors_in_referenced_files_point_there(tmp_path: Path) -> None:
    files = dict(MULTI)
    files["schemas/Pet.yaml"] += "  bad: {type: strin}\n"
    spec, diags = load_spec(write(tmp_path, files))
    assert spec is not None
    [d] = diags
    assert (d.level, d.file, d.line, d.location) == (Level.WARNING, "schemas/Pet.yaml", 8, "#/properties/bad/type")


@pytest.mark.parametrize(
    ("text", "message", "location"),
    [
        (
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "Swagger 2.0 documents are not supported; convert to OpenAPI 3.0 or 3.1",
            "#/swagger",
        ),
        (
            "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "unsupported OpenAPI version '4.0.0'; expected 3.0.x or 3.1.x",
            "#/openapi",
        ),
        (
            "info: {title: t, version: '1'}\n",
            "unsupported OpenAPI version no 'openapi' field; expected 3.0.x or 3.1.x",
            "#",
        ),
        ("- a\n- b\n", "a spec must be a mapping at the top level", "#"),
        ("", "a spec must be a mapping at the top level", "#"),
    ],
)
def test_not_an_openapi_3_document(tmp_path: Path, text: str, message: str, location: str) -> None:
    spec, diags = load_spec(write(tmp_path, {"x.yaml": text}))
    assert spec is None
    assert [(d.message, d.location) for d in diags] == [(message, location)]


def test_unquoted_numbers_where_strings_belong_are_reported_clearly(tmp_path: Path) -> None:
    spec, diags = load_spec(write(tmp_path, {"x.yaml": "openapi: 3.0\ninfo: {title: t, version: 1}\npaths: {}\n"}))
    assert spec is not None
    assert [(d.location, d.line, d.column, d.message) for d in diags] == [
        ("#/openapi", 1, 1, 'not valid OpenAPI 3.0: 3.0 is not of type "string"'),
        ("#/info/version", 2, 18, 'not valid OpenAPI 3.0: 1 is not of type "string"'),
    ]


def test_a_valid_document_is_validated_once_per_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import loader

    calls: list[str] = []
    real = loader._validator_class

    def counting(version: str) -> object:
        calls.append(version)
        return real(version)

    monkeypatch.setattr(loader, "_validator_class", counting)
    path = write(tmp_path, {"ok.yaml": HEAD + "paths: {}\n"})
    assert load_spec(path)[0] is not None
    assert load_spec(path)[0] is not None
    assert calls == ["3.1.0"], "the second load hits the cache"
    path.write_text(HEAD + "paths: {}\ntags: [{name: x}]\n")
    assert load_spec(path)[0] is not None
    assert len(calls) == 2, "new content is validated again"
    monkeypatch.setenv("SPEC_GENERATOR_CACHE", "0")
    assert load_spec(path)[0] is not None
    assert len(calls) == 3, "the cache can be turned off"


def test_invalid_documents_are_never_cached(tmp_path: Path) -> None:
    path = write(tmp_path, {"bad.yaml": HEAD + "paths:\n  /a:\n    get: {responses: {'200': {}}}\n"})
    for _ in range(2):
        spec, diags = load_spec(path)
        assert spec is not None and [d.level for d in diags] == [Level.WARNING], "validated again: not cached"


@pytest.mark.slow  # about 10 s: nests until the interpreter's recursion limit
def test_nesting_deeper_than_the_interpreter_allows_is_a_diagnostic(tmp_path: Path) -> None:
    schema = '{"type": "string"}'
    for _ in range(1500):
        schema = '{"type": "array", "items": ' + schema + "}"
    doc = (
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"D": '
        + schema
        + "}}}"
    )
    (tmp_path / "deep.json").write_text(doc)
    spec, diags = load_spec(tmp_path / "deep.json")
    assert spec is None
    [d] = diags
    assert d.level is Level.ERROR and "nests too deeply" in d.message


# -- safe inputs: $ref confinement, regular files only, a size cap ---------------------------------

REF_SPEC = HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: 'REF'}\n"


def test_a_ref_leaving_the_spec_folder_is_refused_at_the_ref_unless_allowed(tmp_path: Path) -> None:
    write(tmp_path, {"outside/secret.yaml": "Secret: {type: string, description: hunter2}\n"})
    spec = write(tmp_path / "api", {"api.yaml": REF_SPEC.replace("REF", "../outside/secret.yaml#/Secret")})
    loaded, diags = load_spec(spec)
    assert loaded is None
    [d] = diags
    assert (d.file, d.line, d.column) == ("api.yaml", 6, 11)  # at the $ref
    assert d.message.startswith("$ref '../outside/secret.yaml#/Secret' refused: outside the spec's folder tree")
    allowed, diags = load_spec(spec, ref_roots=[tmp_path / "outside"])
    assert allowed is not None and not errors(diags)
    assert "hunter2" in str(allowed.document)


def test_a_symlink_inside_the_tree_to_a_file_outside_is_refused(tmp_path: Path) -> None:
    write(tmp_path, {"outside/secret.yaml": "Secret: {type: string}\n"})
    spec = write(tmp_path / "api", {"api.yaml": REF_SPEC.replace("REF", "link.yaml#/Secret")})
    (tmp_path / "api" / "link.yaml").symlink_to(tmp_path / "outside" / "secret.yaml")
    loaded, diags = load_spec(spec)
    assert loaded is None and "outside the spec's folder tree" in diags[0].message


def test_a_fifo_and_a_big_file_are_refused_without_reading(tmp_path: Path) -> None:
    spec = write(tmp_path, {"api.yaml": REF_SPEC.replace("REF", "pipe.yaml#/Pet")})
    os.mkfifo(tmp_path / "pipe.yaml")  # opening it for a blocking read would hang this test
    loaded, diags = load_spec(spec)
    assert loaded is None and [d.message for d in diags] == [
        "$ref 'pipe.yaml#/Pet' refused: not a regular file (a device, FIFO or socket)"
    ]
    spec.write_text(REF_SPEC.replace("REF", "big.yaml#/Pet"), encoding="utf-8")
    (tmp_path / "big.yaml").write_text("Pet: {type: object}\n" + "#" * 5000, encoding="utf-8")
    loaded, diags = load_spec(spec, max_bytes=4096)
    assert loaded is None and [d.message for d in diags] == [
        "$ref 'big.yaml#/Pet' refused: larger than the limit of 4096 bytes (max_file_size)"
    ]
    assert load_spec(spec)[0] is not None  # the default cap (64 MiB) lets it through


def test_an_error_in_a_referenced_file_never_quotes_its_lines(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "api.yaml": REF_SPEC.replace("REF", "parts/bad.yaml#/Pet"),
            "parts/bad.yaml": "password: hunter2 hunter2\nPet: {type: object\n  token: s3cr3t-t0ken\n",
        },
    )
    loaded, diags = load_spec(spec)
    assert loaded is None and diags
    text = "\n".join(d.format() for d in diags)
    assert "hunter2" not in text and "s3cr3t" not in text
    assert diags[0].file == "parts/bad.yaml" and diags[0].line is not None


def test_ref_paths_are_uri_references_and_validator_failures_are_one_short_line(tmp_path: Path) -> None:
    from generator.loader import _validator_failure

    files = {
        "api.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'my%20defs.yaml#/B%20C'}\n",
        "my defs.yaml": "B C: {type: string}\n",
    }
    spec, diags = load_spec(write(tmp_path, files))
    assert errors(diags) == [] and spec is not None
    assert spec.document["components"]["schemas"]["A"] == {"$ref": "#/components/schemas/B C"}

    class PointerToNowhere(Exception):
        ref = "/components/schemas/x"

    assert _validator_failure(PointerToNowhere("huge " * 1000)) == (
        "PointerToNowhere: the $ref '/components/schemas/x' cannot be followed"
    )
    assert len(_validator_failure(ValueError("x" * 1000 + "\nmore"))) < 230


def test_openapi_31_content_media_type_strings_in_file_bodies_become_binary(tmp_path: Path) -> None:
    from generator.loader import mark_files

    png = {"type": "string", "contentMediaType": "image/png"}
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {
            "/a": {
                "post": {
                    "requestBody": {
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "properties": {
                                        "f": dict(png),
                                        "many": {"type": "array", "items": dict(png)},
                                        "b64": {**png, "contentEncoding": "base64"},
                                        "ref": {"$ref": "#/components/schemas/P"},
                                    }
                                }
                            },
                            "application/json": {"schema": {"properties": {"f": dict(png)}}},
                            "image/png": {"schema": dict(png)},
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"P": dict(png)}},
    }
    mark_files(document)
    content = document["paths"]["/a"]["post"]["requestBody"]["content"]
    props = content["multipart/form-data"]["schema"]["properties"]
    assert props["f"]["format"] == props["many"]["items"]["format"] == "binary"
    assert document["components"]["schemas"]["P"]["format"] == "binary", "through a local $ref"
    assert "format" not in props["b64"], "base64 text is not a file"
    assert "format" not in content["application/json"]["schema"]["properties"]["f"], "JSON bodies are left alone"
    assert content["image/png"]["schema"]["format"] == "binary"
    older = {"openapi": "3.0.3", "paths": document["paths"] | {}, "components": {"schemas": {"Q": dict(png)}}}
    mark_files(older)
    assert "format" not in older["components"]["schemas"]["Q"]


def test_a_ref_in_place_of_a_whole_name_map_is_followed(tmp_path: Path) -> None:
    # Multi-file trees in the wild (Lob, DigitalOcean) point `content:` and `properties:` at another
    # file's map; a *property* named "$ref" still holds a schema, so it stays a property.
    root = write(
        tmp_path,
        {
            "api.yaml": HEAD + "paths:\n  /a:\n    $ref: ops/a.yaml\n",
            "ops/a.yaml": (
                "get:\n  responses:\n    '200':\n      description: ok\n      content:\n        $ref: content.yaml\n"
            ),
            "ops/content.yaml": "application/json:\n  schema:\n    $ref: models/thing.yaml\n",
            "ops/models/thing.yaml": (
                "type: object\nproperties:\n  $ref: attrs.yaml#/shared\n"  # relative to models/
            ),
            "ops/models/attrs.yaml": (
                "shared:\n  id: {type: integer}\n  properties: {type: string}\n  $ref: {type: boolean}\n"
            ),
        },
    )
    loaded, diags = load_spec(root)
    assert errors(diags) == [] and loaded is not None
    media = loaded.document["paths"]["/a"]["get"]["responses"]["200"]["content"]
    assert list(media) == ["application/json"]
    name = media["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    thing = loaded.document["components"]["schemas"][name]
    assert thing["properties"] == {
        "id": {"type": "integer"},
        "properties": {"type": "string"},
        "$ref": {"type": "boolean"},
    }
