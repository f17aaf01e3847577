"""Run schemathesis for a :class:`ContractOptions`: load, run the suite under pytest, report."""

from __future__ import annotations

import base64
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

from .options import ContractOptions, ContractUsageError, import_object
from .recorder import FailureRecord, Recorder, failure_operations
from .report import ContractReport, build_report
from .session import Plan, install, uninstall
from .targets import FreshApp, LiveServer

__all__ = ["APP_BASE_URL", "default_config_file", "run_contract", "schemathesis_config"]

APP_BASE_URL = "http://testserver"
SUITE = Path(__file__).with_name("suite.py")


def default_config_file(spec: Path) -> Path | None:
    """``schemathesis.toml`` beside the spec (parameter pins, per spec by ``[[project]] title``), if any."""
    candidate = spec.resolve().parent / "schemathesis.toml"
    return candidate if candidate.is_file() else None


def _security_schemes(spec: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(spec.read_text(encoding="utf-8"))
        schemes = data.get("components", {}).get("securitySchemes", {})
    except (OSError, yaml.YAMLError, AttributeError):
        return {}
    return schemes if isinstance(schemes, dict) else {}


def _scheme_credentials(scheme: dict[str, Any], name: str, value: str) -> dict[str, str] | None:
    """schemathesis' ``auth.openapi`` entry for header ``name: value`` when it is this scheme's credential."""
    kind, how = scheme.get("type"), str(scheme.get("scheme", "")).lower()
    word, _, rest = value.partition(" ")
    if kind == "http" and name.lower() == "authorization" and how == "bearer" and word.lower() == "bearer":
        return {"bearer": rest.strip()}
    if kind == "http" and name.lower() == "authorization" and how == "basic" and word.lower() == "basic":
        try:
            user, _, password = base64.b64decode(rest.strip()).decode().partition(":")
        except ValueError:
            return None
        return {"username": user, "password": password}
    if kind == "apiKey" and scheme.get("in") == "header" and str(scheme.get("name", "")).lower() == name.lower():
        return {"api_key": value}
    return None


def split_credentials(spec: Path, headers: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """Headers that are credentials of the spec's security schemes become schemathesis ``auth.openapi``.

    Sent as plain headers, schemathesis cannot tell which scheme they belong to, so ``ignored_auth``
    would keep a valid header while probing another scheme (and report a spec with alternative
    schemes, e.g. Bearer or API key, as accepting invalid credentials).
    """
    schemes = _security_schemes(spec)
    auth: dict[str, Any] = {}
    rest: dict[str, str] = {}
    for name, value in headers.items():
        matches = {
            k: c for k, v in schemes.items() if isinstance(v, dict) and (c := _scheme_credentials(v, name, value))
        }
        if matches:
            auth.update(matches)
        else:
            rest[name] = value
    return auth, rest


def request_headers(options: ContractOptions) -> dict[str, str]:
    """``-H`` headers, and ``-a`` as ``Authorization: Basic ...``."""
    headers = dict(options.headers)
    if options.auth is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(":".join(options.auth).encode()).decode()
    return headers


def schemathesis_config(options: ContractOptions) -> dict[str, Any]:
    """The schemathesis configuration: the shipped/user file, with the command's settings on top."""
    path = options.schemathesis_config or default_config_file(options.spec)
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ContractUsageError(f"unreadable schemathesis configuration {path}: {exc}") from exc
    headers = {**data.get("headers", {}), **request_headers(options)}
    credentials, headers = split_credentials(options.spec, headers)
    if credentials:
        data["auth"] = {**data.get("auth", {}), "openapi": {**data.get("auth", {}).get("openapi", {}), **credentials}}
    generation = {**data.get("generation", {}), "mode": "all", "max-examples": options.max_examples}
    generation["database"] = "none"
    checks = dict(data.get("checks", {}))
    for name in options.exclude_checks:
        checks[name] = {"enabled": False}
    phases: dict[str, dict[str, Any]] = {
        name: {"enabled": name in options.phases} for name in ("examples", "coverage", "fuzzing")
    }
    phases["stateful"] = {"enabled": "stateful" in options.phases, "max-steps": options.stateful_steps}
    data.update(
        {
            "seed": options.seed,
            "base-url": options.url.rstrip("/") if options.url else APP_BASE_URL,
            "headers": headers,
            "generation": generation,
            "checks": checks,
            "phases": phases,
            "suppress-health-check": ["all"],
        }
    )
    return data


def _load(options: ContractOptions) -> Any:
    import schemathesis

    try:
        config = schemathesis.Config.from_dict(schemathesis_config(options))
    except ContractUsageError:
        raise
    except Exception as exc:  # schemathesis' ConfigError and friends
        raise ContractUsageError(f"schemathesis configuration: {exc}") from exc
    try:
        schema = schemathesis.openapi.from_path(str(options.spec), config=config)
        results: list[Any] = list(schema.get_all_operations())
        operations = [result.ok() for result in results]
        labels = [f"{op.method.upper()} {op.path}" for op in operations]
    except Exception as exc:  # an unloadable spec (schemathesis.errors.LoaderError, ...)
        raise ContractUsageError(f"cannot load {options.spec}: {str(exc).strip().splitlines()[0]}") from exc
    return schema, labels


def _target(options: ContractOptions) -> FreshApp | LiveServer:
    hook = import_object(options.reset_hook, "--reset-hook") if options.reset_hook else None
    if options.url is not None:
        return LiveServer.probe(options.url, hook, request_headers(options))
    factory = options.app_factory or import_object(str(options.app), "--app")
    try:
        return FreshApp(factory, hook)
    except Exception as exc:
        raise ContractUsageError(f"the app factory {options.app or factory!r} failed: {exc!r}") from exc


class _Collector:
    """A pytest plugin: each failed test's report, with the operations its failure names."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    def pytest_exception_interact(self, node: Any, call: Any, report: Any) -> None:
        fallback = node.callspec.id if hasattr(node, "callspec") else None
        operations = failure_operations(call.excinfo.value, fallback)
        message = str(getattr(report, "longreprtext", "") or call.excinfo.exconly())
        name = node.nodeid.split("::", 1)[-1]
        self.recorder.failures.append(FailureRecord(name, operations, _failure_text(call.excinfo.value, message)))


def _failure_text(exc: BaseException, fallback: str) -> str:
    text = str(exc).strip()
    return text if text and len(text) < len(fallback) else fallback


def _pytest_arguments(options: ContractOptions, scratch: Path) -> list[str]:
    ini = scratch / "pytest.ini"
    ini.write_text("[pytest]\n", encoding="utf-8")
    args = [
        str(SUITE),
        "-c",
        str(ini),
        "--rootdir",
        str(scratch),
        "--confcutdir",
        str(SUITE.parent),
        "--import-mode=importlib",
        "-p",
        "no:cacheprovider",
        "-W",
        "ignore::DeprecationWarning",
        "--hypothesis-seed",
        str(options.seed),
    ]
    args += ["-v", "--tb=short"] if options.verbose else ["-p", "no:terminal"]
    if options.junit_xml is not None:
        args += ["--junit-xml", str(options.junit_xml), "-o", "junit_suite_name=contract"]
    return args


def _forget_suite() -> None:
    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) == str(SUITE):
            del sys.modules[name]


def run_contract(options: ContractOptions) -> ContractReport:
    """Run the contract tests; raises :class:`ContractUsageError` for bad options or an unloadable spec."""
    import pytest

    problems = options.problems()
    if problems:
        raise ContractUsageError(problems[0])
    schema, labels = _load(options)
    target = _target(options)
    if isinstance(target, FreshApp):
        schema.app = target
    recorder = Recorder(operations=labels)
    plan = Plan(
        schema,
        target,
        recorder,
        options.max_examples,
        options.seed,
        options.stateful_steps,
        "stateful" in options.phases,
    )
    started = time.monotonic()
    install(plan)
    try:
        with tempfile.TemporaryDirectory(prefix="contract-") as scratch:
            code = pytest.main(_pytest_arguments(options, Path(scratch)), plugins=[_Collector(recorder)])
    finally:
        uninstall()
        _forget_suite()
    if int(code) not in (0, 1):
        recorder.errors.append(f"pytest exited with {code!r}")
    return build_report(options, target, recorder, time.monotonic() - started)
