"""Small, version-neutral helpers over JSON Schema objects (3.0 ``nullable`` and 3.1 type arrays alike)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .diagnostics import escape_pointer

__all__ = [
    "COMPONENT_PREFIX",
    "allof_cycle",
    "child_is_name_map",
    "component_name",
    "is_literal_key",
    "is_nullable",
    "is_object_like",
    "iter_objects",
    "non_null_types",
]

COMPONENT_PREFIX = "#/components/schemas/"

# Keys whose (object) value maps arbitrary names to objects: inside such a map every key is a
# name chosen by the spec author (a property may be called ``$ref``, ``default`` or ``x-y``),
# never a keyword. ``examples`` is a name map in media types and parameters, literal data in schemas.
_NAME_MAP_KEYS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "variables",
    }
)
# Keys whose values are literal data (or vendor extensions): a ``$ref`` inside them is not a reference.
_LITERAL_KEYS = frozenset({"example", "default", "enum", "const", "value", "examples"})


def is_literal_key(key: object, value: object = None) -> bool:
    """True when ``key`` (of a spec object, not of a name map) holds literal data rather than spec objects."""
    if not isinstance(key, str):
        return True
    if key == "examples":
        return not isinstance(value, dict)  # a map of Example objects (which may be $refs), or a list of values
    return key in _LITERAL_KEYS or key.startswith("x-")


def child_is_name_map(key: object, value: object) -> bool:
    """True when ``value``, found under ``key`` of a spec object, is a map of names to objects."""
    return isinstance(value, dict) and key in _NAME_MAP_KEYS


def iter_objects(
    node: Any, path: tuple[str | int, ...] = (), *, in_map: bool = False
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every spec object (not name map, not literal data) below ``node``, with its path; ``$ref``s live in these."""
    stack: list[tuple[Any, tuple[str | int, ...], bool]] = [(node, path, in_map)]
    while stack:
        current, where, is_map = stack.pop()
        if isinstance(current, list):
            stack.extend((v, (*where, i), False) for i, v in reversed(list(enumerate(current))))
        elif isinstance(current, dict):
            if is_map:
                stack.extend((v, (*where, k), False) for k, v in reversed(list(current.items())))
                continue
            yield where, current
            stack.extend(
                (v, (*where, k), child_is_name_map(k, v))
                for k, v in reversed(list(current.items()))
                if not is_literal_key(k, v)
            )


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
            if isinstance(sub, dict) and not isinstance(sub.get("$ref"), str) and _nullable_member(sub):
                return True
    return False


def _nullable_member(sub: dict[str, Any]) -> bool:
    """A union member that admits ``null`` itself (3.0 ``nullable: true``, a 3.1 type array with ``null``)."""
    kind = sub.get("type")
    return sub.get("nullable") is True or (isinstance(kind, list) and "null" in kind)


def is_object_like(schema: dict[str, Any]) -> bool:
    """True when the schema describes a record with named properties (a model class, not a map)."""
    if "$ref" in schema:
        return False
    if "properties" in schema:
        return True
    all_of = schema.get("allOf")
    if not isinstance(all_of, list) or not all_of:
        return False
    # ``allOf: [{$ref: X}]`` (the 3.0 idiom for a described or nullable reference) is just X.
    return not (len(all_of) == 1 and isinstance(all_of[0], dict) and "$ref" in all_of[0])


def _included(schema: Any, at: str) -> Iterator[tuple[str, str]]:
    """(component name, pointer of its ``$ref``) of every component a schema includes: its own ``$ref``
    and those of its ``allOf`` members (inline members' own inclusions too)."""
    stack = [(schema, at)]
    while stack:
        node, where = stack.pop()
        if not isinstance(node, dict):
            continue
        name = component_name(node["$ref"]) if isinstance(node.get("$ref"), str) else None
        if name is not None:
            yield name, f"{where}/$ref"
        members = node.get("allOf")
        if isinstance(members, list):
            stack.extend((m, f"{where}/allOf/{i}") for i, m in reversed(list(enumerate(members))))


def allof_cycle(document: Any) -> tuple[str, tuple[str, ...]] | None:
    """The first cycle of component schemas including one another (``allOf``, ``$ref``): the pointer of
    the ``$ref`` closing it and the names around it (``("Pet", "Animal", "Pet")``); None when there is none.

    Such a schema includes itself: no validator or generator can expand it.
    """
    comps = ((document.get("components") if isinstance(document, dict) else None) or {}).get("schemas")
    if not isinstance(comps, dict):
        return None
    done: set[str] = set()
    for start in comps:
        if start in done:
            continue
        path: list[str] = []
        stack: list[tuple[str, Iterator[tuple[str, str]]]] = []
        name: str | None = str(start)
        while name is not None or stack:
            if name is not None and name not in done:
                path.append(name)
                stack.append((name, _included(comps.get(name), f"{COMPONENT_PREFIX}{escape_pointer(name)}")))
            name = None
            current, edges = stack[-1]
            for target, where in edges:
                if target in path:
                    return where, (*path[path.index(target) :], target)
                if target not in done and target in comps:
                    name = target
                    break
            else:
                done.add(current)
                stack.pop()
                path.pop()
    return None
