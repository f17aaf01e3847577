"""Read a spec the way its author meant it, and say so in words a user understands.

Real specs break the OpenAPI schema in a few recurring ways that still have one obvious
meaning. :func:`normalize` rewrites those in the loaded document (so the models come out
right) and returns one located warning each:

* OpenAPI 3.0 has no ``null`` type: ``type: 'null'`` (alone, or as a ``oneOf``/``anyOf``
  branch) and ``type: [x, 'null']`` are read as ``nullable: true``;
* ``default: null`` on a schema that does not accept null is read as no default;
* a default its own schema rejects is read as no default (``defaults.py``).

:func:`explain` turns one openapi-spec-validator error into a pointer and a message: for
the "not valid under any of the schemas" errors of ``oneOf``/``anyOf``, the sub-error that
matters (jsonschema's ``best_match`` over the error's context, re-validated with jsonschema
when the fast backend kept no context).
"""

from __future__ import annotations

import difflib
import json
import re
from typing import Any

from .defaults import check_defaults
from .diagnostics import Diagnostic, Level, pointer
from .schemas import iter_objects

__all__ = ["explain", "normalize"]

_TYPES = ("array", "boolean", "integer", "number", "object", "string")
_TYPE_ALIASES = {"int": "integer", "float": "number", "double": "number", "bool": "boolean", "str": "string"}
_TYPE_ALIASES |= {"list": "array", "dict": "object", "long": "integer", "map": "object"}
_SCHEMA_LISTS = frozenset({"oneOf", "anyOf"})


def _is_schema(where: tuple[str | int, ...]) -> bool:
    from .loader import _schema_position

    return _schema_position(where)


def normalize(document: dict[str, Any], shown: str) -> list[Diagnostic]:
    """Rewrite the obvious schema violations of ``document`` in place; one warning per rewrite."""
    version = str(document.get("openapi", ""))
    found = [(where, node) for where, node in iter_objects(document) if _is_schema(where)]
    diags: list[Diagnostic] = []
    if version.startswith("3.0"):
        # Deepest first, and list branches from the end: removing a branch keeps earlier paths valid.
        for where, node in sorted(found, key=_depth_then_index, reverse=True):
            diags += _null_type(document, where, node, shown)
    for where, node in found:
        diags += _null_default(where, node, version, shown)
    diags += check_defaults(document, found, version, shown)
    return sorted(diags, key=lambda d: d.location)


def _depth_then_index(item: tuple[tuple[str | int, ...], dict[str, Any]]) -> tuple[int, int]:
    where = item[0]
    return len(where), where[-1] if where and isinstance(where[-1], int) else -1


def _warn(where: tuple[str | int, ...], message: str, shown: str) -> Diagnostic:
    return Diagnostic(Level.WARNING, pointer(*where), message, shown)


def _null_type(
    document: dict[str, Any], where: tuple[str | int, ...], node: dict[str, Any], shown: str
) -> list[Diagnostic]:
    kind = node.get("type")
    if isinstance(kind, list) and "null" in kind and all(isinstance(k, str) for k in kind):
        rest = [k for k in kind if k != "null"]
        if len(rest) > 1:
            return []  # several types is its own violation; reported by the validator
        if rest:
            node["type"] = rest[0]
        else:
            del node["type"]
        node["nullable"] = True
        listed = ", ".join(repr(k) for k in kind)
        return [
            _warn(
                (*where, "type"),
                f"`type: [{listed}]` is not allowed in OpenAPI 3.0; read as "
                f"{f'`type: {rest[0]}`, ' if rest else ''}`nullable: true`",
                shown,
            )
        ]
    if kind != "null":
        return []
    if len(where) >= 2 and where[-2] in _SCHEMA_LISTS and isinstance(where[-1], int):
        parent = _at(document, where[:-2])
        branches = parent.get(where[-2]) if isinstance(parent, dict) else None
        if isinstance(branches, list) and len(branches) > 1 and set(node) - {"description", "title"} == {"type"}:
            del branches[where[-1]]
            parent["nullable"] = True
            return [
                _warn(
                    (*where, "type"),
                    "`type: 'null'` is not allowed in OpenAPI 3.0; read as `nullable: true` "
                    f"on the enclosing {where[-2]}",
                    shown,
                )
            ]
    del node["type"]
    node["nullable"] = True
    return [_warn((*where, "type"), "`type: 'null'` is not allowed in OpenAPI 3.0; read as `nullable: true`", shown)]


def _at(document: Any, where: tuple[str | int, ...]) -> Any:
    node = document
    for token in where:
        node = node[int(token)] if isinstance(node, list) else node[str(token)]
    return node


def _accepts_null(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    if kind is None or node.get("nullable") is True or kind == "null":
        return True
    return isinstance(kind, list) and "null" in kind


def _null_default(where: tuple[str | int, ...], node: dict[str, Any], version: str, shown: str) -> list[Diagnostic]:
    if "default" not in node or node["default"] is not None or _accepts_null(node):
        return []
    del node["default"]
    hint = "`nullable: true`" if version.startswith("3.0") else "'null' to its type"
    return [
        _warn(
            (*where, "default"),
            f"`default: null` on a schema that does not accept null; read as no default (add {hint} if null is meant)",
            shown,
        )
    ]


# -- explaining validator errors -------------------------------------------------------------------


def explain(err: Any, document: dict[str, Any], version: str) -> tuple[list[Any], str]:
    """The instance path and a readable message for one validator error."""
    from .loader import _short_message

    path = list(getattr(err, "absolute_path", None) or getattr(err, "path", None) or [])
    deeper = _deepest(err, document, version, path)
    if deeper is not None:
        err, path = deeper
    message = _short_message(err)
    if path and path[-1] == "type" and isinstance(getattr(err, "instance", None), str):
        return path, _bad_type(err.instance)
    unexpected = _unexpected(message)
    if unexpected:
        fields = ", ".join(f"`{name}`" for name in unexpected)
        hint = "; OpenAPI 3.0 writes `enum: [value]`" if unexpected == ["const"] and version.startswith("3.0") else ""
        return path, f"{fields} is not an OpenAPI {version} field here (misplaced or misspelled?){hint}"
    wrong = re.fullmatch(r".* is not of type '(\w+)'", message)
    if path and path[-1] == "default" and wrong:
        value = json.dumps(getattr(err, "instance", None))
        return path, f"`default: {value}` is not of the schema's type {wrong.group(1)!r}"
    return path, message


def _unexpected(message: str) -> list[str]:
    """The field names of an "additional properties" error, in either of jsonschema's wordings."""
    if message.endswith(("was unexpected)", "were unexpected)")):
        return re.findall(r"'([^']*)'", message.split("(", 1)[1])
    match = re.match(r"'([^']*)' does not match any of the regexes", message)
    return [match.group(1)] if match else []


def _bad_type(value: str) -> str:
    meant = _TYPE_ALIASES.get(value.lower()) or next(iter(difflib.get_close_matches(value, _TYPES, n=1)), None)
    hint = f"; did you mean {meant!r}?" if meant else ""
    return f"`type: {json.dumps(value)}` is not a type (one of {', '.join(_TYPES)}){hint}"


def _deepest(err: Any, document: dict[str, Any], version: str, path: list[Any]) -> tuple[Any, list[Any]] | None:
    """The most relevant sub-error of a ``oneOf``/``anyOf`` failure, with its absolute instance path."""
    context = list(getattr(err, "context", None) or [])
    if not context:
        context = _revalidate(err, document, version, path)
    if not context:
        return None
    best, top = _best(context), context[0].parent
    relative: list[Any] = []
    node = best
    while node is not None and node is not top:
        relative[:0] = list(node.relative_path)
        node = node.parent
    return best, [*path, *relative]


def _best(errors: list[Any]) -> Any:
    """jsonschema's ``best_match``, and below a tie between branches, the branch that is not a ``$ref``."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    best = best_match(errors)
    while best.context:
        branches = [e for e in best.context if not str(e.message).startswith("'$ref' is a required property")]
        if not branches or len(branches) == len(best.context):
            return best
        best = best_match(branches)
    return best


def _revalidate(err: Any, document: dict[str, Any], version: str, path: list[Any]) -> list[Any]:
    """Errors of the failing part alone, from jsonschema (which keeps every sub-error's context)."""
    schema_path = list(getattr(err, "schema_path", None) or [])
    if not schema_path or schema_path[-1] not in ("oneOf", "anyOf"):
        return []
    from openapi_spec_validator.schemas import schema_v30, schema_v31
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator

    full = dict(schema_v30 if version.startswith("3.0") else schema_v31)
    try:
        sub: Any = full
        for token in schema_path[:-1]:
            sub = sub[int(token)] if isinstance(sub, list) else sub[token]
        instance = _at(document, tuple(path))
        return list(create_validator(full).evolve(schema=sub).iter_errors(instance))
    except (KeyError, IndexError, TypeError, ValueError):
        return []
