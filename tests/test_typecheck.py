"""The session's one type-check run (tests/typecheck.py) gives each target exactly its own errors."""

from __future__ import annotations

from pathlib import Path

from tests.typecheck import MypyResults, MypyTarget, _split


def test_errors_are_split_by_target_and_unowned_ones_reach_everybody(tmp_path: Path) -> None:
    a = MypyTarget(tmp_path / "a", ("pkga",))
    b = MypyTarget(tmp_path / "b", ("pkgb",), (tmp_path / "svc" / "service.py",))
    output = (
        f"{tmp_path}/a/pkga/models.py:3: error: Incompatible types  [assignment]\n"
        f"{tmp_path}/a/pkga/models.py:4: note: See https://mypy.readthedocs.io\n"
        "../svc/service.py:7:5: error: Missing return  [return]\n"
        f"{tmp_path}/b/pkgb/client.py:1: error: Name 'x' is not defined  [name-defined]\n"
        f"{tmp_path}/elsewhere.py:9: error: Cannot find module  [import-not-found]\n"
        "Found 4 errors in 4 files (checked 9 source files)\n"
    )
    (tmp_path / "run").mkdir()
    results = MypyResults([], 1, output, {"a": [], "b": []})
    _split(results, {"a": a, "b": b}, tmp_path / "run")
    assert [line.split(": error")[0] for line in results.errors["a"]] == [f"{tmp_path}/a/pkga/models.py:3"]
    assert [line.split(": error")[0] for line in results.errors["b"]] == [
        "../svc/service.py:7:5",
        f"{tmp_path}/b/pkgb/client.py:1",
    ]
    assert results.errors_of("a")[-1].startswith(f"{tmp_path}/elsewhere.py:9")  # unowned: every target fails


def test_a_crash_is_reported_to_every_target(tmp_path: Path) -> None:
    results = MypyResults([], 2, "mypy: error: May only specify one of: module/package, files\n", {"a": []})
    _split(results, {"a": MypyTarget(tmp_path, ("a",))}, tmp_path)
    assert results.errors_of("a") and "exit 2" in results.errors_of("a")[0]
