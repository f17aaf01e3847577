"""The tests of one contract run; ``spec-generator contract`` runs pytest on this file (not a test module of its own).

Per operation, schemathesis' stateless phases (examples, coverage, fuzzing as configured) with every
check; then the stateful scenarios over the spec's links, each from a fresh state; last, the guard
that every operation answered 2xx to valid data at least once.
"""

from __future__ import annotations

from typing import Any

from generator.contract.session import current

PLAN = current()


@PLAN.schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation(case: Any) -> None:
    PLAN.fresh_for(case)
    response = case.call()
    PLAN.recorder.record(case, response.status_code)
    case.validate_response(response)


if PLAN.stateful:
    TestStateful = PLAN.state_machine().TestCase


def test_every_operation_answered_2xx() -> None:
    """Wrong credentials (every answer a documented 401) or unreachable ids must not pass silently."""
    assert not PLAN.recorder.never_2xx(), PLAN.explain_never_2xx()
