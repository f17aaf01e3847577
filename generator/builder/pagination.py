"""Pagination: list responses that carry an absolute next-page URL (``meta.next_page_url`` and the like)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import ir
from ..schemas import non_null_types
from .catalog import Catalog
from .plans import OperationPlan
from .typemap import TypeMapper

__all__ = ["NEXT_NAMES", "next_url_path", "with_pagination"]

NEXT_NAMES = ("next_page_url", "nextPageUrl", "next_page", "nextPage", "next_url", "nextUrl", "next")


def next_url_path(catalog: Catalog, props: dict[str, Any]) -> tuple[str, ...] | None:
    """Where a next-page URL sits among ``props``: a top-level string, or one level down (the last match wins)."""
    found: tuple[str, ...] | None = None
    for k, v in props.items():
        target = catalog.schema_target(v)
        if k in NEXT_NAMES and "string" in non_null_types(target):
            found = (k,)
        elif "object" in non_null_types(target) or "properties" in target:
            for sub in target.get("properties") or {}:
                if sub in NEXT_NAMES:
                    found = (k, sub)
    return found


def with_pagination(catalog: Catalog, types: TypeMapper, op: ir.Operation, plan: OperationPlan) -> ir.Operation:
    """``op`` with its :class:`ir.Pagination` when a GET's success model has one list and a next-page URL."""
    if op.method != "GET":
        return op
    for r, planned in zip(op.responses, plan.responses, strict=True):
        if not r.is_success or r.type is None or not r.type.is_model:
            continue
        props = catalog.merged_properties(catalog.schema_target(planned.schema or {}))
        items = [k for k, v in props.items() if "array" in non_null_types(catalog.schema_target(v))]
        next_path = next_url_path(catalog, props)
        if next_path and len(items) == 1:
            item_schema = catalog.schema_target(props[items[0]]).get("items") or {}
            item = types.type_of(item_schema).expr
            return replace(op, pagination=ir.Pagination(next_path, (items[0],), item))
    return op
