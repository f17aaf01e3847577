"""Incoming requests: 3.1 ``webhooks`` and operations' ``callbacks`` become :class:`ir.Hook` values.

The API sends these requests to its users. Each one is planned and finished like an operation (its
body and responses get models), after every path operation and webhook so that their names do not
change, and is given a default route on the generated receiver app: ``/webhooks/<name>`` and
``/callbacks/<name>`` (a callback route already taken by the same method gets the registering
operation's name in front).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .. import ir
from ..derive import derive_operation
from ..diagnostics import pointer
from ..naming import snake_case
from .catalog import Catalog
from .operations import HTTP_METHODS, OperationPlanner
from .plans import FoundOperation, OperationPlan

__all__ = ["CallbackPlan", "hooks_of", "plan_callbacks"]

_SEGMENT = re.compile(r"[A-Za-z0-9._~-]+")


@dataclass(frozen=True)
class CallbackPlan:
    """A planned callback operation and what the receiver needs to know about it."""

    plan: OperationPlan
    name: str  # the callback's name under the operation's ``callbacks``
    expression: str  # the runtime expression of the URL it is sent to
    owner: str  # the operations that document it (operationIds, else "METHOD /path"), comma-separated


def segment(name: str) -> str:
    """``name`` as one URL path segment: itself when it needs no escaping, else its snake case."""
    return name if _SEGMENT.fullmatch(name) else (snake_case(name) or "hook")


def plan_callbacks(planner: OperationPlanner, operations: Sequence[OperationPlan]) -> list[CallbackPlan]:
    """Plan every callback operation of ``operations`` (failures are collected in the report).

    A callback that several operations document alike (the same name, URL expression and path
    item, typically one ``$ref``) is one hook, naming every operation that documents it.
    """
    catalog = planner.catalog
    seen: dict[tuple[str, str, str], tuple[Any, list[str]]] = {}  # (name, expression, method) -> (item, owners)
    routes: set[tuple[str, str]] = set()
    planned: list[tuple[OperationPlan, str, str, list[str]]] = []
    for owner in operations:
        for name, expression, item, where, index in _callbacks(catalog, owner):
            route = f"/callbacks/{segment(name)}" + (f"/{index + 1}" if index else "")
            for method in (m for m in HTTP_METHODS if m in item):
                same = seen.get((name, expression, method))
                if same is not None and same[0] == item[method]:
                    same[1].append(_label(owner))
                    continue
                path = route if (route, method) not in routes else f"/{segment(owner.python_name)}{route}"
                routes.add((path, method))
                found = _found(item, method, path, where, name)
                plan = planner.report.guarded(found, planner.plan, found)
                if plan is not None:
                    owners = [_label(owner)]
                    seen[(name, expression, method)] = (item[method], owners)
                    planned.append((plan, name, expression, owners))
    return [CallbackPlan(plan, name, expression, ", ".join(owners)) for plan, name, expression, owners in planned]


def _callbacks(catalog: Catalog, owner: OperationPlan) -> Iterator[tuple[str, str, dict[str, Any], str, int]]:
    """(name, URL expression, path item, its pointer, index among the callback's expressions) of an operation."""
    callbacks = owner.found.op.get("callbacks") or {}
    for name, raw in callbacks.items() if isinstance(callbacks, dict) else ():
        where = pointer(*_parts(owner.where), "callbacks", str(name))
        expressions = catalog.deref(raw, where)
        for index, (expression, item_raw) in enumerate((expressions or {}).items()):
            item_where = f"{where}/{pointer(str(expression))[2:]}"
            item = catalog.deref(item_raw, item_where)
            if isinstance(item, dict):
                yield str(name), str(expression), item, item_where, index
            else:
                catalog.report.error(item_where, "a callback must map to a path item")


def _label(owner: OperationPlan) -> str:
    """How the receiver's documentation names the operation that documents a callback."""
    return str(owner.found.op.get("operationId") or f"{owner.found.method.upper()} {owner.found.path}")


def _parts(where: str) -> list[str]:
    """The unescaped parts of a JSON pointer (``pointer`` escapes them again)."""
    return [p.replace("~1", "/").replace("~0", "~") for p in where.removeprefix("#/").split("/")]


def _found(item: dict[str, Any], method: str, path: str, item_where: str, name: object) -> FoundOperation:
    """A callback operation as the planner sees one: its route as the path; named after the callback."""
    op = item[method] if isinstance(item[method], dict) else {}
    if not op.get("operationId"):
        op = {**op, "operationId": f"{name}" if len(_methods(item)) == 1 else f"{name}_{method}"}
    return FoundOperation(path, method, op, item.get("parameters") or [], f"{item_where}/{method}")


def _methods(item: dict[str, Any]) -> list[str]:
    return [m for m in HTTP_METHODS if m in item]


def hooks_of(
    api: ir.Api, webhook_names: Sequence[str], callbacks: Sequence[CallbackPlan], finished: Sequence[ir.Operation]
) -> tuple[ir.Hook, ...]:
    """The receiver's hooks: the (derived) webhooks of ``api``, then the finished callback operations."""
    schemes = {s.name: s for s in api.security_schemes}
    hooks = [
        ir.Hook("webhook", name, op, f"/webhooks/{segment(name)}", parse_name=f"parse_{op.python_name}")
        for name, op in zip(webhook_names, api.webhooks, strict=True)
    ]
    by_where = {op.location: op for op in finished}
    for cb in callbacks:
        op = by_where.get(cb.plan.where)
        if op is not None:
            op = derive_operation(op, schemes)
            hooks.append(ir.Hook("callback", cb.name, op, op.path, cb.owner, cb.expression, f"parse_{op.python_name}"))
    return tuple(hooks)
