"""Render the IR through Jinja templates, format with ruff, and write output atomically."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from . import ir
from .diagnostics import escape_chars
from .files import read_tree
from .resources import builtin_templates
from .staging import PAUSE_ENV, clean_leftovers, discard_staging, staging_dir, swap_into_place

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
    "staging_dir",
    "swap_into_place",
]


TEMPLATE_DIR = builtin_templates()  # generator/resources.py: ``templates/`` in a checkout, package data installed
# output file -> template; ``None`` marks a file written directly (from the IR, or a runtime copy).
_FILES: dict[str, str | None] = {
    "__init__.py": "__init__.py.jinja",
    "_base.py": "_base.py.jinja",
    "models.py": "models.py.jinja",
    "_models.py": "_models.py.jinja",
    "server.py": "server.py.jinja",
    "_server_runtime.py": None,  # generator/runtime/server.py, copied verbatim (RUNTIME_FILES)
    "client.py": "client.py.jinja",
    "responses.py": "responses.py.jinja",
    "_responses.py": "_responses.py.jinja",
    "_client_runtime.py": None,  # generator/runtime/client.py, copied verbatim
    "webhooks.py": "webhooks.py.jinja",  # only for a spec with webhooks or callbacks (HOOK_FILES)
    "_webhooks_runtime.py": None,  # generator/runtime/webhooks.py, copied verbatim
    "openapi.json": None,
    "py.typed": None,
}
DEFAULT_OUTPUTS = ("models", "server", "client")
RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
# output file -> module in generator/runtime/, copied verbatim behind the header and a version line.
RUNTIME_FILES: dict[str, str] = {
    "_server_runtime.py": "server.py",
    "_client_runtime.py": "client.py",
    "_webhooks_runtime.py": "webhooks.py",
}
# The receiver and parse helpers of webhooks and callbacks: written with the server (whose runtime the
# receiver app uses) when the spec documents any.
HOOK_FILES = frozenset({"webhooks.py", "_webhooks_runtime.py"})


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


_PART_OF = {"responses": "client", "webhooks": "server"}  # files named after no output that belong to one


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
        if (needs is not None and needs not in wanted) or (name in HOOK_FILES and not api.hooks):
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
    """The verbatim copy of a runtime module for ``file_name``; None when that file is not a runtime copy."""
    module = RUNTIME_FILES.get(file_name)
    if module is None:
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
