"""``python -m bench``: run every section, print ONE table of ratios, write ``bench/results/latest.md``.

Options: ``--quick`` (one round, short loads: a smoke run), ``--only SECTION,...`` (generate,
noop, server, client, import), ``--rounds N`` (Stripe generation rounds, best of),
``--duration S`` (seconds of load per server run), ``--no-profile`` (skip profiling misses),
``--keep`` (keep the scratch directory), ``--update-docs`` (copy the table into
docs/benchmarks.md, between the bench markers), ``--docs-from-results`` (only that, from the last run).

Progress goes to stderr; the table to stdout. The exit code is 0 even when targets are missed
(the table says so); 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from . import REPO, RESULTS, stripe_spec
from .gen import GenArtifacts
from .report import DOC, Row, Target, fmt_seconds, fmt_us, format_table, machine, render_markdown, update_doc

SECTIONS = ("generate", "noop", "server", "client", "import")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(extra)
    return env


# -- the freshly generated rooms package (server and client sections) ---------------------------


STANDIN_SPECS = ("rooms.yaml", "twilio_proxy.yaml", "bandwidth_webrtc.yaml")


def _generate_standins(work: Path) -> tuple[Path | None, str | None]:
    """Generate specs/rooms.yaml (and the other stand-ins' specs) into ``work/pkgroot/generated``.

    Never into the repo's ``generated/``.
    """
    pkgroot = work / "pkgroot"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            *(str(REPO / "specs" / name) for name in STANDIN_SPECS),
            "--out",
            str(pkgroot / "generated"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env=_child_env(XDG_CACHE_HOME=str(work / "cache" / "pkgroot")),
    )
    if done.returncode != 0:
        return None, f"generating the stand-ins' specs failed: {done.stderr.strip()[-300:]}"
    return pkgroot, None


def _server_ready(pkgroot: Path) -> str | None:
    server = pkgroot / "generated" / "rooms" / "server.py"
    if not server.exists() or "class Service" not in server.read_text():
        return "the generated server has no Service protocol yet (templates/server.py.jinja)"
    if not (REPO / "services" / "rooms.py").exists():
        return "services/rooms.py does not exist yet"
    return None


def _client_ready(pkgroot: Path) -> str | None:
    client = pkgroot / "generated" / "rooms" / "client.py"
    if not client.exists() or not re.search(r"^class Client\b", client.read_text(), re.M):
        return "the generated client has no Client class yet (templates/client.py.jinja)"
    return None


def _dev_headers(pkgroot: Path) -> tuple[dict[str, str] | None, str | None]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from services.rooms import Config; print(json.dumps(Config().dev_headers()))",
        ],
        cwd=pkgroot,
        capture_output=True,
        text=True,
        timeout=120,
        env=_child_env(PYTHONPATH=str(REPO)),
    )
    if done.returncode != 0:
        return None, f"services.rooms does not import: {done.stderr.strip().splitlines()[-1:]}"
    return json.loads(done.stdout), None


# -- section 3: client -----------------------------------------------------------------------------


def _client_rows(pkgroot: Path | None, problem: str | None, token: str, iterations: int, batches: int) -> list[Row]:
    metrics = (("get_room", "`get_room(id)`"), ("create_room", "`create_room(name=...)`"))
    target = Target("<=", 1.10)
    if problem is None and pkgroot is not None:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.clientbench",
                "--token",
                token,
                "--iterations",
                str(iterations),
                "--batches",
                str(batches),
            ],
            cwd=pkgroot,
            capture_output=True,
            text=True,
            timeout=600,
            env=_child_env(PYTHONPATH=str(REPO)),
        )
        if done.returncode != 0:
            problem = f"client benchmark failed: {(done.stderr.strip() or done.stdout.strip())[-300:]}"
        else:
            data = json.loads(done.stdout)
    rows = []
    for op, label in metrics:
        row = Row("client", f"rooms {label} per call vs raw httpx (MockTransport)", target=target, key=f"client-{op}")
        if problem:
            row.unavailable = problem
        else:
            us = data["per_call_us"]
            row.ours, row.theirs = us[f"ours:{op}"], us[f"raw:{op}"]
            row.ours_text, row.theirs_text = fmt_us(row.ours), fmt_us(row.theirs)
            row.details = {
                "method": f"best of {data['batches']} batches of {data['iterations']} calls; "
                + "; ".join(data["notes"])
            }
        rows.append(row)
    return rows


# -- profiles of misses ----------------------------------------------------------------------------


def _profiles(rows: list[Row], work: Path, pkgroot: Path | None, art: GenArtifacts, token: str) -> str:
    from . import profiles
    from .importbench import importtime_top

    missed = {r.key for r in rows if r.verdict == "MISS"}
    parts: list[str] = []
    prof_dir = work / "profiles"
    prof_dir.mkdir(parents=True, exist_ok=True)

    if missed & {"gen-stripe-opc", "gen-stripe-dcg"} and art.ours_profile_cmd:
        _log("profiling: our pipeline on the Stripe spec (cProfile, cold cache)")
        stats, err = profiles.profile_command(
            art.ours_profile_cmd,
            prof_dir / "gen.prof",
            cwd=REPO,
            env=_child_env(XDG_CACHE_HOME=str(work / "cache" / "profile")),
        )
        parts.append("### Profile: full pipeline on the Stripe spec (cProfile, cold cache)\n")
        if stats is None:
            parts.append(f"unavailable: {err}\n")
        else:
            parts += [
                profiles.phase_table(stats),
                "",
                "Top functions by own time:",
                "",
                profiles.top_functions(stats, top=15),
                "",
            ]
            _annotate_gen(rows, stats)
    if "noop" in missed:
        _log("profiling: no-op generate")
        out = work / "noop" / "generated"
        stats, err = profiles.profile_command(
            ["-m", "generator", "generate", "--out", str(out)],
            prof_dir / "noop.prof",
            cwd=REPO,
            env=_child_env(XDG_CACHE_HOME=str(work / "cache" / "noop")),
        )
        parts.append("### Profile: no-op `generate` (cProfile)\n")
        parts.append(profiles.top_functions(stats, sort="cumtime", top=15) + "\n" if stats else f"unavailable: {err}\n")
    server_missed = sorted(k for k in missed if k.startswith("server-"))
    if server_missed and pkgroot is not None:
        parts.append("### Profile: generated server in-process (ASGI calls, no sockets)\n")
        for op in sorted({k.split("-")[1] for k in server_missed}):
            _log(f"profiling: server {op} in-process")
            cost = {}
            for kind in ("ours", "baseline"):
                done = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "bench.profile_server",
                        kind,
                        op,
                        "-n",
                        "3000",
                        *(["--profile-out", str(prof_dir / f"server-{op}.prof")] if kind == "ours" else []),
                    ],
                    cwd=pkgroot,
                    capture_output=True,
                    text=True,
                    timeout=300,
                    env=_child_env(PYTHONPATH=str(REPO)),
                )
                cost[kind] = json.loads(done.stdout)["us_per_request"] if done.returncode == 0 else None
            parts.append(
                f"`{op}`: app cost per request without HTTP — ours {fmt_us(cost['ours'])}, "
                f"hand-written Starlette {fmt_us(cost['baseline'])}.\n"
            )
            if (prof_dir / f"server-{op}.prof").exists():
                parts += [profiles.top_functions(prof_dir / f"server-{op}.prof", top=15), ""]
    client_missed = sorted(k for k in missed if k.startswith("client-"))
    if client_missed and pkgroot is not None:
        parts.append("### Profile: generated client (cProfile, MockTransport)\n")
        for key in client_missed:
            op = key.split("-", 1)[1]
            _log(f"profiling: client {op}")
            out = prof_dir / f"client-{op}.prof"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.clientbench",
                    "--token",
                    token,
                    "--profile",
                    f"ours:{op}",
                    "--iterations",
                    "3000",
                    "--profile-out",
                    str(out),
                ],
                cwd=pkgroot,
                capture_output=True,
                text=True,
                timeout=300,
                env=_child_env(PYTHONPATH=str(REPO)),
            )
            if out.exists():
                parts += [f"`{op}` (3000 calls):", "", profiles.top_functions(out, top=15), ""]
    if "import" in missed and art.ours_stripe:
        _log("profiling: Stripe package import")
        pkg = art.ours_stripe_package
        modules = [f"{pkg}.client", f"{pkg}.models"]
        parts.append("### Profile: importing our Stripe package\n")
        parts += [
            "`python -X importtime`, top modules by own time:",
            "",
            importtime_top(sys.executable, modules, art.ours_stripe),
            "",
        ]
        out = prof_dir / "import.prof"
        subprocess.run(
            [sys.executable, "-c", f"import cProfile; cProfile.run('import {pkg}.models', {str(out)!r})"],
            cwd=art.ours_stripe,
            capture_output=True,
            text=True,
            timeout=300,
            env=_child_env(PYTHONPATH=str(art.ours_stripe)),
        )
        if out.exists():
            parts += [
                "cProfile of `import models`, top functions by own time:",
                "",
                profiles.top_functions(out, top=15),
                "",
            ]
    return "\n".join(parts)


def _annotate_gen(rows: list[Row], stats: Path) -> None:
    """A short, data-derived note on the Stripe generation rows: which phases dominate."""
    from .profiles import phase_seconds

    cum, total = phase_seconds(stats)
    shown = [
        (n, cum[n])
        for n in ("_run_dcg", "_validate", "render_api", "format_tree", "_syntax_errors", "build_api", "read_document")
        if n in cum
    ]
    text = "profiled run: " + ", ".join(f"`{n}` {100 * t / total:.0f}%" for n, t in shown)
    for row in rows:
        if row.key.startswith("gen-stripe-") and row.verdict == "MISS":
            row.note = (row.note + "; " if row.note else "") + text + " (see the profile below)"


# -- main ------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--quick", action="store_true", help="one round, short loads (a smoke run; numbers are rough)")
    p.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections ({', '.join(SECTIONS)})")
    p.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="Stripe generation rounds, best of (default 2; a round slower than 75 s ends the rounds)",
    )
    p.add_argument("--small-rounds", type=int, default=2, help="rounds for specs/*.yaml (default 2)")
    p.add_argument("--duration", type=float, default=6.0, help="seconds of measured load per server run")
    p.add_argument("--connections", type=int, default=64)
    p.add_argument("--import-samples", type=int, default=5, help="timed imports per package, after a warm-up")
    p.add_argument("--no-profile", action="store_true", help="do not profile missed targets")
    p.add_argument("--keep", action="store_true", help="keep the scratch directory")
    # The --*-readme spellings are kept from when the table lived in README.md.
    p.add_argument("--update-docs", "--update-readme", action="store_true", help=f"copy the table into {DOC}")
    p.add_argument(
        "--docs-from-results",
        "--readme-from-results",
        action="store_true",
        help=f"only copy the last run's table (bench/results/readme_block.md) into {DOC}, without running",
    )
    a = p.parse_args(argv)
    if a.docs_from_results:
        stored = RESULTS / "readme_block.md"
        if not stored.exists():
            p.error("no bench/results/readme_block.md yet: run `python -m bench` first")
        update_doc(REPO / DOC, stored.read_text())
        print(f"{DOC}: table updated from bench/results/readme_block.md")
        return 0
    only = {s.strip() for s in a.only.split(",") if s.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        p.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    if a.quick:
        a.rounds, a.small_rounds, a.duration, a.import_samples = 1, 1, 2.0, 1

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # measure what users get: bytecode cached after first import
    started = time.monotonic()
    when = datetime.datetime.now(datetime.UTC)
    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    _log(f"bench: {machine()}; scratch {work}; load average {load_before[0]:.2f}")
    rows: list[Row] = []
    art = GenArtifacts()
    pkgroot: Path | None = None
    token = ""
    try:
        from . import tools

        opc_bin = opc_reason = dcg = dcg_reason = None
        if only & {"generate", "import"}:
            _log("tools: openapi-python-client venv in bench/.tools/venv")
            opc_bin, opc_reason = tools.ensure_opc()
            if opc_reason:
                _log(f"  unavailable: {opc_reason}")
            dcg, dcg_reason = tools.datamodel_codegen()

        if "generate" in only:
            from .gen import run_generation

            _log("section 1: generation time and peak memory")
            stripe = stripe_spec()
            specs: list[tuple[str, Path, bool]] = []
            rounds: list[int] = []
            if stripe is None:
                rows.append(
                    Row("generate", "Stripe spec", unavailable="shared/corpus/stripe_spec3_2022-04-12.json not found")
                )
            else:
                specs.append(("Stripe (4.2 MB)", stripe, True))
                rounds.append(a.rounds)
            for spec in sorted((REPO / "specs").glob("*.yaml")):
                specs.append((f"specs/{spec.name}", spec, False))
                rounds.append(a.small_rounds)
            gen_rows, art = run_generation(
                specs,
                rounds=rounds,
                work=work,
                opc_bin=opc_bin,
                opc_reason=opc_reason,
                dcg=dcg,
                dcg_reason=dcg_reason,
                progress=_log,
                warm_run=not a.quick,
            )
            for row in gen_rows:
                if row.metric.startswith("Stripe") and row.target is not None:
                    row.key = (
                        "gen-stripe-opc"
                        if "openapi-python-client" in row.metric
                        else ("gen-stripe-dcg" if "datamodel" in row.metric else "gen-stripe-skipped")
                    )
            rows += gen_rows

        if "noop" in only:
            from .gen import run_noop

            _log("section 1b: no-op generate")
            noop, _argv = run_noop(work)
            noop.key = "noop"
            rows.append(noop)

        if only & {"server", "client"}:
            _log("generating the stand-ins' specs (rooms, twilio_proxy, bandwidth_webrtc) into the scratch directory")
            pkgroot, gen_problem = _generate_standins(work)
            server_problem = gen_problem or (_server_ready(pkgroot) if pkgroot else None)
            client_problem = gen_problem or (_client_ready(pkgroot) if pkgroot else None)
            headers, header_problem = (None, server_problem) if server_problem else _dev_headers(pkgroot)  # type: ignore[arg-type]
            if header_problem and not server_problem:
                server_problem = header_problem
            if headers:
                token = headers.get("Authorization", "").partition(" ")[2]

            if "server" in only:
                from .serverbench import run_server_bench

                _log("section 2: server throughput (tools: Prism via npm in bench/.tools/npm, wrk)")
                prism, prism_reason = tools.ensure_prism()
                if prism_reason:
                    _log(f"  Prism unavailable: {prism_reason}")
                wrk, wrk_reason = tools.ensure_wrk()
                if wrk_reason:
                    _log(f"  wrk unavailable ({wrk_reason}); using the Python load generator")
                server_rows, _results = run_server_bench(
                    work,
                    pkgroot=pkgroot,
                    pkg_problem=server_problem,
                    prism=prism,
                    prism_reason=prism_reason,
                    wrk=wrk,
                    headers=headers,
                    duration=a.duration,
                    connections=a.connections,
                    progress=_log,
                )
                for row in server_rows:
                    op = "getRoom" if "getRoom" in row.metric else "createRoom"
                    row.key = f"server-{op}-{'prism' if 'Prism' in row.metric else 'baseline'}"
                rows += server_rows

                from .standinbench import run_standin_bench

                _log("section 2b: each stand-in's throughput (list with pagination, fetch, create)")
                rows += run_standin_bench(
                    work,
                    pkgroot=pkgroot,
                    pkg_problem=gen_problem,
                    wrk=wrk,
                    duration=a.duration,
                    connections=a.connections,
                    progress=_log,
                )

            if "client" in only:
                _log("section 3: client per-call overhead")
                rows += _client_rows(
                    pkgroot,
                    client_problem or (None if token else "no dev token"),
                    token or "x",
                    iterations=500 if a.quick else 2000,
                    batches=3 if a.quick else 7,
                )

        if "import" in only:
            from .importbench import run_import

            _log("section 4: import time of the generated Stripe package")
            opc_python = str(opc_bin / "python") if opc_bin else None
            reason = None if "generate" in only else "needs the generate section (it produces the Stripe packages)"
            rows += run_import(
                art.ours_stripe,
                art.ours_stripe_package,
                art.opc_stripe,
                art.opc_stripe_package,
                opc_python,
                samples=a.import_samples,
                unavailable=reason,
            )

        extra = ""
        if not a.no_profile and any(r.verdict == "MISS" for r in rows):
            extra = _profiles(rows, work, pkgroot, art, token or "x")
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)

    wall = time.monotonic() - started
    load_after = os.getloadavg()
    table = format_table(rows)
    print()
    print(table)
    print()
    missed = [r for r in rows if r.verdict == "MISS"]
    print(
        f"{sum(r.verdict == 'PASS' for r in rows)} PASS, {len(missed)} MISS, "
        f"{sum(r.verdict == 'n/a' for r in rows)} unavailable; wall time {fmt_seconds(wall)}; "
        f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    )
    details = ["## Details", ""]
    for r in rows:
        if r.details:
            details.append(f"- {r.section} · {r.metric}: " + "; ".join(f"{k}: {v}" for k, v in r.details.items()))
    details.append(
        f"- load average (1 min): {load_before[0]:.2f} at start, {load_after[0]:.2f} at end "
        "(other work on the machine inflates every number; ratios are measured side by side)"
    )
    body = "\n".join(details) + "\n\n" + extra
    RESULTS.mkdir(parents=True, exist_ok=True)
    doc = render_markdown(rows, when=when, wall=wall, extra=body)
    (RESULTS / "latest.md").write_text(doc)
    print(f"results: {(RESULTS / 'latest.md').relative_to(REPO)}")
    block = "\n".join(
        [
            f"Measured {when:%Y-%m-%d} on {machine()} by `make bench` ({fmt_seconds(wall)} wall; "
            f"load average {load_before[0]:.1f} at start). Ratios are ours ÷ theirs, measured side by side "
            "in the same run; the full output with profiles is `bench/results/latest.md`.",
            "",
            table,
        ]
    )
    notes = [f"- **{r.metric}** ({r.verdict}): {r.note}" for r in rows if r.note]
    if notes:
        block += "\n\n" + "\n".join(notes)
    (RESULTS / "readme_block.md").write_text(block + "\n")
    if a.update_docs:
        update_doc(REPO / DOC, block)
        print(f"{DOC}: table updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
