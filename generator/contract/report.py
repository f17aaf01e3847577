"""The outcome of a contract run: per-operation statuses, failures, the 2xx guard, a readable summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .recorder import FailureRecord, Recorder
from .session import describe_statuses

if TYPE_CHECKING:
    from .options import ContractOptions
    from .targets import FreshApp, LiveServer

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "ContractReport", "OperationSummary", "build_report"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
GUARD_TEST = "test_every_operation_answered_2xx"


@dataclass(frozen=True)
class OperationSummary:
    label: str
    calls: int
    positive: str  # statuses answered to valid data, e.g. "201 x40, 400 x2"
    answered_2xx: bool
    failed: bool


@dataclass(frozen=True)
class ContractReport:
    spec: str
    target: str
    reset: str
    resets: int
    seed: int
    max_examples: int
    operations: tuple[OperationSummary, ...]
    failures: tuple[FailureRecord, ...]  # the guard's own failure left out: see never_2xx
    never_2xx: tuple[tuple[str, str], ...]  # (operation, why: its statuses to valid data)
    errors: tuple[str, ...]
    seconds: float

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failures or self.never_2xx or self.errors else EXIT_OK

    @property
    def failed_operations(self) -> tuple[str, ...]:
        seen: list[str] = []
        for failure in self.failures:
            seen += [op for op in failure.operations if op not in seen]
        return tuple(seen)

    def summary(self) -> str:
        lines = [
            f"contract: {self.spec} against {self.target}",
            f"  seed {self.seed}, max-examples {self.max_examples}, fresh state: {self.reset} ({self.resets} resets)",
            "",
        ]
        width = max((len(op.label) for op in self.operations), default=0)
        for op in self.operations:
            mark = "FAIL" if op.failed else ("ok  " if op.answered_2xx else "no2xx")
            lines.append(f"  {mark:5} {op.label:{width}}  {op.calls:5} calls  valid data: {op.positive}")
        for failure in self.failures:
            lines += ["", f"FAILED {failure.test} ({', '.join(failure.operations) or 'no operation named'}):"]
            lines += ["    " + line for line in failure.message.strip().splitlines()[:40]]
        if self.never_2xx:
            lines += ["", "never answered 2xx to valid data (check credentials, pins and links):"]
            lines += [f"  {label}: {why}" for label, why in self.never_2xx]
        lines += ["", *(f"error: {error}" for error in self.errors)] if self.errors else []
        verdict = "PASSED" if self.exit_code == EXIT_OK else "FAILED"
        lines += [
            "",
            f"{verdict}: {len(self.failures)} failure(s), {len(self.never_2xx)} operation(s) never 2xx, "
            f"{len(self.operations)} operations, {self.seconds:.1f}s",
        ]
        return "\n".join(lines)


def build_report(
    options: ContractOptions, target: FreshApp | LiveServer, recorder: Recorder, seconds: float
) -> ContractReport:
    failures = tuple(f for f in recorder.failures if f.test != GUARD_TEST)
    failed = {op for f in failures for op in f.operations}
    never = recorder.never_2xx()
    operations = tuple(
        OperationSummary(
            label,
            sum(recorder.every.get(label, {}).values()),
            describe_statuses(recorder.positive.get(label)),
            label not in never,
            label in failed,
        )
        for label in recorder.operations
    )
    return ContractReport(
        spec=str(options.spec),
        target=options.url or options.app or "the given app factory",
        reset=target.reset_method,
        resets=target.resets,
        seed=options.seed,
        max_examples=options.max_examples,
        operations=operations,
        failures=failures,
        never_2xx=tuple((label, describe_statuses(recorder.positive.get(label))) for label in never),
        errors=tuple(recorder.errors),
        seconds=seconds,
    )
