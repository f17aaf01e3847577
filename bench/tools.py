"""Install the comparison tools into ``bench/.tools/`` (never into the project's venv).

* openapi-python-client: its own venv, ``bench/.tools/venv`` (pinned version).
* Prism: ``npm install --prefix bench/.tools/npm @stoplight/prism-cli@<pinned>``.
* wrk: used when on PATH; as root with apt-get, ``apt-get install -y wrk`` is tried once
  (``BENCH_NO_APT=1`` turns that off); otherwise the bench's Python load generator is used.

datamodel-code-generator is the project's own pinned dependency (the same version our pipeline
runs), so its ``datamodel-codegen`` comes from the project venv.

Each ``ensure_*`` returns ``(path, None)`` or ``(None, reason)``; nothing here raises.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import TOOLS

__all__ = ["OPC_VERSION", "PRISM_VERSION", "ensure_opc", "ensure_prism", "ensure_wrk", "datamodel_codegen"]

OPC_VERSION = "0.29.1"
PRISM_VERSION = "5.14.2"


def _run(argv: list[str], timeout: float, env: dict[str, str] | None = None) -> tuple[bool, str]:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"{type(exc).__name__}: {exc}"[:300]
    if done.returncode != 0:
        last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
        return False, f"exit {done.returncode}: " + " | ".join(last)[:300]
    return True, ""


def ensure_opc() -> tuple[Path | None, str | None]:
    """``bench/.tools/venv`` with openapi-python-client; returns its ``bin/`` directory."""
    venv = TOOLS / "venv"
    stamp = venv / f".opc-{OPC_VERSION}"
    bindir = venv / "bin"
    if stamp.exists() and (bindir / "openapi-python-client").exists():
        return bindir, None
    base = getattr(sys, "_base_executable", sys.executable)
    if not (bindir / "python").exists():
        ok, why = _run([base, "-m", "venv", str(venv)], 120)
        if not ok:
            return None, f"python -m venv failed ({why})"
    ok, why = _run(
        [
            str(bindir / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"openapi-python-client=={OPC_VERSION}",
        ],
        600,
    )
    if not ok:
        return None, f"pip install openapi-python-client=={OPC_VERSION} failed ({why})"
    stamp.touch()
    return bindir, None


def ensure_prism() -> tuple[Path | None, str | None]:
    """The ``prism`` executable from ``bench/.tools/npm`` (installed with npm when missing)."""
    prefix = TOOLS / "npm"
    exe = prefix / "node_modules" / ".bin" / "prism"
    stamp = prefix / f".prism-{PRISM_VERSION}"
    if stamp.exists() and exe.exists():
        return exe, None
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return None, "node/npm not installed"
    prefix.mkdir(parents=True, exist_ok=True)
    ok, why = _run(
        [
            npm,
            "install",
            "--prefix",
            str(prefix),
            f"@stoplight/prism-cli@{PRISM_VERSION}",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ],
        600,
    )
    if not ok or not exe.exists():
        return None, f"npm install @stoplight/prism-cli@{PRISM_VERSION} failed ({why or 'no prism binary'})"
    stamp.touch()
    return exe, None


def ensure_wrk() -> tuple[Path | None, str | None]:
    """``wrk`` when available (tries ``apt-get install -y wrk`` as root unless ``BENCH_NO_APT`` is set)."""
    found = shutil.which("wrk")
    if found:
        return Path(found), None
    apt = shutil.which("apt-get")
    if apt is None or os.environ.get("BENCH_NO_APT") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None, "wrk not on PATH (and apt-get not usable)"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    ok, why = _run([apt, "install", "-y", "-qq", "wrk"], 300, env)
    if not ok:
        _run([apt, "update", "-qq"], 300, env)
        ok, why = _run([apt, "install", "-y", "-qq", "wrk"], 300, env)
    found = shutil.which("wrk")
    return (Path(found), None) if found else (None, f"apt-get install wrk failed ({why})")


def datamodel_codegen() -> tuple[Path | None, str | None]:
    """The project venv's ``datamodel-codegen`` (the version our pipeline uses)."""
    exe = Path(sys.executable).parent / "datamodel-codegen"
    if exe.exists():
        return exe, None
    found = shutil.which("datamodel-codegen")
    return (Path(found), None) if found else (None, "datamodel-codegen not installed in the project venv")
