"""Profiles for missed targets: where our side spends its time (cProfile, ``-X importtime``).

Each helper returns Markdown (a table or a code block) to put under the results table.
Profiles run with the profiler's overhead, so their absolute times are higher than the table's;
the shares are what matter.
"""

from __future__ import annotations

import io
import os
import pstats
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from . import REPO

__all__ = ["GEN_PHASES", "phase_seconds", "phase_table", "profile_command", "top_functions"]

# pipeline functions whose cumulative time tells which phase costs what (missing ones are skipped)
GEN_PHASES = (
    "load_spec",
    "read_document",
    "_validate",
    "build_api",
    "generate_models",
    "_run_dcg",
    "_postprocess",
    "_check_field_names",
    "render_api",
    "_syntax_errors",
    "format_tree",
    "write_files",
    "_tree_digest",
    "swap_into_place",
)


def profile_command(
    args: Sequence[str], out: Path, *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600
) -> tuple[Path | None, str]:
    """``python -m cProfile -o out <args>``; returns (the stats file or None, error)."""
    argv = [sys.executable, "-m", "cProfile", "-o", str(out), *args]
    try:
        done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "profile run timed out"
    if not out.exists():
        return None, f"profile run failed (exit {done.returncode}): {done.stderr.strip()[-300:]}"
    return out, ""


def _total(stats: pstats.Stats) -> float:
    return float(getattr(stats, "total_tt", 0.0)) or 1e-9


def phase_seconds(
    stats_file: Path, phases: Sequence[str] = GEN_PHASES, under: Path = REPO / "generator"
) -> tuple[dict[str, float], float]:
    """(cumulative seconds of each phase function found under ``under``, total profiled seconds)."""
    stats = pstats.Stats(str(stats_file))
    found: dict[str, float] = {}
    for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if func in phases and str(under) in filename:
            found[func] = max(found.get(func, 0.0), ct)
    return found, _total(stats)


def phase_table(stats_file: Path, phases: Sequence[str] = GEN_PHASES, under: Path = REPO / "generator") -> str:
    """Cumulative time of the pipeline's phase functions (as a share of the whole run)."""
    found, total = phase_seconds(stats_file, phases, under)
    lines = [
        f"| phase (function in `generator/`) | cumulative s (profiled) | share of run ({total:.1f} s) |",
        "|---|---:|---:|",
    ]
    for name in phases:
        if name in found:
            lines.append(f"| `{name}` | {found[name]:.2f} | {100 * found[name] / total:.0f}% |")
    return "\n".join(lines)


def top_functions(stats_file: Path, *, sort: str = "tottime", top: int = 15, strip: Sequence[str] = ()) -> str:
    """The ``top`` entries of a cProfile stats file as a Markdown table."""
    stats = pstats.Stats(str(stats_file))
    total = _total(stats)
    entries = []
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        entries.append((tt if sort == "tottime" else ct, tt, ct, nc, _where(filename, line, func, strip)))
    entries.sort(reverse=True)
    lines = ["| own s | cumulative s | calls | share (own) | function |", "|---:|---:|---:|---:|---|"]
    for _key, tt, ct, nc, where in entries[:top]:
        lines.append(f"| {tt:.3f} | {ct:.3f} | {nc} | {100 * tt / total:.0f}% | `{where}` |")
    return "\n".join(lines)


def _where(filename: str, line: int, func: str, strip: Sequence[str]) -> str:
    if filename == "~":
        return func
    for prefix in (*strip, str(REPO) + os.sep, *sys.path[1:]):
        if prefix and filename.startswith(prefix):
            filename = filename[len(prefix) :].lstrip(os.sep)
            break
    if "site-packages" in filename:
        filename = filename.split("site-packages" + os.sep, 1)[1]
    return f"{filename}:{line}({func})"


def pstats_text(stats_file: Path, top: int = 20) -> str:
    out = io.StringIO()
    pstats.Stats(str(stats_file), stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()
