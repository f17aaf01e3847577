"""Defaults as values of their field's type, in the generated model classes.

datamodel-code-generator writes a default as its JSON value: ``day: date = "2024-01-01"``. Pydantic
does not validate defaults, so the model would hold a str (mypy --strict rejects the line, and
serializing it fails). Defaults of annotations made only of JSON types stay as they are; a
date, time, datetime, UUID or Decimal becomes a constructor call; anything else (models, lists of
dates, URLs, durations, ...) is validated from its JSON text when a model is created.

A member of a oneOf/anyOf with a default that needs its own class (``{type: integer, minimum: 1}``
of ``oneOf: [{enum: [auto]}, {type: integer, minimum: 1}], default: auto``) is given the union's
default by datamodel-code-generator: ``root: int = "auto"``. The union's field keeps the default;
a ``root`` whose JSON default is not of its annotation's JSON type loses it (``wrong_root_defaults``).
"""

from __future__ import annotations

import ast
import json
from typing import Any

__all__ = ["ADAPTER", "ADAPTER_IMPORT", "Edit", "typed_defaults", "wrong_root_defaults"]

# (line index, start byte, end byte, replacement) on the module's original lines
Edit = tuple[int, int, int, str]

_JSON_NAMES = frozenset({"str", "int", "float", "bool", "None", "Literal", "list", "dict", "Any", "EmailStr"})
_FROM_TEXT = {"date": "date.fromisoformat", "datetime": "datetime.fromisoformat", "time": "time.fromisoformat"}
_FROM_TEXT |= {"UUID": "UUID", "Decimal": "Decimal"}
ADAPTER = "TypeAdapter("
ADAPTER_IMPORT = "from pydantic import Field, TypeAdapter"


def typed_defaults(node: ast.ClassDef) -> list[Edit]:
    """Edits turning JSON defaults of non-JSON annotations into values of the field's type (and removing
    a ``root`` default that is not even of the annotation's JSON shape, see ``wrong_root_defaults``)."""
    edits: list[Edit] = wrong_root_defaults(node)
    wrong = {edit[0] for edit in edits}
    for stmt in node.body:
        if not isinstance(stmt, ast.AnnAssign) or stmt.value is None or stmt.lineno != stmt.end_lineno:
            continue
        value = stmt.value
        if value.end_lineno != value.lineno or isinstance(value, ast.Name | ast.Call) or stmt.lineno - 1 in wrong:
            continue  # MISSING, a Field(...) already, or a default removed
        members = [m for m in _union_members(_inner(stmt.annotation)) if not _is_missing_or_none(m)]
        if not members or {n.id for m in members for n in ast.walk(m) if isinstance(n, ast.Name)} <= _JSON_NAMES:
            continue
        try:
            data = ast.literal_eval(value)
        except ValueError:
            continue
        text = _typed_value(members, data, _inner(stmt.annotation))
        edits.append((stmt.lineno - 1, value.col_offset, value.end_col_offset or value.col_offset, text))
    return edits


def wrong_root_defaults(node: ast.ClassDef) -> list[Edit]:
    """Edits removing a RootModel's ``root`` default that is not a value of its JSON annotation."""
    edits: list[Edit] = []
    for stmt in node.body:
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == "root"):
            continue
        value = stmt.value
        if value is None or stmt.lineno != stmt.end_lineno or isinstance(value, ast.Name | ast.Call):
            continue
        try:
            data = ast.literal_eval(value)
        except ValueError:
            continue
        if _fits(_inner(stmt.annotation), data) is False:
            start = stmt.annotation.end_col_offset or 0
            edits.append((stmt.lineno - 1, start, value.end_col_offset or start, ""))
    return edits


def _fits(annotation: ast.expr, data: Any) -> bool | None:
    """Whether the JSON value ``data`` is of the annotation's JSON type (None: not a JSON annotation)."""
    answers = [_fits_member(m, data) for m in _union_members(annotation)]
    if True in answers:
        return True
    return None if None in answers else False


_CHECKS: dict[str, Any] = {
    "str": lambda d: isinstance(d, str),
    "EmailStr": lambda d: isinstance(d, str),
    "bool": lambda d: isinstance(d, bool),
    "int": lambda d: isinstance(d, int) and not isinstance(d, bool),
    "float": lambda d: isinstance(d, int | float) and not isinstance(d, bool),
    "list": lambda d: isinstance(d, list),
    "dict": lambda d: isinstance(d, dict),
    "Any": lambda d: True,
}


def _fits_member(member: ast.expr, data: Any) -> bool | None:
    if isinstance(member, ast.Constant) and member.value is None:
        return data is None
    name = member.value if isinstance(member, ast.Subscript) else member
    if not isinstance(name, ast.Name):
        return None
    if name.id == "Literal" and isinstance(member, ast.Subscript):
        values = member.slice.elts if isinstance(member.slice, ast.Tuple) else [member.slice]
        return any(isinstance(v, ast.Constant) and type(v.value) is type(data) and v.value == data for v in values)
    check = _CHECKS.get(name.id)
    return None if check is None else bool(check(data))


def _typed_value(members: list[ast.expr], data: Any, annotation: ast.expr) -> str:
    """The Python expression of the JSON value ``data`` as a value of the annotation."""
    if len(members) == 1 and isinstance(members[0], ast.Name) and isinstance(data, str):
        name = members[0].id
        maker = _FROM_TEXT.get(name)
        if maker is not None and _parses(name, data):
            return f"{maker}({json.dumps(data)})"
    kind = ast.unparse(_without_missing(annotation))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"Field(default_factory=lambda: TypeAdapter({kind}).validate_json({text!r}))"


def _parses(name: str, text: str) -> bool:
    import datetime
    import decimal
    import uuid

    makers: dict[str, Any] = {"date": datetime.date.fromisoformat, "datetime": datetime.datetime.fromisoformat}
    makers |= {"time": datetime.time.fromisoformat, "UUID": uuid.UUID, "Decimal": decimal.Decimal}
    try:
        makers[name](text)
    except (ValueError, decimal.InvalidOperation):
        return False
    return name != "Decimal" or decimal.Decimal(text).is_finite()


def _inner(annotation: ast.expr) -> ast.expr:
    """``T`` of ``Annotated[T, ...]`` (else the annotation itself)."""
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
        and annotation.slice.elts
    ):
        return annotation.slice.elts[0]
    return annotation


def _union_members(annotation: ast.expr) -> list[ast.expr]:
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _union_members(annotation.left) + _union_members(annotation.right)
    return [annotation]


def _is_missing_or_none(member: ast.expr) -> bool:
    return (isinstance(member, ast.Name) and member.id == "MISSING") or (
        isinstance(member, ast.Constant) and member.value is None
    )


def _without_missing(annotation: ast.expr) -> ast.expr:
    members = [m for m in _union_members(annotation) if not (isinstance(m, ast.Name) and m.id == "MISSING")]
    out = members[0]
    for m in members[1:]:
        out = ast.BinOp(out, ast.BitOr(), m)
    return out
