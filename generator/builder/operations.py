"""Operations: find them, plan them (names, hoisted schemas) and finish them into :class:`ir.Operation`.

Planning runs before the models exist and claims every name (method, class prefix, parameter
model, hoisted schema) in spec order; finishing runs after and maps the planned schemas to
types. Both passes read the spec through the :class:`Catalog`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .. import ir
from ..diagnostics import escape_pointer, pointer
from ..mediatypes import encoding_of, pick
from ..naming import NameRegistry, pascal_case
from . import security
from .catalog import Catalog
from .pagination import with_pagination
from .plans import BodyPlan, FoundOperation, OperationPlan, ParamPlan, ResponsePlan
from .typemap import TypeMapper, default_doc, default_expr
from .values import free_text

__all__ = ["HTTP_METHODS", "LOCATIONS", "OperationFinisher", "OperationPlanner", "find_operations"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LOCATIONS = ("path", "query", "header", "cookie")
# Public attributes the generated Client/AsyncClient and Service already have: an operation never shadows one.
_OPERATION_TAKEN = {"close", "aclose", "base_url", "with_raw_response", "error_body"}
_SERVER_TAKEN = {"Service", "create_app", "App", "Credentials", "BasicCredentials", "BearerToken", "ApiKey"}
# Argument names generated methods use themselves: a parameter or body field never takes one.
_CALL_OPTIONS = {"timeout", "retries", "extra_headers", "extra_query", "extra_body"}  # every client method's
_PARAM_TAKEN = {"self", "auth", "context", "client", "request", *_CALL_OPTIONS}
_FIELD_TAKEN = {"self", "auth", "context", *_CALL_OPTIONS}
# ``body`` is the request body's argument of the server's (and receiver's) method, and of the client's
# when its fields are not flattened: a parameter takes it only when the operation has no request body.
# A body field may: flattened fields are the client's arguments exactly when it has no ``body`` one.
_BODY_ARG = "body"
# What a body or response without a schema is typed as, by encoding.
_SCHEMALESS = {"text": {"type": "string"}, "binary": {"type": "string", "format": "binary"}}


def find_operations(catalog: Catalog, section: str) -> list[FoundOperation]:
    """Every operation under ``paths`` or ``webhooks``; a malformed path item or operation is an error."""
    report = catalog.report
    items = catalog.doc.get(section) or {}
    if not isinstance(items, dict):
        report.fail(pointer(section), f"'{section}' must be a mapping")
    found = []
    for path, item in items.items():
        where_item = pointer(section, path)
        item = catalog.deref(item, where_item)
        if not isinstance(item, dict):
            report.error(where_item, "a path item must be a mapping; its operations cannot be generated")
            continue
        shared = item.get("parameters") or []
        for method in (m for m in HTTP_METHODS if m in item):
            op = item[method]
            if not isinstance(op, dict):
                report.error(
                    pointer(section, path, method),
                    f"operation {method.upper()} {path} must be a mapping; it cannot be generated",
                )
                continue
            found.append(FoundOperation(path, method, op, shared, pointer(section, path, method)))
    return found


def _ref_or(raw: Any, where: str) -> str:
    """Where an object is written: the target of its ``$ref``, else ``where``."""
    return raw["$ref"] if isinstance(raw, dict) and isinstance(raw.get("$ref"), str) else where


class OperationPlanner:
    """The first pass over operations: names and hoisted schemas, before the models exist."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.report = catalog.report
        self.op_names = NameRegistry(_OPERATION_TAKEN)
        self.prefixes = NameRegistry(_SERVER_TAKEN)

    def plan(self, found: FoundOperation) -> OperationPlan:
        op_id = str(found.op.get("operationId") or f"{found.method}_{found.path}")
        python_name = self.op_names.claim(op_id, fallback=found.method)
        prefix = self.claim_prefix(op_id, found.method)
        declared = self.declared_parameters(found)
        for name in re.findall(r"{([^}]+)}", found.path):
            if ("path", name) not in declared:
                self.report.fail(found.where, f"path parameter {name!r} of {found.path!r} is not declared")
        security.check_declared(self.catalog, found)
        params = self.plan_parameters(declared, prefix, with_body="requestBody" in found.op)
        return OperationPlan(
            found=found,
            op_id=op_id,
            python_name=python_name,
            prefix=prefix,
            params=params,
            param_models=self.parameter_models(params, prefix),
            body=self.plan_body(found, prefix),
            responses=self.plan_responses(found, prefix),
        )

    def claim_prefix(self, op_id: str, method: str) -> str:
        """A unique class prefix whose ``<Prefix><Location>Params`` model names are free, and reserve them."""
        while True:
            prefix = self.prefixes.claim(op_id, style="pascal", fallback=method, suffix="Op")
            wanted = [f"{prefix}{loc.title()}Params" for loc in LOCATIONS]
            if not any(name in self.catalog.model_names for name in wanted):
                for name in wanted:
                    self.catalog.model_names.claim(name, style="pascal")
                return prefix

    def declared_parameters(self, found: FoundOperation) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        """(location, name) -> (parameter, where it is written); the operation's own override the path item's."""
        params: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, raws in ((found.item_where, found.shared), (found.where, found.op.get("parameters") or [])):
            for i, raw in enumerate(raws):
                p = self.catalog.deref(raw, f"{base}/parameters/{i}")
                if not (isinstance(p, dict) and isinstance(p.get("name"), str) and p.get("in") in LOCATIONS):
                    self.report.fail(
                        f"{base}/parameters/{i}",
                        "parameter needs a string 'name' and 'in' (path, query, header or cookie)",
                    )
                params[(p["in"], p["name"])] = (p, _ref_or(raw, f"{base}/parameters/{i}"))
        return params

    def plan_parameters(
        self, declared: dict[tuple[str, str], tuple[dict[str, Any], str]], prefix: str, *, with_body: bool
    ) -> tuple[ParamPlan, ...]:
        """Hoist each parameter's schema (from ``schema`` or its first ``content``) and claim its argument name.

        ``with_body``: the operation has a request body, so ``body`` is taken (by its argument).
        """
        arg_names = NameRegistry(_PARAM_TAKEN | ({_BODY_ARG} if with_body else set()))
        plans = []
        for (_, name), (p, at) in declared.items():
            schema, schema_at = p.get("schema"), f"{at}/schema"
            if schema is None and isinstance(p.get("content"), dict) and p["content"]:
                media_type = next(iter(p["content"]))
                schema = (p["content"][media_type] or {}).get("schema")
                schema_at = f"{at}/content/{escape_pointer(media_type)}/schema"
            schema = self.catalog.hoist(schema or {}, f"{prefix}{pascal_case(name) or 'Param'}", schema_at)
            plans.append(ParamPlan(p, schema, arg_names.claim(name, fallback="param")))
        return tuple(plans)

    def parameter_models(self, params: tuple[ParamPlan, ...], prefix: str) -> tuple[tuple[str, str], ...]:
        """One object model per location that validates all its parameters (names reserved by ``claim_prefix``)."""
        groups: dict[str, dict[str, Any]] = {}
        for param in params:
            group = groups.setdefault(param.location, {"type": "object", "properties": {}, "required": []})
            group["properties"][param.raw["name"]] = param.schema
            if param.required:
                group["required"].append(param.raw["name"])
        models = []
        for loc in (loc for loc in LOCATIONS if loc in groups):
            group = groups[loc]
            if not group["required"]:
                del group["required"]
            model = f"{prefix}{loc.title()}Params"
            self.catalog.add_model(model, group)
            models.append((loc, model))
        return tuple(models)

    def plan_body(self, found: FoundOperation, prefix: str) -> BodyPlan | None:
        """The preferred content of the request body, its schema hoisted as ``<Prefix>Request``."""
        raw = found.op.get("requestBody")
        body = self.catalog.deref(raw, f"{found.where}/requestBody") if raw else None
        if not (isinstance(body, dict) and isinstance(body.get("content"), dict) and body["content"]):
            return None
        picked = pick(body["content"])
        if not picked:
            return None
        content_type, encoding = picked
        schema = (body["content"][content_type] or {}).get("schema") or {}
        if encoding in _SCHEMALESS and not schema:
            schema = _SCHEMALESS[encoding]
        at = f"{_ref_or(raw, f'{found.where}/requestBody')}/content/{escape_pointer(content_type)}/schema"
        schema = self.catalog.hoist(schema, f"{prefix}Request", at)
        others = tuple(c for c in body["content"] if c != content_type)
        return BodyPlan(body, content_type, encoding, schema, others)

    def plan_responses(self, found: FoundOperation, prefix: str) -> tuple[ResponsePlan, ...]:
        """Each response with its preferred content; success schemas hoisted as ``<Prefix>Response``."""
        responses = found.op.get("responses") or {}
        plans = []
        for status, raw in responses.items():
            status = str(status)
            r = self.catalog.deref(raw, f"{found.where}/responses/{status}")
            if not isinstance(r, dict):
                continue
            content = r.get("content") or {}
            picked = pick(content) if content else None
            if not picked:
                plans.append(ResponsePlan(status, r, None, None))
                continue
            content_type, encoding = picked
            schema = (content[content_type] or {}).get("schema")
            if schema is None:
                schema = _SCHEMALESS.get(encoding, {})
            success = status.startswith("2")
            hint = f"{prefix}Response" if success and len(responses) else f"{prefix}Response{status}"
            response_at = _ref_or(raw, f"{found.where}/responses/{escape_pointer(status)}")
            at = f"{response_at}/content/{escape_pointer(content_type)}/schema"
            schema = self.catalog.hoist(schema, hint if success else f"{prefix}Error{status.title()}", at)
            plans.append(ResponsePlan(status, r, content_type, schema))
        return tuple(plans)


IDEMPOTENCY_EXTENSION = "x-idempotency-header"
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def idempotency_declared(catalog: Catalog, found: FoundOperation) -> str | None:
    """The header ``x-idempotency-header`` names for an operation: its own, else the document's (for POST and
    PATCH); ``""`` when it is ``false``; None when neither declares one (or the value is invalid, reported)."""
    if IDEMPOTENCY_EXTENSION in found.op:
        raw, where = found.op[IDEMPOTENCY_EXTENSION], f"{found.where}/{IDEMPOTENCY_EXTENSION}"
    elif IDEMPOTENCY_EXTENSION in catalog.doc and found.method in ("post", "patch"):
        raw, where = catalog.doc[IDEMPOTENCY_EXTENSION], pointer(IDEMPOTENCY_EXTENSION)
    else:
        return None
    if raw is False:
        return ""
    if isinstance(raw, str) and _HEADER_NAME.match(raw):
        return raw
    if not any(e.location == where for e in catalog.report.errors):  # the document's: reported once
        catalog.report.error(where, f"{IDEMPOTENCY_EXTENSION} must be a header name or false, not {raw!r}")
    return None


class OperationFinisher:
    """The second pass: planned operations become :class:`ir.Operation` once the models exist."""

    def __init__(self, catalog: Catalog, types: TypeMapper, default_security: Any, known_schemes: set[str]) -> None:
        self.catalog = catalog
        self.types = types
        self.default_security = default_security  # the document's ``security`` ([] for webhooks)
        self.known_schemes = known_schemes

    def finish(self, plan: OperationPlan) -> ir.Operation:
        op, where = plan.found.op, plan.where
        parameters = tuple(self.parameter(p) for p in plan.params)
        operation = ir.Operation(
            operation_id=plan.op_id,
            python_name=plan.python_name,
            class_prefix=plan.prefix,
            method=plan.found.method.upper(),
            path=plan.found.path,
            location=where,
            summary=free_text(op.get("summary")),
            description=free_text(op.get("description")),
            tags=tuple(free_text(t) for t in op.get("tags") or []),
            deprecated=bool(op.get("deprecated")),
            parameters=parameters,
            body=self.body(plan.body, parameters) if plan.body else None,
            responses=tuple(self.response(r, plan) for r in plan.responses),
            security=security.requirements(op, self.default_security, self.known_schemes, where, self.catalog.report),
            param_models=plan.param_models,
            idempotency_declared=idempotency_declared(self.catalog, plan.found),
        )
        return with_pagination(self.catalog, self.types, operation, plan)

    def parameter(self, plan: ParamPlan) -> ir.Parameter:
        p, loc = plan.raw, plan.location
        style = p.get("style") or ("form" if loc in ("query", "cookie") else "simple")
        explode = p.get("explode", style == "form")
        typ = self.types.requests.type_of(plan.schema)
        return ir.Parameter(
            name=p["name"],
            python_name=plan.python_name,
            location=loc,
            required=plan.required,
            type=typ,
            default_expr=default_expr(plan.schema.get("default"), typ),
            default_doc=default_doc(plan.schema.get("default")),
            description=free_text(p.get("description") or self.catalog.schema_target(plan.schema).get("description")),
            style=style,
            explode=bool(explode),
            deprecated=bool(p.get("deprecated")),
            constraints=self.types.constraints(plan.schema),
        )

    def body(self, plan: BodyPlan, parameters: tuple[ir.Parameter, ...]) -> ir.RequestBody:
        typ = self.types.requests.type_of(plan.schema)
        fields: tuple[ir.BodyField, ...] = ()
        if typ.is_model:
            fields = self.body_fields(plan.schema, parameters)
        elif plan.encoding == "form" and self.types.requests.is_record_union(plan.schema):
            fields = self.union_fields(plan.schema, parameters)
        return ir.RequestBody(
            plan.content_type,
            plan.encoding,
            typ,
            bool(plan.raw.get("required")),
            free_text(plan.raw.get("description")),
            fields,
            plan.others,
            accepted=((plan.content_type, plan.encoding), *((o, encoding_of(o)) for o in plan.others)),
            part_types=_part_types(plan) if plan.encoding == "multipart" else (),
        )

    def body_fields(self, schema: dict[str, Any], parameters: tuple[ir.Parameter, ...]) -> tuple[ir.BodyField, ...]:
        """The top-level properties of an object body (its ``allOf`` members' included), named apart from params."""
        target = self.catalog.schema_target(schema)
        props, required = self.catalog.merged_properties(target), self.catalog.merged_required(target)
        return self._fields(props, required, parameters)

    def union_fields(self, schema: dict[str, Any], parameters: tuple[ir.Parameter, ...]) -> tuple[ir.BodyField, ...]:
        """The fields of a body of one of several object models (``anyOf``/``oneOf``): every property the union
        or a member declares, so a form's text values are read by their kind (``any`` where members differ);
        required when the union or every member requires it."""
        target = self.catalog.schema_target(schema)
        members = [
            self.catalog.schema_target(m)
            for m in target.get("anyOf") or target.get("oneOf") or []
            if isinstance(m, dict) and m.get("type") != "null"
        ]
        own = self.catalog.merged_properties(target)
        props: dict[str, Any] = {}
        kinds: dict[str, set[str]] = {}
        for member in members:
            for prop, sub in {**own, **self.catalog.merged_properties(member)}.items():
                props.setdefault(prop, sub)
                kinds.setdefault(prop, set()).add(
                    self.types.requests.type_of(sub if isinstance(sub, dict) else {}).kind
                )
        required = self.catalog.merged_required(target)
        if members:
            required |= set.intersection(*(self.catalog.merged_required(m) for m in members))
        return tuple(
            f if len(kinds[f.name]) == 1 else replace(f, type=replace(f.type, kind="any", item_kind="any"))
            for f in self._fields(props, required, parameters)
        )

    def _fields(
        self, props: dict[str, Any], required: set[str], parameters: tuple[ir.Parameter, ...]
    ) -> tuple[ir.BodyField, ...]:
        names = NameRegistry(_FIELD_TAKEN | {p.python_name for p in parameters})
        fields = []
        for prop, sub in props.items():
            hoisted = sub if isinstance(sub, dict) else {}
            target = self.catalog.schema_target(hoisted)
            # readOnly: the API sets it, not part of a request; writeOnly: never sent by the API (webhooks)
            if any(s.get(self.types.requests.left_out) is True for s in (hoisted, target)):
                continue
            typ = self.types.requests.type_of(hoisted)
            fields.append(
                ir.BodyField(
                    prop,
                    names.claim(prop, fallback="field"),
                    prop in required,
                    typ,
                    free_text(hoisted.get("description") or target.get("description")),
                    default_expr=default_expr(hoisted.get("default", target.get("default")), typ),
                    default_doc=default_doc(hoisted.get("default", target.get("default"))),
                    constraints=self.types.constraints(hoisted),
                    deprecated=bool(hoisted.get("deprecated") or target.get("deprecated")),
                )
            )
        return tuple(fields)

    def response(self, planned: ResponsePlan, plan: OperationPlan) -> ir.Response:
        status, r, ct = planned.status, planned.raw, planned.content_type
        suffix = status.upper() if status != "default" else "Default"
        return ir.Response(
            status=status,
            status_code=int(status) if status.isdigit() else None,
            class_name=f"{plan.prefix}{suffix}",
            description=free_text(r.get("description")),
            content_type=ct,
            type=self.types.type_of(planned.schema) if planned.schema is not None else None,
            encoding=None if ct is None else encoding_of(ct),
            headers=tuple(sorted((r.get("headers") or {}).keys())),
            links=self.links(planned, plan.where),
        )

    def links(self, planned: ResponsePlan, where: str) -> tuple[ir.Link, ...]:
        """The response's links that name an ``operationId`` (``operationRef`` links are not generated)."""
        links = []
        for name, raw in (planned.raw.get("links") or {}).items():
            link = self.catalog.deref(raw, f"{where}/responses/{planned.status}/links/{name}")
            if isinstance(link, dict) and link.get("operationId"):
                params = tuple((str(k), str(v)) for k, v in (link.get("parameters") or {}).items())
                links.append(ir.Link(str(name), str(link["operationId"]), params))
        return tuple(links)


def _part_types(plan: BodyPlan) -> tuple[tuple[str, str], ...]:
    """A multipart body's declared part content types: ``encoding.<field>.contentType``, by wire name.

    The client sends a part with its declared type when the caller gives none; a list (``"image/png,
    image/jpeg"``) is kept whole, normalised to ``", "``-separated, for the client to choose from.
    """
    media = plan.raw["content"].get(plan.content_type)
    encoding = media.get("encoding") if isinstance(media, dict) else None
    found = []
    for name, spec in (encoding or {}).items() if isinstance(encoding, dict) else ():
        declared = spec.get("contentType") if isinstance(spec, dict) else None
        types = [t.strip() for t in declared.split(",") if t.strip()] if isinstance(declared, str) else []
        if types:
            found.append((str(name), ", ".join(types)))
    return tuple(found)
