"""Section 1: generation time and peak memory, and the no-op regenerate.

Ours: ``python -m generator generate SPEC --out DIR --no-cache`` (models + server + client; retried
with ``--lenient`` only when the strict run fails). Theirs: openapi-python-client (client only,
``literal_enums: true`` so it finishes on Stripe; skipped endpoints counted from its warnings) and
datamodel-code-generator (models only, its CLI defaults). Each round runs the three tools back to
back on one spec; the best (minimum) wall time over the rounds is reported, and the largest RSS.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import REPO
from .measure import Measurement, run_measured
from .report import Row, Target, fmt_bytes_mb, fmt_count, fmt_seconds

__all__ = [
    "GenArtifacts",
    "count_generated_operations",
    "count_classes",
    "count_opc_skipped",
    "count_spec_operations",
    "run_generation",
    "run_noop",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OPC_CONFIG = "literal_enums: true\n"
_OPC_SKIP = re.compile(r"Endpoint will not be generated")
TIMEOUT = 420.0


def count_spec_operations(spec: Path) -> int:
    """Operations under ``paths`` (HTTP-method keys of each path item)."""
    text = spec.read_text()
    if spec.suffix.lower() == ".json":
        doc = json.loads(text)
    else:
        import yaml

        doc = yaml.safe_load(text)
    return sum(
        1 for item in (doc.get("paths") or {}).values() if isinstance(item, dict) for key in item if key in HTTP_METHODS
    )


def count_generated_operations(package: Path) -> dict[str, int]:
    """Operations present in a generated package: server routes and client operations."""
    counts: dict[str, int] = {}
    server, client = package / "server.py", package / "client.py"
    if server.exists():
        counts["server"] = server.read_text().count("_rt.OperationSpec(")
    if client.exists():
        counts["client"] = len(re.findall(r"^_op_\w+\s*[:=]", client.read_text(), re.M))
    return counts


def count_classes(path: Path) -> int:
    """``class`` statements at the top level of a module, or of every module under a directory."""
    files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return sum(len(re.findall(r"^class \w+", f.read_text(), re.M)) for f in files if f.exists())


def count_opc_skipped(log: str) -> int:
    """Endpoints openapi-python-client dropped (``... Endpoint will not be generated.``)."""
    return len(_OPC_SKIP.findall(log))


@dataclass
class _Side:
    runs: list[Measurement] = field(default_factory=list)
    error: str | None = None
    out: Path | None = None  # last successful output
    note: str = ""
    skipped: int | None = None

    def add(self, m: Measurement, out: Path, what: str) -> None:
        self.runs.append(m)
        if m.ok:
            self.out = out
        elif self.error is None:
            self.error = f"{what} failed (exit {m.returncode}{', timed out' if m.timed_out else ''}): {m.tail(2)}"

    @property
    def ok_runs(self) -> list[Measurement]:
        return [r for r in self.runs if r.ok]

    @property
    def wall(self) -> float | None:
        ok = self.ok_runs
        return min(r.wall for r in ok) if ok else None

    @property
    def cpu(self) -> float | None:
        ok = self.ok_runs
        return min(r.cpu for r in ok) if ok else None

    @property
    def rss_mb(self) -> float | None:
        """The whole process tree's peak memory (summed PSS), the largest over the rounds."""
        ok = self.ok_runs
        return max(r.peak_tree_mb for r in ok) if ok else None

    @property
    def largest_process_mb(self) -> float | None:
        ok = self.ok_runs
        return max(r.max_rss_mb for r in ok) if ok else None

    def reason(self) -> str | None:
        return None if self.ok_runs else (self.error or "not run")


@dataclass
class GenArtifacts:
    """Outputs kept for later sections (the Stripe packages for the import benchmark)."""

    ours_stripe: Path | None = None  # directory holding the generated package
    ours_stripe_package: str | None = None
    opc_stripe: Path | None = None  # directory holding openapi-python-client's package
    opc_stripe_package: str | None = None
    ours_profile_cmd: list[str] | None = None


def _time_row(label: str, ours: _Side, theirs: _Side, vs: str, target: Target | None) -> Row:
    reason = ours.reason() or theirs.reason()
    row = Row(
        "generate",
        f"{label}: wall time, full pipeline vs {vs}",
        ours=ours.wall,
        theirs=theirs.wall,
        ours_text=fmt_seconds(ours.wall) if ours.wall is not None else "",
        theirs_text=fmt_seconds(theirs.wall) if theirs.wall is not None else "",
        target=target,
        unavailable=reason,
    )
    row.details = {
        "ours cpu": fmt_seconds(ours.cpu),
        "theirs cpu": fmt_seconds(theirs.cpu),
        "rounds": str(len(ours.runs)),
    }
    if ours.note:
        row.note = ours.note
    return row


def _rss_row(label: str, ours: _Side, theirs: _Side, vs: str, target: Target | None = None) -> Row:
    row = Row(
        "generate",
        f"{label}: peak memory (whole process tree, PSS) vs {vs}",
        ours=ours.rss_mb,
        theirs=theirs.rss_mb,
        ours_text=fmt_bytes_mb(ours.rss_mb) if ours.rss_mb is not None else "",
        theirs_text=fmt_bytes_mb(theirs.rss_mb) if theirs.rss_mb is not None else "",
        unavailable=ours.reason() or theirs.reason(),
        target=target,
    )
    mine, other = ours.largest_process_mb, theirs.largest_process_mb
    if mine is not None and other is not None:
        row.details = {"largest single process (VmHWM)": f"ours {fmt_bytes_mb(mine)}, theirs {fmt_bytes_mb(other)}"}
    return row


def _env(cache_home: Path) -> dict[str, str]:
    """The environment with ``XDG_CACHE_HOME`` pointing at ``cache_home`` (a fresh one means a cold cache)."""
    cache_home.mkdir(parents=True, exist_ok=True)
    return dict(os.environ, XDG_CACHE_HOME=str(cache_home))


def _ours(spec: Path, out: Path, logs: Path, name: str, lenient: bool, cache_home: Path) -> Measurement:
    # --no-strict: a new user's defaults (this repository's own [tool.generator] sets strict for its specs)
    argv = [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), "--no-cache", "--no-strict"]
    if lenient:
        argv.append("--lenient")
    return run_measured(argv, cwd=REPO, env=_env(cache_home), log_dir=logs, name=name, timeout=TIMEOUT)


def run_generation(
    specs: Sequence[tuple[str, Path, bool]],
    *,
    rounds: Sequence[int],
    work: Path,
    opc_bin: Path | None,
    opc_reason: str | None,
    dcg: Path | None,
    dcg_reason: str | None,
    round_budget: float = 75.0,
    warm_run: bool = True,
    progress: Callable[[str], object] = print,
) -> tuple[list[Row], GenArtifacts]:
    """Rows for every spec; ``specs`` are ``(label, path, has_targets)``; ``rounds[i]`` per spec."""
    rows: list[Row] = []
    art = GenArtifacts()
    logs = work / "logs"
    cfg = work / "opc-config.yaml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(OPC_CONFIG)
    for (label, spec, main), n_rounds in zip(specs, rounds, strict=True):
        key = re.sub(r"\W+", "_", spec.stem)
        ours, opc, dcgs = _Side(), _Side(), _Side()
        lenient = False
        total_ops = count_spec_operations(spec)
        cache_home = work / "cache" / key / "r0"
        for r in range(n_rounds):
            round_start = time.monotonic()
            out = work / "ours" / key / f"r{r}"
            cache_home = work / "cache" / key / f"r{r}"
            m = _ours(spec, out, logs, f"ours-{key}-{r}", lenient, cache_home)
            if not m.ok and not lenient:
                lenient = True
                ours.note = "needed --lenient"
                cache_home = cache_home / "lenient"
                m = _ours(spec, out, logs, f"ours-{key}-{r}-lenient", lenient, cache_home)
            ours.add(m, out, "python -m generator generate")
            progress(f"  {label} round {r + 1}/{n_rounds}: ours {m.wall:.1f}s{'' if m.ok else ' FAILED'}")
            if opc_bin is not None:
                out = work / "opc" / key / f"r{r}"
                m = run_measured(
                    [
                        str(opc_bin / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(spec),
                        "--output-path",
                        str(out),
                        "--config",
                        str(cfg),
                        "--overwrite",
                    ],
                    cwd=work,
                    env=_env(work / "cache" / key / f"opc{r}"),
                    log_dir=logs,
                    name=f"opc-{key}-{r}",
                    timeout=TIMEOUT,
                )
                opc.add(m, out, "openapi-python-client generate")
                if m.ok:
                    opc.skipped = count_opc_skipped(m.stdout + m.stderr)
                progress(
                    f"  {label} round {r + 1}/{n_rounds}: openapi-python-client {m.wall:.1f}s{'' if m.ok else ' FAILED'}"
                )
            if dcg is not None:
                out = work / "dcg" / key / f"r{r}"
                out.mkdir(parents=True, exist_ok=True)
                m = run_measured(
                    [str(dcg), "--input", str(spec), "--input-file-type", "openapi", "--output", str(out / "models")],
                    cwd=work,
                    env=_env(work / "cache" / key / f"dcg{r}"),
                    log_dir=logs,
                    name=f"dcg-{key}-{r}",
                    timeout=TIMEOUT,
                )
                dcgs.add(m, out, "datamodel-codegen")
                progress(
                    f"  {label} round {r + 1}/{n_rounds}: datamodel-codegen {m.wall:.1f}s{'' if m.ok else ' FAILED'}"
                )
            if r + 1 < n_rounds and time.monotonic() - round_start > round_budget:
                progress(f"  {label}: round took {time.monotonic() - round_start:.0f} s; no more rounds (time budget)")
                break
        warm: Measurement | None = None
        if warm_run and main and ours.ok_runs:
            warm = _ours(spec, work / "ours" / key / "warm", logs, f"ours-{key}-warm", lenient, cache_home)
            progress(f"  {label}: ours again with the warm model cache {warm.wall:.1f}s{'' if warm.ok else ' FAILED'}")
        if opc_bin is None:
            opc.error = opc_reason
        if dcg is None:
            dcgs.error = dcg_reason

        pkg_name = None
        ours_ops: dict[str, int] = {}
        if ours.out is not None:
            pkgs = [p for p in ours.out.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
            if pkgs:
                pkg_name = pkgs[0].name
                ours_ops = count_generated_operations(pkgs[0])
        ours_missing = None if not ours_ops else max(0, total_ops - min(ours_ops.values()))

        rows.append(
            _time_row(label, ours, opc, "openapi-python-client (client only)", Target("<=", 0.3) if main else None)
        )
        rows.append(
            _time_row(label, ours, dcgs, "datamodel-codegen (models only)", Target("<=", 0.8) if main else None)
        )
        if pkg_name and ours.out is not None and dcgs.out is not None:
            ours_classes = count_classes(ours.out / pkg_name / "_models.py")
            dcg_classes = count_classes(dcgs.out / "models")
            rows[-1].details["model classes"] = f"ours _models.py {ours_classes}, datamodel-codegen {dcg_classes}"
        rows.append(_rss_row(label, ours, opc, "openapi-python-client"))
        rows.append(_rss_row(label, ours, dcgs, "datamodel-codegen", Target("<=", 1.0) if main else None))
        skipped = Row(
            "generate",
            f"{label}: operations skipped (of {total_ops}) vs openapi-python-client",
            ours=None if ours_missing is None else float(ours_missing),
            theirs=None if opc.skipped is None else float(opc.skipped),
            ours_text=fmt_count(ours_missing) if ours_missing is not None else "",
            theirs_text=fmt_count(opc.skipped) if opc.skipped is not None else "",
            target=Target("==", 0, on="ours", text="0 skipped") if main else None,
            show_ratio=False,
            unavailable=ours.reason() or (None if ours_missing is not None else "no server.py/client.py to count"),
        )
        if not skipped.unavailable and opc.skipped is None:
            skipped.theirs_text = f"unavailable: {opc.reason()}"
        if ours_ops:
            skipped.details = {k: f"{v} of {total_ops}" for k, v in ours_ops.items()}
        rows.append(skipped)
        if warm is not None:
            rows.append(
                Row(
                    "generate",
                    f"{label}: regenerate with a warm model/validation cache (~/.cache) vs cold",
                    ours=warm.wall if warm.ok else None,
                    theirs=ours.wall,
                    ours_text=fmt_seconds(warm.wall) if warm.ok else "",
                    theirs_text=f"cold {fmt_seconds(ours.wall)}",
                    unavailable=None if warm.ok else f"warm run failed: {warm.tail(2)}",
                )
            )
        if spec.name.startswith("stripe"):
            art.ours_stripe, art.ours_stripe_package = ours.out, pkg_name
            if opc.out is not None:
                inner = [p for p in opc.out.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
                if inner:
                    art.opc_stripe, art.opc_stripe_package = opc.out, inner[0].name
            art.ours_profile_cmd = [
                "-m",
                "generator",
                "generate",
                str(spec),
                "--out",
                str(work / "ours" / key / "profile"),
                "--no-cache",
                "--no-strict",  # as the timed runs: this repository's strict setting would stop it before ruff
            ] + (["--lenient"] if lenient else [])
    return rows, art


def run_noop(work: Path, repeats: int = 3) -> tuple[Row, list[str] | None]:
    """``python -m generator generate --out DIR`` (the configured specs) twice; time the second.

    Returns the row and, when it missed, the generator argv to profile.
    """
    out = work / "noop" / "generated"
    logs = work / "logs"
    argv = [sys.executable, "-m", "generator", "generate", "--out", str(out)]
    env = _env(work / "cache" / "noop")
    first = run_measured(argv, cwd=REPO, env=env, log_dir=logs, name="noop-first", timeout=TIMEOUT)
    target = Target("<", 0.5, on="ours", text="< 0.5 s")
    if not first.ok:
        return Row(
            "generate",
            "no-op `make generate` (nothing changed)",
            target=target,
            unavailable=f"first generate failed: {first.tail(2)}",
        ), None
    seconds = []
    last = first
    for i in range(repeats):
        last = run_measured(argv, cwd=REPO, env=env, log_dir=logs, name=f"noop-{i}", timeout=TIMEOUT)
        if last.ok:
            seconds.append(last.wall)
    if not seconds:
        return Row(
            "generate",
            "no-op `make generate` (nothing changed)",
            target=target,
            unavailable=f"second generate failed: {last.tail(2)}",
        ), None
    best = min(seconds)
    row = Row(
        "generate",
        f"no-op `make generate` (nothing changed; min of {len(seconds)})",
        ours=best,
        ours_text=fmt_seconds(best),
        theirs_text=f"first run {fmt_seconds(first.wall)}",
        target=target,
    )
    return row, argv[1:]
