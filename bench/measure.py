"""Run a command as a child process and measure it: wall time, CPU time, peak memory.

Two peaks are kept. ``max_rss_kb`` is the largest single process: the highest ``VmHWM`` of
the child and (sampled) its descendants (else ``os.wait4``'s figure). ``peak_tree_kb`` is what the whole command needed at once: the
highest sum, sampled every ~20 ms, of the proportional set size (``Pss`` in
``/proc/PID/smaps_rollup``) of the child and every process below it. A tool that forks
helpers or starts a formatter is charged for them; pages a forked child shares with its
parent are counted once (RSS would count them in both), so splitting work into processes
neither hides nor inflates memory.
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

__all__ = ["Measurement", "best", "run_measured", "tree_pss_kb"]


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
    peak_tree_kb: int = 0  # peak of the summed PSS of the child and all its descendants (sampled), KiB

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    @property
    def max_rss_mb(self) -> float:
        return self.max_rss_kb / 1024

    @property
    def peak_tree_mb(self) -> float:
        """The whole process tree's peak memory (MiB); the largest process's peak when it was not sampled."""
        return (self.peak_tree_kb or self.max_rss_kb) / 1024

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
        peak_kb = 0  # largest VmHWM in the tree (ru_maxrss would also count the forked copy of us)
        tree_kb = 0
        polls = 0
        while True:
            peak_kb = max(peak_kb, _vm_hwm_kb(proc.pid))
            if polls % 4 == 0:
                pss, largest = _tree_sample(proc.pid)
                tree_kb, peak_kb = max(tree_kb, pss), max(peak_kb, largest)
            polls += 1
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
        peak_tree_kb=tree_kb,
        stdout=stdout,
        stderr=stderr,
        timed_out=timed_out,
    )


def _proc_kb(path: str, field: bytes) -> int:
    """The kB figure of the line starting with ``field`` in a /proc file; 0 if unavailable."""
    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _vm_hwm_kb(pid: int) -> int:
    """Peak resident memory (kB) of a running process's current image; 0 if unavailable."""
    return _proc_kb(f"/proc/{pid}/status", b"VmHWM:")


def _children(pid: int) -> list[int]:
    """The direct children of ``pid`` (every thread's), from /proc; [] when it is gone."""
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", "rb") as fh:
                found += [int(x) for x in fh.read().split()]
    except (OSError, ValueError):
        pass
    return found


def _pss_kb(pid: int) -> int:
    """The proportional set size (kB) of a running process; 0 if unavailable."""
    return _proc_kb(f"/proc/{pid}/smaps_rollup", b"Pss:")


def _tree_sample(pid: int) -> tuple[int, int]:
    """(summed PSS, largest VmHWM) in kB over ``pid`` and all its descendants right now."""
    total, largest, todo, seen = 0, 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _pss_kb(current)
        largest = max(largest, _vm_hwm_kb(current))
        todo += _children(current)
    return total, largest


def tree_pss_kb(pid: int) -> int:
    """The summed PSS (kB) of ``pid`` and all its descendants right now."""
    return _tree_sample(pid)[0]


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
    print(
        m.returncode,
        f"{m.wall:.3f}s wall {m.cpu:.3f}s cpu {m.max_rss_mb:.1f} MiB largest process {m.peak_tree_mb:.1f} MiB tree",
    )
