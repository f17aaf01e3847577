"""``spec-generator contract``: schemathesis against any server of a spec, with a fresh state per scenario.

Library use::

    from generator.contract import ContractOptions, run_contract

    report = run_contract(ContractOptions(spec=Path("specs/rooms.yaml"), app="myapp:create_app",
                                          headers=(("Authorization", "Bearer ..."),), seed=7))
    print(report.summary()); assert report.exit_code == 0

schemathesis (the ``contract`` extra) is imported only when a run starts.
"""

from __future__ import annotations

from .options import PHASES, ContractOptions, ContractUsageError, parse_header
from .report import EXIT_FAILED, EXIT_OK, EXIT_USAGE, ContractReport, OperationSummary
from .runner import run_contract

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PHASES",
    "ContractOptions",
    "ContractReport",
    "ContractUsageError",
    "OperationSummary",
    "parse_header",
    "run_contract",
]
