"""Response views: tolerant twins of the models the client parses responses into.

``models.py`` validates exactly as the spec says, which is what a server needs for requests:
an optional field is ``MISSING`` when absent (and ``None`` only where the schema is nullable),
an enum accepts only its listed values and a closed object rejects unknown properties. A client
reading responses needs the opposite trade-off for forward compatibility and everyday use:

* an absent optional field reads as ``None`` (falsy, narrowable with ``is not None``);
* an enum value the spec does not list yet is kept (``Literal[...] | str``), except on
  discriminator fields, which must stay literal for tagged unions to work;
* unknown properties are kept (``extra="allow"``; ``model_extra`` holds them).

The views are derived from the generated models' source (an ``ast`` rewrite, so names, aliases,
constraints and docstrings stay identical) for the classes responses reach, and are printed
as ``responses.py``. Types are otherwise validated as strictly as the models (no coercion).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

__all__ = ["ResponseViews", "response_views", "view_expr"]

_MODEL_REF = re.compile(r"\bmodels\.([A-Za-z_]\w*)")


class ResponseViews:
    """The body of ``responses.py`` and the names it defines."""

    def __init__(self, source: str, names: tuple[str, ...]) -> None:
        self.source = source
        self.names = names


def view_expr(expr: str, names: Iterable[str]) -> str:
    """``expr`` with every ``models.X`` that has a view written as ``responses.X``."""
    known = set(names)
    return _MODEL_REF.sub(lambda m: f"responses.{m.group(1)}" if m.group(1) in known else m.group(0), expr)


def model_refs(exprs: Iterable[str]) -> set[str]:
    """The model class names that annotations refer to as ``models.X``."""
    return {m.group(1) for e in exprs for m in _MODEL_REF.finditer(e)}


def _defined(node: ast.stmt) -> str | None:
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _closure(defs: dict[str, ast.stmt], roots: set[str]) -> list[str]:
    """The definitions ``roots`` reach through name references, in source order."""
    seen: set[str] = set()
    todo = [r for r in roots if r in defs]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(n.id for n in ast.walk(defs[name]) if isinstance(n, ast.Name) and n.id in defs)
    return [n for n in defs if n in seen]


def _discriminators(tree: ast.Module) -> set[str]:
    """Field names used as a ``discriminator`` anywhere (their literals must stay closed)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "discriminator" and isinstance(node.value, ast.Constant):
            found.add(str(node.value.value))
    return found


class _Widen(ast.NodeTransformer):
    """``Literal['a', 'b']`` → ``Literal['a', 'b'] | str`` (``| int`` for integer literals)."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        self.generic_visit(node)
        if not (isinstance(node.value, ast.Name) and node.value.id == "Literal"):
            return node
        values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        kinds = {type(v.value) for v in values if isinstance(v, ast.Constant)}
        if len(kinds) != 1 or len(values) != sum(isinstance(v, ast.Constant) for v in values):
            return node
        kind = kinds.pop()
        if kind not in (str, int):
            return node
        return ast.BinOp(node, ast.BitOr(), ast.Name(kind.__name__, ast.Load()))


def _without_missing(annotation: ast.expr) -> ast.expr:
    """``T | MISSING`` → ``T | None`` (just ``T`` when ``None`` is already a member)."""
    members: list[ast.expr] = []

    def flatten(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            flatten(node.left)
            flatten(node.right)
        else:
            members.append(node)

    flatten(annotation)
    if not any(isinstance(m, ast.Name) and m.id == "MISSING" for m in members):
        return annotation
    kept = [m for m in members if not (isinstance(m, ast.Name) and m.id == "MISSING")]
    if not any(isinstance(m, ast.Constant) and m.value is None for m in kept):
        kept.append(ast.Constant(None))
    out = kept[0]
    for m in kept[1:]:
        out = ast.BinOp(out, ast.BitOr(), m)
    return out


def _field(node: ast.AnnAssign, closed: set[str]) -> ast.AnnAssign:
    """One model field made tolerant: absent → ``None``, open literals (unless a discriminator)."""
    annotation = node.annotation
    inner = annotation
    annotated = isinstance(annotation, ast.Subscript) and getattr(annotation.value, "id", "") == "Annotated"
    if annotated:
        assert isinstance(annotation, ast.Subscript) and isinstance(annotation.slice, ast.Tuple)
        inner = annotation.slice.elts[0]
    if isinstance(node.value, ast.Name) and node.value.id == "MISSING":
        inner = _without_missing(inner)
        node.value = ast.Constant(None)
    name = node.target.id if isinstance(node.target, ast.Name) else ""
    if name not in closed:
        inner = _Widen().visit(inner)
    if annotated:
        assert isinstance(annotation, ast.Subscript) and isinstance(annotation.slice, ast.Tuple)
        annotation.slice.elts[0] = inner
    else:
        node.annotation = inner
    return node


def _config(node: ast.Assign) -> ast.Assign | None:
    """``model_config`` without ``extra="forbid"`` (``None`` when nothing else is left)."""
    call = node.value
    if not isinstance(call, ast.Call):
        return node
    call.keywords = [k for k in call.keywords if k.arg != "extra"]
    return node if call.keywords or call.args else None


def _class(node: ast.ClassDef, closed: set[str]) -> ast.ClassDef:
    node.bases = [ast.Name("ResponseModel", ast.Load()) if ast.unparse(b) == "StrictModel" else b for b in node.bases]
    if "root" not in closed:  # ``RootModel[T]`` widens as its ``root: T`` does (mypy: same type as the base)
        node.bases = [_Widen().visit(b) if ast.unparse(b).startswith("RootModel[") else b for b in node.bases]
    body: list[ast.stmt] = []
    for stmt in node.body:
        if isinstance(stmt, ast.AnnAssign):
            body.append(_field(stmt, closed))
        elif isinstance(stmt, ast.Assign) and ast.unparse(stmt.targets[0]) == "model_config":
            config = _config(stmt)
            if config is not None:
                body.append(config)
        else:
            body.append(stmt)
    node.body = body or [ast.Pass()]
    return node


def _segment(lines: list[str], stmt: ast.stmt) -> str:
    """The original text of ``stmt`` (whole lines; a docstring statement starts its line)."""
    end = stmt.end_lineno if stmt.end_lineno is not None else stmt.lineno
    return "\n".join(lines[stmt.lineno - 1 : end])


def _class_source(node: ast.ClassDef, lines: list[str]) -> str:
    """A rewritten class as source; its docstrings keep their original text (``ast.unparse`` would mangle them)."""
    out = [f"class {node.name}({', '.join(ast.unparse(b) for b in node.bases)}):"]
    for stmt in node.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            out.append(_segment(lines, stmt))
        else:
            text = ast.unparse(ast.fix_missing_locations(stmt)).replace("\n", "\n    ")
            out.append("    " + text + _comment_after(lines, stmt))
    return "\n".join(out)


def _comment_after(lines: list[str], stmt: ast.stmt) -> str:
    """The comment that ends ``stmt``'s last line (e.g. models.py's targeted ``# type: ignore``), or ""."""
    if stmt.end_lineno is None or stmt.end_col_offset is None:
        return ""
    line = lines[stmt.end_lineno - 1]
    tail = line.encode("utf-8")[stmt.end_col_offset :].decode("utf-8").strip()
    return "  " + tail if tail.startswith("#") else ""


def response_views(models_source: str, roots: Iterable[str]) -> ResponseViews:
    """The tolerant views of the models ``roots`` reach (by class name), as module source."""
    tree = ast.parse(models_source)
    defs = {name: node for node in tree.body if (name := _defined(node)) is not None}
    wanted = _closure(defs, set(roots))
    if not wanted:
        return ResponseViews("", ())
    closed = _discriminators(tree) if "discriminator" in models_source else set()  # no walk when none can match
    imports = [ast.unparse(n) for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    imports = [i for i in imports if "._base" not in i] + ["from ._base import ResponseModel"]
    parts: list[str] = []
    lines = models_source.splitlines()
    for name in wanted:
        node = defs[name]
        if isinstance(node, ast.ClassDef):
            parts.append(_class_source(_class(node, closed), lines))
        else:
            parts.append(ast.unparse(ast.fix_missing_locations(_Widen().visit(node))))
    return ResponseViews("\n".join(imports) + "\n\n\n" + "\n\n\n".join(parts) + "\n", tuple(wanted))
