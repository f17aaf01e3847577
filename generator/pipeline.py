"""One way through: load -> build IR -> render -> format -> swap into place (or compare, for ``check``).

Each generated package carries a ``.stamp``: a hash of everything its output
depends on (spec bytes, every file it ``$ref``s, the generator's source, the
templates and overrides, the options) plus the hash of every output file. When
the stamp still matches, ``generate`` and ``check`` skip the spec without
loading it; a hand edit to an output file, or any input change, breaks the
match and the spec goes through the full pipeline. The stamp is a cache, not an
output: ``check`` never reports it stale, and deleting it only costs time.

This module imports the heavy parts (YAML, Jinja, datamodel-code-generator)
only when a spec actually has to be rendered, so a no-op run stays fast.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import BUILTIN_TEMPLATES, MAX_FILE_SIZE, OUTPUTS, SPEC_SUFFIXES, Config, ConfigError
from .diagnostics import Diagnostic, GenerationError, Level, has_errors
from .files import read_tree
from .naming import safe_identifier

if TYPE_CHECKING:
    from . import ir
    from .loader import LoadedSpec

__all__ = [
    "STAMP",
    "Job",
    "Result",
    "blocking",
    "check",
    "default_specs",
    "generate",
    "is_fresh",
    "package_name",
    "plan_jobs",
    "validate",
]

ROOT_INIT = '"""Generated API packages — do not edit; run `make generate`."""\n'
STAMP = ".stamp"
_STAMP_HEAD = "# spec-generator stamp v1: lets `generate` and `check` skip unchanged specs; safe to delete\n"
_TOOLS = ("datamodel_code_generator", "ruff", "jinja2")  # their versions change the output


@dataclass(frozen=True)
class Job:
    """One spec to generate, and how."""

    spec: Path
    package: str
    outputs: tuple[str, ...] = OUTPUTS
    lenient: bool = False
    templates: Path | None = None  # per-file template overrides, searched before the built-in templates
    ref_roots: tuple[Path, ...] = ()  # folders a $ref may read besides the spec's own folder tree
    max_file_size: int = MAX_FILE_SIZE  # bytes: a larger spec or $ref'd file is refused


@dataclass
class Result:
    """What a run produced: diagnostics, which packages changed or are stale, and which were skipped unchanged."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)  # packages whose stamp matched: not rendered at all

    @property
    def ok(self) -> bool:
        """True when no error diagnostic was produced."""
        return not has_errors(self.diagnostics)


def package_name(spec: Path) -> str:
    """The package a spec generates into: its file stem, made a safe identifier."""
    return safe_identifier(spec.stem, fallback="api")


def default_specs(spec_dir: Path = Path("specs")) -> list[Path]:
    """Every spec in ``specs/`` (YAML or JSON), sorted."""
    return sorted(p for p in spec_dir.glob("*") if p.suffix.lower() in SPEC_SUFFIXES and p.is_file())


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


_Choice = tuple[str | None, tuple[str, ...] | None, bool | None]  # (package, outputs, lenient) of a table entry
_PLAIN: _Choice = (None, None, None)


def plan_jobs(
    config: Config,
    specs: Sequence[Path] = (),
    *,
    lenient: bool = False,
    templates: Path | None = None,
    ref_roots: Sequence[Path] = (),
    max_file_size: int | None = None,
) -> list[Job]:
    """The jobs for a run: ``specs`` (from the command line) or the configured ones; raises :class:`ConfigError`.

    A spec listed as a table in ``[tool.generator] specs`` keeps its package, outputs and
    ``lenient`` setting even when named on the command line.
    """
    tables = {e.path.resolve(): e for e in config.specs if e.from_table}
    chosen = _chosen_specs(specs) if specs else _configured_specs(config)
    jobs: list[Job] = []
    owners: dict[str, Path] = {}
    for path, (package, outputs, job_lenient) in chosen.items():
        table = tables.get(path)
        if table is not None:
            package, outputs, job_lenient = table.package, table.outputs, table.lenient
        name = package or package_name(path)
        if name in owners:
            raise ConfigError(
                f"{_shown(owners[name])} and {_shown(path)} both generate package {name!r}; "
                "give one a 'package' in [tool.generator] specs"
            )
        owners[name] = path
        jobs.append(
            Job(
                spec=path,
                package=name,
                outputs=outputs or config.outputs,
                lenient=lenient or config.lenient or bool(job_lenient),
                templates=templates if templates is not None else config.templates,
                ref_roots=(*config.ref_roots, *ref_roots),
                max_file_size=max_file_size or config.max_file_size,
            )
        )
    return jobs


def _specs_in(directory: Path, source: str = "") -> list[Path]:
    """The specs in a directory given as a spec; none is an error."""
    found = default_specs(directory)
    if not found:
        raise ConfigError(f"no specs (*.yaml, *.yml, *.json) in {_shown(directory)}/{source}")
    return found


def _chosen_specs(specs: Sequence[Path]) -> dict[Path, _Choice]:
    """The specs named on the command line (files, or directories of specs)."""
    chosen: dict[Path, _Choice] = {}
    for spec in specs:
        if spec.is_dir():
            for p in _specs_in(spec):
                chosen.setdefault(p.resolve(), _PLAIN)
        elif spec.is_file():
            chosen[spec.resolve()] = _PLAIN
        else:
            raise ConfigError(f"spec not found: {_shown(spec)}")
    return chosen


def _configured_specs(config: Config) -> dict[Path, _Choice]:
    """The specs ``[tool.generator] specs`` lists (else ``specs/``), tables with their own settings."""
    source = f" (from {_shown(config.file)} [tool.generator] specs)" if config.explicit_specs and config.file else ""
    chosen: dict[Path, _Choice] = {}
    for entry in config.specs:
        if entry.from_table:
            if not entry.path.is_file():
                raise ConfigError(f"spec not found: {_shown(entry.path)}{source}")
            chosen[entry.path.resolve()] = (entry.package, entry.outputs, entry.lenient)
        elif entry.path.is_dir():
            for p in _specs_in(entry.path, source):
                chosen.setdefault(p.resolve(), _PLAIN)
        elif entry.path.is_file():
            chosen.setdefault(entry.path.resolve(), _PLAIN)
        elif not config.explicit_specs:
            raise ConfigError(
                f"no specs given and {_shown(entry.path)}/ does not exist (pass SPEC files or set [tool.generator] specs)"
            )
        else:
            raise ConfigError(f"spec not found: {_shown(entry.path)}{source}")
    return chosen


# -- the stamp ---------------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _files_under(root: Path, *, skip_stamp: bool = False) -> dict[str, bytes]:
    """Every file under ``root`` (no caches), relative POSIX path -> bytes, optionally without the stamp."""
    files = read_tree(root)
    if skip_stamp:
        files.pop(STAMP, None)
    return files


def _tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for name, data in _files_under(root).items():
        h.update(name.encode() + b"\0" + _sha(data).encode() + b"\n")
    return h.hexdigest()


def _tool_version(module: str) -> str:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        return f"{module}=missing"
    site = Path(spec.origin).resolve().parent.parent
    found = sorted(p.name for p in site.glob(f"{module}-*.dist-info"))
    return ",".join(found) or f"{module}=unknown"


class _Digests:
    """Per-run memo of what every stamp key shares: the generator, the templates, tool versions."""

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict  # a stamp written under --strict proves the spec had no warnings
        self._trees: dict[Path, str] = {}
        self._toolchain: str | None = None

    def tree(self, root: Path) -> str:
        root = root.resolve()
        if root not in self._trees:
            self._trees[root] = _tree_digest(root)
        return self._trees[root]

    def toolchain(self) -> str:
        if self._toolchain is None:
            parts = [self.tree(Path(__file__).resolve().parent), self.tree(BUILTIN_TEMPLATES)]
            self._toolchain = _sha("\n".join(parts + [_tool_version(m) for m in _TOOLS]).encode())
        return self._toolchain

    def key(self, job: Job) -> str:
        options = {
            "stamp": 1,
            "toolchain": self.toolchain(),
            "templates": self.tree(job.templates) if job.templates else None,
            "package": job.package,
            "outputs": sorted(job.outputs),
            "lenient": job.lenient,
            **({"strict": True} if self.strict else {}),
            "source": _shown(job.spec),  # written into every header
        }
        return _sha(json.dumps(options, sort_keys=True).encode())


def _stamp_text(key: str, spec: Path, refs: Iterable[str], files: Mapping[str, bytes]) -> str:
    """The stamp: inputs (spec and ``$ref``'d files, relative to the spec's directory) and outputs, by hash."""
    base = spec.resolve().parent
    lines = [_STAMP_HEAD, f"key {key}\n", f"spec {_sha(spec.read_bytes())}\n"]
    lines += [f"ref {_sha((base / rel).read_bytes())} {rel}\n" for rel in refs]
    lines += [f"file {_sha(data)} {name}\n" for name, data in sorted(files.items()) if name != STAMP]
    return "".join(lines)


def _refs(loaded: LoadedSpec) -> list[str]:
    spec = loaded.path.resolve()
    return sorted(Path(os.path.relpath(p, spec.parent)).as_posix() for p in loaded.files if p.resolve() != spec)


def is_fresh(job: Job, dest: Path, digests: _Digests | None = None) -> bool:
    """True when ``dest/.stamp`` matches the job's inputs and ``dest``'s files exactly (nothing to do)."""
    try:
        old = (dest / STAMP).read_text(encoding="utf-8")
        refs = [line.split(" ", 2)[2] for line in old.splitlines() if line.startswith("ref ")]
        expected = _stamp_text((digests or _Digests()).key(job), job.spec, refs, _files_under(dest, skip_stamp=True))
    except (OSError, IndexError, UnicodeDecodeError):
        return False
    return expected == old


# -- rendering -----------------------------------------------------------------------------------


def _render_job(job: Job, dest: Path, result: Result) -> tuple[LoadedSpec, dict[str, str]] | None:
    import jinja2

    from .builder import build_api
    from .loader import start_loading
    from .render import render_api, write_files

    # Validation runs on the other core while the IR and the models are built from the same document.
    pending = start_loading(job.spec, ref_roots=job.ref_roots, max_bytes=job.max_file_size)
    built: tuple[ir.Api, list[Diagnostic]] | GenerationError | None = None
    if pending.buildable and pending.spec is not None:
        try:
            built = build_api(pending.spec, job.package)
        except GenerationError as exc:
            built = exc
    loaded, diags = pending.result()
    result.diagnostics.extend(diags)
    if loaded is None or built is None:  # an invalid spec reports what validation found, nothing else
        return None
    if isinstance(built, GenerationError):
        result.diagnostics.extend(built.diagnostics)
        return None
    api, build_diags = built
    result.diagnostics.extend(build_diags)
    try:
        files = render_api(api, outputs=job.outputs, override_dir=job.templates)
    except jinja2.TemplateError as exc:
        result.diagnostics.append(_template_error(exc))
        return None
    write_files(dest, files)  # checked for syntax errors by ``_stage`` while ruff formats
    return loaded, files


def _template_error(exc: Exception) -> Diagnostic:
    """A Jinja error as a diagnostic located in the template (override or built-in) that raised it."""
    file: str | None = getattr(exc, "filename", None)
    line: int | None = getattr(exc, "lineno", None)
    if file is None:  # runtime errors (e.g. an undefined attribute): Jinja maps template frames to template lines
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename.endswith(".jinja"):
                file, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
            tb = tb.tb_next
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return Diagnostic(Level.ERROR, "", f"template error: {message}", _shown(Path(file)) if file else "<template>", line)


def _syntax_errors(job: Job, files: Mapping[str, str]) -> list[Diagnostic]:
    """Rendered Python that does not parse (almost always a template override): name the template."""
    from .render import _FILES, TEMPLATE_DIR

    diags = []
    for name, text in files.items():
        if not name.endswith(".py"):
            continue
        try:
            compile(text, name, "exec", dont_inherit=True)
        except SyntaxError as exc:
            template = _FILES.get(name) or name
            where = (
                job.templates / template
                if job.templates and (job.templates / template).is_file()
                else TEMPLATE_DIR / template
            )
            bad_line = (exc.text or "").strip()
            diags.append(
                Diagnostic(
                    Level.ERROR,
                    "",
                    f"renders invalid Python: {job.package}/{name} line {exc.lineno}: {exc.msg}"
                    + (f": {bad_line}" if bad_line else ""),
                    _shown(where),
                )
            )
    return diags


def blocking(diagnostics: Sequence[Diagnostic], strict: bool = False) -> bool:
    """True when these diagnostics stop a run: any error, or (``strict``) any warning."""
    return has_errors(diagnostics) or (strict and any(d.level is Level.WARNING for d in diagnostics))


def _stage(jobs: Sequence[Job], out: Path, result: Result, digests: _Digests, strict: bool = False) -> Path | None:
    from .render import staging_dir, write_files
    from .staging import pause

    staging = staging_dir(out)
    # only the files each spec $ref'd are kept: the documents and IRs are freed before ruff starts
    refs: dict[str, list[str]] = {}
    checks: list[tuple[int, Job, Mapping[str, str]]] = []  # (where its diagnostics go, job, rendered files)
    for job in jobs:
        rendered = _render_job(job, staging / job.package, result)
        if rendered is not None:
            refs[job.package] = _refs(rendered[0])
            checks.append((len(result.diagnostics), job, rendered[1]))
        del rendered
    ok = len(refs) == len(jobs) and not blocking(result.diagnostics, strict)
    if ok:
        write_files(staging, {"__init__.py": ROOT_INIT})
        pause("staging")  # tests interrupt here: the staging folder holds the rendered packages
    bad = _check_while_formatting(staging if ok else None, checks, result)
    if not ok or bad:
        shutil.rmtree(staging, ignore_errors=True)
        return None
    for job in jobs:
        pkg = staging / job.package
        stamp = _stamp_text(digests.key(job), job.spec, refs[job.package], _files_under(pkg, skip_stamp=True))
        write_files(pkg, {STAMP: stamp})
    return staging


def _check_while_formatting(
    staging: Path | None, checks: Sequence[tuple[int, Job, Mapping[str, str]]], result: Result
) -> bool:
    """Check that every rendered output compiles while ruff (another process) formats ``staging``.

    Output of the built-in templates is checked by ruff's own parse (it refuses a file that does not
    parse); CPython compiles it only when ruff refused something, to name the file, line and reason.
    Compiling it always would cost more than the formatting (Stripe's client is 6 MB: ~1 s and ~250 MB).
    Output of a job with template overrides is always compiled: an override can write Python that
    parses but does not compile (``return`` outside a function). Syntax errors go into ``result``
    where each job's diagnostics are; True when there were any.
    """
    from .gcpolicy import release_free_memory
    from .render import format_tree

    compiled: list[tuple[int, Job, Mapping[str, str]]] = []  # rendered with overrides: always compiled
    parsed: list[tuple[int, Job, Mapping[str, str]]] = []  # built-in templates only: ruff's parse checks them
    for check in checks:
        (compiled if _overridden(check[1]) else parsed).append(check)
    if staging is None:  # the run already failed: only overrides are worth compiling for more diagnostics
        return _record_syntax_errors(compiled, result)
    release_free_memory()  # ruff's ~140 MB come on top of this process's resident memory
    with ThreadPoolExecutor(1) as pool:
        formatting = pool.submit(format_tree, staging)
        if _record_syntax_errors(compiled, result):
            return True
        try:
            formatting.result()
        except subprocess.CalledProcessError:
            if not _record_syntax_errors(parsed, result):
                raise  # a ruff failure on valid Python is a bug: raise it
            return True
    return False


def _overridden(job: Job) -> bool:
    """True when the job renders with template overrides (any ``.jinja`` file in its override folder)."""
    return job.templates is not None and job.templates.is_dir() and any(job.templates.rglob("*.jinja"))


def _record_syntax_errors(checks: Sequence[tuple[int, Job, Mapping[str, str]]], result: Result) -> bool:
    """Compile the rendered files of ``checks``; their syntax errors go where each job's diagnostics are."""
    bad = False
    for at, job, files in reversed(checks):  # reversed: inserting keeps the earlier positions valid
        errors = _syntax_errors(job, files)
        result.diagnostics[at:at] = errors
        bad = bad or bool(errors)
    return bad


def _interruptible_stage(
    jobs: Sequence[Job], out: Path, result: Result, digests: _Digests, strict: bool = False
) -> Path | None:
    """:func:`_stage`; when interrupted (Ctrl-C, SIGTERM), its staging folder is removed before re-raising."""
    from .gcpolicy import relaxed_gc
    from .staging import discard_staging

    try:
        with relaxed_gc():  # large, long-lived object graphs: rarer collections (no change in output)
            return _stage(jobs, out, result, digests, strict)
    except BaseException:
        discard_staging(out)
        raise


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def generate(jobs: Sequence[Job], out: Path, *, use_cache: bool = True, strict: bool = False) -> Result:
    """Generate every job into ``out/<package>``; on any error, ``out`` is left exactly as it was.

    With ``use_cache``, a package whose ``.stamp`` still matches is skipped without loading its spec.
    With ``strict``, warnings block writing too (a package is skipped only when its stamp was written
    under ``strict``, so it had no warnings).
    """
    from .staging import clean_leftovers

    clean_leftovers(out)  # staging folders and moved-aside packages of interrupted or killed runs
    result = Result()
    digests = _Digests(strict)
    todo = [job for job in jobs if not (use_cache and is_fresh(job, out / job.package, digests))]
    result.cached = sorted(job.package for job in jobs if job not in todo)
    if todo:
        from .render import swap_into_place

        staging = _interruptible_stage(todo, out, result, digests, strict)
        if staging is None:
            return result
        try:
            swap: dict[str, Path] = {}
            for job in todo:
                fresh, current = staging / job.package, out / job.package
                if _files_under(fresh, skip_stamp=True) != _files_under(current, skip_stamp=True):
                    swap[job.package] = fresh
                elif (fresh / STAMP).read_bytes() != _read_or_empty(current / STAMP):
                    _write_atomic(current / STAMP, (fresh / STAMP).read_bytes())  # same output, new inputs
            swap_into_place(swap, out)
            result.changed = sorted(swap)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    init = out / "__init__.py"
    if not init.exists():
        out.mkdir(parents=True, exist_ok=True)
        init.write_text(ROOT_INIT, encoding="utf-8")
    return result


def _read_or_empty(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def check(jobs: Sequence[Job], out: Path, *, use_cache: bool = True, strict: bool = False) -> Result:
    """Compare what the specs produce with ``out``; ``changed`` lists stale files (nothing is written).

    With ``use_cache``, a package whose ``.stamp`` matches its inputs and files is up to date without rendering.
    """
    result = Result()
    digests = _Digests(strict)
    todo = [job for job in jobs if not (use_cache and is_fresh(job, out / job.package, digests))]
    result.cached = sorted(job.package for job in jobs if job not in todo)
    if not todo:
        return result
    staging = _interruptible_stage(todo, out, result, digests)
    if staging is None:
        return result
    try:
        for job in todo:
            fresh = _files_under(staging / job.package, skip_stamp=True)
            current = _files_under(out / job.package, skip_stamp=True)
            for name in sorted(set(fresh) | set(current)):
                if fresh.get(name) != current.get(name):
                    result.changed.append((out / job.package / name).as_posix())
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def validate(specs: Sequence[Path] | Sequence[Job]) -> Result:
    """Load and validate specs, and build their IR, without writing anything."""
    from .builder import build_api
    from .loader import load_spec

    result = Result()
    for item in specs:
        job = item if isinstance(item, Job) else Job(item, package_name(item))
        loaded, diags = load_spec(job.spec, ref_roots=job.ref_roots, max_bytes=job.max_file_size)
        result.diagnostics.extend(diags)
        if loaded is not None:
            try:
                _, build_diags = build_api(loaded, job.package)
                result.diagnostics.extend(build_diags)
            except GenerationError as exc:
                result.diagnostics.extend(exc.diagnostics)
    return result
