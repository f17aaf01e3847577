"""Reading a generated tree: a light module (no Jinja, no YAML) so no-op runs stay fast."""

from __future__ import annotations

from pathlib import Path

__all__ = ["read_tree"]


def read_tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (ignoring caches), relative POSIX path -> bytes; {} when absent."""
    out: dict[str, bytes] = {}
    if not root.is_dir():
        return out
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and "__pycache__" not in rel.parts and not rel.name.endswith((".pyc", ".pyo")):
            out[rel.as_posix()] = path.read_bytes()
    return out
