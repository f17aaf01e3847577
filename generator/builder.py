"""Build the IR from a loaded spec: names, types, operations, and the models via datamodel-code-generator."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from . import ir
from .diagnostics import Diagnostic, GenerationError, Level, pointer
from .loader import LoadedSpec, resolve_pointer
from .modelgen import ModelSource, generate_models
from .naming import NameRegistry, pascal_case, safe_identifier
from .schemas import component_name, is_nullable, is_object_like, non_null_types

__all__ = ["build_api"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SERVER_TAKEN = {"Service", "create_app", "App", "Credentials", "BasicCredentials", "BearerToken", "ApiKey"}
_JSON_RE = re.compile(r"^application/([\w.+-]+\+)?json(;.*)?$|^\*/\*$")
_ENCODINGS = (
    ("json", lambda ct: bool(_JSON_RE.match(ct))),
    ("form", lambda ct: ct.startswith("application/x-www-form-urlencoded")),
    ("multipart", lambda ct: ct.startswith("multipart/")),
    ("text", lambda ct: ct.startswith("text/")),
    ("binary", lambda ct: True),
)
_NEXT_NAMES = ("next_page_url", "nextPageUrl", "next_page", "nextPage", "next_url", "nextUrl", "next")


def _pick_content(content: dict[str, Any]) -> tuple[str, str] | None:
    for encoding, matches in _ENCODINGS:
        for ct in content:
            if matches(ct.lower()):
                return ct, encoding
    return None


class _Builder:
    def __init__(self, spec: LoadedSpec, package: str) -> None:
        self.spec = spec
        self.doc = spec.document
        self.package = package
        self.source = spec.display
        self.diagnostics: list[Diagnostic] = []
        self.model_names = NameRegistry()
        self.class_names: dict[str, str] = {}  # component schema name -> class name
        self.schemas: dict[str, Any] = {}  # class name -> schema (for datamodel-code-generator)
        self.models: ModelSource | None = None
        self.op_names = NameRegistry()
        self.prefixes = NameRegistry(_SERVER_TAKEN)

    # -- diagnostics -------------------------------------------------------------------------
    def warn(self, where: str, message: str, level: Level = Level.WARNING) -> None:
        self.diagnostics.append(Diagnostic(level, where, message, self.source))

    # -- references --------------------------------------------------------------------------
    def deref(self, node: Any, where: str) -> Any:
        """Follow non-schema refs (parameters, responses, request bodies, ...)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise GenerationError([Diagnostic(Level.ERROR, where, f"$ref cycle at {ref!r}", self.source)])
            seen.add(ref)
            node = resolve_pointer(self.doc, ref)
        return node

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

    # -- schemas for datamodel-code-generator ------------------------------------------------
    def collect_components(self) -> None:
        comps = self.doc.get("components", {}).get("schemas", {}) or {}
        for name in comps:
            self.class_names[name] = self.model_names.claim(name, style="pascal", fallback="Model")
        for name, schema in comps.items():
            self.schemas[self.class_names[name]] = self.rewrite_refs(schema, pointer("components", "schemas", name))

    def rewrite_refs(self, node: Any, where: str, stack: tuple[str, ...] = ()) -> Any:
        """Copy a schema, pointing component refs at renamed classes and inlining any other ref."""
        if isinstance(node, list):
            return [self.rewrite_refs(v, where, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            comp = component_name(ref)
            if comp is not None and comp in self.class_names:
                rest = {k: v for k, v in node.items() if k != "$ref"}
                new = {"$ref": "#/components/schemas/" + self.class_names[comp]}
                return new | self.rewrite_refs(rest, where, stack) if rest else new
            if ref in stack:
                raise GenerationError(
                    [Diagnostic(Level.ERROR, where, f"recursive $ref {ref!r} outside components/schemas cannot be generated", self.source)]
                )
            target = resolve_pointer(self.doc, ref)
            return self.rewrite_refs(target, where, (*stack, ref))
        out: dict[str, Any] = {}
        for k, v in node.items():
            if k in ("example", "examples", "default", "enum", "const") or (isinstance(k, str) and k.startswith("x-")):
                out[k] = v
            else:
                out[k] = self.rewrite_refs(v, where, stack)
        return out

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

    # -- types ---------------------------------------------------------------------------------
    def type_of(self, schema: dict[str, Any], stack: tuple[str, ...] = ()) -> ir.TypeInfo:
        """Annotation and wire kind of a (renamed, hoisted) schema."""
        assert self.models is not None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            target = self.schemas.get(name, {})
            nullable = is_nullable(schema)
            if self.models.is_record(name):
                expr = f"models.{name}"
                return ir.TypeInfo(expr + (" | None" if nullable else ""), "object", nullable=nullable, is_model=True)
            if name in stack:
                return ir.TypeInfo("Any", "any")
            inner = self.type_of(target, (*stack, name))
            if nullable and not inner.nullable:
                return ir.TypeInfo(inner.expr + " | None", inner.kind, inner.item_kind, True, inner.is_model)
            return inner
        nullable = is_nullable(schema)
        suffix = " | None" if nullable else ""
        if "const" in schema and schema["const"] is not None and _literal_ok([schema["const"]]):
            return ir.TypeInfo(f"Literal[{_py(schema['const'])}]" + suffix, _kind_of_value(schema["const"]), nullable=nullable)
        enum = schema.get("enum")
        if isinstance(enum, list) and enum and _literal_ok([v for v in enum if v is not None]):
            values = list(dict.fromkeys(json.dumps(v) for v in enum if v is not None))
            if values:
                lits = ", ".join(_py(json.loads(v)) for v in values)
                return ir.TypeInfo(f"Literal[{lits}]" + suffix, _kind_of_value(json.loads(values[0])), nullable=nullable)
        for key in ("oneOf", "anyOf"):
            members = [s for s in schema.get(key) or [] if isinstance(s, dict) and s.get("type") != "null"]
            if members:
                parts = list(dict.fromkeys(self.type_of(m, stack).expr for m in members))
                kinds = {self.type_of(m, stack).kind for m in members}
                return ir.TypeInfo(" | ".join(parts) + suffix, kinds.pop() if len(kinds) == 1 else "any", nullable=nullable)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict):
            inner = self.type_of(all_of[0], stack)
            return ir.TypeInfo(inner.expr + (suffix if not inner.nullable else ""), inner.kind, inner.item_kind, nullable or inner.nullable, inner.is_model)
        types = non_null_types(schema)
        if len(types) > 1:
            parts = [self.type_of(schema | {"type": t}, stack) for t in types]
            return ir.TypeInfo(" | ".join(p.expr for p in parts) + suffix, "any", nullable=nullable)
        t = types[0] if types else ""
        if t == "string":
            fmt = schema.get("format")
            expr = {"date-time": "datetime.datetime", "date": "datetime.date", "uuid": "uuid.UUID", "binary": "bytes"}.get(str(fmt), "str")
            return ir.TypeInfo(expr + suffix, "string", nullable=nullable)
        if t == "integer":
            return ir.TypeInfo("int" + suffix, "integer", nullable=nullable)
        if t == "number":
            return ir.TypeInfo("float" + suffix, "number", nullable=nullable)
        if t == "boolean":
            return ir.TypeInfo("bool" + suffix, "boolean", nullable=nullable)
        if t == "array" or (not t and "items" in schema):
            items = schema.get("items")
            item = self.type_of(items, stack) if isinstance(items, dict) else ir.TypeInfo("Any", "any")
            return ir.TypeInfo(f"list[{item.expr}]" + suffix, "array", item.kind, nullable=nullable)
        if t == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = self.type_of(extra, stack).expr if isinstance(extra, dict) and extra else "Any"
            return ir.TypeInfo(f"dict[str, {value}]" + suffix, "object", nullable=nullable)
        if not types and schema.get("type") == "null":
            return ir.TypeInfo("None", "any", nullable=True)
        return ir.TypeInfo("Any", "any", nullable=nullable)

    # -- operations -----------------------------------------------------------------------------
    def iter_operations(self, section: str) -> list[tuple[str, str, dict[str, Any], list[Any], str]]:
        found = []
        items = self.doc.get(section) or {}
        for path, item in items.items():
            where_item = pointer(section, path)
            item = self.deref(item, where_item)
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    found.append((path, method, op, shared, pointer(section, path, method)))
        return found

    def plan_operation(self, path: str, method: str, op: dict[str, Any], shared: list[Any], where: str) -> dict[str, Any]:
        """First pass: names and hoisted schemas (before models exist)."""
        op_id = op.get("operationId") or f"{method}_{path}"
        python_name = self.op_names.claim(op_id, fallback=method)
        prefix = self.prefixes.claim(op_id, style="pascal", fallback=method)
        params: dict[tuple[str, str], dict[str, Any]] = {}
        for i, raw in enumerate(shared):
            p = self.deref(raw, f"{where}/../parameters/{i}")
            if isinstance(p, dict) and "name" in p and "in" in p:
                params[(p["in"], p["name"])] = p
        for i, raw in enumerate(op.get("parameters") or []):
            p = self.deref(raw, f"{where}/parameters/{i}")
            if isinstance(p, dict) and "name" in p and "in" in p:
                params[(p["in"], p["name"])] = p
        for name in re.findall(r"{([^}]+)}", path):
            if ("path", name) not in params:
                raise GenerationError(
                    [Diagnostic(Level.ERROR, where, f"path parameter {name!r} of {path!r} is not declared", self.source)]
                )
        plan: dict[str, Any] = {
            "op_id": op_id, "python_name": python_name, "prefix": prefix, "path": path,
            "method": method, "op": op, "where": where, "params": [], "body": None, "responses": [],
        }
        arg_names = NameRegistry({"self", "auth", "body", "context", "client", "request", "timeout", "extra_headers"})
        by_location: dict[str, dict[str, Any]] = {}
        for (loc, name), p in params.items():
            schema = p.get("schema")
            if schema is None and isinstance(p.get("content"), dict) and p["content"]:
                schema = next(iter(p["content"].values())).get("schema")
            schema = self.hoist(schema or {}, f"{prefix}{pascal_case(name) or 'Param'}", where)
            plan["params"].append((p, schema, arg_names.claim(name, fallback="param")))
            required = bool(p.get("required")) or loc == "path"
            group = by_location.setdefault(loc, {"type": "object", "properties": {}, "required": []})
            group["properties"][name] = schema
            if required:
                group["required"].append(name)
        plan["param_models"] = {}
        for loc in ("path", "query", "header", "cookie"):
            if loc in by_location:
                group = by_location[loc]
                if not group["required"]:
                    del group["required"]
                model = self.model_names.claim(f"{prefix}{loc.title()}Params", style="pascal")
                self.schemas[model] = group
                plan["param_models"][loc] = model
        body = self.deref(op.get("requestBody"), f"{where}/requestBody") if op.get("requestBody") else None
        if isinstance(body, dict) and isinstance(body.get("content"), dict) and body["content"]:
            picked = _pick_content(body["content"])
            if picked:
                ct, encoding = picked
                media = body["content"][ct] or {}
                schema = media.get("schema") or {}
                if encoding in ("text", "binary") and not schema:
                    schema = {"type": "string", "format": "binary"} if encoding == "binary" else {"type": "string"}
                schema = self.hoist(schema, f"{prefix}Request", f"{where}/requestBody")
                others = tuple(c for c in body["content"] if c != ct)
                plan["body"] = (body, ct, encoding, schema, others)
        responses = op.get("responses") or {}
        for status, raw in responses.items():
            status = str(status)
            r = self.deref(raw, f"{where}/responses/{status}")
            if not isinstance(r, dict):
                continue
            content = r.get("content") or {}
            picked = _pick_content(content) if content else None
            schema = None
            ct = None
            if picked:
                ct = picked[0]
                schema = (content[ct] or {}).get("schema")
                if schema is None:
                    schema = {"type": "string"} if picked[1] in ("text",) else {}
                hint = f"{prefix}Response" if status.startswith("2") and len(responses) else f"{prefix}Response{status}"
                schema = self.hoist(schema, hint if status.startswith("2") else f"{prefix}Error{status.title()}", f"{where}/responses/{status}")
            plan["responses"].append((status, r, ct, schema))
        return plan

    def finish_operation(self, plan: dict[str, Any], security_default: Any, scheme_names: set[str]) -> ir.Operation:
        op, where = plan["op"], plan["where"]
        parameters = []
        for p, schema, arg in plan["params"]:
            loc = p["in"]
            style = p.get("style") or ("form" if loc in ("query", "cookie") else "simple")
            explode = p.get("explode", style == "form")
            default = schema.get("default") if isinstance(schema, dict) else None
            parameters.append(
                ir.Parameter(
                    name=p["name"], python_name=arg, location=loc,
                    required=bool(p.get("required")) or loc == "path",
                    type=self.type_of(schema), default_expr=None if default is None else _py(default),
                    description=str(p.get("description") or ""), style=style, explode=bool(explode),
                    deprecated=bool(p.get("deprecated")),
                )
            )
        body = None
        if plan["body"]:
            raw, ct, encoding, schema, others = plan["body"]
            typ = self.type_of(schema)
            fields: list[ir.BodyField] = []
            target = self.schema_target(schema)
            if typ.is_model:
                names = NameRegistry({"self", "auth", "body", "context", "timeout", "extra_headers"} | {p.python_name for p in parameters})
                req = set(target.get("required") or [])
                for prop, sub in _merged_properties(self, target).items():
                    hoisted = sub if isinstance(sub, dict) else {}
                    fields.append(ir.BodyField(prop, names.claim(prop, fallback="field"), prop in req, self.type_of(hoisted)))
            body = ir.RequestBody(ct, encoding, typ, bool(raw.get("required")), str(raw.get("description") or ""), tuple(fields), others)
        responses = []
        for status, r, ct, schema in plan["responses"]:
            code = int(status) if status.isdigit() else None
            suffix = status.upper() if status != "default" else "Default"
            links = []
            for name, link in (r.get("links") or {}).items():
                link = self.deref(link, f"{where}/responses/{status}/links/{name}")
                if isinstance(link, dict) and link.get("operationId"):
                    params = tuple((str(k), str(v)) for k, v in (link.get("parameters") or {}).items())
                    links.append(ir.Link(str(name), str(link["operationId"]), params))
            responses.append(
                ir.Response(
                    status=status, status_code=code, class_name=f"{plan['prefix']}{suffix}",
                    description=str(r.get("description") or ""), content_type=ct,
                    type=self.type_of(schema) if schema is not None else None,
                    headers=tuple(sorted((r.get("headers") or {}).keys())), links=tuple(links),
                )
            )
        security_raw = op.get("security", security_default) or []
        security: list[tuple[str, ...]] = []
        for i, req in enumerate(security_raw):
            if isinstance(req, dict):
                unknown = [n for n in req if n not in scheme_names]
                if unknown:
                    raise GenerationError(
                        [Diagnostic(Level.ERROR, f"{where}/security/{i}", f"unknown security scheme {unknown[0]!r}", self.source)]
                    )
                security.append(tuple(req))
        operation = ir.Operation(
            operation_id=plan["op_id"], python_name=plan["python_name"], class_prefix=plan["prefix"],
            method=plan["method"].upper(), path=plan["path"], location=where,
            summary=str(op.get("summary") or ""), description=str(op.get("description") or ""),
            tags=tuple(str(t) for t in op.get("tags") or []), deprecated=bool(op.get("deprecated")),
            parameters=tuple(parameters), body=body, responses=tuple(responses), security=tuple(security),
        )
        return _with_pagination(self, operation, plan)

    # -- the whole API -------------------------------------------------------------------------
    def build(self) -> ir.Api:
        self.collect_components()
        plans = [self.plan_operation(*found) for found in self.iter_operations("paths")]
        hooks = [self.plan_operation(*found) for found in self.iter_operations("webhooks")]
        for h in hooks:
            self.warn(h["where"], "webhook: models and types are generated; no route or client method", Level.INFO)
        model_doc = {
            "openapi": self.doc.get("openapi", "3.1.0"),
            "info": {"title": "models", "version": "0"},
            "paths": {},
            "components": {"schemas": self.schemas},
        }
        self.models = generate_models(model_doc, self.source)
        schemes = []
        scheme_names = NameRegistry()
        for name, raw in (self.doc.get("components", {}).get("securitySchemes") or {}).items():
            s = self.deref(raw, pointer("components", "securitySchemes", name))
            kind = str(s.get("type", ""))
            if kind == "http":
                kind = str(s.get("scheme", "")).lower() if str(s.get("scheme", "")).lower() in ("basic", "bearer") else "http"
            schemes.append(
                ir.SecurityScheme(name, scheme_names.claim(name, fallback="scheme"), kind,
                                  str(s.get("name") or ""), str(s.get("in") or ""), str(s.get("description") or ""))
            )
        known = {s.name for s in schemes}
        operations = tuple(self.finish_operation(p, self.doc.get("security"), known) for p in plans)
        webhooks = tuple(self.finish_operation(p, [], known) for p in hooks)
        info = self.doc.get("info") or {}
        servers = tuple(
            ir.Server(str(s.get("url", "/")), str(s.get("description") or ""))
            for s in self.doc.get("servers") or []
            if isinstance(s, dict)
        )
        return ir.Api(
            package=self.package, source=self.source, title=str(info.get("title") or self.package),
            version=str(info.get("version") or ""), description=str(info.get("description") or ""),
            openapi_version=str(self.doc.get("openapi")), servers=servers,
            security_schemes=tuple(schemes), operations=operations,
            model_names=tuple(n for n in self.models.classes if not n.startswith("_")),
            models_source=self.models.source,
            spec_json=json.dumps(self.doc, ensure_ascii=False, separators=(",", ":")),
            webhooks=webhooks,
        )


def _merged_properties(builder: _Builder, schema: dict[str, Any]) -> dict[str, Any]:
    props = dict(schema.get("properties") or {})
    for sub in schema.get("allOf") or []:
        if isinstance(sub, dict):
            props.update(_merged_properties(builder, builder.schema_target(sub)))
    return props


def _with_pagination(builder: _Builder, op: ir.Operation, plan: dict[str, Any]) -> ir.Operation:
    """Detect list responses that carry an absolute next-page URL (``meta.next_page_url`` and the like)."""
    if op.method != "GET":
        return op
    for r, (_, _, _, hoisted) in zip(op.responses, plan["responses"], strict=True):
        if not r.is_success or r.type is None or not r.type.is_model:
            continue
        schema = builder.schema_target(hoisted or {})
        props = _merged_properties(builder, schema)
        items = [k for k, v in props.items() if "array" in non_null_types(builder.schema_target(v))]
        next_path: tuple[str, ...] | None = None
        for k, v in props.items():
            target = builder.schema_target(v)
            if k in _NEXT_NAMES and "string" in non_null_types(target):
                next_path = (k,)
            elif "object" in non_null_types(target) or "properties" in target:
                for sub in (target.get("properties") or {}):
                    if sub in _NEXT_NAMES:
                        next_path = (k, sub)
        if next_path and len(items) == 1:
            item_schema = builder.schema_target(props[items[0]]).get("items") or {}
            item = builder.type_of(item_schema).expr
            return _replace(op, ir.Pagination(next_path, (items[0],), item))
    return op


def _replace(op: ir.Operation, pagination: ir.Pagination) -> ir.Operation:
    from dataclasses import replace

    return replace(op, pagination=pagination)


def _literal_ok(values: list[Any]) -> bool:
    return all(isinstance(v, str | int | bool) for v in values) and bool(values)


def _kind_of_value(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _py(value: Any) -> str:
    """A Python literal for a JSON value (safe: repr of plain data only)."""
    if isinstance(value, bool) or value is None or isinstance(value, int | float | str):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_py(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py(str(k))}: {_py(v)}" for k, v in value.items()) + "}"
    return repr(str(value))


def build_api(spec: LoadedSpec, package: str) -> tuple[ir.Api, list[Diagnostic]]:
    """Build the IR for one loaded spec; raises :class:`GenerationError` with located diagnostics."""
    builder = _Builder(spec, package)
    api = builder.build()
    return api, builder.diagnostics


_ = (copy, safe_identifier)
