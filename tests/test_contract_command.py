"""``spec-generator contract``: options, exit codes, the report, resets over HTTP, and mutants it must catch.

The fast tests check usage errors (exit 2) and the report's pieces. The ``contract`` tier runs the
command against deliberately broken stand-ins (tests/contract_mutants.py): each run must fail and
name the broken operation. And against a live server (uvicorn) with the stand-in control API.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import cli
from generator.contract import ContractOptions, ContractUsageError, parse_header
from generator.contract.recorder import FailureRecord, Recorder, failure_operations
from generator.contract.report import build_report
from generator.contract.runner import schemathesis_config
from generator.contract.session import describe_statuses
from generator.contract.targets import FreshApp
from tests.contract_apps import authorization

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ROOT / "specs" / "rooms.yaml"
BANDWIDTH = ROOT / "specs" / "bandwidth_webrtc.yaml"
SCHEME = "basicAuth"  # Bandwidth's security scheme


def run_cli(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["contract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- usage: exit 2 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([str(ROOMS)], "one of the arguments --url --app is required"),
        ([str(ROOMS), "--url", "http://x", "--app", "m:f"], "not allowed with argument"),
        (["missing.yaml", "--app", "tests.contract_apps:rooms_app"], "spec not found"),
        ([str(ROOMS), "--app", "tests.contract_apps:rooms_app", "-H", "Authorization"], "Name: value"),
        ([str(ROOMS), "--app", "no_such_module:f"], "cannot import 'no_such_module'"),
        ([str(ROOMS), "--app", "tests.contract_apps"], "module:function"),
        ([str(ROOMS), "--app", "tests.contract_apps:nothing"], "has no 'nothing'"),
        ([str(ROOMS), "--url", "localhost:8000"], "must start with http"),
        ([str(ROOMS), "--app", "tests.contract_apps:rooms_app", "--phases", "fuzzing,chaos"], "unknown phase 'chaos'"),
        ([str(ROOMS), "--app", "tests.contract_apps:rooms_app", "-n", "0"], "at least 1"),
        ([str(ROOMS), "--app", "tests.contract_apps:rooms_app", "-a", "nopassword"], "USER:PASS"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(*argv, capsys=capsys)
    assert code == 2, (out, err)
    assert message in err and err.count("\n") <= 2, err


def test_an_unloadable_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: [1, 2]\n", encoding="utf-8")
    code, _, err = run_cli(str(spec), "--app", "tests.contract_apps:rooms_app", capsys=capsys)
    assert code == 2 and "cannot load" in err, err


def test_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli("--help", capsys=capsys)
    assert code == 0
    for option in ("--url", "--app", "--header", "--max-examples", "--seed", "--reset-hook", "--junit-xml"):
        assert option in out


# -- pieces of the run -------------------------------------------------------------------------------


def test_headers_are_parsed_as_schemathesis_and_curl_take_them() -> None:
    assert parse_header("Authorization: Bearer a:b") == ("Authorization", "Bearer a:b")
    assert parse_header("X-Empty:") == ("X-Empty", "")
    for bad in ("Authorization", ": x", " X: y"):
        with pytest.raises(ContractUsageError):
            parse_header(bad)


def test_configuration_keeps_the_shipped_pins_and_adds_the_command_settings() -> None:
    options = ContractOptions(
        spec=BANDWIDTH,
        url="http://127.0.0.1:9/v1/",
        headers=(("X-Trace", "1"),),
        auth=("u", "p"),
        max_examples=7,
        seed=5,
        exclude_checks=("ignored_auth",),
        phases=("fuzzing",),
    )
    data = schemathesis_config(options)
    bandwidth = next(p for p in data["project"] if p["title"] == "Bandwidth WebRTC API")
    assert bandwidth["parameters"] == {"path.accountId": "9900000"}
    assert data["base-url"] == "http://127.0.0.1:9/v1"
    assert data["headers"] == {"X-Trace": "1"}  # credentials go to the spec's scheme (ignored_auth needs it)
    assert data["auth"]["openapi"] == {SCHEME: {"username": "u", "password": "p"}}
    assert data["generation"]["mode"] == "all" and data["generation"]["max-examples"] == 7 and data["seed"] == 5
    assert data["checks"] == {"ignored_auth": {"enabled": False}}
    assert [name for name, phase in data["phases"].items() if phase["enabled"]] == ["fuzzing"]


def test_statuses_are_described_for_people() -> None:
    assert describe_statuses(None) == "never called with valid data"
    assert describe_statuses(Counter({401: 12})) == "always 401 (12 calls)"
    assert describe_statuses(Counter({404: 3, 400: 1, 200: 3})) == "200 x3, 404 x3, 400 x1"


class _Failure(Exception):
    def __init__(self, operation: str) -> None:
        super().__init__(operation)
        self.operation = operation


def test_failures_name_their_operations_through_groups() -> None:
    group = ExceptionGroup("two", [_Failure("GET /a"), ExceptionGroup("inner", [_Failure("DELETE /a/{id}")])])
    assert sorted(failure_operations(group, None)) == ["DELETE /a/{id}", "GET /a"]
    assert failure_operations(ValueError("x"), "POST /b") == ("POST /b",)


class _Case:
    def __init__(self, method: str, path: str, positive: bool = True) -> None:
        self.method, self.path = method, path
        mode = type("Mode", (), {"is_positive": positive})()
        self.meta = type("Meta", (), {"generation": type("Gen", (), {"mode": mode})()})()


def test_report_guard_and_exit_codes() -> None:
    recorder = Recorder(operations=["GET /a", "POST /a", "DELETE /a/{id}"])
    recorder.record(_Case("get", "/a"), 200)
    recorder.record(_Case("post", "/a"), 401)
    recorder.record(_Case("post", "/a", positive=False), 201)  # invalid data accepted does not count
    options = ContractOptions(spec=ROOMS, app="m:f", seed=3)
    target = FreshApp(lambda: object())
    report = build_report(options, target, recorder, 1.0)
    assert report.never_2xx == (("POST /a", "always 401 (1 call)"), ("DELETE /a/{id}", "never called with valid data"))
    assert report.exit_code == 1
    assert "never answered 2xx" in report.summary() and "POST /a: always 401 (1 call)" in report.summary()
    recorder.record(_Case("post", "/a"), 201)
    recorder.record(_Case("delete", "/a/{id}"), 204)
    assert build_report(options, target, recorder, 1.0).exit_code == 0
    recorder.failures.append(FailureRecord("test_operation", ("GET /a",), "boom"))
    failed = build_report(options, target, recorder, 1.0)
    assert failed.exit_code == 1 and failed.failed_operations == ("GET /a",)
    assert "FAILED test_operation (GET /a):" in failed.summary()


# -- runs (contract tier) ------------------------------------------------------------------------------


def contract(*argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "contract", *argv]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)


MUTANTS = [
    # (mutant, spec, phases, max examples, operation the failure must name, what schemathesis reports)
    ("dropped_field", "rooms", "examples", "5", "GET /api/v1/rooms/{id}", '"name" is a required property'),
    ("wrong_missing_status", "rooms", "examples,coverage", "5", "GET /api/v1/rooms/{id}", "410"),
    (
        "any_password",
        "bandwidth_webrtc",
        "examples",
        "5",
        "POST /accounts/{accountId}/participants",
        "invalid authentication",
    ),
    (
        "delete_keeps",
        "bandwidth_webrtc",
        "stateful",
        "100",
        "DELETE /accounts/{accountId}/",  # a participant's or a session's
        "Deleted resource still available",
    ),
]


@pytest.mark.contract
@pytest.mark.parametrize(
    ("mutant", "api", "phases", "examples", "operation", "evidence"), MUTANTS, ids=[m[0] for m in MUTANTS]
)
def test_broken_stand_ins_fail_naming_the_operation(
    mutant: str, api: str, phases: str, examples: str, operation: str, evidence: str
) -> None:
    result = contract(
        f"specs/{api}.yaml",
        "--app",
        f"tests.contract_mutants:{mutant}",
        "-H",
        f"Authorization: {authorization(api)}",
        "-n",
        examples,
        "--seed",
        "3",
        "--phases",
        phases,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED ") and operation in line]
    assert failed, result.stdout
    assert evidence in result.stdout, result.stdout


@pytest.mark.contract
def test_wrong_credentials_fail_the_guard_saying_always_401() -> None:
    result = contract(
        "specs/rooms.yaml",
        "--app",
        "tests.contract_apps:rooms_app",
        "-H",
        "Authorization: Bearer wrong",
        "-n",
        "3",
        "--phases",
        "examples",
    )
    assert result.returncode == 1, result.stdout
    assert "never answered 2xx to valid data" in result.stdout
    assert "POST /api/v1/rooms: always 401" in result.stdout


# -- a live server: the stand-in control API, or a reset hook ------------------------------------------


class CountingResets:
    """The rooms stand-in (services/standin: the control API under /_standin/), counting the resets it gets."""

    def __init__(self) -> None:
        from services.standin import StandinOptions, create_standin

        options = StandinOptions(config={"seed_examples": True}, log_requests=False)  # as `serve --seed-examples`
        self.standin = create_standin("rooms", options)
        self.resets = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/_standin/reset" and scope["method"] == "POST":

            async def count(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start" and message["status"] == 204:
                    self.resets += 1
                await send(message)

            await self.standin(scope, receive, count)
            return
        await self.standin(scope, receive, send)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_rooms() -> Iterator[tuple[str, CountingResets]]:
    import uvicorn

    app = CountingResets()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.config.port}"
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    assert httpx.get(url + "/_standin/health").status_code == 200
    yield url, app
    server.should_exit = True
    thread.join(10)


@pytest.mark.contract
def test_a_live_stand_in_is_reset_through_its_control_api(
    live_rooms: tuple[str, CountingResets], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, app = live_rooms
    junit = tmp_path / "report.xml"
    code, out, _ = run_cli(
        str(ROOMS),
        "--url",
        url,
        "-H",
        f"Authorization: {authorization('rooms')}",
        "-n",
        "5",
        "--seed",
        "11",
        "--junit-xml",
        str(junit),
        capsys=capsys,
    )
    assert code == 0, out
    assert f"fresh state: POST {url}/_standin/reset" in out
    assert app.resets > 8  # one per operation and phase, and one per stateful scenario
    assert "runTest" in junit.read_text(encoding="utf-8")


def test_the_contract_extra_names_schemathesis_and_requirements_pin_it() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = [d.split(">")[0].split("=")[0].split("<")[0] for d in project["optional-dependencies"]["contract"]]
    assert {"schemathesis", "hypothesis", "httpx"} <= set(extra)
    pins = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert all(any(line.startswith(f"{name}==") for line in pins) for name in extra)


@pytest.mark.contract
def test_a_reset_hook_is_called_with_the_base_url(
    live_rooms: tuple[str, CountingResets], capsys: pytest.CaptureFixture[str]
) -> None:
    from tests import contract_apps

    url, app = live_rooms
    contract_apps.RESETS.clear()
    code, out, _ = run_cli(
        str(ROOMS),
        "--url",
        url,
        "-H",
        f"Authorization: {authorization('rooms')}",
        "-n",
        "2",
        "--phases",
        "examples",
        "--reset-hook",
        "tests.contract_apps:remember_reset",
        capsys=capsys,
    )
    assert "fresh state: the reset hook" in out, out
    assert contract_apps.RESETS and set(contract_apps.RESETS) == {url}
    assert app.resets == 0 and code in (0, 1)  # the hook, not the control API


def test_credential_headers_become_the_schemes_they_belong_to(tmp_path: Path) -> None:
    from generator.contract.runner import split_credentials

    spec = tmp_path / "s.yaml"
    spec.write_text(
        "components:\n  securitySchemes:\n    token: {type: http, scheme: bearer}\n"
        "    key: {type: apiKey, in: header, name: X-API-Key}\n",
        encoding="utf-8",
    )
    auth, rest = split_credentials(spec, {"Authorization": "Bearer t", "X-API-Key": "k", "X-Other": "o"})
    assert auth == {"token": {"bearer": "t"}, "key": {"api_key": "k"}} and rest == {"X-Other": "o"}
    assert split_credentials(spec, {"Authorization": "Basic dTpw"}) == ({}, {"Authorization": "Basic dTpw"})
