"""The stand-in command line: ``python -m services.serve`` / ``spec-generator serve`` (services/serve.py).

Real processes: "serving on" is printed only once the port accepts connections and never when
binding fails; environment variables configure what the flags do; ``--state-file`` survives a
restart; slow and idle connections are dropped. The argument parsing is tested in-process.
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from services.serve import ENVIRONMENT, Settings, parse, run

ROOT = Path(__file__).resolve().parent.parent
TWILIO_AUTH = ("AC00000000000000000000000000000001", "dev-auth-token")
SERVING = re.compile(r"^(\w+) serving on (http://\S+)")


@dataclass
class Running:
    process: subprocess.Popen[str]
    url: str
    lines: list[str]


def _env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STANDIN_")}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra or {})
    return env


def _read_until_serving(process: subprocess.Popen[str], timeout: float = 30.0) -> tuple[str | None, list[str]]:
    """The URL of the "serving on" line (None when the process ended first), and the lines up to it."""
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout

    def pump() -> None:
        for line in stdout:
            lines.put(line)
        lines.put("")

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if not line:
            return None, seen
        seen.append(line)
        match = SERVING.match(line)
        if match:
            return match.group(2), seen
    raise AssertionError(f"no 'serving on' line within {timeout} s: {seen}")


@contextmanager
def serving(*args: str, env: Mapping[str, str] | None = None, command: tuple[str, ...] = ()) -> Iterator[Running]:
    """A stand-in process on a free port (``--port 0`` unless given); SIGINT and wait at the end."""
    argv = [*(command or (sys.executable, "-m", "services.serve")), *args]
    process = subprocess.Popen(
        argv, cwd=ROOT, env=_env(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
    )
    try:
        url, lines = _read_until_serving(process)
        assert url is not None, f"exited {process.wait(10)}: {lines} {process.stderr.read() if process.stderr else ''}"
        yield Running(process, url, lines)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        if process.stderr is not None:
            process.stderr.close()


# -- in-process: arguments and environment ------------------------------------------------------------
def test_flags_and_defaults() -> None:
    settings = parse(["rooms"], environ={})
    assert settings == Settings(api="rooms")
    assert settings.request_log and settings.log_level == "info" and settings.port == 8000
    settings = parse(
        [
            "twilio-proxy",
            "--host=0.0.0.0",
            "--port=9001",
            "--credentials=AC1:tok1",
            "--credentials=AC2:tok2",
            "--accept-any-credentials",
            "--cors-origin=http://localhost:3000",
            "--latency-ms=25",
            "--state-file=state.json",
            "--admin-token=secret",
            "--no-request-log",
            "--log-level=debug",
        ],
        environ={},
    )
    assert settings.api == "twilio_proxy" and (settings.host, settings.port) == ("0.0.0.0", 9001)
    assert settings.credentials == ("AC1:tok1", "AC2:tok2") and settings.accept_any_credentials
    assert settings.cors_origins == ("http://localhost:3000",) and settings.latency_ms == 25
    assert settings.state_file == Path("state.json") and settings.admin_token == "secret"
    assert not settings.request_log and settings.log_level == "debug"
    options = settings.options()
    assert options.credentials == ("AC1:tok1", "AC2:tok2") and options.admin_token == "secret"
    assert options.state_file == Path("state.json") and not options.log_requests


def test_every_option_reads_its_environment_variable() -> None:
    environ = {
        "STANDIN_API": "rooms",
        "STANDIN_HOST": "::1",
        "STANDIN_PORT": "0",
        "STANDIN_CREDENTIALS": "t1:k1, t2:k2",
        "STANDIN_ACCEPT_ANY_CREDENTIALS": "yes",
        "STANDIN_LOG_LEVEL": "WARNING",
        "STANDIN_REQUEST_LOG": "off",
        "STANDIN_CORS_ORIGINS": "*",
        "STANDIN_SEED": "seed.yaml",
        "STANDIN_SEED_EXAMPLES": "1",
        "STANDIN_LATENCY_MS": "7",
        "STANDIN_STATE_FILE": "s.json",
        "STANDIN_ADMIN_TOKEN": "adm",
        "STANDIN_BASE_URL": "http://stand-in.test",
        "STANDIN_IDLE_TIMEOUT": "2.5",
        "STANDIN_HEADER_TIMEOUT": "3",
        "STANDIN_MAX_HEADER_BYTES": "4096",
    }
    assert set(environ) == set(ENVIRONMENT.values())
    settings = parse([], environ=environ)
    assert settings == Settings(
        api="rooms",
        host="::1",
        port=0,
        log_level="warning",
        request_log=False,
        credentials=("t1:k1", "t2:k2"),
        accept_any_credentials=True,
        cors_origins=("*",),
        seed=Path("seed.yaml"),
        seed_examples=True,
        latency_ms=7,
        state_file=Path("s.json"),
        admin_token="adm",
        base_url="http://stand-in.test",
        idle_timeout=2.5,
        header_timeout=3.0,
        max_header_bytes=4096,
    )
    # a flag wins over its variable
    flags = parse(["twilio_proxy", "--port=5", "--credentials=AC9:x", "--no-accept-any-credentials"], environ=environ)
    assert (flags.api, flags.port, flags.credentials, flags.accept_any_credentials) == (
        "twilio_proxy",
        5,
        ("AC9:x",),
        False,
    )


@pytest.mark.parametrize(
    ("argv", "environ", "message"),
    [
        ([], {}, "missing API"),
        (["nope"], {}, "unknown API 'nope'"),
        (["rooms"], {"STANDIN_PORT": "eighty"}, "STANDIN_PORT='eighty': not a port number"),
        (["rooms", "--port=70000"], {}, "not a port number"),
        (["rooms"], {"STANDIN_LATENCY_MS": "-3"}, "STANDIN_LATENCY_MS='-3': must not be negative"),
        (["rooms"], {"STANDIN_ACCEPT_ANY_CREDENTIALS": "maybe"}, "STANDIN_ACCEPT_ANY_CREDENTIALS='maybe'"),
        (["rooms"], {"STANDIN_IDLE_TIMEOUT": "soon"}, "STANDIN_IDLE_TIMEOUT='soon': not a number"),
    ],
)
def test_usage_errors_name_the_flag_or_variable(
    argv: list[str], environ: dict[str, str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse(argv, environ=environ)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


# -- real processes -----------------------------------------------------------------------------------
def test_serving_on_is_printed_once_the_port_accepts_connections() -> None:
    with serving("rooms", "--port", "0") as running:
        # the line names the real port (0 was asked), and a connection succeeds at once
        port = int(running.url.rsplit(":", 1)[1])
        assert port > 0
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
        health = httpx.get(f"{running.url}/_standin/health", timeout=5)
        assert health.status_code == 200 and health.json()["status"] == "ok"
        assert any("dev credentials: tenant=550e8400-e29b-41d4-a716-446655440000" in line for line in running.lines)
        docs = httpx.get(f"{running.url}/docs", timeout=5)
        assert docs.status_code == 200 and "content-security-policy" in docs.headers
        spec = httpx.get(f"{running.url}/openapi.json", timeout=5).json()
        assert spec["servers"][0]["url"].startswith(running.url)


def test_a_port_in_use_is_one_error_line_and_exit_1_with_nothing_printed() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "services.serve", "rooms", "--port", str(port)],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert "serving on" not in done.stdout and done.stdout == ""
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr and "in use" in done.stderr
    assert "Traceback" not in done.stderr


def test_spec_generator_serve_with_environment_variables() -> None:
    """``python -m generator serve`` (what ``spec-generator serve`` runs), configured only by STANDIN_*."""
    env = {
        "STANDIN_API": "twilio_proxy",
        "STANDIN_PORT": "0",
        "STANDIN_CREDENTIALS": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:env-token",
        "STANDIN_CORS_ORIGINS": "http://localhost:3000",
        "STANDIN_ADMIN_TOKEN": "env-admin",
    }
    with serving(env=env, command=(sys.executable, "-m", "generator", "serve")) as running:
        assert any("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" in line for line in running.lines)
        services = f"{running.url}/v1/Services"
        assert (
            httpx.get(services, auth=("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "env-token"), timeout=5).status_code == 200
        )
        assert httpx.get(services, auth=TWILIO_AUTH, timeout=5).status_code == 401  # the default is replaced
        preflight = httpx.options(
            services,
            headers={"Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST"},
            timeout=5,
        )
        assert preflight.headers.get("access-control-allow-origin") == "http://localhost:3000"
        assert httpx.get(f"{running.url}/_standin/state", timeout=5).status_code == 401
        admin = {"Authorization": "Bearer env-admin"}
        assert httpx.get(f"{running.url}/_standin/state", headers=admin, timeout=5).status_code == 200


def test_request_log_gives_the_reasons_of_a_400_by_default() -> None:
    with serving("twilio_proxy", "--port", "0") as running:
        bad = httpx.post(f"{running.url}/v1/Services", data={"Nope": "1"}, auth=TWILIO_AUTH, timeout=5)
        assert bad.status_code == 400
        running.process.send_signal(signal.SIGINT)
        _, err = running.process.communicate(timeout=20)
    line = next(line for line in err.splitlines() if "POST /v1/Services -> 400" in line)
    assert "UniqueName: Field required" in line, line


def test_state_file_round_trip_over_a_restart(tmp_path: Path) -> None:
    state_file = tmp_path / "state" / "twilio.json"
    with serving("twilio_proxy", "--port", "0", "--state-file", str(state_file)) as running:
        created = httpx.post(
            f"{running.url}/v1/Services", data={"UniqueName": "kept-over-restart"}, auth=TWILIO_AUTH, timeout=5
        )
        assert created.status_code == 201, created.text
        sid = created.json()["sid"]
        live_state = httpx.get(f"{running.url}/_standin/state", auth=TWILIO_AUTH, timeout=5).json()
        running.process.send_signal(signal.SIGINT)
        assert running.process.wait(20) == 0
    saved = json.loads(state_file.read_text(encoding="utf-8"))
    assert saved == live_state  # the same shape as GET /_standin/state
    assert [s["sid"] for s in saved["services"]] == [sid]
    with serving("twilio_proxy", "--port", "0", "--state-file", str(state_file)) as again:
        fetched = httpx.get(f"{again.url}/v1/Services/{sid}", auth=TWILIO_AUTH, timeout=5)
        assert fetched.status_code == 200 and fetched.json()["unique_name"] == "kept-over-restart"


def _read_response(sock: socket.socket) -> bytes:
    """One whole HTTP/1.1 response with a Content-Length (headers and body may come in several segments)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?im)^content-length:\s*(\d+)", head).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        body += sock.recv(4096)
    return head + b"\r\n\r\n" + body


def test_a_slow_client_is_dropped_and_an_idle_one_too() -> None:
    with serving("rooms", "--port", "0", "--header-timeout", "0.6", "--idle-timeout", "1") as running:
        port = int(running.url.rsplit(":", 1)[1])
        # headers trickled in: dropped once the header timeout has passed since the connection opened
        with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
            started = time.monotonic()
            slow.sendall(b"GET /_standin/health HTTP/1.1\r\n")
            dropped = False
            for _ in range(12):
                time.sleep(0.2)
                try:
                    slow.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    dropped = True
                    break
            if not dropped:
                dropped = slow.recv(1024) == b""
            assert dropped and time.monotonic() - started < 5
        # connected, nothing sent: dropped too
        with socket.create_connection(("127.0.0.1", port), timeout=10) as silent:
            started = time.monotonic()
            assert silent.recv(1024) == b""
            assert 0.4 < time.monotonic() - started < 5
        # after an answer, an idle keep-alive connection is closed
        with socket.create_connection(("127.0.0.1", port), timeout=10) as idle:
            idle.sendall(b"GET /_standin/health HTTP/1.1\r\nHost: x\r\n\r\n")
            assert _read_response(idle).startswith(b"HTTP/1.1 200")
            started = time.monotonic()
            assert idle.recv(1024) == b""
            assert time.monotonic() - started < 5
        # a normal client is unaffected
        assert httpx.get(f"{running.url}/_standin/health", timeout=5).status_code == 200


def test_oversized_headers_are_refused() -> None:
    with serving("rooms", "--port", "0", "--max-header-bytes", "2048") as running:
        port = int(running.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as big:
            big.sendall(b"GET /_standin/health HTTP/1.1\r\nHost: x\r\n" + b"X-Big: " + b"a" * 4096 + b"\r\n")
            answer = b""
            while chunk := big.recv(4096):
                answer += chunk
            assert not answer.startswith(b"HTTP/1.1 200")
        assert httpx.get(f"{running.url}/_standin/health", timeout=5).status_code == 200


def test_unusable_options_are_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad_seed = tmp_path / "seed.json"
    bad_seed.write_text("[1, 2]", encoding="utf-8")
    for args in (["--credentials", "no-colon"], ["--seed", str(bad_seed)], ["--seed", str(tmp_path / "absent.yaml")]):
        assert run(parse(["twilio_proxy", "--port", "0", *args], environ={})) == 2, args
        out, err = capsys.readouterr()
        assert out == "" and err.startswith("twilio_proxy: error: ") and len(err.splitlines()) == 1, err


def test_spec_generator_serve_without_the_stand_ins_says_what_to_install(tmp_path: Path) -> None:
    """Without the ``services`` package (a generator installed alone), ``serve`` is a one-line error, exit 2."""
    code = (
        "import sys; sys.modules['services'] = None; from generator.cli import main; sys.exit(main(['serve', 'rooms']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "'services' package (the stand-ins) is not installed" in done.stderr
    assert "spec-first-generator[services]" in done.stderr
