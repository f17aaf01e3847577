"""Every ```python block of README.md and docs/clients.md passes ``mypy --strict`` as written.

Blocks are written to a temporary directory (a block with a top-level ``await``/``async with``/
``async for`` is wrapped in an ``async def``, as it would sit in an application) and checked in
one mypy run with the repository (``generated``, ``services``) importable.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "docs" / "clients.md"]
_ASYNC = re.compile(r"^(await |async (with|for) )|[=(]\s*await ", re.M)


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def as_module(block: str) -> str:
    if not _ASYNC.search(block):
        return block
    imports = [line for line in block.splitlines() if line.startswith(("from ", "import "))]
    body = [line for line in block.splitlines() if not line.startswith(("from ", "import "))]
    return (
        "\n".join(imports) + "\n\n\nasync def _example() -> None:\n" + textwrap.indent("\n".join(body), "    ") + "\n"
    )


@pytest.mark.slow
def test_every_python_block_in_the_docs_passes_mypy_strict(tmp_path: Path) -> None:
    from mypy import api as mypy_api

    files: list[str] = []
    for doc in DOCS:
        for i, block in enumerate(python_blocks(doc)):
            target = tmp_path / f"{doc.stem.lower().replace('-', '_')}_block_{i}.py"
            target.write_text(as_module(block), encoding="utf-8")
            files.append(str(target))
    assert len(files) >= 4
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--no-error-summary",
            "--show-error-codes",
            "--show-column-numbers",
            *files,
        ]
    )
    assert status == 0, stdout + stderr
