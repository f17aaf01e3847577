"""Run a command as a child process and measure it: wall time, CPU time, peak RSS.

Peak memory comes from ``os.wait4`` on that one child (Linux fills it with the child's own
usage and that of the processes it waited for, so ruff or black started by a generator count
too), which keeps one measurement from leaking into the next the way the process-wide
``getrusage(RUSAGE_CHILDREN)`` maximum would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Measurement", "best", "run_measured"]


@dataclass(frozen=True)
class Measurement:
    """One finished (or killed) child process."""

    argv: tuple[str, ...]
    returncode: int
    wall: float  # seconds
    cpu: float  # user + system seconds, the child and the children it waited for
    max_rss_kb: int  # peak resident set size of the largest process in the tree, KiB
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    @property
    def max_rss_mb(self) -> float:
        return self.max_rss_kb / 1024

    def tail(self, lines: int = 5) -> str:
        """The last lines of stderr (else stdout), for an error message."""
        text = (self.stderr.strip() or self.stdout.strip()).splitlines()
        return " | ".join(line.strip() for line in text[-lines:])[:400]


def run_measured(
    argv: Sequence[str],
    *,
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 600.0,
    log_dir: Path | None = None,
    name: str = "cmd",
) -> Measurement:
    """Run ``argv`` to completion (killing its process group after ``timeout`` s) and measure it.

    stdout/stderr go to files (``log_dir/name.out|.err`` when given) so a chatty child never
    blocks on a full pipe.
    """
    import tempfile

    own_dir = log_dir is None
    logs = Path(tempfile.mkdtemp(prefix="bench-log-")) if log_dir is None else log_dir
    logs.mkdir(parents=True, exist_ok=True)
    out_path, err_path = logs / f"{name}.out", logs / f"{name}.err"
    full_env = dict(os.environ if env is None else env)
    timed_out = False
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv), cwd=cwd, env=full_env, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True
        )
        deadline = start + timeout
        peak_kb = 0  # VmHWM of the child's own address space (ru_maxrss also counts the forked copy of us)
        while True:
            peak_kb = max(peak_kb, _vm_hwm_kb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if time.perf_counter() > deadline:
                timed_out = True
                with _suppress():
                    os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(errors="replace")
    stderr = err_path.read_text(errors="replace")
    if own_dir:
        import shutil

        shutil.rmtree(logs, ignore_errors=True)
    return Measurement(
        argv=tuple(str(a) for a in argv),
        returncode=proc.returncode,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        max_rss_kb=peak_kb or int(usage.ru_maxrss),
        stdout=stdout,
        stderr=stderr,
        timed_out=timed_out,
    )


def _vm_hwm_kb(pid: int) -> int:
    """Peak resident memory (kB) of a running process's current image, from /proc; 0 if unavailable."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True


def best(runs: Sequence[Measurement]) -> Measurement:
    """The fastest successful run (min wall time: noise on a shared machine only ever adds time)."""
    ok = [r for r in runs if r.ok]
    return min(ok or runs, key=lambda r: r.wall)


if __name__ == "__main__":  # pragma: no cover - manual check
    m = run_measured(sys.argv[1:])
    print(m.returncode, f"{m.wall:.3f}s wall {m.cpu:.3f}s cpu {m.max_rss_mb:.1f} MiB")
