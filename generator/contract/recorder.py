"""What the run saw: statuses per operation (positive data apart) and the failures, by operation."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FailureRecord", "Recorder", "case_label", "failure_operations"]


def case_label(case: Any) -> str:
    """``METHOD /path/{template}`` of a schemathesis case."""
    return f"{str(case.method).upper()} {case.path}"


@dataclass(frozen=True)
class FailureRecord:
    """A failed test: its name, the operations the failure names, and schemathesis' own report."""

    test: str
    operations: tuple[str, ...]
    message: str


@dataclass
class Recorder:
    """Filled by the suite while it runs; read by the report."""

    operations: list[str] = field(default_factory=list)
    positive: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    every: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    failures: list[FailureRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def record(self, case: Any, status: int) -> None:
        label = case_label(case)
        self.every[label][status] += 1
        meta = case.meta
        if meta is None or meta.generation.mode.is_positive:
            self.positive[label][status] += 1

    def never_2xx(self) -> list[str]:
        """Operations that never answered 2xx to positive data, in the spec's order."""
        return [op for op in self.operations if not any(200 <= s < 300 for s in self.positive.get(op, {}))]


def failure_operations(exc: BaseException, fallback: str | None) -> tuple[str, ...]:
    """The operations a schemathesis failure (or a group of them) names; ``fallback`` when none."""
    found: list[str] = []
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        label = getattr(current, "operation", None)
        if isinstance(label, str) and label not in found:
            found.append(label)
        stack.extend(getattr(current, "exceptions", ()) or ())
        cause = current.__cause__ or current.__context__
        if cause is not None and not found:
            stack.append(cause)
    if not found and fallback:
        found.append(fallback)
    return tuple(found)
