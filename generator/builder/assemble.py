"""The assembly: one spec through the builder's passes into an :class:`ir.Api`.

1. checks that need only the document (unknown formats);
2. the catalog collects the component schemas (renamed, refs rewritten);
3. plan every operation, webhook and callback (names, hoisted schemas) — errors are collected per operation;
4. datamodel-code-generator turns the catalog's schemas into models.py;
5. finish every operation (types, bodies, responses, security, pagination);
6. whole-API checks, then ``derive`` adds the decisions templates print.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from .. import ir
from ..derive import derive_api
from ..diagnostics import Diagnostic, GenerationError, Level
from ..loader import LoadedSpec
from ..modelgen import ModelSource, Roots, generate_models
from .catalog import Catalog
from .checks import check_formats, check_model_references, check_page_iterators
from .operations import OperationFinisher, OperationPlanner, find_operations
from .plans import OperationPlan
from .report import Report
from .security import security_schemes
from .typemap import TypeMapper
from .values import free_text
from .webhooks import hooks_of, plan_callbacks

__all__ = ["build_api"]


def build_api(spec: LoadedSpec, package: str) -> tuple[ir.Api, list[Diagnostic]]:
    """Build the IR for one loaded spec; raises :class:`GenerationError` with located diagnostics."""
    report = Report(spec.display)
    try:
        api = build(spec.document, package, report)
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
    return api, spec.locate(report.diagnostics)


def build(document: dict[str, Any], package: str, report: Report) -> ir.Api:
    """The IR of a bundled document (diagnostics not yet located in files)."""
    catalog = Catalog(document, report)
    check_formats(document, report)
    catalog.collect_components()
    planner = OperationPlanner(catalog)
    plans = _plan(planner, "paths")
    hooks = _plan(planner, "webhooks")
    callbacks = plan_callbacks(planner, plans)  # after paths and webhooks: their names never change
    report.raise_errors()
    sent = [*hooks, *(c.plan for c in callbacks)]  # the API sends their bodies: read views, like responses
    models = generate_models(
        catalog.model_document(document.get("openapi", "3.1.0")), report.source, _roots(plans, sent)
    )
    schemes = security_schemes(catalog)
    known = {s.name for s in schemes}
    types = TypeMapper(catalog.schemas, models)
    operations = _finish(OperationFinisher(catalog, types, document.get("security"), known), plans)
    from_api = TypeMapper(catalog.schemas, models, from_api=True)
    webhooks = _finish(OperationFinisher(catalog, from_api, [], known), hooks)
    called = _finish(OperationFinisher(catalog, from_api, [], known), [c.plan for c in callbacks])
    report.raise_errors()
    check_model_references(
        [*plans, *hooks, *(c.plan for c in callbacks)], operations + webhooks + called, models, report
    )
    check_page_iterators(operations, report)
    api = derive_api(_api(document, package, report.source, schemes, operations, webhooks, models), called)
    return replace(api, hooks=hooks_of(api, [h.found.path for h in hooks], callbacks, called))


def _roots(plans: Sequence[OperationPlan], hooks: Sequence[OperationPlan]) -> Roots:
    """The model schemas the API reads (request bodies, parameters; webhook answers) and sends (responses;
    webhook requests)."""
    requests = {name for p in plans for _, name in p.param_models}
    requests |= {name for p in plans if p.body is not None for name in _refs(p.body.schema)}
    requests |= {name for p in hooks for r in p.responses if r.schema is not None for name in _refs(r.schema)}
    responses = {name for p in plans for r in p.responses if r.schema is not None for name in _refs(r.schema)}
    responses |= {name for p in hooks if p.body is not None for name in _refs(p.body.schema)}
    return Roots(requests, responses)


def _refs(schema: Any) -> set[str]:
    """The names of the model schemas ``schema`` refers to (``#/components/schemas/<name>``)."""
    if isinstance(schema, list):
        return {name for item in schema for name in _refs(item)}
    if not isinstance(schema, dict):
        return set()
    ref = schema.get("$ref")
    found = {ref.rsplit("/", 1)[-1]} if isinstance(ref, str) else set()
    return found | {name for k, v in schema.items() if k not in ("example", "examples", "default") for name in _refs(v)}


def _plan(planner: OperationPlanner, section: str) -> list[OperationPlan]:
    """Plan every operation of ``paths`` or ``webhooks``; failures are collected in the report."""
    found = find_operations(planner.catalog, section)
    return [p for f in found if (p := planner.report.guarded(f, planner.plan, f)) is not None]


def _finish(finisher: OperationFinisher, plans: Sequence[OperationPlan]) -> tuple[ir.Operation, ...]:
    """Finish every planned operation; failures are collected in the report."""
    report = finisher.catalog.report
    finished = [report.guarded(p.found, finisher.finish, p) for p in plans]
    return tuple(op for op in finished if op is not None)


def _api(
    document: dict[str, Any],
    package: str,
    source: str,
    schemes: tuple[ir.SecurityScheme, ...],
    operations: tuple[ir.Operation, ...],
    webhooks: tuple[ir.Operation, ...],
    models: ModelSource,
) -> ir.Api:
    info = document.get("info") or {}
    servers = tuple(
        ir.Server(free_text(s.get("url", "/")), free_text(s.get("description")))
        for s in document.get("servers") or []
        if isinstance(s, dict)
    )
    return ir.Api(
        package=package,
        source=source,
        title=free_text(info.get("title")) or package,
        version=free_text(info.get("version")),
        description=free_text(info.get("description")),
        openapi_version=str(document.get("openapi")),
        servers=servers,
        security_schemes=schemes,
        operations=operations,
        model_names=tuple(n for n in models.classes if not n.startswith("_")),
        models_source=models.source,
        spec_json=json.dumps(document, ensure_ascii=False, separators=(",", ":")),
        webhooks=webhooks,
        base_path=base_path(servers),
    )


def base_path(servers: tuple[ir.Server, ...]) -> str:
    """The path of the first server URL without variables, e.g. ``/v1``; "" when there is none."""
    if not servers or "{" in servers[0].url:
        return ""
    path = urlsplit(servers[0].url).path.rstrip("/")
    return path if re.fullmatch(r"(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+", path) else ""
