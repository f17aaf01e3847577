"""Smoke tests of the benchmark's own helpers (``bench/``): no timed assertions, a few seconds in all."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.baseline_app import create_app as baseline_app
from bench.clientbench import measure_per_call
from bench.gen import count_classes, count_generated_operations, count_opc_skipped, count_spec_operations
from bench.loadgen import body_content_type, parse_wrk, percentile, python_load
from bench.measure import run_measured
from bench.profile_server import asgi_call
from bench.report import DOC, END, START, Row, Target, format_table, ratio, update_doc

REPO = Path(__file__).resolve().parent.parent

# -- ratio maths and verdicts -----------------------------------------------------------------------


def test_ratio_is_ours_over_theirs_and_none_when_undefined() -> None:
    assert ratio(3.0, 12.0) == pytest.approx(0.25)
    assert ratio(None, 1.0) is None
    assert ratio(1.0, None) is None
    assert ratio(1.0, 0.0) is None
    assert ratio(float("nan"), 1.0) is None


@pytest.mark.parametrize(
    ("ours", "theirs", "target", "verdict"),
    [
        (7.0, 23.0, Target("<=", 0.35), "PASS"),  # 0.30×
        (9.0, 23.0, Target("<=", 0.35), "MISS"),  # 0.39×
        (9000.0, 6000.0, Target(">=", 1.5), "PASS"),
        (8000.0, 6000.0, Target(">=", 1.5), "MISS"),
        (0.4, None, Target("<", 0.5, on="ours"), "PASS"),  # absolute target, no "theirs"
        (0.6, None, Target("<", 0.5, on="ours"), "MISS"),
        (0.0, 33.0, Target("==", 0, on="ours"), "PASS"),
        (1.0, 2.0, None, "info"),
        (None, 2.0, Target("<=", 1.0), "n/a"),
    ],
)
def test_verdicts(ours: float | None, theirs: float | None, target: Target | None, verdict: str) -> None:
    assert Row("s", "m", ours=ours, theirs=theirs, target=target).verdict == verdict


def test_unavailable_row_says_why_and_has_no_ratio() -> None:
    row = Row("server", "x vs Prism", ours=5.0, theirs=1.0, target=Target(">=", 1.5), unavailable="npm failed")
    assert row.verdict == "n/a"
    assert row.ratio is None
    cells = row.cells()
    assert "unavailable: npm failed" in cells[3]
    assert cells[4] == "—"


def test_table_columns_line_up_and_cells_are_escaped() -> None:
    rows = [
        Row(
            "generate",
            "Stripe vs openapi-python-client",
            ours=20.0,
            theirs=23.0,
            ours_text="20.0 s",
            theirs_text="23.0 s",
            target=Target("<=", 0.35),
        ),
        Row("client", "a | b", ours=1.0, theirs=1.0, ours_text="1.0 µs", theirs_text="1.0 µs"),
    ]
    table = format_table(rows).splitlines()
    assert len({len(line) for line in table}) == 1  # every line padded to the same width
    assert table[0].startswith("| area")
    assert "0.87×" in table[2] and "≤ 0.35×" in table[2] and "MISS" in table[2]
    assert "a \\| b" in table[3] and "info" in table[3]


# -- docs/benchmarks.md -----------------------------------------------------------------------------


def test_update_doc_replaces_only_its_block(tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "benchmarks.md"
    update_doc(doc, "table one")  # a new page: title, then the block
    first = doc.read_text()
    assert first == f"# Benchmarks\n\n{START}\ntable one\n{END}\n"
    # hand-written method and analysis around the block survive an update
    doc.write_text(first.replace("# Benchmarks\n", "# Benchmarks\n\nMethod.\n") + "\nWhy: analysis.\n")
    update_doc(doc, "table two\n")
    second = doc.read_text()
    assert second == f"# Benchmarks\n\nMethod.\n\n{START}\ntable two\n{END}\n\nWhy: analysis.\n"


def test_update_doc_appends_the_block_to_a_page_without_markers(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nPrelude.\n")
    update_doc(doc, "the table")
    assert doc.read_text() == f"# Benchmarks\n\nPrelude.\n\n{START}\nthe table\n{END}\n"


def test_the_table_lives_in_docs_and_the_readme_links_to_it() -> None:
    doc = (REPO / DOC).read_text()
    assert doc.count(START) == doc.count(END) == 1 and doc.index(START) < doc.index(END)
    assert "| area" in doc[doc.index(START) : doc.index(END)] and "Why the misses" in doc
    readme = (REPO / "README.md").read_text()
    assert START not in readme and "| area" not in readme
    assert "[docs/benchmarks.md](docs/benchmarks.md)" in readme


# -- counting ---------------------------------------------------------------------------------------


def test_count_spec_operations_counts_http_methods_only(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(
        textwrap.dedent("""\
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /a:
            parameters: []
            summary: not an operation
            get: {responses: {'200': {description: ok}}}
            post: {responses: {'200': {description: ok}}}
          /b:
            delete: {responses: {'204': {description: ok}}}
        """)
    )
    assert count_spec_operations(spec) == 3


def test_count_generated_operations(tmp_path: Path) -> None:
    (tmp_path / "server.py").write_text("x = (\n    _rt.OperationSpec(a),\n    _rt.OperationSpec(b),\n)\n")
    (tmp_path / "client.py").write_text("_op_a: _Op[int] = _Op()\n_op_b = _Op()\n    _op_c = 1\n")
    assert count_generated_operations(tmp_path) == {"server": 2, "client": 2}


def test_count_classes_in_a_module_or_a_package(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("class A(X):\n    class Inner:\n        pass\n\nclass B:\n    pass\n")
    (tmp_path / "pkg" / "b.py").write_text("# class C\nclass D(BaseModel):\n    x: int\n")
    assert count_classes(tmp_path / "pkg" / "a.py") == 2  # nested classes are not models of their own
    assert count_classes(tmp_path / "pkg") == 3


def test_count_opc_skipped() -> None:
    log = (
        "WARNING parsing POST /v1/account within default. Endpoint will not be generated.\n\n"
        "Attempted to generate duplicate models\n"
        "WARNING parsing GET /v1/x within default.\n"
        "WARNING parsing POST /v1/accounts within default. Endpoint will not be generated.\n"
    )
    assert count_opc_skipped(log) == 2


# -- measuring child processes ---------------------------------------------------------------------


def test_run_measured_reports_this_childs_peak_memory_and_exit_code() -> None:
    big = run_measured([sys.executable, "-c", "b = bytearray(120 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"])
    small = run_measured([sys.executable, "-c", "import sys; print('hi'); sys.exit(3)"])
    assert big.ok and big.max_rss_mb >= 120
    assert small.returncode == 3 and not small.ok and small.stdout.strip() == "hi"
    assert small.max_rss_mb < big.max_rss_mb  # per child, not the process-wide maximum so far


def test_run_measured_kills_on_timeout() -> None:
    m = run_measured([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert m.timed_out and not m.ok


# -- load generator -------------------------------------------------------------------------------

WRK_OUTPUT = """\
Running 6s test @ http://127.0.0.1:4010/api/v1/rooms/x
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    10.26ms    4.10ms  80.00ms   90.00%
  Latency Distribution
     50%  850.00us
     75%   12.00ms
     90%   15.00ms
     99%    1.20s
  60000 requests in 6.00s, 10.00MB read
  Non-2xx or 3xx responses: 12
Requests/sec:  10000.00
"""


def test_parse_wrk() -> None:
    res = parse_wrk(WRK_OUTPUT, 6.0)
    assert res.requests == 60000 and res.rps == pytest.approx(10000.0)
    assert res.p50_ms == pytest.approx(0.85) and res.p99_ms == pytest.approx(1200.0)
    assert res.non2xx == 12 and res.errors == 0


def test_percentile_nearest_rank() -> None:
    values = list(range(1, 101))
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.99) == 99
    assert percentile([], 0.5) is None


def test_load_generator_refuses_non_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        python_load("http://10.0.0.1:80/", duration=0.1)


@pytest.fixture(scope="module")
def tiny_server() -> Iterator[str]:
    """The bench's hand-written Starlette app on an ephemeral loopback port, in a thread."""
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = baseline_app({"tok": "tenant"})
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            loop="asyncio",
            http="h11",
            log_level="error",
            access_log=False,
            lifespan="off",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


def test_load_generator_one_second_get_and_unique_posts(tiny_server: str) -> None:
    auth = {"Authorization": "Bearer tok"}
    created = python_load(
        tiny_server + "/api/v1/rooms",
        method="POST",
        headers=auth,
        body='{"name": "load {n}"}',
        connections=4,
        duration=0.5,
    )
    assert created.requests > 0
    assert created.non2xx == 0  # every name unique: no 409
    got = python_load(
        tiny_server + "/api/v1/rooms/load 1".replace(" ", "%20"), headers=auth, connections=4, duration=1.0
    )
    assert got.requests > 0 and got.non2xx == 0 and got.errors == 0
    assert got.p50_ms is not None and got.p99_ms is not None and got.p50_ms <= got.p99_ms
    denied = python_load(tiny_server + "/api/v1/rooms/load%201", connections=2, duration=0.3)  # no credentials
    assert denied.requests > 0 and denied.non2xx == denied.requests
    form = python_load(
        tiny_server + "/api/v1/rooms",
        method="POST",
        headers=auth | {"content-type": "application/x-www-form-urlencoded"},
        body="name=form+{n}",
        connections=2,
        duration=0.3,
    )
    assert form.requests > 0 and form.non2xx == form.requests  # sent as a form: the JSON-only app answers 415


def test_body_content_type_is_json_unless_named() -> None:
    assert body_content_type({"Authorization": "x"}) == ("application/json", {"Authorization": "x"})
    assert body_content_type({"Content-Type": "text/plain", "A": "1"}) == ("text/plain", {"A": "1"})
    assert body_content_type(None) == ("application/json", {})


# -- the hand-written baseline and the in-process ASGI driver --------------------------------------


_SAME_WORK_REQUESTS: list[tuple[str, str, dict[str, str], bytes]] = [
    # (method, path, headers, body); "{id}" is the first created room's id
    ("POST", "/api/v1/rooms", {"content-type": "application/json"}, b'{"name": "a"}'),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b'{"name": "Room 1"}'),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b'{"name": "Room 1"}'),
    ("POST", "/api/v1/rooms", {"KEY": "", "content-type": "application/json; charset=utf-8"}, b'{"x": 1}'),
    (
        "POST",
        "/api/v1/rooms",
        {"AUTH": "", "content-type": "application/json"},
        b'{"name": "c", "config": {"max_participants": 10.0, "chat_enabled": true, "other": [1]}}',
    ),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b'{"name": 5}'),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b'{"name": null}'),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b'["x"]'),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b'{"config": {"chat_enabled": 1}}'),
    (
        "POST",
        "/api/v1/rooms",
        {"AUTH": "", "content-type": "application/json"},
        b'{"config": {"max_participants": true}}',
    ),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b'{"config": []}'),
    ("POST", "/api/v1/rooms", {"AUTH": "", "content-type": "application/json"}, b"{"),
    ("POST", "/api/v1/rooms", {"AUTH": ""}, b'{"name": "Room 3"}'),
    ("POST", "/api/v1/rooms?x=1", {"AUTH": "", "content-type": "application/json"}, b"{}"),
    ("GET", "/api/v1/rooms/{id}", {"AUTH": ""}, b""),
    ("GET", "/api/v1/rooms/{id}", {"KEY": ""}, b""),
    ("GET", "/api/v1/rooms/Room%201", {"AUTH": ""}, b""),
    ("GET", "/api/v1/rooms/nope", {"AUTH": ""}, b""),
    ("GET", "/api/v1/rooms/550e8400-e29b-41d4-a716-446655449999", {"AUTH": ""}, b""),
    ("GET", "/api/v1/rooms/{id}?x=1", {"AUTH": ""}, b""),
    ("GET", "/api/v1/rooms/{id}", {"authorization": "Bearer other"}, b""),
    ("GET", "/api/v1/rooms/{id}", {"authorization": "Basic b3RoZXI6eA=="}, b""),
    ("GET", "/api/v1/rooms/{id}", {}, b""),
]


def _comparable(status: int, body: bytes) -> tuple[int, object]:
    """The status and, for a 2xx, the body with its server-assigned values replaced by their kind."""
    if not 200 <= status < 300:
        return status, None
    data = json.loads(body)
    for key in ("id", "cloudflare_meeting_id", "started_at", "created_at", "updated_at"):
        data[key] = type(data[key]).__name__
    return status, data


def test_baseline_app_answers_the_bench_requests_as_the_service_does() -> None:
    """The hand-written app does the same observable work as services/rooms.py on the generated server."""
    from services.rooms import Config, create_app

    config = Config()
    tenant = config.tenants[0]
    ours = create_app(config)
    theirs = baseline_app({tenant.api_key: str(tenant.uuid)})
    credentials = {"AUTH": ("authorization", f"Bearer {tenant.api_key}"), "KEY": ("x-api-key", tenant.api_key)}

    async def answers(app: object) -> list[tuple[int, object]]:
        out: list[tuple[int, object]] = []
        first_id = ""
        for method, path, headers, body in _SAME_WORK_REQUESTS:
            sent = dict(credentials.get(k, (k, v)) for k, v in headers.items())
            path, _, query = path.replace("{id}", first_id).partition("?")
            status, raw = await asgi_call(app, method, path, sent, body, query=query.encode())
            if status == 201 and not first_id:
                first_id = json.loads(raw)["id"]
                assert raw == await _get_raw(app, first_id, sent)
            out.append(_comparable(status, raw))
        return out

    async def _get_raw(app: object, room_id: str, headers: dict[str, str]) -> bytes:
        status, raw = await asgi_call(app, "GET", f"/api/v1/rooms/{room_id}", headers)
        assert status == 200
        room = json.loads(raw)
        assert room.pop("participant_count") == 0
        return json.dumps(room, separators=(",", ":"), ensure_ascii=False).encode()

    got_ours, got_theirs = asyncio.run(answers(ours)), asyncio.run(answers(theirs))
    assert got_theirs == got_ours
    statuses = [status for status, _ in got_ours]
    assert statuses == [401, 201, 201, 201, 201] + [400] * 7 + [415, 400, 200, 200, 200, 404, 404, 400, 401, 401, 401]
    created = got_ours[4][1]
    assert isinstance(created, dict) and created["config"] == {
        "max_participants": 10,
        "chat_enabled": True,
        "other": [1],
    }


def test_measure_per_call_runs_every_function_in_batches() -> None:
    calls = {"a": 0, "b": 0}

    def a(_n: int) -> None:
        calls["a"] += 1

    def b(_n: int) -> None:
        calls["b"] += 1

    per_call = measure_per_call({"a": a, "b": b}, iterations=50, batches=3)
    assert set(per_call) == {"a", "b"} and all(v > 0 for v in per_call.values())
    assert calls == {"a": 50 + 150, "b": 50 + 150}  # warm-up (min(200, iterations)) + batches × iterations


def test_cpu_seconds_of_a_process() -> None:
    from bench.serverbench import cpu_seconds

    start = cpu_seconds(os.getpid())
    assert (start is not None) is os.path.exists("/proc/self/stat")
    if start is None:
        return
    sum(i * i for i in range(300_000))
    end = cpu_seconds(os.getpid())
    assert end is not None and end >= start
    assert cpu_seconds(2**31 - 1) is None
