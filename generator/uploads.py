"""File uploads: what the server's service receives and what the client accepts for files.

* A ``multipart/form-data`` body whose model has binary fields reaches the service as an
  *upload view*: a subclass of the model, declared in ``server.py``, whose binary fields are
  ``UploadFile`` (the runtime's ``bytes`` with ``filename`` and ``content_type``). The model's own
  field declarations are reused (alias, default, description kept), with ``bytes`` read as
  ``UploadFile``; ``UploadFile`` is a ``bytes``, so the override is a narrowing.
* A whole-body binary upload (``application/octet-stream`` and the like) reaches it as one ``UploadFile``.
* The client takes each file as ``FileInput`` (bytes, a binary file object, or ``(filename, content[,
  content type])``) and a whole binary body as ``FileContent`` (bytes or a binary file object).
"""

from __future__ import annotations

import ast
from dataclasses import replace

from . import ir
from .naming import NameRegistry

__all__ = ["with_uploads"]

_IGNORE = "  # type: ignore[assignment, unused-ignore]"  # ``list[UploadFile]`` narrows an invariant ``list[bytes]``


class _Bytes(ast.NodeTransformer):
    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.copy_location(ast.Name("UploadFile", node.ctx), node) if node.id == "bytes" else node


def _mentions_bytes(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "bytes" for n in ast.walk(node))


def _classes(source: str) -> dict[str, ast.ClassDef]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return {}
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def _binary_fields(name: str, classes: dict[str, ast.ClassDef]) -> tuple[str, ...]:
    """The declarations of ``name``'s fields typed with ``bytes`` (own first, then inherited), ``bytes`` replaced."""
    lines: dict[str, str] = {}
    todo, seen = [name], set()
    while todo:
        cls = classes.get(todo.pop(0))
        if cls is None or cls.name in seen:
            continue
        seen.add(cls.name)
        for stmt in cls.body:
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            if stmt.target.id not in lines and _mentions_bytes(stmt.annotation):
                changed = _Bytes().visit(ast.parse(ast.unparse(stmt)).body[0])
                lines[stmt.target.id] = ast.unparse(changed) + _IGNORE
            lines.setdefault(stmt.target.id, "")  # a subclass's own declaration hides its bases'
        todo.extend(base.id for base in cls.bases if isinstance(base, ast.Name))
    return tuple(line for line in lines.values() if line)


def _file_type(t: ir.TypeInfo) -> ir.TypeInfo:
    """The client's type of a binary multipart field: ``FileInput`` (a list of them for an array)."""
    expr = "list[FileInput]" if t.kind == "array" else "FileInput"
    return replace(t, expr=expr + (" | None" if t.nullable else ""))


def _client_body(body: ir.RequestBody) -> ir.RequestBody:
    if body.encoding == "binary" and body.type.is_binary:
        return replace(body, value_expr="FileContent", body_expr="UploadFile")
    if body.encoding != "multipart":
        return body
    fields = tuple(replace(f, type=_file_type(f.type)) if f.type.is_binary else f for f in body.fields)
    return replace(body, fields=fields)


def _view_base(body: ir.RequestBody | None) -> str | None:
    """The model class of a multipart body with binary fields (None when the body is not one)."""
    if body is None or body.encoding != "multipart" or not body.type.is_model or body.type.nullable:
        return None
    if not any(f.type.is_binary for f in body.fields) or not body.type.expr.startswith("models."):
        return None
    return body.type.expr.removeprefix("models.")


def _has_files(body: ir.RequestBody | None) -> bool:
    if body is None:
        return False
    if body.encoding == "binary":
        return body.type.is_binary
    return body.encoding == "multipart" and any(f.type.is_binary for f in body.fields)


def _taken(api: ir.Api) -> set[str]:
    """Names ``server.py`` defines or imports (a view must not shadow one)."""
    names = {"Credentials", "Service", "PrincipalT", "UploadFile", "Refusal", "RequestContext", "models", "create_app"}
    names |= {"ApiKeyCredentials", "BasicCredentials", "BearerToken", "MISSING", "Field", "Annotated"}
    for op in api.operations:
        names.add(op.class_prefix + "Result")
        names.update(r.class_name for r in op.responses)
    return names


def with_uploads(api: ir.Api) -> ir.Api:
    """``api`` with upload views for multipart bodies with files, and file-typed client arguments."""
    classes = _classes(api.models_source) if any(_view_base(op.body) for op in api.operations) else {}
    registry = NameRegistry(_taken(api))
    views: dict[str, ir.UploadView] = {}
    operations = []
    for op in api.operations:
        base = _view_base(op.body)
        body = op.body
        if base is not None and body is not None:
            fields = _binary_fields(base, classes)
            if base not in views and fields:
                views[base] = ir.UploadView(registry.claim(base + "Files", style="pascal"), "models." + base, fields)
            if base in views:
                body = replace(body, body_expr=views[base].name)
        if body is not None:
            body = _client_body(body)
        operations.append(replace(op, body=body) if body is not op.body else op)
    uploads = any(_has_files(op.body) for op in api.operations)
    return replace(api, operations=tuple(operations), upload_views=tuple(views.values()), uploads=uploads)
