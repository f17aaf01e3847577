"""The decisions the IR carries: one media-type rule, path order and URL parts, client value types, errors, security."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.builder import build_api
from generator.derive import error_class_name, path_parts
from generator.loader import load_spec
from generator.mediatypes import encoding_of, media_type, pick

ENCODINGS_SPEC = Path(__file__).resolve().parent / "golden" / "encodings" / "spec.yaml"


@pytest.mark.parametrize(
    ("content_type", "encoding"),
    [
        ("application/json", "json"),
        ("Application/JSON; charset=utf-8", "json"),
        ("application/problem+json", "json"),
        ("application/vnd.api+json", "json"),
        ("*/*", "json"),
        ("application/x-ndjson", "ndjson"),
        ("application/jsonl", "ndjson"),
        ("application/x-www-form-urlencoded", "form"),
        ("multipart/form-data; boundary=x", "multipart"),
        ("multipart/mixed", "multipart"),
        ("text/plain", "text"),
        ("text/csv; charset=utf-8", "text"),
        ("application/octet-stream", "binary"),
        ("image/png", "binary"),
        ("application/jsonx", "binary"),
    ],
)
def test_encoding_of(content_type: str, encoding: str) -> None:
    assert encoding_of(content_type) == encoding


def test_media_type_drops_parameters_and_case() -> None:
    assert media_type(" Text/Plain ; charset=UTF-8") == "text/plain"


def test_pick_prefers_json_then_ndjson_then_form_and_keeps_spec_order_on_ties() -> None:
    assert pick(["text/plain", "application/x-ndjson", "application/json"]) == ("application/json", "json")
    assert pick(["image/png", "application/x-ndjson"]) == ("application/x-ndjson", "ndjson")
    assert pick(["multipart/form-data", "application/x-www-form-urlencoded"])[1] == "form"
    assert pick(["image/png", "image/jpeg"]) == ("image/png", "binary")
    assert pick([]) is None


def test_error_class_names() -> None:
    assert error_class_name(404) == "NotFoundError"
    assert error_class_name(429) == "RateLimitError"
    assert error_class_name(599) == "Status599Error"


def _api(spec: Path) -> ir.Api:
    loaded, problems = load_spec(spec)
    assert loaded is not None, problems
    api, diagnostics = build_api(loaded, "pkg")
    assert not [d for d in diagnostics if d.level.name == "ERROR"]
    return api


def _op(api: ir.Api, operation_id: str) -> ir.Operation:
    return next(op for op in api.operations if op.operation_id == operation_id)


def test_encodings_spec_decisions() -> None:
    api = _api(ENCODINGS_SPEC)
    events = _op(api, "listEvents").responses[0]
    assert (events.encoding, events.value_expr) == ("ndjson", "list[responses.Event]")
    assert _op(api, "listEvents").return_expr == "list[responses.Event]"
    blob = _op(api, "getBlob")
    assert [(r.status, r.encoding, r.value_expr, r.error_class) for r in blob.responses] == [
        ("200", "binary", "bytes", None),
        ("404", "json", "responses.Error", "NotFoundError"),
    ]
    form = _op(api, "submitForm").body
    assert form is not None and (form.encoding, form.flatten) == ("form", True)
    upload = _op(api, "upload").body
    assert upload is not None and upload.encoding == "multipart" and upload.flatten
    assert {f.name: f.type.is_binary for f in upload.fields} == {"title": False, "file": True}
    assert {f.name: f.description for f in upload.fields}["title"] == "A caption for the file."
    note = _op(api, "putNote")
    assert note.body is not None and (note.body.encoding, note.body.value_expr) == ("text", "str")
    assert note.responses[0].value_expr == "str"
    assert [(e.status_code, e.name, e.models) for e in api.error_classes] == [
        (404, "NotFoundError", ("responses.Error",))
    ]


def _spec(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_path_parameters_follow_the_template_not_the_declaration(tmp_path: Path) -> None:
    spec = _spec(
        tmp_path,
        """
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/{second}/b/{first}{tail}:
    parameters:
      - {name: first, in: path, required: true, schema: {type: string}, style: label}
    get:
      operationId: get
      parameters:
        - {name: tail, in: path, required: true, schema: {type: string}, style: matrix}
        - {name: second, in: path, required: true, schema: {type: integer}}
      responses:
        '204': {description: ok}
""",
    )
    op = _api(spec).operations[0]
    assert [p.name for p in op.path_params] == ["second", "first", "tail"]
    assert (
        path_parts(op)
        == op.path_parts
        == (
            ir.PathPart("/a/"),
            ir.PathPart("", "second", ""),
            ir.PathPart("/b/"),
            ir.PathPart("", "first", "."),
            ir.PathPart("", "tail", ";tail="),
        )
    )


def test_security_requirements_are_resolved_schemes(tmp_path: Path) -> None:
    spec = _spec(
        tmp_path,
        """
openapi: 3.0.3
info: {title: t, version: '1'}
security: [{basic: []}]
paths:
  /x:
    get:
      operationId: both
      security: [{key: [], bearer: []}, {}]
      responses: {'204': {description: ok}}
  /y:
    get:
      operationId: inherited
      responses: {'204': {description: ok}}
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
    bearer: {type: http, scheme: bearer}
    key: {type: apiKey, in: header, name: X-Key}
""",
    )
    api = _api(spec)
    both = _op(api, "both").requirements
    assert [[(s.name, s.credential_type) for s in r.schemes] for r in both] == [
        [("key", "ApiKeyCredentials"), ("bearer", "BearerToken")],
        [],
    ]
    assert [[s.name for s in r.schemes] for r in _op(api, "inherited").requirements] == [["basic"]]
