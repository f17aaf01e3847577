"""What the stand-in needs to know of a generated server app: its operations and its service.

The generated app (``generator/runtime/server.py``) routes each path template to an endpoint
whose ``by_method`` maps HTTP methods to compiled operations (``operation_id``, and ``call``:
the service's bound method). Both lookups are read from there, once per app build; a request's
operation is found by the app's own front router (``app.dispatch``) when it has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.routing import Match, Route
from starlette.types import Scope

__all__ = ["OperationTable", "service_of"]


class OperationTable:
    """operationId of a request, matched as the generated app matches it (most specific path first)."""

    def __init__(self, app: Any) -> None:
        # the app's own front router (``Dispatch``), when it has one: the request is matched exactly as served
        dispatch = getattr(app, "dispatch", None)
        self._candidates = getattr(dispatch, "candidates", None)
        self._routes: list[tuple[Route, dict[str, str]]] = []
        for route in getattr(app, "routes", ()):
            by_method = getattr(getattr(route, "endpoint", None), "by_method", None)
            if isinstance(route, Route) and isinstance(by_method, dict):
                ops = {method: str(getattr(op, "operation_id", "")) for method, op in by_method.items()}
                self._routes.append((route, ops))

    def __len__(self) -> int:
        return len({op for _, ops in self._routes for op in ops.values()})

    def operation_ids(self) -> Sequence[str]:
        """Every operationId served, sorted."""
        return sorted({op for _, ops in self._routes for op in ops.values()})

    def lookup(self, scope: Scope) -> str | None:
        """The operationId serving this request, or None (unknown path or method)."""
        method = scope["method"]
        if self._candidates is not None:
            for endpoint, _params in self._candidates(scope):
                op = getattr(endpoint, "by_method", {}).get(method)
                if op is not None:
                    return str(getattr(op, "operation_id", ""))
            return None
        for route, ops in self._routes:
            if method in ops:
                match, _ = route.matches(scope)
                if match is not Match.NONE:
                    return ops[method]
        return None


def service_of(app: Any) -> Any:
    """The service object behind a generated app (the owner of its operations' bound methods)."""
    for route in getattr(app, "routes", ()):
        by_method = getattr(getattr(route, "endpoint", None), "by_method", None)
        for op in (by_method or {}).values():
            owner = getattr(getattr(op, "call", None), "__self__", None)
            if owner is not None:
                return owner
    return None
