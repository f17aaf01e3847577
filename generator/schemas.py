"""Small, version-neutral helpers over JSON Schema objects (3.0 ``nullable`` and 3.1 type arrays alike)."""

from __future__ import annotations

from typing import Any

__all__ = ["COMPONENT_PREFIX", "component_name", "is_nullable", "is_object_like", "non_null_types"]

COMPONENT_PREFIX = "#/components/schemas/"


def component_name(ref: str) -> str | None:
    """``#/components/schemas/Foo`` -> ``Foo`` (unescaped); None for any other ref."""
    if ref.startswith(COMPONENT_PREFIX) and "/" not in ref[len(COMPONENT_PREFIX) :]:
        return ref[len(COMPONENT_PREFIX) :].replace("~1", "/").replace("~0", "~")
    return None


def non_null_types(schema: dict[str, Any]) -> list[str]:
    """The schema's declared types without ``null``."""
    t = schema.get("type")
    if isinstance(t, list):
        return [x for x in t if x != "null"]
    if isinstance(t, str) and t != "null":
        return [t]
    return []


def is_nullable(schema: dict[str, Any]) -> bool:
    """True when ``null`` is an accepted value (3.0 ``nullable``, 3.1 type arrays, enum/const null, oneOf null)."""
    if schema.get("nullable") is True:
        return True
    t = schema.get("type")
    if t == "null" or (isinstance(t, list) and "null" in t):
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    if "const" in schema and schema["const"] is None:
        return True
    for key in ("oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            if isinstance(sub, dict) and (sub.get("type") == "null" or sub.get("enum") == [None]):
                return True
    return False


def is_object_like(schema: dict[str, Any]) -> bool:
    """True when the schema describes a record with named properties (a model class, not a map)."""
    return "$ref" not in schema and ("properties" in schema or "allOf" in schema)
