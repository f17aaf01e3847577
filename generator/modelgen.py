"""Pydantic v2 models from datamodel-code-generator, configured for strict, spec-exact validation.

* optional is not nullable: an optional field defaults to ``MISSING``; only a
  nullable field admits ``None``;
* enums are ``Literal`` types, so values are plain strings in Python and JSON;
* models inherit ``StrictModel`` (``_base.py``): strict validation, no lax coercion.
"""

from __future__ import annotations

import ast
import warnings
from typing import Any

from .diagnostics import Diagnostic, GenerationError, Level

__all__ = ["BASE_IMPORT", "ModelSource", "generate_models"]

# datamodel-code-generator imports the base class from here; we rewrite it to a relative import.
_BASE_PLACEHOLDER = "generator_runtime_base.StrictModel"
BASE_IMPORT = "from ._base import StrictModel"


class ModelSource:
    """The generated models module body and what it defines."""

    def __init__(self, source: str) -> None:
        self.source = source
        tree = ast.parse(source)
        self.classes: dict[str, list[str]] = {}
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                self.classes[node.name] = [ast.unparse(b) for b in node.bases]
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Name):
                        self.classes.setdefault(t.id, ["<alias>"])

    def is_record(self, name: str) -> bool:
        """True when ``name`` is a plain (non-root) model class."""
        bases = self.classes.get(name)
        return bases is not None and not any(b.startswith("RootModel") or b == "<alias>" for b in bases)


def _options() -> dict[str, Any]:
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion

    return {
        "input_file_type": InputFileType.OpenAPI,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "target_pydantic_version": "2.14",
        "base_class": _BASE_PLACEHOLDER,
        "use_annotated": True,
        "use_union_operator": True,
        "use_standard_collections": True,
        "enum_field_as_literal": "all",
        "strict_nullable": True,
        "field_constraints": True,
        "use_missing_sentinel": True,
        "collapse_root_models": True,
        "snake_case_field": True,
        "use_schema_description": True,
        "use_field_description": True,
        "disable_timestamp": True,
        "keep_model_order": True,
        "output_datetime_class": "datetime",
        "formatters": [],
        "use_double_quotes": True,
        "disable_future_imports": False,
    }


def generate_models(document: dict[str, Any], source: str) -> ModelSource:
    """Run datamodel-code-generator over an already bundled and renamed document."""
    from datamodel_code_generator import generate

    schemas = document.get("components", {}).get("schemas", {})
    if not schemas:
        return ModelSource("from __future__ import annotations\n\nfrom ._base import StrictModel  # noqa: F401\n")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = generate(document, **_options())
    except Exception as exc:  # datamodel-code-generator failed on this input
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GenerationError(
            [Diagnostic(Level.ERROR, "#/components/schemas", f"model generation failed: {message}", source)]
        ) from exc
    if not isinstance(result, str):
        raise GenerationError(
            [Diagnostic(Level.ERROR, "#/components/schemas", "model generation produced several modules", source)]
        )
    lines = result.splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    body = "\n".join(lines) + "\n"
    module, _, cls = _BASE_PLACEHOLDER.rpartition(".")
    body = body.replace(f"from {module} import {cls}", BASE_IMPORT)
    return ModelSource(body)
