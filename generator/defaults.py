"""Defaults that do not validate against their own schema are read as no default.

``type: integer, default: "auto"`` or ``format: date, default: "yesterday"`` cannot be a
field's default: the model would hold a value of the wrong type (``mypy --strict`` fails on
it, and a server serializing it answers 500). Each such default is dropped from the loaded
document with one located warning saying what is wrong; valid defaults are left alone (and
become typed values in the models: ``date.fromisoformat("2024-01-01")``, see ``modelgen``).

A default is checked against the schema object it sits in, ``$ref``s resolved within the
bundled document, with the OpenAPI dialect of the document (3.0 ``nullable``, 3.1 type
arrays) and its format checker (``date``, ``date-time``, ``uuid``, ``email``, ...).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .diagnostics import Diagnostic, Level, pointer

__all__ = ["check_defaults"]

_NOT_SCHEMA_KEYS = ("default", "example", "examples")
_SHOWN = 60  # characters of a default quoted in a message


def check_defaults(
    document: dict[str, Any], found: Iterable[tuple[tuple[str | int, ...], dict[str, Any]]], version: str, shown: str
) -> list[Diagnostic]:
    """Drop every ``default`` of the schema objects ``found`` that its schema rejects; one warning each."""
    nodes = [(where, node) for where, node in found if "default" in node and node["default"] is not None]
    if not nodes:
        return []
    validator_for = _validators(document, version)
    diags: list[Diagnostic] = []
    for where, node in nodes:
        problem = _problem(validator_for, where, node)
        if problem is not None:
            value = json.dumps(node.pop("default"), ensure_ascii=False)
            value = value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"
            diags.append(
                Diagnostic(
                    Level.WARNING,
                    pointer(*where, "default"),
                    f"`default: {value}` does not match its schema ({problem}); read as no default",
                    shown,
                )
            )
    return diags


def _validators(document: dict[str, Any], version: str) -> Any:
    """A function: schema pointer -> a validator of that schema against the whole document."""
    from openapi_schema_validator import OAS30Validator, OAS31Validator, oas30_format_checker, oas31_format_checker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4, DRAFT202012

    v30 = version.startswith("3.0")
    spec = DRAFT4 if v30 else DRAFT202012
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(document, spec))
    cls, checker = (OAS30Validator, oas30_format_checker) if v30 else (OAS31Validator, oas31_format_checker)

    def validator(where: tuple[str | int, ...]) -> Any:
        return cls({"$ref": "urn:spec" + pointer(*where)}, registry=registry, format_checker=checker)

    return validator


def _problem(validator_for: Any, where: tuple[str | int, ...], node: dict[str, Any]) -> str | None:
    """What is wrong with ``node``'s default, or None when it validates (or cannot be checked)."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    try:
        error = best_match(validator_for(where).iter_errors(node["default"]))
    except Exception:  # an unresolvable ref or a pattern Python cannot compile: not this check's concern
        return None
    if error is None:
        return None
    message = str(error.message)
    return message if len(message) <= 2 * _SHOWN else message[: 2 * _SHOWN - 1] + "…"
