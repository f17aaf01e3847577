"""Pagination: how a list operation pages, detected from the spec or declared by ``x-pagination``.

Detection looks at a GET's first success body and its query parameters, in this order:

* ``next_url``: one array and a next-page URL (``next_page_url``, ``next``, ... at the top or one level down);
* ``link``: the response documents a ``Link`` header;
* ``cursor``: a next-cursor field (``next_cursor``, ``next_page_token``, ...) and a cursor query parameter
  (``cursor``, ``page_token``, ``starting_after``, ...), or a ``has_more`` flag and a ``starting_after``,
  ``after`` or ``cursor`` parameter taking the last item's ``id``;
* ``offset``: ``offset`` and ``limit`` query parameters;
* ``page``: a ``page`` query parameter and a page size (``per_page``, ``page_size``, ``limit``, ...).

``x-pagination`` on the operation declares the style and its fields instead (``false`` turns detection
off); :func:`declared` validates it with located errors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .. import ir
from ..diagnostics import escape_pointer
from ..schemas import non_null_types
from .catalog import Catalog
from .plans import OperationPlan
from .typemap import TypeMapper

__all__ = ["EXTENSION", "NEXT_NAMES", "STYLES", "next_url_path", "with_pagination"]

EXTENSION = "x-pagination"
STYLES = ("next_url", "cursor", "offset", "page", "link")
NEXT_NAMES = ("next_page_url", "nextPageUrl", "next_page", "nextPage", "next_url", "nextUrl", "next")
HAS_MORE_NAMES = ("has_more", "hasMore", "has_next", "hasNext", "has_next_page", "hasNextPage")
CURSOR_FIELDS = ("next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken")
CURSOR_PARAMS = ("cursor", "page_token", "pageToken", "next_token", "nextToken", "starting_after", "after")
LAST_ITEM_PARAMS = ("starting_after", "after", "cursor")
OFFSET_PARAMS = ("offset",)
PAGE_PARAMS = ("page", "Page", "page_number", "pageNumber")
SIZE_PARAMS = ("limit", "per_page", "perPage", "page_size", "pageSize", "PageSize", "size")

# x-pagination keys: which styles each applies to, and the Pagination field it fills
_KEYS: dict[str, tuple[tuple[str, ...], str]] = {
    "style": (STYLES, ""),
    "items": (STYLES, "items_path"),
    "next_url": (("next_url",), "next_path"),
    "cursor_param": (("cursor",), "param"),
    "cursor_field": (("cursor",), "cursor_field"),
    "next_cursor": (("cursor",), "next_path"),
    "has_more": (("cursor", "offset", "page"), "has_more_path"),
    "offset_param": (("offset",), "param"),
    "page_param": (("page",), "param"),
    "limit_param": (("offset", "page"), "limit_param"),
}
_REQUIRED = {"cursor": "cursor_param", "offset": "offset_param", "page": "page_param"}


@dataclass(frozen=True)
class _Listing:
    """A success body seen as a list: where its items are, and what sits beside them."""

    schema: dict[str, Any]  # the body schema (its ref target)
    items_path: tuple[str, ...] | None  # the one array's path; () for a bare array; None when ambiguous
    headers: tuple[str, ...]  # response header names


def next_url_path(catalog: Catalog, props: dict[str, Any]) -> tuple[str, ...] | None:
    """Where a next-page URL sits among ``props``: a top-level string, or one level down (the last match wins)."""
    return _field_path(catalog, props, NEXT_NAMES, "string")


def _field_path(catalog: Catalog, props: dict[str, Any], names: tuple[str, ...], kind: str) -> tuple[str, ...] | None:
    """The path of a property named one of ``names`` (of JSON type ``kind``) at the top or one level down."""
    found: tuple[str, ...] | None = None
    for k, v in props.items():
        target = catalog.schema_target(v) if isinstance(v, dict) else {}
        if k in names and kind in non_null_types(target):
            found = (k,)
        elif "object" in non_null_types(target) or "properties" in target:
            for sub, sub_schema in catalog.merged_properties(target).items():
                sub_target = catalog.schema_target(sub_schema) if isinstance(sub_schema, dict) else {}
                if sub in names and (kind == "string" or kind in non_null_types(sub_target)):
                    found = (k, sub)
    return found


def schema_at(catalog: Catalog, schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any] | None:
    """The schema of the property at ``path`` (wire names) inside ``schema``; None when there is none."""
    for name in path:
        props = catalog.merged_properties(catalog.schema_target(schema))
        if not isinstance(props.get(name), dict):
            return None
        schema = props[name]
    return catalog.schema_target(schema)


def _listing(catalog: Catalog, op: ir.Operation, plan: OperationPlan) -> _Listing | None:
    """The first JSON success body of ``op``, as a list (None when it has no schema)."""
    for r, planned in zip(op.responses, plan.responses, strict=True):
        if not r.is_success or r.type is None or r.encoding != "json" or planned.schema is None:
            continue
        schema = catalog.schema_target(planned.schema)
        if "array" in non_null_types(schema):
            return _Listing(schema, (), r.headers)
        props = catalog.merged_properties(schema)
        arrays = [
            k for k, v in props.items() if isinstance(v, dict) and "array" in non_null_types(catalog.schema_target(v))
        ]
        return _Listing(schema, (arrays[0],) if len(arrays) == 1 else None, r.headers)
    return None


def _detect(catalog: Catalog, op: ir.Operation, found: _Listing) -> dict[str, Any] | None:
    """The Pagination fields detected for a GET (without ``item_type``), or None."""
    items = found.items_path
    if items is None:
        return None
    props = catalog.merged_properties(found.schema) if items else {}
    query = [p.name for p in op.params_in("query")]
    more = _field_path(catalog, props, HAS_MORE_NAMES, "boolean") or ()
    nxt = next_url_path(catalog, props)
    if nxt and items:
        return {"style": "next_url", "next_path": nxt}
    if any(h.lower() == "link" for h in found.headers):
        return {"style": "link"}
    cursor = _field_path(catalog, props, CURSOR_FIELDS, "string")
    param = next((n for n in CURSOR_PARAMS if n in query), "")
    if cursor and param:
        return {"style": "cursor", "next_path": cursor, "param": param, "has_more_path": more}
    last = next((n for n in LAST_ITEM_PARAMS if n in query), "")
    item = schema_at(catalog, found.schema, items) or {}
    item_schema = item.get("items")
    has_id = isinstance(item_schema, dict) and "id" in catalog.merged_properties(catalog.schema_target(item_schema))
    if more and last and has_id:
        return {"style": "cursor", "param": last, "cursor_field": "id", "has_more_path": more}
    size = next((n for n in SIZE_PARAMS if n in query), "")
    offset = next((n for n in OFFSET_PARAMS if n in query), "")
    page = next((n for n in PAGE_PARAMS if n in query), "")
    if offset and size:
        return {"style": "offset", "param": offset, "limit_param": size, "has_more_path": more}
    if page and size:
        return {"style": "page", "param": page, "limit_param": size, "has_more_path": more}
    return None


def _check_key(
    catalog: Catalog, op: ir.Operation, found: _Listing | None, style: str, key: str, value: Any, where: str
) -> Any:
    """One x-pagination entry's Pagination value (a path or a name), or None after reporting an error."""
    report = catalog.report
    if key not in _KEYS:
        report.error(where, f"{EXTENSION}: unknown key {key!r} (known: {', '.join(_KEYS)})")
        return None
    if style not in _KEYS[key][0]:
        report.error(where, f"{EXTENSION}: {key!r} does not apply to style {style!r}")
        return None
    if not isinstance(value, str):
        report.error(where, f"{EXTENSION}: {key!r} must be a string")
        return None
    if key.endswith("_param"):
        if value not in {p.name for p in op.params_in("query")}:
            report.error(where, f"{EXTENSION}: {key} {value!r} is not a query parameter of the operation")
            return None
        return value
    if key == "cursor_field":
        return value
    path = tuple(value.split(".")) if value else ()
    target = schema_at(catalog, found.schema, path) if found is not None else None
    wanted = "array" if key == "items" else "boolean" if key == "has_more" else ""
    if target is None or (wanted and wanted not in non_null_types(target)):
        kind = f"an {wanted}" if wanted == "array" else f"a {wanted or 'field'}"
        report.error(where, f"{EXTENSION}: {key} {value!r} is not {kind} of the success response body")
        return None
    return path


def declared(catalog: Catalog, op: ir.Operation, found: _Listing | None, raw: Any, where: str) -> dict[str, Any] | None:
    """The Pagination fields an ``x-pagination`` object declares (errors reported, located), or None."""
    report = catalog.report
    if not isinstance(raw, dict):
        report.error(where, f"{EXTENSION} must be a mapping (or false to turn detection off)")
        return None
    style = raw.get("style")
    if style not in STYLES:
        report.error(f"{where}/style", f"{EXTENSION}: style must be one of {', '.join(STYLES)}, not {style!r}")
        return None
    if op.method != "GET" or found is None:
        report.error(where, f"{EXTENSION}: only a GET with a JSON success body can be paginated")
        return None
    fields: dict[str, Any] = {"style": style}
    valid = True
    for key, value in raw.items():
        if key != "style":
            checked = _check_key(catalog, op, found, style, str(key), value, f"{where}/{escape_pointer(str(key))}")
            valid = valid and checked is not None
            if checked is not None:
                fields[_KEYS[key][1]] = checked
    if not valid:
        return None
    if style in _REQUIRED and "param" not in fields:
        report.error(where, f"{EXTENSION}: style {style!r} needs {_REQUIRED[style]!r}")
        return None
    return fields


def _complete(catalog: Catalog, fields: dict[str, Any], found: _Listing, where: str) -> dict[str, Any] | None:
    """Declared fields with the detected items (and next URL), and the cursor field's default."""
    fields.setdefault("items_path", found.items_path)
    if fields["style"] == "next_url" and "next_path" not in fields:
        fields["next_path"] = next_url_path(catalog, catalog.merged_properties(found.schema))
    if fields["style"] == "cursor" and "next_path" not in fields:
        fields.setdefault("cursor_field", "id")
    missing = "items" if fields["items_path"] is None else "next_url" if fields.get("next_path", ()) is None else ""
    if missing:
        catalog.report.error(where, f"{EXTENSION}: give {missing!r} (it cannot be detected in the response body)")
        return None
    return fields


def with_pagination(catalog: Catalog, types: TypeMapper, op: ir.Operation, plan: OperationPlan) -> ir.Operation:
    """``op`` with its :class:`ir.Pagination`: declared by ``x-pagination``, else detected on a GET."""
    raw = plan.found.op.get(EXTENSION)
    found = _listing(catalog, op, plan)
    where = f"{plan.where}/{EXTENSION}"
    if raw is False:
        return op
    if raw is not None:
        fields = declared(catalog, op, found, raw, where)
        fields = _complete(catalog, fields, found, where) if fields is not None and found is not None else None
    elif op.method == "GET" and found is not None:
        fields = _detect(catalog, op, found)
    else:
        return op
    if fields is None or found is None:
        return op
    fields.setdefault("items_path", found.items_path)
    items = schema_at(catalog, found.schema, fields["items_path"])
    item_schema = (items or {}).get("items")
    item = types.type_of(item_schema if isinstance(item_schema, dict) else {}).expr
    return replace(op, pagination=ir.Pagination(item_type=item, **fields))
