"""The catalog of one spec: its model schemas and the one place ``$ref``s are resolved.

The loader hands over a bundled document (every ``$ref`` local: ``#/...``). From there the
catalog owns every reference: following non-schema refs (parameters, responses, path items,
links, security schemes), pointing schema refs at the renamed component classes, inlining
schema refs outside ``components/schemas``, renaming discriminator mappings, and hoisting
inline record schemas of operations into named models. The schemas it collects are exactly
what datamodel-code-generator is given.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import escape_pointer, pointer
from ..loader import resolve_pointer
from ..naming import NameRegistry
from ..schemas import (
    COMPONENT_PREFIX,
    child_is_name_map,
    component_name,
    is_literal_key,
    is_object_like,
    non_null_types,
)
from .report import Report
from .values import free_text

__all__ = ["Catalog"]


class Catalog:
    """Component schemas under their class names, plus the schemas hoisted out of operations."""

    def __init__(self, document: dict[str, Any], report: Report) -> None:
        self.doc = document
        self.report = report
        self.model_names = NameRegistry()  # every model class name claimed so far
        self.class_names: dict[str, str] = {}  # component schema name -> class name
        self.schemas: dict[str, Any] = {}  # class name -> schema (for datamodel-code-generator)

    # -- following refs --------------------------------------------------------------------------
    def resolve(self, ref: str) -> Any:
        """The node a local ``$ref`` points at; raises ``KeyError`` when it leads nowhere."""
        return resolve_pointer(self.doc, ref)

    def deref(self, node: Any, where: str) -> Any:
        """Follow non-schema refs (parameters, responses, request bodies, ...)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                self.report.fail(where, f"$ref cycle at {ref!r}")
            seen.add(ref)
            node = self.resolve(ref)
        return node

    def section(self, name: str) -> dict[str, Any]:
        """``components/<name>`` of the document ({} when absent)."""
        return (self.doc.get("components") or {}).get(name) or {}

    def schema_target(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The schema a ``$ref`` chain ends at, among the renamed and hoisted model schemas."""
        seen: set[str] = set()
        while isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            target = self.schemas.get(schema["$ref"].rsplit("/", 1)[-1])
            if not isinstance(target, dict):
                break
            schema = target
        return schema

    def merged_properties(self, schema: dict[str, Any], _within: tuple[int, ...] = ()) -> dict[str, Any]:
        """A schema's properties, including those of its ``allOf`` members (later ones win)."""
        props = dict(schema.get("properties") or {})
        for sub in self._members(schema, _within):
            props.update(self.merged_properties(sub, (*_within, id(schema))))
        return props

    def merged_required(self, schema: dict[str, Any], _within: tuple[int, ...] = ()) -> set[str]:
        """The properties a schema requires, including those its ``allOf`` members require."""
        required = {str(name) for name in schema.get("required") or [] if isinstance(name, str)}
        for sub in self._members(schema, _within):
            required |= self.merged_required(sub, (*_within, id(schema)))
        return required

    def _members(self, schema: dict[str, Any], within: tuple[int, ...]) -> list[dict[str, Any]]:
        """The schemas of ``schema``'s ``allOf`` members; a member that is ``schema`` itself or one of the
        schemas including it (``within``) is a cycle: the step fails, located at that component."""
        members = []
        for sub in schema.get("allOf") or []:
            target = self.schema_target(sub) if isinstance(sub, dict) else None
            if target is None:
                continue
            if id(target) in within or target is schema:
                names = {id(s): n for n, s in self.schemas.items()}
                name = next((c for c, k in self.class_names.items() if k == names.get(id(target))), None)
                where, label = (pointer("components", "schemas", name), repr(name)) if name else ("#", "a schema")
                self.report.fail(where, f"{label} includes itself through allOf: it cannot be expanded")
            members.append(target)
        return members

    # -- the model schemas -----------------------------------------------------------------------
    def collect_components(self) -> None:
        """Claim a class name for every component schema, then copy each with its refs rewritten."""
        comps = self.doc.get("components", {}).get("schemas", {}) or {}
        for name in comps:
            self.class_names[name] = self.model_names.claim(name, style="pascal", fallback="Model")
        for name, schema in comps.items():
            self.schemas[self.class_names[name]] = self.rewrite_refs(schema, pointer("components", "schemas", name))

    def add_model(self, name: str, schema: dict[str, Any]) -> None:
        """Add a schema under a class name already claimed in :attr:`model_names`."""
        self.schemas[name] = schema

    def model_document(self, openapi: Any) -> dict[str, Any]:
        """The document datamodel-code-generator turns into models.py."""
        return {
            "openapi": openapi,
            "info": {"title": "models", "version": "0"},
            "paths": {},
            "components": {"schemas": self.schemas},
        }

    def hoist(self, schema: Any, hint: str, where: str) -> dict[str, Any]:
        """Give inline record schemas in operation positions a named model; return the schema to type."""
        if not isinstance(schema, dict):
            return {}
        return self._hoist(self.rewrite_refs(schema, where), hint)

    def _hoist(self, schema: Any, hint: str) -> dict[str, Any]:
        """``hoist`` over an already renamed schema (refs are rewritten exactly once)."""
        if not isinstance(schema, dict):
            return {}
        if is_object_like(schema):
            name = self.model_names.claim(hint, style="pascal", fallback="Model")
            self.schemas[name] = schema
            return {"$ref": "#/components/schemas/" + name}
        if "array" in non_null_types(schema) and isinstance(schema.get("items"), dict):
            return schema | {"items": self._hoist(schema["items"], hint + "Item")}
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                members = [self._hoist(s, f"{hint}{i + 1}") for i, s in enumerate(schema[key])]
                return schema | {key: members}
        return schema

    # -- rewriting schema refs -------------------------------------------------------------------
    def rewrite_refs(self, node: Any, where: str, stack: tuple[str, ...] = (), in_map: bool = False) -> Any:
        """Copy a schema, pointing component refs at renamed classes and inlining any other ref."""
        if isinstance(node, list):
            return [self.rewrite_refs(v, f"{where}/{i}", stack) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        if in_map:  # property names etc.: a property may be called "$ref", "default" or "x-y"
            return {k: self.rewrite_refs(v, f"{where}/{escape_pointer(k)}", stack) for k, v in node.items()}
        if isinstance(node.get("$ref"), str):
            return self._rewrite_ref(node, where, stack)
        return {
            k: free_text(v)
            if k in ("description", "title") and isinstance(v, str)
            else self.rewrite_mapping(v)
            if k == "discriminator" and isinstance(v, dict)
            else v
            if is_literal_key(k, v)
            else self.rewrite_refs(v, f"{where}/{escape_pointer(k)}", stack, child_is_name_map(k, v))
            for k, v in node.items()
        }

    def _rewrite_ref(self, node: dict[str, Any], where: str, stack: tuple[str, ...]) -> dict[str, Any]:
        """A ``$ref`` schema (with any sibling keywords): a renamed component ref, or its target inlined."""
        ref: str = node["$ref"]
        comp = component_name(ref)
        rest = {k: v for k, v in node.items() if k != "$ref"}
        if comp is not None and comp in self.class_names:
            new = {"$ref": COMPONENT_PREFIX + self.class_names[comp]}
            return new | self.rewrite_refs(rest, where, stack) if rest else new
        if ref in stack:
            self.report.fail(
                where,
                f"recursive $ref {ref!r} outside components/schemas cannot be generated; move its target under components/schemas",
            )
        try:
            target = self.resolve(ref)
        except KeyError:
            self.report.fail(where, f"unresolved $ref {ref!r}")
        if not isinstance(target, dict):
            self.report.fail(where, f"$ref {ref!r} does not point at a schema")
        inlined: dict[str, Any] = self.rewrite_refs(target, ref, (*stack, ref))
        return inlined | self.rewrite_refs(rest, where, stack) if rest else inlined

    def rewrite_mapping(self, discriminator: dict[str, Any]) -> dict[str, Any]:
        """Point a discriminator's ``mapping`` (refs or bare schema names) at the renamed classes."""
        mapping = discriminator.get("mapping")
        if not isinstance(mapping, dict):
            return discriminator
        renamed = {}
        for value, target in mapping.items():
            name = component_name(target) if isinstance(target, str) and target.startswith("#") else target
            renamed[value] = COMPONENT_PREFIX + self.class_names[name] if name in self.class_names else target
        return discriminator | {"mapping": renamed}
