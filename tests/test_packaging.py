"""An installed copy of the generator (a wheel, as pip or pre-commit installs it) works from its own files.

The wheel is built from this checkout and installed (without dependencies) into a fresh
virtualenv; that virtualenv sees the project's pinned dependencies through a ``.pth`` file
pointing at the test interpreter's site-packages, so nothing is downloaded. Every command runs
from a directory outside the repository, so only the installed templates can be found.
The wheel also carries the stand-ins (``services``, ``generated``): ``spec-generator serve`` starts
each one there, and a sample project's tests pass with the pytest plugin's fixtures.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from generator.cli import templates_reference

ROOT = Path(__file__).resolve().parent.parent
MARKER = "# customised by an installed override (tests/test_packaging.py)"

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Installed:
    wheel: Path
    script: Path  # the installed ``spec-generator``
    work: Path  # an empty directory outside the repository, the cwd of every command

    def run(self, *args: str, program: str = "spec-generator") -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        command = [str(self.script.parent / program), *args]
        return subprocess.run(command, cwd=self.work, env=env, capture_output=True, text=True, timeout=300)


def _build_wheel(dest: Path) -> Path:
    """Build from a copy of the sources: setuptools writes build/ and *.egg-info next to them."""
    source = dest / "source"
    for name in ("pyproject.toml", "README.md"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, source / name)
    for name in ("generator", "templates", "services", "generated"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dest)]
    built = subprocess.run([*command, str(source)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    (wheel,) = dest.glob("*.whl")
    return wheel


def _fresh_venv(path: Path, wheel: Path) -> Path:
    """A venv holding only the wheel; the pinned dependencies come from this interpreter's site-packages."""
    venv.EnvBuilder(with_pip=False).create(path)
    python = path / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index"]
    done = subprocess.run([*install, str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # A plain path line: the project's .pth files (its editable install among them) are not processed.
    (Path(purelib) / "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return path / "bin" / "spec-generator"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed")
    wheel = _build_wheel(base / "dist")
    script = _fresh_venv(base / "venv", wheel)
    work = base / "work"
    work.mkdir()
    yield Installed(wheel, script, work)


def test_wheel_contains_every_template_and_the_runtime_package(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    templates = {f"generator/templates/{p.name}" for p in (ROOT / "templates").glob("*.jinja")}
    assert templates and templates <= names
    assert {
        "generator/py.typed",
        "generator/cli.py",
        "generator/resources.py",
        "generator/runtime/__init__.py",
    } <= names
    sources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*.py")}
    assert sources <= names, f"missing from the wheel: {sorted(sources - names)}"


def test_installed_copy_uses_its_own_templates(installed: Installed) -> None:
    code = "import generator.resources as r; print(r.builtin_templates())"
    where = installed.run("-c", code, program="python")
    assert where.returncode == 0, where.stderr
    venv_dir = installed.script.parent.parent
    assert Path(where.stdout.strip()).is_relative_to(venv_dir) and Path(where.stdout.strip()).name == "templates"
    listing = installed.run("templates")
    assert listing.returncode == 0, listing.stderr
    # The built-in templates live in the venv, not in this checkout.
    assert f"built-in: {venv_dir}" in listing.stdout, listing.stdout
    assert str(ROOT) not in listing.stdout


def test_templates_reference_from_the_wheel_matches_the_checkout(installed: Installed) -> None:
    done = installed.run("templates", "--reference")
    assert done.returncode == 0, done.stderr
    assert done.stdout == templates_reference()


def test_copy_then_generate_with_the_override(installed: Installed) -> None:
    override = installed.work / "my-templates"
    copied = installed.run("templates", "--copy", "client.py.jinja", "--to", str(override))
    assert copied.returncode == 0, copied.stderr
    template = override / "client.py.jinja"
    assert template.read_text(encoding="utf-8") == (ROOT / "templates" / "client.py.jinja").read_text(encoding="utf-8")
    template.write_text(template.read_text(encoding="utf-8") + MARKER + "\n", encoding="utf-8")

    spec = installed.work / "rooms.yaml"
    spec.write_bytes((ROOT / "specs" / "rooms.yaml").read_bytes())
    out = installed.work / "out"
    done = installed.run("generate", "--templates", str(override), "--out", str(out), str(spec))
    assert done.returncode == 0, done.stdout + done.stderr
    assert MARKER in (out / "rooms" / "client.py").read_text(encoding="utf-8")
    assert MARKER not in (out / "rooms" / "server.py").read_text(encoding="utf-8")


# -- the stand-ins from the wheel -------------------------------------------------------------------
def test_wheel_carries_the_stand_ins_and_the_plugin_entry_point(installed: Installed) -> None:
    wheel = zipfile.ZipFile(installed.wheel)
    names = set(wheel.namelist())
    sources = {p.relative_to(ROOT).as_posix() for d in ("services", "generated") for p in (ROOT / d).rglob("*.py")}
    assert sources <= names, f"missing from the wheel: {sorted(sources - names)}"
    for package in (p.parent for p in (ROOT / "generated").glob("*/openapi.json")):
        assert {f"generated/{package.name}/openapi.json", f"generated/{package.name}/py.typed"} <= names
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "[pytest11]" in text and "standins = services.pytest_plugin" in text


def test_each_stand_in_starts_from_the_command_line(installed: Installed) -> None:
    from services import API_NAMES

    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("STANDIN")
    }
    for api in API_NAMES:
        process = subprocess.Popen(
            [str(installed.script), "serve", api, "--port", "0"],
            cwd=installed.work,
            env={**env, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            url = None
            for line in process.stdout:  # "serving on" is the last line of the banner
                match = re.match(r"^\w+ serving on (http://\S+)", line)
                if match:
                    url = match.group(1)
                    break
            assert url is not None, process.communicate(timeout=30)
            assert httpx.get(f"{url}/_standin/health", timeout=10).json()["api"] == api
            docs = httpx.get(f"{url}/docs", timeout=10)
            assert docs.status_code == 200 and 'src="docs/swagger-ui-bundle.js"' in docs.text
            assert httpx.get(f"{url}/docs/swagger-ui-bundle.js", timeout=10).status_code == 200
            assert httpx.get(f"{url}/openapi.json", timeout=10).json()["servers"][0]["url"].startswith(url)
        finally:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        assert str(ROOT) not in err


def test_the_plugin_fixtures_run_a_sample_project(installed: Installed) -> None:
    project = installed.work / "project"
    project.mkdir()
    (project / "test_sample.py").write_text((ROOT / "tests" / "standin_plugin_sample.py").read_text("utf-8"), "utf-8")
    where = installed.run(
        "-c", "import services, generated; print(services.__file__, generated.__file__)", program="python"
    )
    venv_dir = installed.script.parent.parent
    assert all(Path(p).is_relative_to(venv_dir) for p in where.stdout.split()), where.stdout + where.stderr
    done = subprocess.run(
        [str(installed.script.parent / "python"), "-m", "pytest", "-W", "error", "-p", "no:cacheprovider"]
        + ["-p", "no:asyncio", "-q", "test_sample.py"],
        cwd=project,
        env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTEST_ADDOPTS")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "10 passed" in done.stdout, done.stdout
