"""State files: seed fixtures and ``--state-file`` (YAML or JSON, the shape of ``GET /_standin/state``)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

__all__ = ["StateShapeError", "check_shape", "parse_state", "read_state_file", "write_state_file"]


class StateShapeError(ValueError):
    """Data that is not ``{collection: [resource, ...]}``."""


def check_shape(data: object) -> Mapping[str, Sequence[Mapping[str, Any]]]:
    """``data`` itself when it is a mapping of collection names to lists of objects."""
    if not isinstance(data, Mapping):
        raise StateShapeError("state must be an object of collections: {name: [resource, ...]}")
    for name, items in data.items():
        if not isinstance(name, str) or not isinstance(items, list):
            raise StateShapeError(f"collection {name!r} must be a list of resources")
        if not all(isinstance(item, Mapping) for item in items):
            raise StateShapeError(f"every resource of {name!r} must be an object")
    return data


def parse_state(text: str | bytes, *, yaml_ok: bool = True) -> Mapping[str, Sequence[Mapping[str, Any]]]:
    """State from JSON or (a superset) YAML text; an empty text is an empty state."""
    if not text.strip():
        return {}
    try:
        data = yaml.safe_load(text) if yaml_ok else json.loads(text)
    except (yaml.YAMLError, ValueError) as exc:
        raise StateShapeError(f"not {'YAML/JSON' if yaml_ok else 'JSON'}: {exc}") from exc
    return check_shape({} if data is None else data)


def read_state_file(path: str | os.PathLike[str]) -> Mapping[str, Sequence[Mapping[str, Any]]]:
    """A seed or state file (``.json``, ``.yaml`` or ``.yml``)."""
    file = Path(path)
    try:
        return parse_state(file.read_text(encoding="utf-8"), yaml_ok=file.suffix.lower() != ".json")
    except StateShapeError as exc:
        raise StateShapeError(f"{file}: {exc}") from exc


def write_state_file(path: str | os.PathLike[str], state: Mapping[str, Any]) -> None:
    """Write state as JSON (YAML for a ``.yaml``/``.yml`` name), atomically (a temp file, then rename)."""
    file = Path(path)
    if file.suffix.lower() in (".yaml", ".yml"):
        text = yaml.safe_dump(json.loads(json.dumps(state)), sort_keys=False, allow_unicode=True)
    else:
        text = json.dumps(state, indent=2, ensure_ascii=False) + "\n"
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=file.name + ".", suffix=".tmp", dir=file.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
