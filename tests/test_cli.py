"""The command line as users meet it: help, exit codes, one-line usage errors, diagnostics, the stamp fast path."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import COMMANDS, format_diagnostic, main, use_colour
from generator.diagnostics import Diagnostic, Level
from generator.pipeline import STAMP

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
GOLDEN = ROOT / "tests" / "golden"
SPEC = GOLDEN / "nullable_optional" / "spec.yaml"


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PY, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text and "usage:" not in text
    return lines[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A tiny project: pyproject.toml with [tool.generator], one spec."""
    (tmp_path / "specs").mkdir()
    shutil.copy(SPEC, tmp_path / "specs" / "things.yaml")
    (tmp_path / "pyproject.toml").write_text('[tool.generator]\nspecs = ["specs"]\nout = "gen"\n')
    return tmp_path


# -- help and usage errors ----------------------------------------------------------------------


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_on_every_command(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"] if command else ["--help"]) == 0
    out = capsys.readouterr().out
    codes = "exit codes: 0 ok, 1 diagnostics or stale output, 2 usage error"
    if command == "serve":  # services/serve.py's own options and exit codes
        codes = "exit codes: 0 stopped, 1 the port could not be bound, 2 usage error"
    assert out.startswith("usage: ") and codes in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["generate", "--frob"], "error: unknown option '--frob'"),
        (["generate", "--stirct"], "error: unknown option '--stirct' (did you mean '--strict'?)"),
        (["gen"], "error: unknown command 'gen' (did you mean 'generate'?"),
        ([], "error: missing command (generate, check, validate, templates, serve, contract)"),
        (["--bogus"], "error: unknown option '--bogus'"),
        (["generate", "--out"], "error: argument --out: expected one argument"),
    ],
)
def test_usage_errors_are_one_line_exit_2(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in one_line(captured.err)


def test_missing_spec_is_one_line_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    assert main(["generate", "specs/nope.yaml"]) == 2
    assert one_line(capsys.readouterr().err).endswith("error: spec not found: specs/nope.yaml")
    assert not (project / "gen").exists()


def test_misspelled_config_key_from_a_subdirectory(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.generator]\nspces = ["specs"]\n')
    (project / "src").mkdir()
    result = run(["generate"], cwd=project / "src")
    assert result.returncode == 2
    assert one_line(result.stderr) == "../pyproject.toml: [tool.generator] unknown key 'spces' (did you mean 'specs'?)"


def console_script() -> list[str]:
    """The installed ``spec-generator``, else what pip's wrapper would run: pyproject's entry point as argv[0]."""
    script = Path(PY).with_name("spec-generator")
    if script.exists():
        return [str(script)]
    import tomllib

    target = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]["spec-generator"]
    module, function = target.split(":")
    code = f"import sys; sys.argv[0] = 'spec-generator'; from {module} import {function}; sys.exit({function}())"
    return [PY, "-c", code]


def test_console_script_and_module_agree() -> None:
    a = subprocess.run(
        [*console_script(), "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    b = run(["--version"], cwd=ROOT)
    assert a.returncode == b.returncode == 0
    assert a.stdout.split()[-1] == b.stdout.split()[-1] != ""
    assert a.stdout.startswith("spec-generator ") and b.stdout.startswith("python -m generator ")


# -- diagnostics --------------------------------------------------------------------------------


def test_diagnostics_name_file_line_and_pointer(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = project / "specs" / "things.yaml"
    spec.write_text(
        spec.read_text().replace(
            "#/components/schemas/Thing'}\n      responses", "#/components/schemas/Nope'}\n      responses"
        )
    )
    monkeypatch.chdir(project)
    assert main(["generate"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "specs/things.yaml:11:22: error: unresolved $ref '#/components/schemas/Nope' "
        "(at #/paths/~1things/post/requestBody/content/application~1json/schema)"
    )
    assert err[-1] == "generation failed: 1 error(s); gen/ left unchanged"
    assert "\033[" not in "".join(err)  # not a terminal: no colour
    assert not (project / "gen" / "things").exists()


def test_colour_only_on_a_terminal_without_no_color() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert use_colour(Tty(), {}) is True
    assert use_colour(Tty(), {"NO_COLOR": "1"}) is False
    assert use_colour(Tty(), {"TERM": "dumb"}) is False
    assert use_colour(io.StringIO(), {}) is False
    d = Diagnostic(Level.WARNING, "#/paths", "careful", "specs/x.yaml", 3, 7)
    assert format_diagnostic(d, False) == "specs/x.yaml:3:7: warning: careful (at #/paths)"
    coloured = format_diagnostic(d, True)
    assert "\033[1;33mwarning\033[0m" in coloured and coloured.replace("\033[", "").count("specs/x.yaml:3:7") == 1


def test_strict_makes_warnings_fail_and_quiet_hides_them(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = project / "specs" / "things.yaml"
    spec.write_text(
        spec.read_text().replace("      operationId: createThing", "      bogus: 1\n      operationId: createThing", 1)
    )
    monkeypatch.chdir(project)
    assert main(["validate"]) == 0  # a schema violation is a warning by default
    assert "warning: not valid OpenAPI 3.0.3: `bogus` is not an OpenAPI 3.0.3 field here" in capsys.readouterr().err
    assert main(["validate", "--lenient"]) == 0  # a no-op, accepted for compatibility
    assert "warning: not valid OpenAPI" in capsys.readouterr().err
    assert main(["validate", "--strict"]) == 1
    capsys.readouterr()
    assert main(["validate", "--lenient", "--strict"]) == 1
    assert (
        capsys.readouterr().err.splitlines()[-1]
        == "validation failed: 0 error(s), 1 warning(s) (--strict: warnings fail)"
    )
    assert main(["validate", "--lenient", "-q"]) == 0
    captured = capsys.readouterr()
    assert captured.out == captured.err == ""


# -- generate / check and the stamp -------------------------------------------------------------


def test_generate_then_check_with_progress_lines(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    assert main(["generate"]) == 0
    assert capsys.readouterr().out == "specs/things.yaml -> gen/things/ (written)\n"
    assert (project / "gen" / "things" / STAMP).is_file()
    assert main(["generate"]) == 0
    assert capsys.readouterr().out == "specs/things.yaml -> gen/things/ (unchanged)\n"
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "specs/things.yaml -> gen/things/ (up to date)\n"
    assert main(["-q", "check"]) == 0 and capsys.readouterr().out == ""

    # A hand edit breaks the stamp: check renders and names the file; --no-cache agrees.
    models = project / "gen" / "things" / "models.py"
    models.write_text(models.read_text() + "# hand edit\n")
    for extra in ([], ["--no-cache"]):
        assert main(["check", *extra]) == 1
        assert capsys.readouterr().err.splitlines() == [
            "stale generated files (run `spec-generator generate` or `make generate`):",
            "  gen/things/models.py",
        ]
    assert main(["generate"]) == 0
    assert "(written)" in capsys.readouterr().out and "hand edit" not in models.read_text()


def test_no_op_runs_skip_the_heavy_pipeline(project: Path) -> None:
    assert run(["generate", "-q"], cwd=project).returncode == 0
    probe = (
        "import sys\nfrom generator.cli import main\n"
        "codes = [main(['generate', '-q']), main(['check', '-q'])]\n"
        "heavy = sorted(m for m in ('generator.builder', 'generator.loader', 'jinja2', 'yaml', 'datamodel_code_generator') if m in sys.modules)\n"
        "print(codes, heavy)\n"
    )
    result = subprocess.run(
        [PY, "-c", probe],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.stdout.strip() == "[0, 0] []", result.stderr


def test_a_changed_ref_file_is_noticed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(GOLDEN / "multi_file", tmp_path / "api", ignore=shutil.ignore_patterns("expected"))
    monkeypatch.chdir(tmp_path)
    assert main(["-q", "generate", "api/spec.yaml", "--out", "gen"]) == 0
    stamp = (tmp_path / "gen" / "spec" / STAMP).read_text()
    refs = sorted(line.split(" ", 2)[2] for line in stamp.splitlines() if line.startswith("ref "))
    assert refs == sorted(
        p.relative_to(tmp_path / "api").as_posix() for p in (tmp_path / "api" / "parts").glob("*.yaml")
    )
    assert str(tmp_path) not in stamp
    schemas = tmp_path / "api" / "parts" / "schemas.yaml"
    schemas.write_text(
        schemas.read_text().replace("type: object", "type: object\n      description: An order, described.", 1)
    )
    assert main(["check", "api/spec.yaml", "--out", "gen"]) == 1
    assert "gen/spec/_models.py" in capsys.readouterr().err  # the model classes (models.py re-exports them)
    assert main(["generate", "api/spec.yaml", "--out", "gen"]) == 0
    assert "(written)" in capsys.readouterr().out
    assert "An order, described." in (tmp_path / "gen" / "spec" / "_models.py").read_text()


def test_pre_commit_hook_runs_check(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "spec-generator-check" and hook["pass_filenames"] is False
    script, *args = hook["entry"].split()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts[script] == "generator.cli:main"
    monkeypatch.chdir(project)
    assert main(args) == 1  # nothing generated yet: stale
    assert "gen/things/models.py" in capsys.readouterr().err
    assert main(["-q", "generate"]) == 0
    assert main(args) == 0
    assert capsys.readouterr().out == ""
