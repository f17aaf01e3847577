"""Staging beside ``--out`` and the atomic swap: every name carries the owning PID, and leftovers are cleaned.

Light (stdlib only): ``generate`` calls :func:`clean_leftovers` before deciding whether anything
needs rendering, so the no-op path imports this and nothing heavy.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

__all__ = ["PAUSE_ENV", "clean_leftovers", "discard_staging", "pause", "staging_dir", "swap_into_place"]

# Names the generator gives its temporary entries in ``out``, each carrying the PID of the run that owns it.
_STAGING = re.compile(r"\.generator-(\d+)-[A-Za-z0-9_]+")
_BACKUP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)\.old-(\d+)")
PAUSE_ENV = "SPEC_GENERATOR_TEST_PAUSE"  # tests only: "<point>" sleeps at that point (interrupt tests)


def pause(point: str) -> None:
    """Tests interrupt a run here: with ``SPEC_GENERATOR_TEST_PAUSE=<point>``, say so on stderr and wait."""
    if os.environ.get(PAUSE_ENV) == point:
        import sys
        import time

        print(f"paused at {point}", file=sys.stderr, flush=True)
        time.sleep(60)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def clean_leftovers(out: Path) -> None:
    """Remove what interrupted or killed runs left in ``out``: only our names, only of dead PIDs.

    A staging folder (``.generator-<pid>-*``) is deleted; a moved-aside package
    (``.<name>.old-<pid>``) is moved back when ``<name>`` is missing, else deleted.
    """
    try:
        entries = sorted(out.iterdir())
    except OSError:
        return
    for entry in entries:
        staging, backup = _STAGING.fullmatch(entry.name), _BACKUP.fullmatch(entry.name)
        match = staging or backup
        if match is None or not entry.is_dir() or entry.is_symlink() or _alive(int(match.groups()[-1])):
            continue
        if backup is not None and not (out / backup.group(1)).exists():
            entry.rename(out / backup.group(1))
        else:
            shutil.rmtree(entry, ignore_errors=True)


def staging_dir(out: Path) -> Path:
    """A fresh temporary directory beside ``out`` (same filesystem, so renames are atomic), named with our PID."""
    out.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".generator-{os.getpid()}-", dir=out))


def discard_staging(out: Path) -> None:
    """Remove this process's staging folders from ``out`` (after an interrupt)."""
    for entry in out.glob(f".generator-{os.getpid()}-*"):
        shutil.rmtree(entry, ignore_errors=True)


def swap_into_place(staged: Mapping[str, Path], out: Path) -> None:
    """Move each staged package directory to ``out/<name>``, all or nothing (an interrupt rolls back)."""
    done: list[tuple[Path, Path | None, bool]] = []  # (dest, backup, new tree moved in)
    try:
        for name, src in staged.items():
            dest = out / name
            backup = None
            if dest.exists():
                backup = dest.with_name(f".{name}.old-{os.getpid()}")
                if backup.exists():
                    shutil.rmtree(backup)
                dest.rename(backup)
            done.append((dest, backup, False))
            pause("swap")
            src.rename(dest)
            done[-1] = (dest, backup, True)
    except BaseException:
        for dest, backup, moved_in in reversed(done):
            if moved_in and dest.exists():
                shutil.rmtree(dest)
            if backup is not None:
                backup.rename(dest)
        raise
    for _, backup, _ in done:
        if backup is not None:
            shutil.rmtree(backup, ignore_errors=True)
