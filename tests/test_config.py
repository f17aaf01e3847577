"""``[tool.generator]``: found upward, validated with one-line errors, turned into jobs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import render
from generator.config import (
    BUILTIN_TEMPLATES,
    OUTPUTS,
    ConfigError,
    find_pyproject,
    load_config,
    template_problems,
)
from generator.pipeline import Job, plan_jobs

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "golden" / "nullable_optional" / "spec.yaml"


def project(tmp_path: Path, toml: str, specs: tuple[str, ...] = ("specs/a.yaml",)) -> Path:
    """A throwaway project: pyproject.toml plus copies of a small spec."""
    (tmp_path / "pyproject.toml").write_text(toml)
    for rel in specs:
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SPEC, target)
    return tmp_path


def error_of(tmp_path: Path, toml: str) -> str:
    project(tmp_path, toml)
    with pytest.raises(ConfigError) as info:
        config = load_config(tmp_path / "pyproject.toml")
        plan_jobs(config)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_constants_match_the_renderer() -> None:
    assert BUILTIN_TEMPLATES == render.TEMPLATE_DIR
    assert OUTPUTS == render.DEFAULT_OUTPUTS


def test_pyproject_is_found_upward_and_paths_are_relative_to_it(tmp_path: Path) -> None:
    project(tmp_path, '[tool.generator]\nout = "build/gen"\nspecs = ["specs"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_pyproject(deep) == tmp_path / "pyproject.toml"
    config = load_config(start=deep)
    assert config.root == tmp_path.resolve() and config.out == tmp_path.resolve() / "build" / "gen"
    assert [(j.spec, j.package) for j in plan_jobs(config)] == [((tmp_path / "specs" / "a.yaml").resolve(), "a")]


def test_this_repos_config_keeps_make_generate_behaviour() -> None:
    config = load_config(ROOT / "pyproject.toml")
    jobs = plan_jobs(config)
    expected = sorted(p for p in (ROOT / "specs").iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    assert [j.spec for j in jobs] == expected
    assert [j.package for j in jobs] == [p.stem for p in expected]
    assert config.out == ROOT / "generated" and all(j.outputs == OUTPUTS for j in jobs)


def test_no_pyproject_means_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(start=tmp_path)
    if config.file is not None:  # a pyproject.toml above the temp dir: nothing to assert about defaults
        pytest.skip(f"found {config.file}")
    assert config.out == tmp_path.resolve() / "generated" and config.outputs == OUTPUTS
    with pytest.raises(ConfigError, match=r"no specs given and specs/ does not exist"):
        monkeypatch.chdir(tmp_path)
        plan_jobs(config)


def test_misspelled_key_is_one_line_with_a_suggestion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert error_of(tmp_path, '[tool.generator]\nspces = ["specs"]\n') == (
        "pyproject.toml: [tool.generator] unknown key 'spces' (did you mean 'specs'?)"
    )


def test_misspelled_key_in_a_spec_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    toml = '[tool.generator]\n[[tool.generator.specs]]\npath = "specs/a.yaml"\npakage = "x"\n'
    assert error_of(tmp_path, toml) == (
        "pyproject.toml: [tool.generator] specs entry 1: unknown key 'pakage' (did you mean 'package'?)"
    )


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('outputs = ["models", "clent"]', "'outputs': unknown output 'clent' (did you mean 'client'?)"),
        ('outputs = ["client"]', "'outputs' must include 'models'"),
        ("outputs = []", "'outputs' must be a non-empty list"),
        ("lenient = 1", "'lenient' must be true or false, got 1"),
        ("out = 3", "'out' must be a non-empty string, got 3"),
        (
            'specs = [{path = "specs/a.yaml", package = "my-api"}]',
            "'my-api' is not a valid Python package name (try 'my_api')",
        ),
        ('specs = [{package = "x"}]', "specs entry 1: missing 'path'"),
        (
            "zzz = 1",
            "unknown key 'zzz' (known keys: specs, out, outputs, templates, lenient, strict, ref_roots, max_file_size)",
        ),
    ],
)
def test_bad_values_are_named(tmp_path: Path, toml: str, expected: str) -> None:
    assert expected in error_of(tmp_path, "[tool.generator]\n" + toml + "\n")


def test_invalid_toml_is_located(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    message = error_of(tmp_path, "[tool.generator\n")
    assert message.startswith("pyproject.toml: invalid TOML: ") and "line 1" in message


def test_missing_configured_spec_names_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert error_of(tmp_path, '[tool.generator]\nspecs = ["specs/nope.yaml"]\n') == (
        "spec not found: specs/nope.yaml (from pyproject.toml [tool.generator] specs)"
    )


def test_spec_tables_set_package_and_outputs_also_for_command_line_specs(tmp_path: Path) -> None:
    toml = """
[tool.generator]
outputs = ["models", "server"]
lenient = true
specs = ["specs", {path = "specs/b.yaml", package = "bee", outputs = ["models", "client"]}]
"""
    project(tmp_path, toml, ("specs/a.yaml", "specs/b.yaml"))
    config = load_config(tmp_path / "pyproject.toml")
    a, b = (tmp_path / "specs" / "a.yaml").resolve(), (tmp_path / "specs" / "b.yaml").resolve()
    assert plan_jobs(config) == [
        Job(a, "a", ("models", "server"), lenient=True),
        Job(b, "bee", ("models", "client"), lenient=True),
    ]
    assert plan_jobs(config, [b]) == [Job(b, "bee", ("models", "client"), lenient=True)]


def test_two_specs_for_one_package_is_an_error(tmp_path: Path) -> None:
    project(tmp_path, '[tool.generator]\nspecs = ["specs", "other"]\n', ("specs/a.yaml", "other/a.yaml"))
    with pytest.raises(ConfigError, match=r"both generate package 'a'; give one a 'package'"):
        plan_jobs(load_config(tmp_path / "pyproject.toml"))


def test_template_directory_problems(tmp_path: Path) -> None:
    assert template_problems(tmp_path / "missing") == [
        f"template directory not found: {(tmp_path / 'missing').as_posix()}"
    ]
    (tmp_path / "client.py.jinja").write_text("")
    (tmp_path / "_macros.jinja").write_text("")
    assert template_problems(tmp_path) == []
    (tmp_path / "modles.py.jinja").write_text("")
    (problem,) = template_problems(tmp_path)
    assert "modles.py.jinja: not a built-in template (did you mean 'models.py.jinja'?" in problem


def test_ref_roots_and_max_file_size(tmp_path: Path) -> None:
    from generator.config import MAX_FILE_SIZE, parse_config

    file = tmp_path / "pyproject.toml"
    config = parse_config({"ref_roots": ["../shared", "vendor"], "max_file_size": 1024}, file)
    assert config.ref_roots == (tmp_path / "../shared", tmp_path / "vendor") and config.max_file_size == 1024
    assert parse_config({}, file).max_file_size == MAX_FILE_SIZE == 64 * 2**20
    for bad in ({"ref_roots": "vendor"}, {"max_file_size": 0}, {"max_file_size": True}):
        with pytest.raises(ConfigError):
            parse_config(bad, file)
