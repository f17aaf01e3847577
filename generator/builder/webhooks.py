"""Incoming requests: 3.1 ``webhooks`` and operations' ``callbacks`` become :class:`ir.Hook` values.

The API sends these requests to its users. Each one is planned and finished like an operation (its
body and responses get models), after every path operation and webhook so that their names do not
change, and is given a default route on the generated receiver app: ``/webhooks/<name>`` and
``/callbacks/<name>`` (a callback route already taken by the same method gets the registering
operation's name in front).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import ir
from ..derive import derive_operation
from ..diagnostics import pointer
from ..naming import snake_case
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
    owner: str  # the operationId of the operation that documents it


def segment(name: str) -> str:
    """``name`` as one URL path segment: itself when it needs no escaping, else its snake case."""
    return name if _SEGMENT.fullmatch(name) else (snake_case(name) or "hook")


def plan_callbacks(planner: OperationPlanner, operations: Sequence[OperationPlan]) -> list[CallbackPlan]:
    """Plan every callback operation of ``operations`` (failures are collected in the report)."""
    catalog, report = planner.catalog, planner.report
    routes: set[tuple[str, str]] = set()
    planned = []
    for owner in operations:
        callbacks = owner.found.op.get("callbacks") or {}
        for name, raw in callbacks.items() if isinstance(callbacks, dict) else ():
            where = pointer(*_parts(owner.where), "callbacks", str(name))
            expressions = catalog.deref(raw, where)
            for index, (expression, item_raw) in enumerate((expressions or {}).items()):
                item = catalog.deref(item_raw, f"{where}/{pointer(str(expression))[2:]}")
                if not isinstance(item, dict):
                    report.error(f"{where}/{pointer(str(expression))[2:]}", "a callback must map to a path item")
                    continue
                route = f"/callbacks/{segment(str(name))}" + (f"/{index + 1}" if index else "")
                for method in (m for m in HTTP_METHODS if m in item):
                    path = route if (route, method) not in routes else f"/{segment(owner.python_name)}{route}"
                    routes.add((path, method))
                    found = _found(item, method, path, f"{where}/{pointer(str(expression))[2:]}", name)
                    plan = report.guarded(found, planner.plan, found)
                    if plan is not None:
                        planned.append(CallbackPlan(plan, str(name), str(expression), _label(owner)))
    return planned


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
