"""Type mapping: a (renamed, hoisted) schema becomes an :class:`ir.TypeInfo` once the models exist."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .. import ir
from ..modelgen import ModelSource
from ..schemas import is_nullable, non_null_types
from .values import py_literal

__all__ = ["TypeMapper"]

_ANY = ir.TypeInfo("Any", "any")
_STRING_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "uuid": "uuid.UUID", "binary": "bytes"}
_SCALARS = {"integer": "int", "number": "float", "boolean": "bool"}


class TypeMapper:
    """Annotations and wire kinds of schemas, given the model schemas and the generated models."""

    def __init__(self, schemas: Mapping[str, Any], models: ModelSource) -> None:
        self.schemas = schemas  # class name -> schema, as given to datamodel-code-generator
        self.models = models

    def type_of(self, schema: dict[str, Any], stack: tuple[str, ...] = ()) -> ir.TypeInfo:
        """Annotation and wire kind of a (renamed, hoisted) schema."""
        if isinstance(schema.get("$ref"), str):
            return self._ref(schema, stack)
        found = self._literal(schema) or self._union(schema, stack) or self._single_all_of(schema, stack)
        if found is not None:
            return found
        nullable = is_nullable(schema)
        types = non_null_types(schema)
        if len(types) > 1:
            alternatives = [self.type_of(schema | {"type": t}, stack) for t in types]
            return ir.TypeInfo(" | ".join(a.expr for a in alternatives) + _none(nullable), "any", nullable=nullable)
        return self._plain(schema, types[0] if types else "", stack)

    def _ref(self, schema: dict[str, Any], stack: tuple[str, ...]) -> ir.TypeInfo:
        """A ref to a model schema: the model class when it is a record, else the target's own type."""
        name = schema["$ref"].rsplit("/", 1)[-1]
        nullable = is_nullable(schema)
        cls = self.models.record_class(name)
        if cls is not None:
            return ir.TypeInfo(f"models.{cls}" + _none(nullable), "object", nullable=nullable, is_model=True)
        if name in stack:
            return _ANY
        inner = self.type_of(self.schemas.get(name, {}), (*stack, name))
        if nullable and not inner.nullable:
            return ir.TypeInfo(inner.expr + " | None", inner.kind, inner.item_kind, True, inner.is_model)
        return inner

    def _literal(self, schema: dict[str, Any]) -> ir.TypeInfo | None:
        """``const`` or ``enum`` of strings, integers and booleans: a ``Literal[...]``."""
        nullable = is_nullable(schema)
        if "const" in schema and schema["const"] is not None and _literal_ok([schema["const"]]):
            value = schema["const"]
            return ir.TypeInfo(f"Literal[{py_literal(value)}]" + _none(nullable), _kind_of(value), nullable=nullable)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum and _literal_ok([v for v in enum if v is not None]):
            values = [json.loads(v) for v in dict.fromkeys(json.dumps(v) for v in enum if v is not None)]
            if values:
                lits = ", ".join(py_literal(v) for v in values)
                return ir.TypeInfo(f"Literal[{lits}]" + _none(nullable), _kind_of(values[0]), nullable=nullable)
        return None

    def _union(self, schema: dict[str, Any], stack: tuple[str, ...]) -> ir.TypeInfo | None:
        """``oneOf`` / ``anyOf``: the union of the members' annotations (a ``null`` member makes it nullable)."""
        for key in ("oneOf", "anyOf"):
            members = [s for s in schema.get(key) or [] if isinstance(s, dict) and s.get("type") != "null"]
            if members:
                infos = [self.type_of(m, stack) for m in members]
                parts = list(dict.fromkeys(i.expr for i in infos))
                kinds = {i.kind for i in infos}
                nullable = is_nullable(schema)
                kind = kinds.pop() if len(kinds) == 1 else "any"
                return ir.TypeInfo(" | ".join(parts) + _none(nullable), kind, nullable=nullable)
        return None

    def _single_all_of(self, schema: dict[str, Any], stack: tuple[str, ...]) -> ir.TypeInfo | None:
        """``allOf`` with one member (a ref with annotations): that member's type."""
        all_of = schema.get("allOf")
        if not (isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict)):
            return None
        nullable = is_nullable(schema)
        inner = self.type_of(all_of[0], stack)
        suffix = _none(nullable) if not inner.nullable else ""
        return ir.TypeInfo(inner.expr + suffix, inner.kind, inner.item_kind, nullable or inner.nullable, inner.is_model)

    def _plain(self, schema: dict[str, Any], t: str, stack: tuple[str, ...]) -> ir.TypeInfo:
        """A schema of one JSON type (or none)."""
        nullable = is_nullable(schema)
        suffix = _none(nullable)
        if t == "string":
            expr = _STRING_FORMATS.get(str(schema.get("format")), "str")
            return ir.TypeInfo(expr + suffix, "string", nullable=nullable, is_binary=expr == "bytes")
        if t in _SCALARS:
            return ir.TypeInfo(_SCALARS[t] + suffix, t, nullable=nullable)
        if t == "array" or (not t and "items" in schema):
            items = schema.get("items")
            item = self.type_of(items, stack) if isinstance(items, dict) else _ANY
            return ir.TypeInfo(
                f"list[{item.expr}]" + suffix, "array", item.kind, nullable=nullable, is_binary=item.is_binary
            )
        if t == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = self.type_of(extra, stack).expr if isinstance(extra, dict) and extra else "Any"
            return ir.TypeInfo(f"dict[str, {value}]" + suffix, "object", nullable=nullable)
        if not t and schema.get("type") == "null":
            return ir.TypeInfo("None", "any", nullable=True)
        return ir.TypeInfo("Any", "any", nullable=nullable)


def _none(nullable: bool) -> str:
    return " | None" if nullable else ""


def _literal_ok(values: list[Any]) -> bool:
    return all(isinstance(v, str | int | bool) for v in values) and bool(values)


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"
