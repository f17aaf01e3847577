"""Type mapping: a (renamed, hoisted) schema becomes an :class:`ir.TypeInfo` once the models exist."""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping
from typing import Any

from .. import ir
from ..modelgen import ModelSource
from ..schemas import is_nullable, non_null_types
from .values import py_literal

__all__ = ["TypeMapper", "default_doc", "default_expr"]

_ANY = ir.TypeInfo("Any", "any")
_STRING_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "uuid": "uuid.UUID", "binary": "bytes"}
_SCALARS = {"integer": "int", "number": "float", "boolean": "bool"}


class TypeMapper:
    """Annotations and wire kinds of schemas, given the model schemas and the generated models."""

    def __init__(
        self, schemas: Mapping[str, Any], models: ModelSource, *, request: bool = False, from_api: bool = False
    ) -> None:
        self.schemas = schemas  # class name -> schema, as given to datamodel-code-generator
        self.models = models
        self.request = request  # types of what a request carries: write views of readOnly/writeOnly schemas
        self.from_api = from_api  # webhooks: the API sends the requests, so they carry the read views

    @property
    def left_out(self) -> str:
        """The flag of the fields this mapper's views leave out: ``readOnly`` in requests, else ``writeOnly``."""
        return "readOnly" if self.request else "writeOnly"

    @property
    def requests(self) -> TypeMapper:
        """The mapper for request bodies and parameters: a schema with readOnly fields is its write view
        (``models.UserRequest``); responses keep the read view (``models.User``), and so do the requests
        of webhooks, which the API itself sends."""
        if self.request or self.from_api:
            return self
        return TypeMapper(self.schemas, self.models, request=True)

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

    def constraints(self, schema: dict[str, Any], stack: tuple[str, ...] = ()) -> ir.Constraints:
        """What ``schema`` allows: its own keywords over those of the schema it stands for (the target of a
        ``$ref``, a one-member ``allOf``, the one non-null member of ``anyOf``/``oneOf``); an array's items' enum."""
        found: dict[str, Any] = {}
        inner, name = self._constraints_target(schema)
        if inner is not None and not (name and name in stack):
            found = {k: v for k, v in vars(self.constraints(inner, (*stack, name) if name else stack)).items() if v}
        found.update(constraint_fields(schema))
        items = schema.get("items")
        if "enum" not in found and isinstance(items, dict):
            item_enum = self.constraints(items, stack).enum
            if item_enum:
                found["enum"] = item_enum
        found.pop("doc", None)
        return ir.Constraints(**found)

    def _constraints_target(self, schema: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
        """The schema ``schema`` stands for and a name guarding against ref cycles ("" for inline members)."""
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            target = self.schemas.get(name)
            return (target if isinstance(target, dict) else None), name
        for key in ("allOf", "anyOf", "oneOf"):
            members = [m for m in schema.get(key) or [] if isinstance(m, dict) and m.get("type") != "null"]
            if len(members) == 1:
                return members[0], ""
        return None, ""

    def _ref(self, schema: dict[str, Any], stack: tuple[str, ...]) -> ir.TypeInfo:
        """A ref to a model schema: the model class when it is a record, else the target's own type."""
        name = schema["$ref"].rsplit("/", 1)[-1]
        nullable = is_nullable(schema)
        cls = self.models.record_class(name, request=self.request)
        if cls is not None:
            return ir.TypeInfo(f"models.{cls}" + _none(nullable), "object", nullable=nullable, is_model=True)
        members = self.root_members(name) if self.request else ()
        if members:  # a request of one of several object models: the union of their classes
            expr = " | ".join(f"models.{m}" for m in members)
            return ir.TypeInfo(expr + _none(nullable), "object", nullable=nullable)
        if name in stack:
            return _ANY
        inner = self.type_of(self.schemas.get(name, {}), (*stack, name))
        if nullable and not inner.nullable:
            return ir.TypeInfo(inner.expr + " | None", inner.kind, inner.item_kind, True, inner.is_model)
        return inner

    def is_record_union(self, schema: dict[str, Any]) -> bool:
        """True when ``schema`` is one of several object models: a ref to a ``RootModel`` of a union of
        records (see :meth:`root_members`), or an ``anyOf``/``oneOf`` of refs to records."""
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return bool(self.root_members(ref.rsplit("/", 1)[-1]))
        members = [m for m in schema.get("anyOf") or schema.get("oneOf") or [] if isinstance(m, dict)]
        return len(members) > 1 and all(
            isinstance(m.get("$ref"), str) and self.models.record_class(m["$ref"].rsplit("/", 1)[-1]) for m in members
        )

    def root_members(self, name: str) -> tuple[str, ...]:
        """The record classes of the schema ``name`` when its model is a ``RootModel`` of a union of records
        (``anyOf``/``oneOf`` of objects: ``RootModel[A | B]``), else ().

        Read from the generated class, so members datamodel-code-generator made of inline objects, or of
        refs with the union's own properties merged in, are typed by the classes that really validate them.
        """
        cls = self.models.class_of.get(name, name if not self.models.class_of else None)
        bases = self.models.classes.get(cls) if cls is not None else None
        if not bases or len(bases) != 1 or not bases[0].startswith("RootModel["):
            return ()
        root = ast.parse(bases[0], mode="eval").body
        names = _union_names(root.slice) if isinstance(root, ast.Subscript) else None
        if not names or len(names) < 2 or not all(self.models.is_record(n) for n in names):
            return ()
        split = {self.models.class_of.get(s, s) for s in self.models.request_of}  # read views with a write view
        if self.request and split & set(names):
            return ()  # the union's classes are read views; requests keep the type they had
        return tuple(dict.fromkeys(names))

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


_NUMBER_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_COUNTS = {"minLength": "min_length", "maxLength": "max_length", "minItems": "min_items", "maxItems": "max_items"}


def _number(value: Any) -> str | None:
    return repr(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def constraint_fields(schema: dict[str, Any]) -> dict[str, Any]:
    """The :class:`ir.Constraints` fields one schema object states itself (without ``doc``)."""
    out: dict[str, Any] = {}
    enum = schema.get("enum")
    if "const" in schema:
        enum = [schema["const"]]
    if isinstance(enum, list) and enum:
        out["enum"] = tuple(py_literal(v) for v in enum)
    for key in _NUMBER_BOUNDS:
        value = schema.get(key)
        if key.startswith("exclusive") and isinstance(value, bool):  # OpenAPI 3.0: a flag on minimum/maximum
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            value = schema.get(bound) if value else None
            if value is not None:
                out.pop(bound, None)
        name = "".join("_" + c.lower() if c.isupper() else c for c in key)
        if _number(value) is not None:
            out[name] = _number(value)
    for key, name in _COUNTS.items():
        if isinstance(schema.get(key), int) and not isinstance(schema.get(key), bool):
            out[name] = schema[key]
    if isinstance(schema.get("pattern"), str):
        out["pattern"] = schema["pattern"]
    if schema.get("uniqueItems") is True:
        out["unique_items"] = True
    if isinstance(schema.get("format"), str):
        out["format"] = schema["format"]
    return out


_FROM_TEXT = {
    "datetime.date": "datetime.date.fromisoformat",
    "datetime.datetime": "datetime.datetime.fromisoformat",
    "uuid.UUID": "uuid.UUID",
}


def default_expr(value: Any, typ: ir.TypeInfo) -> str | None:
    """A default as a Python value of its type (``datetime.date.fromisoformat("2024-01-01")``, not a str)."""
    if value is None:
        return None
    maker = _FROM_TEXT.get(typ.expr.removesuffix(" | None"))
    if maker is not None and isinstance(value, str):
        return f"{maker}({py_literal(value)})"
    return py_literal(value)


def default_doc(value: Any) -> str | None:
    """A default as docstrings show it: the spec's value as a Python literal (``'2024-01-01'``)."""
    return None if value is None else py_literal(value)


def _union_names(node: ast.expr) -> list[str] | None:
    """The class names of ``A | B | C``; None when it is anything else."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _union_names(node.left), _union_names(node.right)
        return left + right if left is not None and right is not None else None
    return None


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
