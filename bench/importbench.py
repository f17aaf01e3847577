"""Section 4: import time of the generated Stripe package, ours vs openapi-python-client's.

Each sample is a fresh interpreter running ``python -c "import pkg.client, pkg.models"`` with the
package's parent directory as the working directory. Two rows, ours and theirs interleaved:

* **warm** (the target): the package's bytecode cache is written by one untimed run first, as
  after any first import (``PYTHONDONTWRITEBYTECODE`` is removed from the environment, whatever
  the caller's shell says);
* **cold**: the first import after generating, every sample with no bytecode of the package
  (its ``__pycache__`` folders removed and none written), so compiling its sources counts; the
  installed libraries keep their bytecode in both rows.

The reported figure is the minimum over the samples minus the minimum of ``python -c pass``
for the same interpreter (so interpreter start-up does not count).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .report import Row, Target, fmt_seconds

__all__ = ["import_seconds", "importtime_top", "run_import"]


def _env(cwd: Path, cold: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPATH"] = str(cwd)
    if cold:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _drop_bytecode(cwd: Path) -> None:
    for cache in cwd.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)


def _once(python: str, code: str, cwd: Path, cold: bool = False) -> tuple[float, subprocess.CompletedProcess[str]]:
    if cold:
        _drop_bytecode(cwd)
    start = time.perf_counter()
    done = subprocess.run(
        [python, "-c", code], cwd=cwd, env=_env(cwd, cold), capture_output=True, text=True, timeout=300
    )
    return time.perf_counter() - start, done


def import_seconds(
    python: str, modules: list[str], cwd: Path, samples: int = 5, *, cold: bool = False
) -> tuple[float, float]:
    """(min wall of importing ``modules``, min wall of ``pass``) in fresh interpreters; raises on failure."""
    code = "import " + ", ".join(modules)
    _, warm = _once(python, code, cwd)  # also writes the bytecode the warm samples use
    if warm.returncode != 0:
        raise RuntimeError(f"`python -c {code!r}` failed: {warm.stderr.strip().splitlines()[-1:]}")
    times, bare = [], []
    for _ in range(samples):
        t, _done = _once(python, code, cwd, cold)
        times.append(t)
        t, _done = _once(python, "pass", cwd)
        bare.append(t)
    return min(times), min(bare)


def importtime_top(python: str, modules: list[str], cwd: Path, top: int = 12) -> str:
    """``python -X importtime`` of the import, the ``top`` modules by self time (a profile)."""
    env = _env(cwd, cold=False)
    done = subprocess.run(
        [python, "-X", "importtime", "-c", "import " + ", ".join(modules)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    rows = []
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s*(.*)$", line)
        if m:
            rows.append((int(m.group(1)), int(m.group(2)), m.group(3)))
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows) or 1
    out = ["| self ms | cumulative ms | share | module |", "|---:|---:|---:|---|"]
    out += [
        f"| {s / 1000:.1f} | {c / 1000:.1f} | {100 * s / total:.0f}% | `{name.strip()}` |" for s, c, name in rows[:top]
    ]
    return "\n".join(out)


def run_import(
    ours_dir: Path | None,
    ours_pkg: str | None,
    opc_dir: Path | None,
    opc_pkg: str | None,
    opc_python: str | None,
    *,
    samples: int = 5,
    unavailable: str | None = None,
) -> list[Row]:
    """The warm import row (target: ours ≤ 0.3× openapi-python-client's) and the cold one (info)."""
    rows = []
    for cold in (False, True):
        metric = (
            "Stripe package: `import pkg.client, pkg.models`, "
            + ("cold: first import, no bytecode" if cold else "warm bytecode cache")
            + " (net of interpreter start-up)"
        )
        row = Row("import", metric, target=None if cold else Target("<=", 0.3))
        row.key = "import-cold" if cold else "import"
        rows.append(row)
        if unavailable or ours_dir is None or ours_pkg is None:
            row.unavailable = unavailable or "our Stripe package was not generated"
            continue
        _measure(row, "ours", sys.executable, ours_dir, ours_pkg, samples, cold)
        if row.unavailable:
            continue
        if opc_dir is None or opc_pkg is None or opc_python is None:
            row.unavailable = "openapi-python-client's Stripe package was not generated"
            row.theirs_text = f"unavailable: {row.unavailable}"
            continue
        _measure(row, "theirs", opc_python, opc_dir, opc_pkg, samples, cold)
    return rows


def _measure(row: Row, side: str, python: str, cwd: Path, pkg: str, samples: int, cold: bool) -> None:
    """Fill ``row``'s ``side`` (ours or theirs) with the net import time, or mark it unavailable."""
    try:
        t, bare = import_seconds(python, [f"{pkg}.client", f"{pkg}.models"], cwd, samples, cold=cold)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        row.unavailable = f"{'ours' if side == 'ours' else 'openapi-python-client package'}: {exc}"
        return
    if side == "ours":
        row.ours, row.ours_text = t - bare, fmt_seconds(t - bare)
    else:
        row.theirs, row.theirs_text = t - bare, fmt_seconds(t - bare)
    row.details[f"{side} raw"] = f"{fmt_seconds(t)} (interpreter {fmt_seconds(bare)})"
