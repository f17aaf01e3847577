"""The pytest plugin (services/pytest_plugin.py, entry point ``pytest11``) as another project uses it.

tests/standin_plugin_sample.py is copied into an empty directory and run by a separate pytest with
warnings as errors: the fixtures come from the entry point alone (no conftest, no ``-p``). The same
run with Starlette's ``TestClient`` (the pairing these docs used to show) fails on its deprecation
warning, which is why the plugin does not use it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "standin_plugin_sample.py"
# pytest-asyncio (installed here) warns about its own unset option; the sample's async test uses anyio
PYTEST = (sys.executable, "-m", "pytest", "-W", "error", "-p", "no:cacheprovider", "-p", "no:asyncio", "-q")


def _pytest(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS", "PYTHONWARNINGS")}
    return subprocess.run(
        [*PYTEST, *args], cwd=directory, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def _documented_example() -> str:
    """The first Python block of docs/local-server.md's pytest plugin section."""
    text = (ROOT / "docs" / "local-server.md").read_text(encoding="utf-8")
    section = text.split("## In tests: the pytest plugin", 1)[1].split("\n## ", 1)[0]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_sample_project_passes_with_warnings_as_errors(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "test_documented.py").write_text(_documented_example(), encoding="utf-8")
    done = _pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "14 passed" in done.stdout and "warning" not in done.stdout.lower(), done.stdout


def test_every_api_has_its_fixtures(tmp_path: Path) -> None:
    done = _pytest(tmp_path, "--fixtures")
    assert done.returncode in (0, 5), done.stdout + done.stderr
    from services import API_NAMES

    for api in API_NAMES:
        for suffix in ("standin", "client", "async_client", "server", "faults"):
            assert f"\n{api}_{suffix} -- " in done.stdout, f"{api}_{suffix}"
    assert "standin_options [session scope]" in done.stdout


def test_the_testclient_pairing_fails_with_warnings_as_errors(tmp_path: Path) -> None:
    """Why the plugin avoids Starlette's TestClient: with this project's httpx it warns (an error under -W error)."""
    (tmp_path / "test_old_pairing.py").write_text(
        "from starlette.testclient import TestClient\n"
        "from services import rooms\n\n"
        "def test_old():\n"
        "    with TestClient(rooms.create_app()) as http:\n"
        "        assert http.get('/openapi.json').status_code == 200\n",
        encoding="utf-8",
    )
    done = _pytest(tmp_path)
    assert done.returncode != 0
    assert "StarletteDeprecationWarning" in done.stdout + done.stderr


@pytest.mark.parametrize("api", ["rooms", "twilio_proxy", "bandwidth_webrtc"])
def test_in_process_transport_runs_each_stand_in(api: str) -> None:
    from services.inprocess import in_process_client
    from services.standin import create_standin

    standin = create_standin(api)
    with in_process_client(standin, standin.dev_headers()) as http:
        assert http.get("/_standin/health").json()["api"] == api
        spec = http.get("/openapi.json").json()
        assert spec["servers"][0]["url"].startswith("http://testserver")
