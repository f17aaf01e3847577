"""The run in progress, shared between the runner and the pytest module it collects (``suite.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .recorder import Recorder
from .targets import FreshApp, LiveServer

__all__ = ["Plan", "current", "install", "uninstall"]


@dataclass
class Plan:
    """The loaded schema, the server under test, and what the suite records."""

    schema: Any
    target: FreshApp | LiveServer
    recorder: Recorder
    max_examples: int
    seed: int
    stateful_steps: int
    stateful: bool
    _label: str = ""

    def fresh_for(self, case: Any) -> None:
        """A fresh state when a stateless test moves on to another operation or phase."""
        meta = case.meta
        label = f"{str(case.method).upper()} {case.path} {meta.phase.name if meta is not None else ''}"
        if label != self._label:
            self._label = label
            self.target.reset()

    def pin(self, case: Any) -> None:
        """Apply the configuration's path pins (``parameters``) to a stateful call.

        schemathesis applies ``parameters`` in the stateless phases only; a stateful scenario's first
        call (its root) would otherwise get random values. Left alone when the path is the part of
        the case made deliberately invalid.
        """
        meta = case.meta
        if meta is not None and meta.is_negative_at("path"):
            return
        for key, value in self.schema.config.parameters.items():
            location, _, name = key.rpartition(".")
            if location in ("", "path") and name in case.path_parameters and isinstance(value, str | int):
                case.path_parameters[name] = value

    def state_machine(self) -> Any:
        """schemathesis' state machine for the spec, with a fresh state per scenario and the recorder."""
        from hypothesis import HealthCheck, seed, settings

        plan = self

        class Workflow(self.schema.as_state_machine()):  # type: ignore[misc]
            def setup(self) -> None:
                plan._label = ""
                plan.target.reset()
                super().setup()

            def before_call(self, case: Any) -> None:
                plan.pin(case)
                super().before_call(case)

            def after_call(self, response: Any, case: Any) -> None:
                super().after_call(response, case)  # keeps use_after_free working
                plan.recorder.record(case, response.status_code)

        Workflow.__name__ = Workflow.__qualname__ = "Stateful"
        Workflow.TestCase.settings = settings(
            max_examples=self.max_examples,
            stateful_step_count=self.stateful_steps,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        return seed(self.seed)(Workflow)

    def explain_never_2xx(self) -> str:
        lines = ["no 2xx answer to valid data for:"]
        for label in self.recorder.never_2xx():
            lines.append(f"  {label}: {describe_statuses(self.recorder.positive.get(label))}")
        return "\n".join(lines)


def describe_statuses(counts: Any) -> str:
    """``always 401 (12 calls)`` / ``404 x3, 400 x1`` / ``never called``."""
    if not counts:
        return "never called with valid data"
    if len(counts) == 1:
        (status, n), *_ = counts.items()
        return f"always {status} ({n} call{'s' if n != 1 else ''})"
    return ", ".join(f"{status} x{n}" for status, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))


_CURRENT: list[Plan] = []


def install(plan: Plan) -> None:
    _CURRENT[:] = [plan]


def uninstall() -> None:
    _CURRENT.clear()


def current() -> Plan:
    if not _CURRENT:
        raise RuntimeError("generator/contract/suite.py is collected by `spec-generator contract` only")
    return _CURRENT[0]
