"""Command line: ``spec-generator`` (or ``python -m generator``) ``{generate,check,validate,templates,serve}``.

Exit codes: 0 ok; 1 diagnostics (an error, a warning under ``--strict``, or stale
output for ``check``); 2 usage (unknown option, missing spec, bad configuration,
unusable template directory, unwritable output). Usage errors are one line on
stderr; diagnostics are ``file:line:column: level: message (at #/json/pointer)``,
coloured only when stderr is a terminal and ``NO_COLOR`` is unset.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from . import __version__
from .config import Config, ConfigError, load_config, template_problems
from .diagnostics import Diagnostic, Level
from .pipeline import Job, Result, blocking, check, generate, plan_jobs, validate
from .resources import builtin_templates

__all__ = ["EXIT_DIAGNOSTICS", "EXIT_OK", "EXIT_USAGE", "main", "templates_reference"]

EXIT_OK, EXIT_DIAGNOSTICS, EXIT_USAGE = 0, 1, 2
COMMANDS = ("generate", "check", "validate", "templates", "serve", "contract")
DOCS_TEMPLATES = "docs/templates.md"
EPILOG = """\
configuration: [tool.generator] in the nearest pyproject.toml (see docs/configuration.md)
exit codes: 0 ok, 1 diagnostics or stale output, 2 usage error"""


class UsageError(Exception):
    """Reported as one line (``prog: error: message``), exit code 2."""

    def __init__(self, message: str, prog: str | None = None) -> None:
        super().__init__(message)
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line (and a hint), never a usage wall."""

    argv: Sequence[str] = ()
    options: tuple[str, ...] = ()

    def error(self, message: str) -> NoReturn:
        import difflib

        if message.startswith("argument COMMAND: invalid choice"):
            word = message.split("'")[1] if "'" in message else ""
            close = [c for c in COMMANDS if word and c.startswith(word)] or difflib.get_close_matches(
                word, COMMANDS, n=1
            )
            hint = f"did you mean {close[0]!r}? " if close else ""
            message = f"unknown command {word!r} ({hint}commands: {', '.join(COMMANDS)})"
        elif message.startswith("the following arguments are required: COMMAND"):
            unknown = [a for a in _Parser.argv if a.startswith("-") and a.split("=")[0] not in _Parser.options]
            message = f"unknown option {unknown[0]!r}" if unknown else f"missing command ({', '.join(COMMANDS)})"
        elif message.startswith("unrecognized arguments: "):
            first = message.removeprefix("unrecognized arguments: ").split()[0]
            if first.startswith("-"):
                close = difflib.get_close_matches(first.split("=")[0], _Parser.options, n=1, cutoff=0.7)
                message = f"unknown option {first!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
            else:
                message = f"unexpected argument {first!r}"
        raise UsageError(f"{message} (see '{self.prog} --help')", self.prog)


def _prog() -> str:
    argv0 = Path(sys.argv[0])
    return (
        "python -m generator" if argv0.name == "__main__.py" and argv0.parent.name == "generator" else "spec-generator"
    )


def _parser(prog: str) -> _Parser:
    common = _common_options()
    parser = _Parser(
        prog=prog,
        description="Generate Pydantic v2 models, a typed httpx client and a Starlette server "
        "from hand-written OpenAPI 3.0/3.1 specs.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    def command(name: str, summary: str, details: str) -> _Parser:
        p = sub.add_parser(
            name,
            help=summary,
            description=f"{summary}.\n\n{details}",
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )
        return p

    _spec_commands(command)
    _templates_command(command)
    _serve_command(command)
    _contract_command(command)
    _Parser.options = tuple(
        sorted({o for p in (parser, *sub.choices.values()) for a in p._actions for o in a.option_strings})
    )
    return parser


def _common_options() -> _Parser:
    """Options every command (and the bare program) accepts."""
    common = _Parser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print errors only")
    common.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read [tool.generator] from FILE instead of the nearest pyproject.toml",
    )
    return common


def _spec_options(p: _Parser, *, output: bool) -> None:
    p.add_argument(
        "specs",
        nargs="*",
        type=Path,
        metavar="SPEC",
        help="spec files or directories (default: [tool.generator] specs, else every spec in specs/)",
    )
    if output:
        p.add_argument(
            "--out",
            type=Path,
            metavar="DIR",
            help="output directory (default: [tool.generator] out, else generated)",
        )
        p.add_argument(
            "--templates",
            type=Path,
            metavar="DIR",
            help="template override directory (default: [tool.generator] templates)",
        )
        p.add_argument("--no-cache", action="store_true", help="ignore .stamp files and render every spec")
    p.add_argument(
        "--allow-ref-root",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="let $refs read files under DIR too (repeatable; default: only the spec's own folder tree)",
    )
    p.add_argument(
        "--max-file-size",
        type=_positive,
        metavar="BYTES",
        help="refuse a spec or $ref'd file larger than this (default: [tool.generator] max_file_size, 64 MiB)",
    )
    p.add_argument(
        "--lenient",
        action="store_true",
        help="accepted for compatibility: spec schema violations are warnings by default",
    )
    p.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="treat warnings (e.g. spec schema violations) as errors, exit 1 (default: [tool.generator] strict)",
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of bytes, got {text!r}")
    return int(text)


def _spec_commands(command: Callable[[str, str, str], _Parser]) -> None:
    """``generate``, ``check`` and ``validate``: the commands that take specs."""
    _spec_options(
        command(
            "generate",
            "generate a package per spec",
            "Writes <out>/<package>/ (models.py, server.py, client.py, ...) for each spec, atomically:\n"
            "on any error nothing is written. Unchanged specs are skipped via <out>/<package>/.stamp.",
        ),
        output=True,
    )
    _spec_options(
        command(
            "check",
            "fail when generated output is stale",
            "Exit 1 and list the files that differ from what the specs produce (hand edits, extra\n"
            "files, specs changed without regenerating). Nothing is written. For CI and pre-commit.",
        ),
        output=True,
    )
    _spec_options(
        command(
            "validate",
            "validate specs without writing anything",
            "Load, bundle, validate and build every spec; print diagnostics.",
        ),
        output=False,
    )


def _templates_command(command: Callable[[str, str, str], _Parser]) -> None:
    t = command(
        "templates",
        "list the templates and override them",
        "Lists the built-in templates, the file each renders and which ones your override directory\n"
        "replaces. Every template sees `api` (generator.ir.Api), `header` and `outputs`. See docs/templates.md.",
    )
    t.add_argument(
        "--copy",
        nargs="+",
        metavar="NAME",
        default=[],
        help="copy built-in templates into the override directory to edit",
    )
    t.add_argument(
        "--to", type=Path, metavar="DIR", help="override directory for --copy (default: [tool.generator] templates)"
    )
    t.add_argument(
        "--reference", action="store_true", help="print the Markdown reference of templates and IR (docs/templates.md)"
    )


def _serve_command(command: Callable[[str, str, str], _Parser]) -> None:
    s = command(
        "serve",
        "run a stand-in server of one API",
        "Runs the in-memory stand-in of API (bandwidth_webrtc, rooms, twilio_proxy) with its control API\n"
        "under /_standin/. Needs the stand-ins (the services and generated packages, in the wheel) and their\n"
        "dependencies (pip install 'spec-first-generator[services]'). Its options: `spec-generator serve --help`\n"
        "once they are installed, or docs/local-server.md.",
    )
    s.add_argument("serve_args", nargs=argparse.REMAINDER, metavar="API [OPTION ...]", help="passed to the stand-in")


def _cmd_serve(argv: Sequence[str]) -> int:
    """``spec-generator serve ...``: ``services.serve.main`` (imported only now: the generator does not need it)."""
    import importlib
    import importlib.util

    install = "pip install 'spec-first-generator[services]'"
    for package in ("services", "generated"):
        if importlib.util.find_spec(package) is None:
            raise UsageError(f"serve: the {package!r} package (the stand-ins) is not installed; {install}")
    try:
        serve = importlib.import_module("services.serve")
        importlib.import_module("services.standin")
    except ImportError as exc:
        raise UsageError(f"serve: the stand-ins need {exc.name or exc}, which is not installed; {install}") from None
    return int(serve.main(list(argv), prog=f"{_prog()} serve"))


def _contract_command(command: Callable[[str, str, str], _Parser]) -> None:
    """``contract SPEC (--url URL | --app module:factory)``: schemathesis against a server (generator/contract)."""
    c = command(
        "contract",
        "contract-test a server against a spec with schemathesis",
        "Every schemathesis check, valid and invalid data, the examples, coverage, fuzzing and stateful\n"
        "phases (a fresh state per scenario), and a guard that every operation answered 2xx at least once.\n"
        "Needs the `contract` extra (schemathesis). Exit codes: 0 passed, 1 failures or an operation never\n"
        "answered 2xx, 2 usage or spec error. See docs/contract-testing.md.",
    )
    c.add_argument("spec", type=Path, metavar="SPEC", help="the OpenAPI document")
    target = c.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", metavar="URL", help="base URL of a running server (paths of the spec appended)")
    target.add_argument("--app", metavar="MODULE:FACTORY", help="in-process ASGI app: FACTORY() builds a fresh one")
    c.add_argument(
        "-H",
        "--header",
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="header for every request (repeatable)",
    )
    c.add_argument("-a", "--auth", metavar="USER:PASS", help="HTTP Basic credentials for every request")
    c.add_argument(
        "-n",
        "--max-examples",
        type=int,
        default=100,
        metavar="N",
        help="test cases per operation and stateful scenarios (default 100)",
    )
    c.add_argument("--seed", type=int, default=0, help="random seed; same seed, same run (default 0)")
    c.add_argument(
        "--steps", type=int, default=10, metavar="N", help="maximum calls per stateful scenario (default 10)"
    )
    c.add_argument("--phases", default="examples,coverage,fuzzing,stateful", help="comma-separated (default: all four)")
    c.add_argument("--exclude-checks", default="", metavar="NAMES", help="comma-separated schemathesis checks to skip")
    c.add_argument(
        "--reset-hook",
        metavar="MODULE:FUNCTION",
        help="called with the base URL before each scenario to reset the server",
    )
    c.add_argument(
        "--schemathesis-config",
        type=Path,
        metavar="FILE",
        help="schemathesis.toml (default: the one beside SPEC, if any)",
    )
    c.add_argument("--junit-xml", type=Path, metavar="PATH", help="write a JUnit XML report")
    c.add_argument("-v", "--verbose", action="store_true", help="show pytest's own output as the run goes")


def _cmd_contract(args: argparse.Namespace, quiet: bool) -> int:
    try:
        from .contract import ContractOptions, ContractUsageError, parse_header, run_contract
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise UsageError(f"the contract command needs the `contract` extra (schemathesis): {exc}") from exc
    try:
        user, sep, password = (args.auth or "").partition(":")
        if args.auth is not None and not sep:
            raise ContractUsageError(f"--auth must look like USER:PASS, got {args.auth!r}")
        options = ContractOptions(
            spec=Path(os.path.abspath(args.spec)),
            url=args.url,
            app=args.app,
            headers=tuple(parse_header(h) for h in args.header),
            auth=(user, password) if args.auth is not None else None,
            max_examples=args.max_examples,
            seed=args.seed,
            stateful_steps=args.steps,
            phases=tuple(p.strip() for p in args.phases.split(",") if p.strip()),
            exclude_checks=tuple(c.strip() for c in args.exclude_checks.split(",") if c.strip()),
            junit_xml=_absolute(args.junit_xml),
            reset_hook=args.reset_hook,
            schemathesis_config=_absolute(args.schemathesis_config),
            verbose=args.verbose,
        )
        report = run_contract(options)
    except ContractUsageError as exc:
        raise UsageError(str(exc)) from exc
    text = report.summary()
    print(text if not quiet or report.exit_code else text.splitlines()[-1])
    return report.exit_code


# -- output ---------------------------------------------------------------------------------------

_COLOURS = {Level.ERROR: "\033[1;31m", Level.WARNING: "\033[1;33m", Level.INFO: "\033[1;36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def use_colour(stream: TextIO, environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (https://no-color.org) or ``TERM=dumb``."""
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def format_diagnostic(d: Diagnostic, colour: bool) -> str:
    """``file:line:col: level: message (at pointer)``, optionally with ANSI colour."""
    if not colour:
        return d.format()
    where = d.file or "<spec>"
    if d.line is not None:
        where += f":{d.line}" + (f":{d.column}" if d.column is not None else "")
    at = f" {_DIM}(at {d.location}){_RESET}" if d.location else ""
    return f"{_BOLD}{where}{_RESET}: {_COLOURS[d.level]}{d.level.value}{_RESET}: {d.message}{at}"


def _print_diagnostics(diags: Sequence[Diagnostic], quiet: bool) -> None:
    colour = use_colour(sys.stderr)
    for d in diags:
        if quiet and d.level is not Level.ERROR:
            continue
        print(format_diagnostic(d, colour), file=sys.stderr)


def _failed(result: Result, strict: bool) -> bool:
    return blocking(result.diagnostics, strict)


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _summary(result: Result, strict: bool) -> str:
    counts = {lvl: sum(d.level is lvl for d in result.diagnostics) for lvl in Level}
    parts = [f"{counts[Level.ERROR]} error(s)"] + (
        [f"{counts[Level.WARNING]} warning(s)"] if counts[Level.WARNING] else []
    )
    note = " (--strict: warnings fail)" if strict and counts[Level.WARNING] and not counts[Level.ERROR] else ""
    return ", ".join(parts) + note


# -- commands -------------------------------------------------------------------------------------


def _absolute(path: Path | None) -> Path | None:
    return None if path is None else Path(os.path.abspath(path))


def _cmd_generate(jobs: list[Job], out: Path, args: argparse.Namespace, quiet: bool, strict: bool) -> int:
    result = generate(jobs, out, use_cache=not args.no_cache, strict=strict)
    _print_diagnostics(result.diagnostics, quiet)
    if _failed(result, strict):
        print(f"generation failed: {_summary(result, strict)}; {_shown(out)}/ left unchanged", file=sys.stderr)
        return EXIT_DIAGNOSTICS
    if not quiet:
        for job in jobs:
            state = "written" if job.package in result.changed else "unchanged"
            print(f"{_shown(job.spec)} -> {_shown(out)}/{job.package}/ ({state})")
    return EXIT_OK


def _cmd_check(jobs: list[Job], out: Path, args: argparse.Namespace, quiet: bool, strict: bool) -> int:
    result = check(jobs, out, use_cache=not args.no_cache, strict=strict)
    _print_diagnostics(result.diagnostics, quiet)
    if _failed(result, strict):
        print(f"check failed: {_summary(result, strict)}", file=sys.stderr)
        return EXIT_DIAGNOSTICS
    if result.changed:
        print(f"stale generated files (run `{_prog()} generate` or `make generate`):", file=sys.stderr)
        for name in result.changed:
            print(f"  {_shown(Path(name))}", file=sys.stderr)
        return EXIT_DIAGNOSTICS
    if not quiet:
        for job in jobs:
            print(f"{_shown(job.spec)} -> {_shown(out)}/{job.package}/ (up to date)")
    return EXIT_OK


def _cmd_validate(jobs: list[Job], quiet: bool, strict: bool) -> int:
    result = validate(jobs)
    _print_diagnostics(result.diagnostics, quiet)
    if _failed(result, strict):
        print(f"validation failed: {_summary(result, strict)}", file=sys.stderr)
        return EXIT_DIAGNOSTICS
    if not quiet:
        for job in jobs:
            print(f"{_shown(job.spec)}: ok")
    return EXIT_OK


def _template_table() -> list[tuple[str, str, str]]:
    """(template, output file, when rendered) for every template-rendered file, from ``render._FILES``."""
    from .render import _FILES, output_of

    rows = []
    for output, template in _FILES.items():
        if template is None:
            continue
        needs = output_of(output)
        rows.append((template, output, f'"{needs}" in outputs' if needs else "always"))
    return rows


def _cmd_templates(config: Config, args: argparse.Namespace, quiet: bool) -> int:
    if args.reference:
        sys.stdout.write(templates_reference())
        return EXIT_OK
    override = _absolute(args.to) or config.templates
    if args.copy:
        if override is None:
            raise UsageError("no override directory: pass --to DIR or set [tool.generator] templates")
        known = {row[0] for row in _template_table()} | {p.name for p in builtin_templates().glob("*.jinja")}
        for name in args.copy:
            if name not in known:
                import difflib

                close = difflib.get_close_matches(name, sorted(known), n=1)
                raise UsageError(f"no built-in template {name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        for name in args.copy:
            target = override / name
            if target.exists():
                raise UsageError(f"{_shown(target)} already exists; not overwriting")
        override.mkdir(parents=True, exist_ok=True)
        for name in args.copy:
            shutil.copyfile(builtin_templates() / name, override / name)
            if not quiet:
                print(f"copied {name} -> {_shown(override / name)}")
        for helper, user in _helpers_to_copy(args.copy, override):
            shutil.copyfile(builtin_templates() / helper, override / helper)
            if not quiet:
                print(f"copied {helper} -> {_shown(override / helper)} (imported by {user})")
        return EXIT_OK
    overridden = {p.name for p in override.glob("*.jinja")} if override and override.is_dir() else set()
    where = f"; overrides from {_shown(override)}/" if override else "; no override directory configured"
    print(f"templates (built-in: {_shown(builtin_templates())}/{where}):")
    rows = _template_table()
    width, out_width = max(len(r[0]) for r in rows), max(len(r[1]) for r in rows)
    for template, output, when in rows:
        mark = "  [overridden]" if template in overridden else ""
        print(f"  {template:<{width}}  -> {output:<{out_width}}  {when}{mark}")
    for name in sorted(overridden - {r[0] for r in rows}):
        print(f"  {name:<{width}}  (helper, included by other templates)")
    print("every template sees: api (generator.ir.Api), header (str), outputs (list[str])")
    print("filters: docstring, comment, pystr, repr; see docs/templates.md")
    return EXIT_OK


def _helpers_to_copy(names: Sequence[str], override: Path) -> list[tuple[str, str]]:
    """(helper, template importing it): the built-in helpers the copied templates import or include
    that the override directory does not have yet, so the copy shows (and can edit) all it prints."""
    import jinja2
    import jinja2.meta

    env = jinja2.Environment()  # noqa: S701 - only parsed, to find what a template imports
    found: dict[str, str] = {}
    for name in names:
        source = (builtin_templates() / name).read_text(encoding="utf-8")
        for ref in sorted(r for r in jinja2.meta.find_referenced_templates(env.parse(source)) if r):
            if ref.startswith("_") and (builtin_templates() / ref).is_file() and not (override / ref).exists():
                found.setdefault(ref, name)
    return sorted(found.items())


# -- the templates reference (docs/templates.md is checked against this) --------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _template_description(name: str) -> str:
    """The template's leading ``{# ... #}`` comment, if it has one."""
    text = (builtin_templates() / name).read_text(encoding="utf-8").lstrip()
    if text.startswith("{#") and "#}" in text:
        return _cell(text[2 : text.index("#}")].strip("-").strip().split("\n\n")[0])
    return ""


def _ir_reference() -> list[str]:
    import ast
    import inspect

    from . import ir

    source = inspect.getsource(ir)
    lines = source.splitlines()
    tree = ast.parse(source)
    out: list[str] = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        doc = ast.get_docstring(node) or ""
        out += [f"### `{node.name}`", ""]
        if doc:
            out += [doc, ""]
        out += ["| field | type | notes |", "|---|---|---|"]
        for item in node.body:
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                line = lines[item.lineno - 1]
                note = line.split("  # ", 1)[1].strip() if "  # " in line else ""
                default = ""
                if item.value is not None:
                    value = item.value
                    if (
                        isinstance(value, ast.Call)
                        and value.args == []
                        and value.keywords
                        and value.keywords[0].arg == "default"
                    ):
                        value = value.keywords[0].value
                    default = f" = `{_cell(ast.unparse(value))}`"
                out.append(f"| `{item.target.id}` | `{_cell(ast.unparse(item.annotation))}`{default} | {_cell(note)} |")
            elif isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                is_property = any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list)
                returns = _cell(ast.unparse(item.returns)) if item.returns else "?"
                args = ", ".join(a.arg for a in item.args.args[1:])
                name = item.name if is_property else f"{item.name}({args})"
                kind = "property" if is_property else "method"
                summary = (ast.get_docstring(item) or "").split("\n\n")[0]
                out.append(f"| `{name}` | `{returns}` | {kind}: {_cell(summary)} |")
        out.append("")
    return out


def templates_reference() -> str:
    """The generated part of ``docs/templates.md``: the templates, their context, and the IR."""
    out = [
        "<!-- BEGIN GENERATED: `python -m generator templates --reference`; checked by tests/test_overrides.py -->",
        "",
        "## Templates",
        "",
        "| template | writes | rendered when | purpose |",
        "|---|---|---|---|",
    ]
    for template, output, when in _template_table():
        out.append(f"| `{template}` | `{output}` | `{_cell(when)}` | {_template_description(template)} |")
    from .render import _FILES

    direct = [name for name, template in _FILES.items() if template is None]
    rendered = {template for template in _FILES.values() if template}
    helpers = sorted(p.name for p in builtin_templates().glob("*.jinja") if p.name not in rendered)
    if helpers:
        out += ["", "Helper templates (imported or included by the ones above; overridable the same way):", ""]
        out += [f"- `{name}`" + (f": {desc}" if (desc := _template_description(name)) else "") for name in helpers]
    out += [
        "",
        f"Written directly, not from a template: {', '.join(f'`{n}`' for n in direct)}.",
        "",
        "## Context and filters",
        "",
        "Every template receives the same three variables, and nothing else:",
        "",
        "| variable | type | value |",
        "|---|---|---|",
        "| `api` | `generator.ir.Api` | the API, see the IR below |",
        "| `header` | `str` | `# generated from specs/<file> — do not edit`; put it on the first line |",
        '| `outputs` | `list[str]` | the outputs being rendered, sorted, e.g. `["client", "models", "server"]` |',
        "",
        "| filter | use it for |",
        "|---|---|",
        '| `docstring` | spec text inside `"""..."""` |',
        "| `comment` | spec text on a `#` comment line |",
        "| `pystr` | spec text as a Python string literal |",
        "| `repr` | any value as a Python literal |",
        "",
        "## The IR (`generator/ir.py`)",
        "",
        *_ir_reference(),
        "<!-- END GENERATED -->",
        "",
    ]
    return "\n".join(out)


# -- main -------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _in_root(config: Config) -> Iterator[None]:
    """Run from the project root when a pyproject was found, so paths and headers don't depend on the cwd."""
    if config.file is None:
        yield
        return
    with contextlib.chdir(config.root):
        yield


def _run(argv: Sequence[str] | None) -> int:
    _Parser.argv = list(sys.argv[1:] if argv is None else argv)
    if _Parser.argv[:1] == ["serve"]:  # its options belong to services.serve, which parses them itself
        return _cmd_serve(_Parser.argv[1:])
    args = _parser(_prog()).parse_args(_Parser.argv)
    if args.command == "serve":
        return _cmd_serve(args.serve_args)
    quiet = bool(getattr(args, "quiet", False))
    config = load_config(_absolute(getattr(args, "config", None)))
    if args.command == "templates":
        with _in_root(config):
            return _cmd_templates(config, args, quiet)
    if args.command == "contract":
        return _cmd_contract(args, quiet)
    strict = config.strict if args.strict is None else bool(args.strict)
    specs = [Path(os.path.abspath(s)) for s in args.specs]
    templates = _absolute(getattr(args, "templates", None))
    out = _absolute(getattr(args, "out", None)) or config.out
    with _in_root(config):
        override = templates or config.templates
        if override is not None and args.command != "validate":
            problems = template_problems(override)
            if problems:
                raise UsageError(problems[0])
        jobs = plan_jobs(
            config,
            specs,
            templates=templates,
            ref_roots=[Path(os.path.abspath(r)) for r in args.allow_ref_root],
            max_file_size=args.max_file_size,
        )
        if args.command == "generate":
            return _cmd_generate(jobs, out, args, quiet, strict)
        if args.command == "check":
            return _cmd_check(jobs, out, args, quiet, strict)
        return _cmd_validate(jobs, quiet, strict)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that a run cleans up after itself (nothing new is left in ``--out``)."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def _run_handling_sigterm(argv: Sequence[str] | None) -> int:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return _run(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    try:
        return _run_handling_sigterm(argv)
    except UsageError as exc:
        print(f"{exc.prog or _prog()}: error: {exc}", file=sys.stderr)
    except ConfigError as exc:
        print(exc if exc.located else f"{_prog()}: error: {exc}", file=sys.stderr)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK if exc.code is None else EXIT_USAGE
    except KeyboardInterrupt as exc:
        print("terminated" if isinstance(exc, _Terminated) else "interrupted", file=sys.stderr)
        return 143 if isinstance(exc, _Terminated) else 130
    except BrokenPipeError:  # e.g. `spec-generator templates | head`: stop quietly
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        print(f"{_prog()}: error: {Path(str(exc.cmd[0])).name} failed: {detail[0] if detail else exc}", file=sys.stderr)
    except OSError as exc:
        target = f": {exc.filename}" if exc.filename else ""
        print(f"{_prog()}: error: {exc.strerror or exc}{target}", file=sys.stderr)
    return EXIT_USAGE
