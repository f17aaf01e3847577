"""Contract tests: ``spec-generator contract`` against each stand-in, as a user runs it.

Per API, one run of the command (in a subprocess, in-process app via ``--app``): every schemathesis
check, valid and invalid data, the examples, coverage, fuzzing and stateful phases (a fresh app per
scenario), and the guard that every operation answered 2xx to valid data. What a meaningful run needs
is in the specs (``links``) and in ``specs/schemathesis.toml`` (parameter pins), nothing in here.
``CONTRACT_EXAMPLES`` (default 25) is ``--max-examples``; ``CONTRACT_SEED`` the seed; ``make contract``
runs 500 examples.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.contract_apps import FACTORIES, authorization

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "25"))
SEED = int(os.environ.get("CONTRACT_SEED", "20260101"))


def contract(spec: str, app: str, *options: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator contract`` from the repository root."""
    command = [sys.executable, "-m", "generator", "contract", spec, "--app", app, *options]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)


@pytest.mark.parametrize("api", sorted(FACTORIES))
def test_stand_in_honours_its_spec(api: str, tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    result = contract(
        f"specs/{api}.yaml",
        f"tests.contract_apps:{api}_app",
        "-H",
        f"Authorization: {authorization(api)}",
        "-n",
        str(EXAMPLES),
        "--seed",
        str(SEED),
        "--junit-xml",
        str(junit),
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
    assert "PASSED: 0 failure(s), 0 operation(s) never 2xx" in result.stdout
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "0" and suite.get("errors") == "0"
    names = {case.get("name") for case in suite.iter("testcase")}
    assert {"runTest", "test_every_operation_answered_2xx"} <= names, names  # stateful phase and guard ran
