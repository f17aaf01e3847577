"""Real-world specs: formats work with the declared dependencies, 3.0 ``type: 'null'`` is read as nullable."""

from __future__ import annotations

import importlib
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pydantic
import pytest

from generator.pipeline import Job, generate

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
    out = tmp_path / "out"
    sys.path.insert(0, str(out))
    before = set(sys.modules)
    try:
        yield tmp_path / "spec.yaml", out
    finally:
        sys.path.remove(str(out))
        for name in set(sys.modules) - before:
            del sys.modules[name]


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
