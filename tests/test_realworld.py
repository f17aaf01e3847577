"""Real-world specs: formats work with the declared dependencies, 3.0 ``type: 'null'`` is read as nullable."""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pydantic
import pytest

from generator.pipeline import Job, generate
from tests.packages import importable

ROOT = Path(__file__).resolve().parent.parent

EMAIL_SPEC = """\
openapi: 3.0.3
info: {title: Contacts, version: "1"}
paths:
  /contacts:
    post:
      operationId: addContact
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Contact'}
      responses:
        '204': {description: added}
components:
  schemas:
    Contact:
      type: object
      required: [email]
      properties:
        email: {type: string, format: email}
"""


@pytest.fixture
def generated(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(spec file, out dir); every package imported from ``out`` is forgotten afterwards."""
    with importable(tmp_path / "out") as out:
        yield tmp_path / "spec.yaml", out


def _models(spec: Path, out: Path, text: str, package: str) -> ModuleType:
    spec.write_text(text, encoding="utf-8")
    result = generate([Job(spec, package)], out)
    assert result.ok, [d.format() for d in result.diagnostics]
    importlib.invalidate_caches()
    return importlib.import_module(f"{package}.models")


def test_format_email_validates_with_the_declared_runtime_dependencies(generated: tuple[Path, Path]) -> None:
    models = _models(*generated, EMAIL_SPEC, "contacts_email")
    assert models.Contact(email="ann@example.com").email == "ann@example.com"
    with pytest.raises(pydantic.ValidationError):
        models.Contact(email="not an address")


def test_email_validator_is_a_runtime_dependency_and_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = [re.split(r"[<>=\[ ]", d, maxsplit=1)[0].lower() for d in project["optional-dependencies"]["runtime"]]
    assert "email-validator" in runtime
    pins = {
        line.split("==")[0].lower(): line.split("==")[1]
        for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line
    }
    assert "email-validator" in pins and "dnspython" in pins  # and the validator's own dependency


NULLS_30 = """\
openapi: 3.0.3
info: {title: Nulls, version: "1"}
paths: {}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
    Pet:
      type: object
      required: [owner, nickname, tag]
      properties:
        owner:
          oneOf:
            - $ref: '#/components/schemas/Owner'
            - type: "null"
        nickname:
          type: [string, "null"]
        tag:
          type: string
          default: null
"""


def test_null_types_in_30_are_read_as_nullable_with_located_warnings(generated: tuple[Path, Path]) -> None:
    spec, out = generated
    spec.write_text(NULLS_30, encoding="utf-8")
    result = generate([Job(spec, "nulls30")], out)
    assert result.ok
    assert [(d.level.value, d.line, d.location, d.message) for d in result.diagnostics] == [
        (
            "warning",
            17,
            "#/components/schemas/Pet/properties/owner/oneOf/1/type",
            "`type: 'null'` is not allowed in OpenAPI 3.0; read as `nullable: true` on the enclosing oneOf",
        ),
        (
            "warning",
            19,
            "#/components/schemas/Pet/properties/nickname/type",
            "`type: ['string', 'null']` is not allowed in OpenAPI 3.0; read as `type: string`, `nullable: true`",
        ),
        (
            "warning",
            22,
            "#/components/schemas/Pet/properties/tag/default",
            "`default: null` on a schema that does not accept null; read as no default "
            "(add `nullable: true` if null is meant)",
        ),
    ]
    importlib.invalidate_caches()
    models = importlib.import_module("nulls30.models")
    pet = models.Pet(owner=None, nickname=None, tag="t")
    assert (pet.owner, pet.nickname) == (None, None)
    assert models.Pet(owner={"name": "ann"}, nickname="rex", tag="t").owner.name == "ann"
    with pytest.raises(pydantic.ValidationError):
        models.Pet(owner=None, nickname=None, tag=None)  # default: null did not make the field nullable


def test_strict_refuses_what_default_flags_generate(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(NULLS_30, encoding="utf-8")
    out = tmp_path / "out"
    result = generate([Job(spec, "nulls30")], out, strict=True)
    assert not list(out.glob("nulls30")) and len(result.diagnostics) == 3
