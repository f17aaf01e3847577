"""An installed copy of the generator (a wheel, as pip or pre-commit installs it) carries its templates."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_every_template(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {f"generator/templates/{p.name}" for p in (ROOT / "templates").glob("*.jinja")}
    assert templates and templates <= names
    assert "generator/py.typed" in names and "generator/cli.py" in names
    sources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*.py")}
    assert sources <= names, sorted(sources - names)  # every subpackage (builder, runtime) is listed in pyproject
