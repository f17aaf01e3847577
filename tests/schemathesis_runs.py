"""Run a ``@schema.parametrize()`` test's body for chosen operations outside pytest's collection.

The "every operation answered 2xx" guard of test_server_generated.py needs the per-operation
schemathesis tests to have run. When the guard is selected alone (or with ``-k``), :func:`run_operations`
runs the missing ones with schemathesis' public API: each operation's positive-data strategy
(``APIOperation.as_strategy``) under Hypothesis, derandomized. (The contract command,
generator/contract, is what runs every phase; this is only the guard's fallback.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["operation_labels", "run_operations"]


def operation_labels(schema: Any) -> list[str]:
    """``METHOD /path`` of every operation of ``schema``."""
    return [f"{op.method.upper()} {op.path}" for op in (result.ok() for result in schema.get_all_operations())]


def run_operations(
    schema: Any,
    test: Callable[..., Any],
    labels: Iterable[str],
    before_each: Callable[[], None] = lambda: None,
    max_examples: int = 50,
    **arguments: Any,
) -> None:
    """Call ``test(case, **arguments)`` with valid cases of the operations named ``labels``.

    ``test`` may be decorated with ``@schema.parametrize()``: its body is called directly.
    ``before_each`` runs before each operation.
    """
    from hypothesis import HealthCheck, given, settings
    from schemathesis import GenerationMode

    body = getattr(test, "__wrapped__", test)
    wanted = set(labels)
    for result in schema.get_all_operations():
        operation = result.ok()
        if f"{operation.method.upper()} {operation.path}" not in wanted:
            continue

        @settings(
            max_examples=max_examples,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
        def run(case: Any) -> None:
            body(case, **arguments)

        before_each()
        run()
