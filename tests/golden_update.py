"""Regenerate the golden expected output: ``make golden`` (``python -m tests.golden_update``)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from generator.pipeline import Job, generate

GOLDEN = Path(__file__).resolve().parent / "golden"
# Files compared byte-for-byte (openapi.json is the bundled input, compared too).
COMPARED = (
    "__init__.py",
    "_base.py",
    "models.py",
    "_models.py",
    "server.py",
    "client.py",
    "responses.py",
    "_responses.py",
    "webhooks.py",
    "openapi.json",
)


def cases() -> list[Path]:
    """Every golden case directory (holding ``spec.yaml``)."""
    return sorted(p.parent for p in GOLDEN.glob("*/spec.yaml"))


def render_case(case: Path, out: Path) -> dict[str, bytes]:
    """Generate one case into ``out``; return the compared files."""
    result = generate([Job(case / "spec.yaml", "golden_" + case.name)], out)
    if not result.ok:
        raise RuntimeError("\n".join(d.format() for d in result.diagnostics))
    pkg = out / ("golden_" + case.name)
    return {name: (pkg / name).read_bytes() for name in COMPARED if (pkg / name).exists()}


def main() -> int:
    """Rewrite every ``expected/`` directory."""
    for case in cases():
        with tempfile.TemporaryDirectory() as tmp:
            files = render_case(case, Path(tmp))
        expected = case / "expected"
        shutil.rmtree(expected, ignore_errors=True)
        expected.mkdir()
        for name, data in files.items():
            (expected / name).write_bytes(data)
        print(f"updated {expected.relative_to(GOLDEN.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
