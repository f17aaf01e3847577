"""Per-file template overrides, and docs/templates.md kept in step with templates/ and generator/ir.py.

To refresh the generated part of docs/templates.md: ``UPDATE_DOCS=1 .venv/bin/python -m pytest tests/test_overrides.py``.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from generator import ir
from generator.cli import main, templates_reference
from generator.config import BUILTIN_TEMPLATES
from generator.pipeline import STAMP, Job, generate
from generator.render import _FILES, output_of

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "golden" / "nullable_optional" / "spec.yaml"
DOC = ROOT / "docs" / "templates.md"
BEGIN, END = "<!-- BEGIN GENERATED", "<!-- END GENERATED -->\n"

# The example from docs/templates.md, verbatim: add to the built-in template instead of copying it.
OVERRIDE = '{% include "builtin/__init__.py.jinja" %}\n\nAPI_TITLE = {{ api.title | pystr }}\n'


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "specs").mkdir()
    shutil.copy(SPEC, tmp_path / "specs" / "things.yaml")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\nout = "gen"\ntemplates = "overrides"\noutputs = ["models"]\n'
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_documented_override_example_is_in_the_docs() -> None:
    assert OVERRIDE in DOC.read_text(encoding="utf-8")


def test_an_override_changes_the_output(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "overrides" / "__init__.py.jinja").write_text(OVERRIDE)
    assert main(["-q", "generate"]) == 0
    init = (project / "gen" / "things" / "__init__.py").read_text()
    assert init.startswith("# generated from specs/things.yaml — do not edit\n")
    assert init.rstrip().endswith('API_TITLE = "Nullable and optional (3.0)"')
    assert "from . import models" in init and "__all__ = [" in init  # the built-in part is still there
    sys.path.insert(0, str(project / "gen"))
    try:
        module = importlib.import_module("things")
        assert module.API_TITLE == "Nullable and optional (3.0)"
    finally:
        sys.path.remove(str(project / "gen"))
        for name in [m for m in sys.modules if m == "things" or m.startswith("things.")]:
            del sys.modules[name]

    # check renders with the same override: up to date; without it the file is stale.
    assert main(["-q", "check", "--no-cache"]) == 0
    (project / "pyproject.toml").write_text('[tool.generator]\nout = "gen"\noutputs = ["models"]\n')
    assert main(["-q", "check"]) == 1
    assert capsys.readouterr().err.splitlines()[1:] == ["  gen/things/__init__.py"]


def test_editing_an_override_busts_the_stamp(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = project / "overrides" / "__init__.py.jinja"
    template.write_text(OVERRIDE)
    assert main(["generate"]) == 0 and "(written)" in capsys.readouterr().out
    assert main(["generate"]) == 0 and "(unchanged)" in capsys.readouterr().out
    template.write_text(OVERRIDE.replace("API_TITLE", "TITLE"))
    assert main(["generate"]) == 0 and "(written)" in capsys.readouterr().out
    assert "TITLE = " in (project / "gen" / "things" / "__init__.py").read_text()


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            "{{ header }}\n{{ api.nope }}\n",
            "overrides/__init__.py.jinja:2: error: template error: 'generator.ir.Api object' has no attribute 'nope'",
        ),
        ("{% if %}\n", "overrides/__init__.py.jinja:1: error: template error: Expected an expression"),
        (
            "{{ header }}\ndef broken(:\n",
            "overrides/__init__.py.jinja: error: renders invalid Python: things/__init__.py line 2: ",
        ),
    ],
)
def test_a_broken_override_is_a_located_diagnostic(
    project: Path, capsys: pytest.CaptureFixture[str], template: str, expected: str
) -> None:
    (project / "overrides" / "__init__.py.jinja").write_text(template)
    assert main(["generate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(expected) and "Traceback" not in err
    assert not (project / "gen" / "things").exists()


def test_a_misspelled_override_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "overrides" / "modles.py.jinja").write_text("")
    assert main(["generate"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(
        "spec-generator: error: overrides/modles.py.jinja: not a built-in template (did you mean 'models.py.jinja'?"
    )


def test_templates_copy_starts_an_override(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "--copy", "__init__.py.jinja"]) == 0
    assert (project / "overrides" / "__init__.py.jinja").read_bytes() == (
        BUILTIN_TEMPLATES / "__init__.py.jinja"
    ).read_bytes()
    assert main(["templates"]) == 0
    assert re.search(r"__init__\.py\.jinja +-> __init__\.py +always +\[overridden\]", capsys.readouterr().out)
    assert main(["templates", "--copy", "__init__.py.jinja"]) == 2
    assert "already exists; not overwriting" in capsys.readouterr().err
    assert main(["templates", "--copy", "clinet.py.jinja"]) == 2
    assert "no built-in template 'clinet.py.jinja' (did you mean 'client.py.jinja'?)" in capsys.readouterr().err


HOOKS_SPEC = ROOT / "tests" / "golden" / "webhooks" / "spec.yaml"  # a server with webhooks: both use _specs.jinja


def test_templates_copy_brings_the_helpers_a_template_imports(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "--copy", "server.py.jinja"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "copied server.py.jinja -> overrides/server.py.jinja",
        "copied _specs.jinja -> overrides/_specs.jinja (imported by server.py.jinja)",
    ]
    for name in ("server.py.jinja", "_specs.jinja"):
        assert (project / "overrides" / name).read_bytes() == (BUILTIN_TEMPLATES / name).read_bytes()
    # a helper already there is kept (it may be edited); copying it by name is refused like any other
    (project / "overrides" / "_specs.jinja").write_text("{# mine #}\n")
    assert main(["templates", "--copy", "webhooks.py.jinja"]) == 0
    assert capsys.readouterr().out.splitlines() == ["copied webhooks.py.jinja -> overrides/webhooks.py.jinja"]
    assert (project / "overrides" / "_specs.jinja").read_text() == "{# mine #}\n"
    assert main(["templates", "--copy", "_specs.jinja"]) == 2
    assert "already exists; not overwriting" in capsys.readouterr().err


def test_a_server_override_importing_the_specs_macros_still_works(project: Path) -> None:
    shutil.copy(HOOKS_SPEC, project / "specs" / "things.yaml")
    (project / "pyproject.toml").write_text('[tool.generator]\nout = "gen"\noutputs = ["models", "server"]\n')
    assert main(["-q", "generate"]) == 0
    built_in = {n: (project / "gen" / "things" / n).read_text() for n in ("server.py", "webhooks.py")}
    assert "_rt.OperationSpec(" in built_in["server.py"] and "_srt.OperationSpec(" in built_in["webhooks.py"]

    assert main(["-q", "templates", "--copy", "server.py.jinja", "--to", "overrides"]) == 0
    server, specs = project / "overrides" / "server.py.jinja", project / "overrides" / "_specs.jinja"
    assert '{% import "_specs.jinja" as specs %}' in server.read_text()
    server.write_text(server.read_text() + "\nSERVER_MARK = 1\n")
    specs.write_text(specs.read_text().replace("    responses=(\n", "    # from the override\n    responses=(\n"))
    (project / "pyproject.toml").write_text(
        '[tool.generator]\nout = "gen"\ntemplates = "overrides"\noutputs = ["models", "server"]\n'
    )
    assert main(["-q", "generate"]) == 0
    out = {n: (project / "gen" / "things" / n).read_text() for n in ("server.py", "webhooks.py")}
    assert out["server.py"].endswith("\n\nSERVER_MARK = 1\n")
    for name, text in out.items():  # the edited macro prints both tables; nothing else changed
        assert text.count("# from the override\n") == built_in[name].count("OperationSpec(") > 0
        stripped = text.replace("SERVER_MARK = 1\n", "").rstrip("\n")
        assert "\n".join(line for line in stripped.splitlines() if "# from the override" not in line) == (
            built_in[name].rstrip("\n")
        )
    assert main(["-q", "check", "--no-cache"]) == 0


# -- docs/templates.md ------------------------------------------------------------------------------


def test_docs_templates_md_is_generated_from_the_templates_and_the_ir() -> None:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    expected = templates_reference()
    if os.environ.get("UPDATE_DOCS") and text[start:end] != expected:
        DOC.write_text(text[:start] + expected + text[end:], encoding="utf-8")
        text = DOC.read_text(encoding="utf-8")
        start, end = text.index(BEGIN), text.index(END) + len(END)
    assert text[start:end] == expected, (
        "docs/templates.md is stale: UPDATE_DOCS=1 .venv/bin/python -m pytest tests/test_overrides.py"
    )


def test_the_reference_covers_every_template_and_ir_class() -> None:
    reference = templates_reference()
    for path in BUILTIN_TEMPLATES.glob("*.jinja"):
        assert f"`{path.name}`" in reference
    for name in ir.__all__:
        assert f"### `{name}`" in reference


def test_rendered_when_column_matches_what_is_rendered(tmp_path: Path) -> None:
    rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \| `([^`]+)` \|", templates_reference(), re.M)
    assert {r[0] for r in rows} == {t for t in _FILES.values() if t}
    assert generate([Job(SPEC, "pkg", outputs=("models",))], tmp_path).ok
    written = {p.name for p in (tmp_path / "pkg").iterdir()} - {STAMP}
    # written directly: the IR's files always, a runtime copy only with its output
    direct = {name for name, template in _FILES.items() if template is None and output_of(name) in (None, "models")}
    assert written == direct | {output for _, output, when in rows if when in ("always", '"models" in outputs')}


def test_an_override_that_parses_but_does_not_compile_is_located(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ruff parses ``return`` at module level; CPython's compiler refuses it: overrides are compiled."""
    (project / "overrides" / "__init__.py.jinja").write_text("{{ header }}\nreturn 1\n")
    assert main(["generate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "overrides/__init__.py.jinja: error: renders invalid Python: things/__init__.py line 2: 'return' outside function"
    )
    assert not (project / "gen" / "things").exists()


def test_invalid_output_of_a_builtin_template_is_located_and_nothing_is_written(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without overrides ruff's parse is the check; what it refuses is compiled to name file, line and reason."""
    import generator.render

    (project / "pyproject.toml").write_text('[tool.generator]\nout = "gen"\noutputs = ["models"]\n')
    assert main(["-q", "generate"]) == 0
    before = {p: p.read_bytes() for p in (project / "gen").rglob("*") if p.is_file()}
    real = generator.render.render_api

    def broken(*args: object, **kwargs: object) -> dict[str, str]:
        files = real(*args, **kwargs)  # type: ignore[arg-type]
        return files | {"models.py": files["models.py"] + "\ndef broken(:\n"}

    monkeypatch.setattr(generator.render, "render_api", broken)
    (project / "specs" / "things.yaml").write_text((project / "specs" / "things.yaml").read_text() + "\n# changed\n")
    assert main(["generate"]) == 1
    err = capsys.readouterr().err
    assert re.match(r"\S*templates/models\.py\.jinja: error: renders invalid Python: things/models\.py line \d+: ", err)
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in (project / "gen").rglob("*") if p.is_file()} == before
