"""Generation is deterministic: identical bytes under different ``PYTHONHASHSEED`` values and output dirs.

Two generator processes run side by side with different hash seeds, every cache off (the
``.stamp`` package cache and the model cache), over specs that exercise sets and dicts
heavily (hostile names, the openapi-python-client baseline, a multi-file spec, specs/).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import CORPUS, ROOT


def specs() -> list[str]:
    chosen = [ROOT / "tests" / "hostile" / "names.yaml", ROOT / "tests" / "golden" / "multi_file" / "spec.yaml"]
    chosen += sorted((ROOT / "specs").glob("*.yaml"))
    chosen += [CORPUS / "openapi-python-client_baseline_3.0.json", CORPUS / "train-travel-api_v3.1.yaml"]
    missing = [str(p) for p in chosen if not p.is_file()]
    assert not missing, f"missing specs (is the corpus at {CORPUS}?): {missing}"
    return [str(p) for p in chosen]


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.name != ".stamp"
    }


@pytest.mark.slow  # generates every spec in several interpreters, cache off
def test_identical_bytes_under_different_hash_seeds(tmp_path: Path) -> None:
    runs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SPEC_GENERATOR_CACHE": "0"}
        cmd = [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--quiet",
            "--no-strict",  # the corpus' schema violations are warnings (this repository's config is strict)
            "--no-cache",
            *specs(),
            "--out",
            str(out),
        ]
        runs.append(
            (out, subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        )
    for _, proc in runs:
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr
    (first, _), (second, _) = runs
    a, b = tree(first), tree(second)
    assert len(a) > 30
    assert sorted(a) == sorted(b)
    differing = [name for name in a if a[name] != b[name]]
    assert not differing, f"differ between hash seeds: {differing}"
    for name, data in a.items():
        assert str(tmp_path).encode() not in data, f"{name} holds an absolute path"
