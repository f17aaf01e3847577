"""Golden tests: small per-feature specs with their expected output committed (``make golden`` updates)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden_update import cases, render_case


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_golden_output_matches(case: Path, tmp_path: Path) -> None:
    files = render_case(case, tmp_path)
    expected_dir = case / "expected"
    expected = {p.name: p.read_bytes() for p in expected_dir.iterdir()} if expected_dir.is_dir() else {}
    assert sorted(files) == sorted(expected), "run `make golden` to record new files"
    for name, data in files.items():
        assert data.decode() == expected[name].decode(), f"{case.name}/{name} differs; run `make golden` if intended"


def test_golden_cases_exist() -> None:
    assert len(cases()) >= 4
