"""Section 4: import time of the generated Stripe package, ours vs openapi-python-client's.

Each sample is a fresh interpreter running ``python -c "import pkg.client, pkg.models"`` with the
package's parent directory as the working directory; the bytecode cache is warmed by one
untimed run first. The reported figure is the minimum over the samples minus the minimum of
``python -c pass`` for the same interpreter (so interpreter start-up does not count).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from .report import Row, Target, fmt_seconds

__all__ = ["import_seconds", "importtime_top", "run_import"]


def _once(python: str, code: str, cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSTARTUP")}
    env["PYTHONPATH"] = str(cwd)
    start = time.perf_counter()
    done = subprocess.run([python, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    return time.perf_counter() - start, done


def import_seconds(python: str, modules: list[str], cwd: Path, samples: int = 5) -> tuple[float, float]:
    """(min wall of importing ``modules``, min wall of ``pass``) in fresh interpreters; raises on failure."""
    code = "import " + ", ".join(modules)
    _, warm = _once(python, code, cwd)
    if warm.returncode != 0:
        raise RuntimeError(f"`python -c {code!r}` failed: {warm.stderr.strip().splitlines()[-1:]}")
    times, bare = [], []
    for _ in range(samples):
        t, _done = _once(python, code, cwd)
        times.append(t)
        t, _done = _once(python, "pass", cwd)
        bare.append(t)
    return min(times), min(bare)


def importtime_top(python: str, modules: list[str], cwd: Path, top: int = 12) -> str:
    """``python -X importtime`` of the import, the ``top`` modules by self time (a profile)."""
    env = dict(os.environ, PYTHONPATH=str(cwd))
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
) -> Row:
    """The import row (target: ours ≤ 0.3× openapi-python-client's)."""
    metric = "Stripe package: `import pkg.client, pkg.models` (net of interpreter start-up)"
    target = Target("<=", 0.3)
    if unavailable or ours_dir is None or ours_pkg is None:
        return Row("import", metric, target=target, unavailable=unavailable or "our Stripe package was not generated")
    row = Row("import", metric, target=target)
    try:
        t, bare = import_seconds(sys.executable, [f"{ours_pkg}.client", f"{ours_pkg}.models"], ours_dir, samples)
        row.ours, row.ours_text = t - bare, fmt_seconds(t - bare)
        row.details["ours raw"] = f"{fmt_seconds(t)} (interpreter {fmt_seconds(bare)})"
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        row.unavailable = f"ours: {exc}"
        return row
    if opc_dir is None or opc_pkg is None or opc_python is None:
        row.unavailable = "openapi-python-client's Stripe package was not generated"
        row.theirs_text = f"unavailable: {row.unavailable}"
        row.ours_text = fmt_seconds(row.ours)
        return row
    try:
        t, bare = import_seconds(opc_python, [f"{opc_pkg}.client", f"{opc_pkg}.models"], opc_dir, samples)
        row.theirs, row.theirs_text = t - bare, fmt_seconds(t - bare)
        row.details["theirs raw"] = f"{fmt_seconds(t)} (interpreter {fmt_seconds(bare)})"
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        row.unavailable = f"openapi-python-client package: {exc}"
    return row
