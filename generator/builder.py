"""Build the IR from a loaded spec: names, types, operations, and the models via datamodel-code-generator."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from . import ir
from .derive import derive_api
from .diagnostics import Diagnostic, GenerationError, Level, escape_pointer, pointer
from .loader import LoadedSpec, resolve_pointer
from .mediatypes import encoding_of, pick
from .modelgen import ModelSource, generate_models
from .naming import NameRegistry, pascal_case
from .schemas import (
    COMPONENT_PREFIX,
    child_is_name_map,
    component_name,
    is_literal_key,
    is_nullable,
    is_object_like,
    iter_objects,
    non_null_types,
)

__all__ = ["build_api"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_LOCATIONS = ("path", "query", "header", "cookie")
# Formats of the OpenAPI format registry and JSON Schema; any other is reported (and treated as its plain type).
KNOWN_FORMATS = frozenset(
    {
        "int8",
        "int16",
        "int32",
        "int64",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "float",
        "double",
        "decimal",
        "decimal128",
        "byte",
        "binary",
        "base64url",
        "char",
        "date",
        "date-time",
        "time",
        "duration",
        "http-date",
        "password",
        "email",
        "idn-email",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "uri",
        "uri-reference",
        "iri",
        "iri-reference",
        "uri-template",
        "uuid",
        "json-pointer",
        "relative-json-pointer",
        "regex",
        "commonmark",
        "html",
        "media-range",
        "sf-binary",
        "sf-boolean",
        "sf-decimal",
        "sf-integer",
        "sf-string",
        "sf-token",
    }
)
# Public attributes the generated Client/AsyncClient and Service already have: an operation never shadows one.
_OPERATION_TAKEN = {"close", "aclose", "base_url", "with_raw_response", "error_body"}
_SERVER_TAKEN = {"Service", "create_app", "App", "Credentials", "BasicCredentials", "BearerToken", "ApiKey"}
_NEXT_NAMES = ("next_page_url", "nextPageUrl", "next_page", "nextPage", "next_url", "nextUrl", "next")


def _pick_content(content: dict[str, Any]) -> tuple[str, str] | None:
    return pick(content)


class _Builder:
    def __init__(self, spec: LoadedSpec, package: str) -> None:
        self.spec = spec
        self.doc = spec.document
        self.package = package
        self.source = spec.display
        self.diagnostics: list[Diagnostic] = []
        self.errors: list[Diagnostic] = []
        self.model_names = NameRegistry()
        self.class_names: dict[str, str] = {}  # component schema name -> class name
        self.schemas: dict[str, Any] = {}  # class name -> schema (for datamodel-code-generator)
        self.models: ModelSource | None = None
        self.op_names = NameRegistry(_OPERATION_TAKEN)
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

    def rewrite_refs(self, node: Any, where: str, stack: tuple[str, ...] = (), in_map: bool = False) -> Any:
        """Copy a schema, pointing component refs at renamed classes and inlining any other ref."""
        if isinstance(node, list):
            return [self.rewrite_refs(v, f"{where}/{i}", stack) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        if in_map:  # property names etc.: a property may be called "$ref", "default" or "x-y"
            return {k: self.rewrite_refs(v, f"{where}/{escape_pointer(k)}", stack) for k, v in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str):
            comp = component_name(ref)
            rest = {k: v for k, v in node.items() if k != "$ref"}
            if comp is not None and comp in self.class_names:
                new = {"$ref": COMPONENT_PREFIX + self.class_names[comp]}
                return new | self.rewrite_refs(rest, where, stack) if rest else new
            if ref in stack:
                raise GenerationError(
                    [
                        Diagnostic(
                            Level.ERROR,
                            where,
                            f"recursive $ref {ref!r} outside components/schemas cannot be generated; move its target under components/schemas",
                            self.source,
                        )
                    ]
                )
            try:
                target = resolve_pointer(self.doc, ref)
            except KeyError:
                raise GenerationError(
                    [Diagnostic(Level.ERROR, where, f"unresolved $ref {ref!r}", self.source)]
                ) from None
            if not isinstance(target, dict):
                raise GenerationError(
                    [Diagnostic(Level.ERROR, where, f"$ref {ref!r} does not point at a schema", self.source)]
                )
            inlined = self.rewrite_refs(target, ref, (*stack, ref))
            return inlined | self.rewrite_refs(rest, where, stack) if rest else inlined
        return {
            k: _text(v)
            if k in ("description", "title") and isinstance(v, str)
            else self.rewrite_mapping(v)
            if k == "discriminator" and isinstance(v, dict)
            else v
            if is_literal_key(k, v)
            else self.rewrite_refs(v, f"{where}/{escape_pointer(k)}", stack, child_is_name_map(k, v))
            for k, v in node.items()
        }

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
            cls = self.models.record_class(name)
            if cls is not None:
                expr = f"models.{cls}"
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
            return ir.TypeInfo(
                f"Literal[{_py(schema['const'])}]" + suffix, _kind_of_value(schema["const"]), nullable=nullable
            )
        enum = schema.get("enum")
        if isinstance(enum, list) and enum and _literal_ok([v for v in enum if v is not None]):
            values = list(dict.fromkeys(json.dumps(v) for v in enum if v is not None))
            if values:
                lits = ", ".join(_py(json.loads(v)) for v in values)
                return ir.TypeInfo(
                    f"Literal[{lits}]" + suffix, _kind_of_value(json.loads(values[0])), nullable=nullable
                )
        for key in ("oneOf", "anyOf"):
            members = [s for s in schema.get(key) or [] if isinstance(s, dict) and s.get("type") != "null"]
            if members:
                parts = list(dict.fromkeys(self.type_of(m, stack).expr for m in members))
                kinds = {self.type_of(m, stack).kind for m in members}
                return ir.TypeInfo(
                    " | ".join(parts) + suffix, kinds.pop() if len(kinds) == 1 else "any", nullable=nullable
                )
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict):
            inner = self.type_of(all_of[0], stack)
            return ir.TypeInfo(
                inner.expr + (suffix if not inner.nullable else ""),
                inner.kind,
                inner.item_kind,
                nullable or inner.nullable,
                inner.is_model,
            )
        types = non_null_types(schema)
        if len(types) > 1:
            alternatives = [self.type_of(schema | {"type": t}, stack) for t in types]
            return ir.TypeInfo(" | ".join(a.expr for a in alternatives) + suffix, "any", nullable=nullable)
        t = types[0] if types else ""
        if t == "string":
            fmt = schema.get("format")
            expr = {
                "date-time": "datetime.datetime",
                "date": "datetime.date",
                "uuid": "uuid.UUID",
                "binary": "bytes",
            }.get(str(fmt), "str")
            return ir.TypeInfo(expr + suffix, "string", nullable=nullable, is_binary=expr == "bytes")
        if t == "integer":
            return ir.TypeInfo("int" + suffix, "integer", nullable=nullable)
        if t == "number":
            return ir.TypeInfo("float" + suffix, "number", nullable=nullable)
        if t == "boolean":
            return ir.TypeInfo("bool" + suffix, "boolean", nullable=nullable)
        if t == "array" or (not t and "items" in schema):
            items = schema.get("items")
            item = self.type_of(items, stack) if isinstance(items, dict) else ir.TypeInfo("Any", "any")
            return ir.TypeInfo(
                f"list[{item.expr}]" + suffix, "array", item.kind, nullable=nullable, is_binary=item.is_binary
            )
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
        if not isinstance(items, dict):
            raise GenerationError(
                [Diagnostic(Level.ERROR, pointer(section), f"'{section}' must be a mapping", self.source)]
            )
        for path, item in items.items():
            where_item = pointer(section, path)
            item = self.deref(item, where_item)
            if not isinstance(item, dict):
                self.errors.append(
                    Diagnostic(
                        Level.ERROR,
                        where_item,
                        "a path item must be a mapping; its operations cannot be generated",
                        self.source,
                    )
                )
                continue
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                if not isinstance(op, dict):
                    self.errors.append(
                        Diagnostic(
                            Level.ERROR,
                            pointer(section, path, method),
                            f"operation {method.upper()} {path} must be a mapping; it cannot be generated",
                            self.source,
                        )
                    )
                    continue
                found.append((path, method, op, shared, pointer(section, path, method)))
                for name in op.get("callbacks") or {}:
                    self.warn(
                        pointer(section, path, method, "callbacks", name),
                        f"callback {name!r} of {method.upper()} {path}: outgoing requests are not generated",
                        Level.INFO,
                    )
        return found

    def claim_prefix(self, op_id: str, method: str) -> str:
        """A unique class prefix whose ``<Prefix><Location>Params`` model names are free, and reserve them."""
        while True:
            prefix = self.prefixes.claim(op_id, style="pascal", fallback=method, suffix="Op")
            wanted = [f"{prefix}{loc.title()}Params" for loc in _LOCATIONS]
            if not any(name in self.model_names for name in wanted):
                for name in wanted:
                    self.model_names.claim(name, style="pascal")
                return prefix

    def plan_operation(
        self, path: str, method: str, op: dict[str, Any], shared: list[Any], where: str
    ) -> dict[str, Any]:
        """First pass: names and hoisted schemas (before models exist)."""
        op_id = str(op.get("operationId") or f"{method}_{path}")
        python_name = self.op_names.claim(op_id, fallback=method)
        prefix = self.claim_prefix(op_id, method)
        params: dict[tuple[str, str], dict[str, Any]] = {}
        param_at: dict[tuple[str, str], str] = {}  # where each parameter is written, for diagnostics
        where_item = where.rsplit("/", 1)[0]
        for base, raws in ((where_item, shared), (where, op.get("parameters") or [])):
            for i, raw in enumerate(raws):
                p = self.deref(raw, f"{base}/parameters/{i}")
                if not (isinstance(p, dict) and isinstance(p.get("name"), str) and p.get("in") in _LOCATIONS):
                    raise GenerationError(
                        [
                            Diagnostic(
                                Level.ERROR,
                                f"{base}/parameters/{i}",
                                "parameter needs a string 'name' and 'in' (path, query, header or cookie)",
                                self.source,
                            )
                        ]
                    )
                params[(p["in"], p["name"])] = p
                param_at[(p["in"], p["name"])] = (
                    raw["$ref"]
                    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str)
                    else f"{base}/parameters/{i}"
                )
        for name in re.findall(r"{([^}]+)}", path):
            if ("path", name) not in params:
                raise GenerationError(
                    [
                        Diagnostic(
                            Level.ERROR, where, f"path parameter {name!r} of {path!r} is not declared", self.source
                        )
                    ]
                )
        known_schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        own = "security" in op or where.startswith("#/webhooks/")
        for i, req in enumerate((op.get("security") if own else self.doc.get("security")) or []):
            for scheme in req if isinstance(req, dict) else ():
                if scheme not in known_schemes:
                    at = f"{where}/security/{i}" if own else pointer("security", i)
                    raise GenerationError(
                        [Diagnostic(Level.ERROR, at, f"unknown security scheme {scheme!r}", self.source)]
                    )
        plan: dict[str, Any] = {
            "found": (path, method, op, shared, where),
            "op_id": op_id,
            "python_name": python_name,
            "prefix": prefix,
            "path": path,
            "method": method,
            "op": op,
            "where": where,
            "params": [],
            "body": None,
            "responses": [],
        }
        arg_names = NameRegistry({"self", "auth", "body", "context", "client", "request", "timeout", "extra_headers"})
        by_location: dict[str, dict[str, Any]] = {}
        for (loc, name), p in params.items():
            schema, schema_at = p.get("schema"), f"{param_at[(loc, name)]}/schema"
            if schema is None and isinstance(p.get("content"), dict) and p["content"]:
                media_type = next(iter(p["content"]))
                schema = (p["content"][media_type] or {}).get("schema")
                schema_at = f"{param_at[(loc, name)]}/content/{escape_pointer(media_type)}/schema"
            schema = self.hoist(schema or {}, f"{prefix}{pascal_case(name) or 'Param'}", schema_at)
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
                model = f"{prefix}{loc.title()}Params"  # reserved by claim_prefix
                self.schemas[model] = group
                plan["param_models"][loc] = model
        body = self.deref(op.get("requestBody"), f"{where}/requestBody") if op.get("requestBody") else None
        if isinstance(body, dict) and isinstance(body.get("content"), dict) and body["content"]:
            picked = _pick_content(body["content"])
            if picked:
                body_ct, encoding = picked
                media = body["content"][body_ct] or {}
                schema = media.get("schema") or {}
                if encoding in ("text", "binary") and not schema:
                    schema = {"type": "string", "format": "binary"} if encoding == "binary" else {"type": "string"}
                raw_body = op["requestBody"]
                body_at = raw_body["$ref"] if isinstance(raw_body.get("$ref"), str) else f"{where}/requestBody"
                schema = self.hoist(schema, f"{prefix}Request", f"{body_at}/content/{escape_pointer(body_ct)}/schema")
                others = tuple(c for c in body["content"] if c != body_ct)
                plan["body"] = (body, body_ct, encoding, schema, others)
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
                    schema = {"text": {"type": "string"}, "binary": {"type": "string", "format": "binary"}}.get(
                        picked[1], {}
                    )
                hint = f"{prefix}Response" if status.startswith("2") and len(responses) else f"{prefix}Response{status}"
                response_at = (
                    raw["$ref"]
                    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str)
                    else f"{where}/responses/{escape_pointer(status)}"
                )
                schema_at = f"{response_at}/content/{escape_pointer(ct)}/schema"
                schema = self.hoist(
                    schema, hint if status.startswith("2") else f"{prefix}Error{status.title()}", schema_at
                )
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
                    name=p["name"],
                    python_name=arg,
                    location=loc,
                    required=bool(p.get("required")) or loc == "path",
                    type=self.type_of(schema),
                    default_expr=None if default is None else _py(default),
                    description=_text(p.get("description")),
                    style=style,
                    explode=bool(explode),
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
                names = NameRegistry(
                    {"self", "auth", "body", "context", "timeout", "extra_headers"}
                    | {p.python_name for p in parameters}
                )
                req = set(target.get("required") or [])
                for prop, sub in _merged_properties(self, target).items():
                    hoisted = sub if isinstance(sub, dict) else {}
                    fields.append(
                        ir.BodyField(
                            prop,
                            names.claim(prop, fallback="field"),
                            prop in req,
                            self.type_of(hoisted),
                            _text(hoisted.get("description") or self.schema_target(hoisted).get("description")),
                        )
                    )
            body = ir.RequestBody(
                ct,
                encoding,
                typ,
                bool(raw.get("required")),
                _text(raw.get("description")),
                tuple(fields),
                others,
                accepted=((ct, encoding), *((o, encoding_of(o)) for o in others)),
            )
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
                    status=status,
                    status_code=code,
                    class_name=f"{plan['prefix']}{suffix}",
                    description=_text(r.get("description")),
                    content_type=ct,
                    type=self.type_of(schema) if schema is not None else None,
                    encoding=None if ct is None else encoding_of(ct),
                    headers=tuple(sorted((r.get("headers") or {}).keys())),
                    links=tuple(links),
                )
            )
        security_raw = op.get("security", security_default) or []
        security: list[tuple[str, ...]] = []
        for i, req in enumerate(security_raw):
            if isinstance(req, dict):
                unknown = [n for n in req if n not in scheme_names]
                if unknown:
                    raise GenerationError(
                        [
                            Diagnostic(
                                Level.ERROR,
                                f"{where}/security/{i}",
                                f"unknown security scheme {unknown[0]!r}",
                                self.source,
                            )
                        ]
                    )
                security.append(tuple(req))
        operation = ir.Operation(
            operation_id=plan["op_id"],
            python_name=plan["python_name"],
            class_prefix=plan["prefix"],
            method=plan["method"].upper(),
            path=plan["path"],
            location=where,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            tags=tuple(_text(t) for t in op.get("tags") or []),
            deprecated=bool(op.get("deprecated")),
            parameters=tuple(parameters),
            body=body,
            responses=tuple(responses),
            security=tuple(security),
            param_models=tuple((loc, plan["param_models"][loc]) for loc in _LOCATIONS if loc in plan["param_models"]),
        )
        return _with_pagination(self, operation, plan)

    # -- failures name the operation -----------------------------------------------------------
    def guarded(self, found: tuple[str, str, dict[str, Any], list[Any], str], fn: Any, *args: Any) -> Any:
        """Run one operation step; a failure becomes an ERROR naming the operation (never a skipped operation)."""
        path, method, op, _, where = found
        label = f"operation {op.get('operationId') or '(no operationId)'!s} ({method.upper()} {path})"
        try:
            return fn(*args)
        except GenerationError as exc:
            self.errors.extend(
                Diagnostic(
                    d.level,
                    d.location or where,
                    f"cannot generate {label}: {d.message}",
                    d.file or self.source,
                    d.line,
                    d.column,
                )
                for d in exc.diagnostics
            )
        except Exception as exc:  # a bug or an input we do not handle: still located, never a traceback
            self.errors.append(
                Diagnostic(
                    Level.ERROR,
                    where,
                    f"cannot generate {label}: internal error {type(exc).__name__}: {exc}",
                    self.source,
                )
            )
        return None

    def raise_errors(self) -> None:
        if self.errors:
            raise GenerationError(self.errors)

    def check_model_references(self, plans: list[dict[str, Any]], operations: tuple[ir.Operation, ...]) -> None:
        """Every ``models.X`` the IR mentions exists, and parameter models have their documented names."""
        assert self.models is not None
        for plan in plans:
            for model in plan["param_models"].values():
                if self.models.class_of.get(model, model) != model or model not in self.models.classes:
                    self.errors.append(
                        Diagnostic(
                            Level.ERROR,
                            plan["where"],
                            f"parameter model {model} was not generated under its own name",
                            self.source,
                        )
                    )
        for op in operations:
            types = [p.type for p in op.parameters] + [r.type for r in op.responses if r.type is not None]
            if op.body is not None:
                types += [op.body.type, *(f.type for f in op.body.fields)]
            for t in types:
                for name in re.findall(r"\bmodels\.(\w+)", t.expr):
                    if name not in self.models.classes:
                        self.errors.append(
                            Diagnostic(
                                Level.ERROR,
                                op.location,
                                f"cannot generate operation {op.operation_id}: type {t.expr} refers to a missing model",
                                self.source,
                            )
                        )
        self.raise_errors()

    # -- the whole API -------------------------------------------------------------------------
    def check_formats(self) -> None:
        """An unknown ``format`` is only an annotation: warn once per format, naming its first use."""
        unknown: dict[str, tuple[str, int]] = {}
        for path, node in iter_objects(self.doc):
            fmt = node.get("format")
            if isinstance(fmt, str) and fmt not in KNOWN_FORMATS:
                first, count = unknown.get(fmt, (pointer(*path, "format"), 0))
                unknown[fmt] = (first, count + 1)
        for fmt, (first, count) in sorted(unknown.items()):
            uses = f" ({count} uses; this is the first)" if count > 1 else ""
            self.warn(first, f"unknown format {fmt!r} is treated as its plain type{uses}")

    def build(self) -> ir.Api:
        self.check_formats()
        self.collect_components()
        plans = [
            p for found in self.iter_operations("paths") if (p := self.guarded(found, self.plan_operation, *found))
        ]
        hooks = [
            p for found in self.iter_operations("webhooks") if (p := self.guarded(found, self.plan_operation, *found))
        ]
        self.raise_errors()
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
                kind = (
                    str(s.get("scheme", "")).lower()
                    if str(s.get("scheme", "")).lower() in ("basic", "bearer")
                    else "http"
                )
            schemes.append(
                ir.SecurityScheme(
                    name,
                    scheme_names.claim(name, fallback="scheme"),
                    kind,
                    str(s.get("name") or ""),
                    str(s.get("in") or ""),
                    _text(s.get("description")),
                )
            )
        known = {s.name for s in schemes}
        finished = [self.guarded(p["found"], self.finish_operation, p, self.doc.get("security"), known) for p in plans]
        finished_hooks = [self.guarded(p["found"], self.finish_operation, p, [], known) for p in hooks]
        self.raise_errors()
        operations = tuple(op for op in finished if op is not None)
        webhooks = tuple(op for op in finished_hooks if op is not None)
        self.check_model_references(plans + hooks, operations + webhooks)
        names = {op.python_name: op for op in operations}
        for op in operations:
            if op.pagination is not None and f"iter_{op.python_name}" in names:
                other = names[f"iter_{op.python_name}"]
                self.errors.append(
                    Diagnostic(
                        Level.ERROR,
                        other.location,
                        f"cannot generate operation {other.operation_id}: its method name {other.python_name} is the page iterator of {op.operation_id}",
                        self.source,
                    )
                )
        self.raise_errors()
        info = self.doc.get("info") or {}
        servers = tuple(
            ir.Server(_text(s.get("url", "/")), _text(s.get("description")))
            for s in self.doc.get("servers") or []
            if isinstance(s, dict)
        )
        return derive_api(
            ir.Api(
                package=self.package,
                source=self.source,
                title=_text(info.get("title")) or self.package,
                version=_text(info.get("version")),
                description=_text(info.get("description")),
                openapi_version=str(self.doc.get("openapi")),
                servers=servers,
                security_schemes=tuple(schemes),
                operations=operations,
                model_names=tuple(n for n in self.models.classes if not n.startswith("_")),
                models_source=self.models.source,
                spec_json=json.dumps(self.doc, ensure_ascii=False, separators=(",", ":")),
                webhooks=webhooks,
                base_path=_base_path(servers),
            )
        )


def _base_path(servers: tuple[ir.Server, ...]) -> str:
    """The path of the first server URL without variables, e.g. ``/v1``; "" when there is none."""
    if not servers or "{" in servers[0].url:
        return ""
    from urllib.parse import urlsplit

    path = urlsplit(servers[0].url).path.rstrip("/")
    return path if re.fullmatch(r"(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+", path) else ""


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
                for sub in target.get("properties") or {}:
                    if sub in _NEXT_NAMES:
                        next_path = (k, sub)
        if next_path and len(items) == 1:
            item_schema = builder.schema_target(props[items[0]]).get("items") or {}
            item = builder.type_of(item_schema).expr
            return replace(op, pagination=ir.Pagination(next_path, (items[0],), item))
    return op


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


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: Any) -> str:
    """Free text (titles, descriptions) for docs in generated code: line ends normalised, control characters
    (a NUL cannot even appear in Python source) shown as U+FFFD. Quoting is still the templates' filters' job."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("\ufffd", text)


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
    try:
        api = builder.build()
    except GenerationError as exc:
        raise GenerationError(spec.locate(exc.diagnostics)) from None
    except RecursionError:
        raise GenerationError(
            [Diagnostic(Level.ERROR, "#", "schemas nest too deeply to generate (recursion limit)", spec.display)]
        ) from None
    except Exception as exc:  # never a traceback for a spec we cannot handle
        raise GenerationError(
            [
                Diagnostic(
                    Level.ERROR,
                    "#",
                    f"internal error while building {spec.display}: {type(exc).__name__}: {exc}",
                    spec.display,
                )
            ]
        ) from exc
    return api, spec.locate(builder.diagnostics)
