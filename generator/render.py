"""Render the IR through Jinja templates, format with ruff, and write output atomically."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from . import ir
from .diagnostics import escape_chars
from .files import read_tree
from .resources import builtin_templates

__all__ = [
    "DEFAULT_OUTPUTS",
    "PAUSE_ENV",
    "TEMPLATE_DIR",
    "clean_leftovers",
    "discard_staging",
    "format_tree",
    "output_of",
    "read_tree",
    "render_api",
    "swap_into_place",
]


TEMPLATE_DIR = builtin_templates()  # generator/resources.py: ``templates/`` in a checkout, package data installed
# output file -> template; ``None`` marks a file written directly (from the IR, or a runtime copy).
_FILES: dict[str, str | None] = {
    "__init__.py": "__init__.py.jinja",
    "_base.py": "_base.py.jinja",
    "models.py": "models.py.jinja",
    "server.py": "server.py.jinja",
    "_server_runtime.py": None,  # generator/runtime/server.py, copied verbatim (RUNTIME_FILES)
    "client.py": "client.py.jinja",
    "responses.py": "responses.py.jinja",
    "_client_runtime.py": None,  # generator/runtime/client.py, copied verbatim
    "openapi.json": None,
    "py.typed": None,
}
DEFAULT_OUTPUTS = ("models", "server", "client")
RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
# output file -> module in generator/runtime/, copied verbatim (it replaces a template of the same output name).
RUNTIME_FILES: dict[str, str] = {
    "_server_runtime.py": "server.py",
    "_client_runtime.py": "client.py",
}


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ud800-\udfff]")


def _docstring(text: object) -> str:
    """Text made safe inside a triple-double-quoted docstring (control characters become escapes)."""
    s = str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').replace("\r\n", "\n").replace("\r", "\n")
    s = escape_chars(s, _CONTROL)
    s = "\n".join(line.rstrip() for line in s.strip().splitlines())
    if s.endswith('"'):
        s += " "
    return s


def _comment(text: object) -> str:
    """Text made safe on one ``#`` comment line."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())


def _pystr(text: object) -> str:
    """A Python string literal for any text."""
    return repr(str(text))


def environment(override_dir: Path | None = None) -> jinja2.Environment:
    """The Jinja environment: user overrides first, then the built-in templates.

    A file in ``override_dir`` named like a built-in template replaces it (helpers it
    includes are looked up there first too); ``builtin/<name>`` always names the
    built-in one, so an override can ``{% include "builtin/client.py.jinja" %}`` and add to it.
    """
    builtin = jinja2.FileSystemLoader(str(TEMPLATE_DIR))
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(override_dir))] if override_dir else []
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([*loaders, jinja2.PrefixLoader({"builtin": builtin}), builtin]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - Python source, not HTML; all spec text passes through filters
    )
    env.filters.update(docstring=_docstring, comment=_comment, pystr=_pystr, repr=repr)
    return env


def output_of(file_name: str) -> str | None:
    """The output (``models``, ``server``, ``client``) a package file belongs to; None: always written."""
    stem = file_name.removesuffix(".py").removeprefix("_").removesuffix("_runtime")
    stem = _PART_OF.get(stem, stem)
    return stem if stem in DEFAULT_OUTPUTS else None


_PART_OF = {"responses": "client"}  # files named after no output that belong to one


def render_api(
    api: ir.Api, *, outputs: Iterable[str] = DEFAULT_OUTPUTS, override_dir: Path | None = None
) -> dict[str, str]:
    """Render one API package: file name -> text."""
    env = environment(override_dir)
    wanted = set(outputs)
    header = f"# generated from {_comment(api.source)} — do not edit"
    context: dict[str, Any] = {"api": api, "header": header, "outputs": sorted(wanted)}
    files: dict[str, str] = {}
    for name, template in _FILES.items():
        needs = output_of(name)
        if needs is not None and needs not in wanted:
            continue
        runtime = runtime_copy(name, header)
        if runtime is not None:
            files[name] = runtime
        elif template is not None:
            files[name] = env.get_template(template).render(context)
    files["openapi.json"] = api.spec_json + "\n"
    files["py.typed"] = ""
    return files


def runtime_version(source: str) -> str:
    """The line identifying a runtime copy: toolkit version and a hash of the module's source."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        toolkit = version("spec-first-generator")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout that was never installed
        toolkit = "0+unknown"
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
    return f"# runtime: spec-first-generator {toolkit}, source sha256 {digest} (copied verbatim; do not edit)"


def runtime_copy(file_name: str, header: str) -> str | None:
    """The verbatim copy of a runtime module for ``file_name``; None when that file is rendered from a template."""
    module = RUNTIME_FILES.get(file_name)
    if module is None or not (RUNTIME_DIR / module).is_file():
        return None
    source = (RUNTIME_DIR / module).read_text(encoding="utf-8")
    return f"{header}\n{runtime_version(source)}\n{source}"


def _ruff() -> str:
    try:
        from ruff.__main__ import find_ruff_bin

        return str(find_ruff_bin())
    except (ImportError, FileNotFoundError):
        return shutil.which("ruff") or "ruff"


def format_tree(root: Path) -> None:
    """Sort imports, drop unused ones and format every Python file under ``root`` (deterministic)."""
    _pause("staging")  # the staging folder holds the rendered package
    ruff = _ruff()
    common = ["--isolated", "--no-cache", "--quiet", "--target-version", "py311", "--line-length", "120"]
    subprocess.run(
        [ruff, "check", *common, "--select", "I,F401", "--fix", "--exit-zero", str(root)],
        check=True,
        capture_output=True,
    )
    subprocess.run([ruff, "format", *common, str(root)], check=True, capture_output=True)


def write_files(root: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` below ``root`` (created)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")


# Names this module gives its temporary entries in ``out``, each carrying the PID of the run that owns it.
_STAGING = re.compile(r"\.generator-(\d+)-[A-Za-z0-9_]+")
_BACKUP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)\.old-(\d+)")
PAUSE_ENV = "SPEC_GENERATOR_TEST_PAUSE"  # tests only: "<point>" sleeps at that point (interrupt tests)


def _pause(point: str) -> None:
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
            _pause("swap")
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
