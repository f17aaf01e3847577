"""Whole-API checks: unknown formats, model references the IR makes, method names that clash with page iterators."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import ir
from ..diagnostics import pointer
from ..modelgen import ModelSource
from ..schemas import iter_objects
from .plans import OperationPlan
from .report import Report

__all__ = ["KNOWN_FORMATS", "check_formats", "check_model_references", "check_page_iterators"]

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


def check_formats(document: dict[str, Any], report: Report) -> None:
    """An unknown ``format`` is only an annotation: warn once per format, naming its first use."""
    unknown: dict[str, tuple[str, int]] = {}
    for path, node in iter_objects(document):
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt not in KNOWN_FORMATS:
            first, count = unknown.get(fmt, (pointer(*path, "format"), 0))
            unknown[fmt] = (first, count + 1)
    for fmt, (first, count) in sorted(unknown.items()):
        uses = f" ({count} uses; this is the first)" if count > 1 else ""
        report.warn(first, f"unknown format {fmt!r} is treated as its plain type{uses}")


def _types(op: ir.Operation) -> list[ir.TypeInfo]:
    """Every type an operation mentions: parameters, responses, the body and its fields."""
    types = [p.type for p in op.parameters] + [r.type for r in op.responses if r.type is not None]
    if op.body is not None:
        types += [op.body.type, *(f.type for f in op.body.fields)]
    return types


def check_model_references(
    plans: Sequence[OperationPlan], operations: Sequence[ir.Operation], models: ModelSource, report: Report
) -> None:
    """Every ``models.X`` the IR mentions exists, and parameter models have their documented names."""
    for plan in plans:
        for _, model in plan.param_models:
            if models.class_of.get(model, model) != model or model not in models.classes:
                report.error(plan.where, f"parameter model {model} was not generated under its own name")
    for op in operations:
        for t in _types(op):
            for name in re.findall(r"\bmodels\.(\w+)", t.expr):
                if name not in models.classes:
                    report.error(
                        op.location,
                        f"cannot generate operation {op.operation_id}: type {t.expr} refers to a missing model",
                    )
    report.raise_errors()


def check_page_iterators(operations: Sequence[ir.Operation], report: Report) -> None:
    """A paginated operation's ``iter_<name>`` and ``page_<name>`` methods must not be another operation's name."""
    names = {op.python_name: op for op in operations}
    for op in operations:
        for method in (f"iter_{op.python_name}", f"page_{op.python_name}"):
            if op.pagination is not None and method in names:
                other = names[method]
                report.error(
                    other.location,
                    f"cannot generate operation {other.operation_id}: its method name {other.python_name} is the page {'iterator' if method.startswith('iter') else 'method'} of {op.operation_id}",
                )
    report.raise_errors()
