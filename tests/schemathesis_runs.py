"""Run a ``@schema.parametrize()`` test for chosen operations outside pytest's collection.

The "every operation answered 2xx" guards need the per-operation schemathesis tests to have run.
When the guard is selected alone (or with ``-k``), :func:`run_operations` runs the missing ones the
way schemathesis' pytest plugin builds them (same phases, seed and settings), so the guard holds
whatever else was selected, without depending on test order.
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
    **arguments: Any,
) -> None:
    """Run ``test`` (decorated with ``@schema.parametrize()``) for the operations named ``labels``.

    ``arguments`` stand in for the test's fixtures; ``before_each`` runs before each operation.
    """
    from schemathesis.generation.feedback import FeedbackSources
    from schemathesis.pytest._test_builder import build_operation_test
    from schemathesis.python._constants.orchestrator import make_constants_value_source

    wanted = set(labels)
    feedback = FeedbackSources(constants_value_source=make_constants_value_source(schema))
    for result in schema.get_all_operations():
        operation = result.ok()
        if f"{operation.method.upper()} {operation.path}" not in wanted:
            continue
        built = build_operation_test(
            config=schema.config, operation=operation, test_func=test, given_kwargs={}, feedback=feedback
        )
        before_each()
        built(**arguments)
