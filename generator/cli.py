"""Command line: ``python -m generator {generate,check,validate}``.

Exit codes: 0 ok, 1 diagnostics (errors, or stale output for ``check``), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .diagnostics import Diagnostic, Level
from .pipeline import Job, Result, check, default_specs, generate, package_name, validate

__all__ = ["main"]

EXIT_OK, EXIT_DIAGNOSTICS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate Pydantic models, a typed httpx client and a FastAPI/Starlette server from OpenAPI specs.",
        epilog="Exit codes: 0 ok, 1 diagnostics (or stale output), 2 usage error.",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_text in (
        ("generate", "generate packages from specs (default: every spec in specs/ into generated/)"),
        ("check", "exit 1 and name the stale files when generated/ differs from what the specs produce"),
    ):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("specs", nargs="*", type=Path, metavar="SPEC", help="spec files (default: specs/*.yaml|yml|json)")
        p.add_argument("--out", type=Path, default=Path("generated"), help="output directory (default: generated)")
        p.add_argument("--lenient", action="store_true", help="report spec schema violations as warnings and generate anyway")
        p.add_argument("--strict", action="store_true", help="treat warnings as errors")
        p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p = sub.add_parser("validate", help="validate specs and report diagnostics", description="validate specs")
    p.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser


def _print(diags: Sequence[Diagnostic], quiet: bool) -> None:
    for d in diags:
        if quiet and d.level is not Level.ERROR:
            continue
        print(d.format(), file=sys.stderr)


def _failed(result: Result, strict: bool) -> bool:
    return not result.ok or (strict and any(d.level is Level.WARNING for d in result.diagnostics))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    quiet = bool(args.quiet)
    strict = bool(getattr(args, "strict", False))
    if args.command == "validate":
        missing = [s for s in args.specs if not s.is_file()]
        if missing:
            print(f"error: spec not found: {missing[0]}", file=sys.stderr)
            return EXIT_USAGE
        result = validate(args.specs)
        _print(result.diagnostics, quiet)
        return EXIT_DIAGNOSTICS if _failed(result, strict) else EXIT_OK
    specs = list(args.specs) or default_specs()
    missing = [s for s in specs if not s.is_file()]
    if missing:
        print(f"error: spec not found: {missing[0]}", file=sys.stderr)
        return EXIT_USAGE
    if not specs:
        print("error: no specs given and none found in specs/", file=sys.stderr)
        return EXIT_USAGE
    jobs = [Job(s, package_name(s), lenient=bool(args.lenient)) for s in specs]
    if args.command == "generate":
        result = generate(jobs, args.out)
        _print(result.diagnostics, quiet)
        if _failed(result, strict):
            print(f"generation failed; {args.out}/ left unchanged", file=sys.stderr)
            return EXIT_DIAGNOSTICS
        if not quiet:
            for job in jobs:
                state = "written" if job.package in result.changed else "unchanged"
                print(f"{job.spec} -> {args.out}/{job.package}/ ({state})")
        return EXIT_OK
    result = check(jobs, args.out)
    _print(result.diagnostics, quiet)
    if _failed(result, strict):
        return EXIT_DIAGNOSTICS
    if result.changed:
        print("stale generated files (run `make generate`):", file=sys.stderr)
        for name in result.changed:
            print(f"  {name}", file=sys.stderr)
        return EXIT_DIAGNOSTICS
    if not quiet:
        print(f"{args.out}/ is up to date with {len(jobs)} spec(s)")
    return EXIT_OK
