"""``[tool.generator]`` in ``pyproject.toml``: found upward from the cwd, validated, with one-line errors.

Example (every key optional; these are the defaults)::

    [tool.generator]
    specs = ["specs"]                       # spec files, or directories of *.yaml|*.yml|*.json
    out = "generated"                       # packages go to <out>/<package>/
    outputs = ["models", "server", "client"]
    # templates = "templates-override"      # per-file template overrides
    lenient = false                         # no-op, kept for compatibility (schema violations are warnings)
    strict = false                          # warnings (schema violations too) fail the run
    ref_roots = []                          # folders a $ref may read besides the spec's own folder tree
    max_file_size = 67108864                # bytes (64 MiB): a larger spec or $ref'd file is refused

    [[tool.generator.specs]]                # a spec with its own settings
    path = "specs/rooms.yaml"
    package = "rooms"
    outputs = ["models", "client"]

Paths are relative to the directory holding ``pyproject.toml``. This module is
deliberately light (stdlib only): the CLI's no-op fast path imports it.
"""

from __future__ import annotations

import difflib
import keyword
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .resources import builtin_templates

__all__ = [
    "BUILTIN_TEMPLATES",
    "MAX_FILE_SIZE",
    "OUTPUTS",
    "SPEC_SUFFIXES",
    "Config",
    "ConfigError",
    "SpecEntry",
    "find_pyproject",
    "load_config",
    "parse_config",
    "template_problems",
]

OUTPUTS = ("models", "server", "client")
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
BUILTIN_TEMPLATES = builtin_templates()  # generator/resources.py: one rule for checkout and wheel
TABLE = "[tool.generator]"
_TOP_KEYS = ("specs", "out", "outputs", "templates", "lenient", "strict", "ref_roots", "max_file_size")
MAX_FILE_SIZE = 64 * 2**20  # bytes: the largest spec or $ref'd file read
_SPEC_KEYS = ("path", "package", "outputs", "lenient")


class ConfigError(Exception):
    """A usage problem, reported as one line and exit code 2.

    ``located`` messages start with the file they are about (``pyproject.toml: ...``).
    """

    def __init__(self, message: str, *, located: bool = False) -> None:
        super().__init__(message)
        self.located = located


@dataclass(frozen=True)
class SpecEntry:
    """One ``specs`` item: a file (or, for a plain string, possibly a directory) and its own settings."""

    path: Path  # absolute
    package: str | None = None
    outputs: tuple[str, ...] | None = None
    lenient: bool | None = None
    from_table: bool = False  # written as a table: must be a file


@dataclass(frozen=True)
class Config:
    """The resolved configuration; every path is absolute."""

    root: Path  # the directory paths are relative to (the pyproject's, or the cwd)
    file: Path | None = None  # the pyproject.toml read, if any
    specs: tuple[SpecEntry, ...] = ()
    out: Path = Path("generated")
    outputs: tuple[str, ...] = OUTPUTS
    templates: Path | None = None
    lenient: bool = False
    strict: bool = False
    ref_roots: tuple[Path, ...] = ()  # folders a $ref may read besides the spec's own folder tree
    max_file_size: int = MAX_FILE_SIZE
    explicit_specs: bool = field(default=False)  # ``specs`` was written in the file


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` or a parent directory."""
    start = start.resolve()
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _shown(path: Path) -> str:
    """``path`` relative to the cwd when it is below it or in a parent directory (``../pyproject.toml``)."""
    path, cwd = path.resolve(), Path.cwd().resolve()
    if path.is_relative_to(cwd) or cwd.is_relative_to(path.parent):
        return Path(os.path.relpath(path, cwd)).as_posix()
    return path.as_posix()


def _did_you_mean(word: str, choices: tuple[str, ...], label: str = "known keys") -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else f" ({label}: {', '.join(choices)})"


class _Reader:
    def __init__(self, file: Path) -> None:
        self.file = file
        self.prefix = f"{_shown(file)}: {TABLE}"

    def fail(self, message: str) -> ConfigError:
        return ConfigError(f"{self.prefix} {message}", located=True)

    def keys(self, table: Mapping[str, Any], allowed: tuple[str, ...], where: str = "") -> None:
        for key in table:
            if key not in allowed:
                raise self.fail(f"{where}unknown key {key!r}{_did_you_mean(key, allowed)}")

    def string(self, value: Any, name: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{name!r} must be a non-empty string, got {value!r}")
        return value

    def boolean(self, value: Any, name: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(f"{name!r} must be true or false, got {value!r}")
        return value

    def outputs(self, value: Any, name: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{name!r} must be a non-empty list of {', '.join(map(repr, OUTPUTS))}, got {value!r}")
        for v in value:
            if v not in OUTPUTS:
                raise self.fail(f"{name!r}: unknown output {v!r}{_did_you_mean(v, OUTPUTS, 'choose from')}")
        if "models" not in value:
            raise self.fail(f"{name!r} must include 'models' (the package, server and client import it)")
        return tuple(o for o in OUTPUTS if o in value)

    def package(self, value: Any, name: str) -> str:
        text = self.string(value, name)
        if not text.isidentifier() or keyword.iskeyword(text):
            suggestion = "".join(c if c.isalnum() or c == "_" else "_" for c in text).lstrip("0123456789") or "api"
            raise self.fail(f"{name!r}: {text!r} is not a valid Python package name (try {suggestion!r})")
        return text


def parse_config(data: Mapping[str, Any], file: Path) -> Config:
    """Validate a ``[tool.generator]`` table read from ``file``; raises :class:`ConfigError`."""
    root = file.resolve().parent
    r = _Reader(file)
    r.keys(data, _TOP_KEYS)
    kwargs: dict[str, Any] = {}
    if "out" in data:
        kwargs["out"] = root / r.string(data["out"], "out")
    else:
        kwargs["out"] = root / "generated"
    if "outputs" in data:
        kwargs["outputs"] = r.outputs(data["outputs"], "outputs")
    if "templates" in data:
        kwargs["templates"] = root / r.string(data["templates"], "templates")
    for key in ("lenient", "strict"):
        if key in data:
            kwargs[key] = r.boolean(data[key], key)
    if "ref_roots" in data:
        roots = data["ref_roots"]
        if not isinstance(roots, list):
            raise r.fail(f"'ref_roots' must be a list of folders, got {roots!r}")
        kwargs["ref_roots"] = tuple(root / r.string(item, "ref_roots") for item in roots)
    if "max_file_size" in data:
        size = data["max_file_size"]
        if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
            raise r.fail(f"'max_file_size' must be a positive number of bytes, got {size!r}")
        kwargs["max_file_size"] = size
    raw_specs = data.get("specs", ["specs"])
    if not isinstance(raw_specs, list):
        raw_specs = [raw_specs] if isinstance(raw_specs, str) else raw_specs
    if not isinstance(raw_specs, list):
        raise r.fail(f"'specs' must be a list of paths or tables, got {raw_specs!r}")
    entries: list[SpecEntry] = []
    for i, item in enumerate(raw_specs, start=1):
        where = f"specs entry {i}: "
        if isinstance(item, str):
            entries.append(SpecEntry(root / r.string(item, "specs")))
        elif isinstance(item, dict):
            r.keys(item, _SPEC_KEYS, where)
            if "path" not in item:
                raise r.fail(f"{where}missing 'path'")
            entries.append(
                SpecEntry(
                    root / r.string(item["path"], "path"),
                    r.package(item["package"], "package") if "package" in item else None,
                    r.outputs(item["outputs"], "outputs") if "outputs" in item else None,
                    r.boolean(item["lenient"], "lenient") if "lenient" in item else None,
                    from_table=True,
                )
            )
        else:
            raise r.fail(f"{where}must be a path or a table with 'path', got {item!r}")
    return Config(root=root, file=file, specs=tuple(entries), explicit_specs="specs" in data, **kwargs)


def load_config(file: Path | None = None, *, start: Path | None = None) -> Config:
    """Read ``file`` (or the nearest ``pyproject.toml`` upward from ``start``/cwd); defaults when there is none."""
    explicit = file is not None
    if file is None:
        file = find_pyproject(start or Path.cwd())
    if file is None:
        root = (start or Path.cwd()).resolve()
        return Config(root=root, specs=(SpecEntry(root / "specs"),), out=root / "generated")
    if not file.is_file():
        raise ConfigError(f"config file not found: {_shown(file)}")
    try:
        with file.open("rb") as fh:
            document = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{_shown(file)}: invalid TOML: {exc}", located=True) from None
    except OSError as exc:
        raise ConfigError(f"{_shown(file)}: cannot read: {exc.strerror or exc}", located=True) from None
    tool = document.get("tool", {})
    table = tool.get("generator") if isinstance(tool, dict) else None
    if table is None:
        if explicit:
            raise ConfigError(f"{_shown(file)}: no {TABLE} table", located=True)
        root = file.resolve().parent
        return Config(root=root, file=file, specs=(SpecEntry(root / "specs"),), out=root / "generated")
    if not isinstance(table, dict):
        raise ConfigError(f"{_shown(file)}: {TABLE} must be a table", located=True)
    return parse_config(table, file)


def template_problems(directory: Path) -> list[str]:
    """Why an override directory would not do what its author expects (empty when fine).

    A file named like a built-in template overrides it; other templates must start
    with ``_`` (helpers to include or import). Anything else is almost surely a typo.
    """
    if not directory.is_dir():
        return [f"template directory not found: {_shown(directory)}"]
    builtin = sorted(p.name for p in BUILTIN_TEMPLATES.glob("*.jinja"))
    problems = []
    for path in sorted(directory.rglob("*.jinja")):
        rel = path.relative_to(directory).as_posix()
        if rel in builtin or path.name.startswith("_"):
            continue
        close = difflib.get_close_matches(rel, builtin, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        problems.append(
            f"{_shown(path)}: not a built-in template ({hint}overrides must be named like one of: "
            f"{', '.join(builtin)}; helper templates start with '_')"
        )
    return problems
