"""The README's client example runs as written against `make serve API=twilio_proxy`'s server."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from services.twilio_proxy import Config, create_app

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture
def server_url() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def test_readme_client_example_runs(server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    example = next(b for b in blocks if "Client(" in b)
    assert "http://127.0.0.1:8000" in example
    # The credentials the README shows are the ones `make serve` prints.
    user = re.search(r'username="([^"]+)", password="([^"]+)"', example)
    assert user is not None
    import base64

    token = base64.b64encode(f"{user.group(1)}:{user.group(2)}".encode()).decode()
    assert Config().dev_headers() == {"Authorization": f"Basic {token}"}
    exec(compile(example.replace("http://127.0.0.1:8000", server_url), str(README), "exec"), {})  # noqa: S102
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"KP[0-9a-f]{32} \+15555550100", lines[0])
    assert lines[1].startswith("404 20404 ")
