"""One way through: load -> build IR -> render -> format -> swap into place (or compare, for ``check``)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .builder import build_api
from .diagnostics import Diagnostic, GenerationError, Level, has_errors
from .loader import display_path, load_spec
from .naming import safe_identifier
from .render import DEFAULT_OUTPUTS, format_tree, read_tree, render_api, staging_dir, swap_into_place, write_files

__all__ = ["Job", "Result", "check", "default_specs", "generate", "package_name", "validate"]

ROOT_INIT = '"""Generated API packages — do not edit; run `make generate`."""\n'


@dataclass(frozen=True)
class Job:
    """One spec to generate, and how."""

    spec: Path
    package: str
    outputs: tuple[str, ...] = DEFAULT_OUTPUTS
    lenient: bool = False


@dataclass
class Result:
    """What a run produced: diagnostics, and which packages changed or are stale."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no error diagnostic was produced."""
        return not has_errors(self.diagnostics)


def package_name(spec: Path) -> str:
    """The package a spec generates into: its file stem, made a safe identifier."""
    return safe_identifier(spec.stem, fallback="api")


def default_specs(spec_dir: Path = Path("specs")) -> list[Path]:
    """Every spec in ``specs/`` (YAML or JSON), sorted."""
    return sorted(p for p in spec_dir.glob("*") if p.suffix.lower() in (".yaml", ".yml", ".json"))


def _lenient(diags: list[Diagnostic]) -> list[Diagnostic]:
    return [
        Diagnostic(Level.WARNING, d.location, d.message, d.file, d.line, d.column)
        if d.level is Level.ERROR and d.message.startswith("invalid spec:")
        else d
        for d in diags
    ]


def _render_job(job: Job, dest: Path, result: Result) -> bool:
    loaded, diags = load_spec(job.spec, validate=True)
    if loaded is None and job.lenient and diags and all(d.message.startswith("invalid spec:") for d in diags if d.level is Level.ERROR):
        loaded, _ = load_spec(job.spec, validate=False)
    if job.lenient:
        diags = _lenient(diags)
    result.diagnostics.extend(diags)
    if loaded is None:
        return False
    try:
        api, build_diags = build_api(loaded, job.package)
    except GenerationError as exc:
        result.diagnostics.extend(exc.diagnostics)
        return False
    result.diagnostics.extend(build_diags)
    write_files(dest, render_api(api, outputs=job.outputs))
    return True


def _stage(jobs: Sequence[Job], out: Path, result: Result) -> Path | None:
    staging = staging_dir(out)
    ok = True
    for job in jobs:
        ok = _render_job(job, staging / job.package, result) and ok
    if not ok or has_errors(result.diagnostics):
        shutil.rmtree(staging, ignore_errors=True)
        return None
    write_files(staging, {"__init__.py": ROOT_INIT})
    format_tree(staging)
    return staging


def generate(jobs: Sequence[Job], out: Path) -> Result:
    """Generate every job into ``out/<package>``; on any error, ``out`` is left exactly as it was."""
    result = Result()
    staging = _stage(jobs, out, result)
    if staging is None:
        return result
    try:
        changed = {}
        for job in jobs:
            if read_tree(staging / job.package) != read_tree(out / job.package):
                changed[job.package] = staging / job.package
        swap_into_place(changed, out)
        result.changed = sorted(changed)
        init = out / "__init__.py"
        if not init.exists():
            init.write_text(ROOT_INIT, encoding="utf-8")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def check(jobs: Sequence[Job], out: Path) -> Result:
    """Compare what the specs produce with ``out``; ``changed`` lists stale files (nothing is written)."""
    result = Result()
    staging = _stage(jobs, out, result)
    if staging is None:
        return result
    try:
        for job in jobs:
            fresh, current = read_tree(staging / job.package), read_tree(out / job.package)
            for name in sorted(set(fresh) | set(current)):
                if fresh.get(name) != current.get(name):
                    result.changed.append(display_path(out / job.package / name))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def validate(specs: Sequence[Path]) -> Result:
    """Load and validate specs, and build their IR, without writing anything."""
    result = Result()
    for spec in specs:
        loaded, diags = load_spec(spec)
        result.diagnostics.extend(diags)
        if loaded is not None:
            try:
                _, build_diags = build_api(loaded, package_name(spec))
                result.diagnostics.extend(build_diags)
            except GenerationError as exc:
                result.diagnostics.extend(exc.diagnostics)
    return result
