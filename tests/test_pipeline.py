"""The pipeline end to end: idempotent output, stale detection, and failures that touch nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import render
from generator.diagnostics import Level
from generator.pipeline import Job, check, generate
from generator.render import read_tree

GOLDEN = Path(__file__).parent / "golden"
SPEC = GOLDEN / "nullable_optional" / "spec.yaml"


def test_generate_is_byte_identical_across_runs(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert generate([Job(SPEC, "pkg")], a).ok
    assert generate([Job(SPEC, "pkg")], b).ok
    assert read_tree(a) == read_tree(b)
    again = generate([Job(SPEC, "pkg")], a)
    assert again.ok and again.changed == []


def test_every_generated_file_has_the_header_and_no_absolute_path(tmp_path: Path) -> None:
    assert generate([Job(SPEC, "pkg")], tmp_path).ok
    for name, data in read_tree(tmp_path / "pkg").items():
        text = data.decode()
        assert str(tmp_path) not in text and str(Path.cwd()) not in text, name
        if name.endswith(".py"):
            assert text.startswith("# generated from tests/golden/nullable_optional/spec.yaml — do not edit\n"), name


def test_check_names_stale_and_extra_files(tmp_path: Path) -> None:
    assert generate([Job(SPEC, "pkg")], tmp_path).ok
    assert check([Job(SPEC, "pkg")], tmp_path).changed == []
    (tmp_path / "pkg" / "models.py").write_text("# edited by hand\n")
    (tmp_path / "pkg" / "stray.py").write_text("")
    stale = check([Job(SPEC, "pkg")], tmp_path).changed
    assert any(s.endswith("pkg/models.py") for s in stale) and any(s.endswith("pkg/stray.py") for s in stale)


def test_broken_spec_leaves_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    good = tmp_path / "good.yaml"
    shutil.copy(SPEC, good)
    assert generate([Job(good, "pkg"), Job(SPEC, "other")], out).ok
    before = read_tree(out)
    broken = tmp_path / "good.yaml"
    broken.write_text(
        SPEC.read_text().replace(
            "type: object\n      additionalProperties", "type: [object\n      additionalProperties"
        )
    )
    result = generate([Job(broken, "pkg"), Job(SPEC, "other")], out)
    assert not result.ok
    errors = [d for d in result.diagnostics if d.level is Level.ERROR]
    assert (
        errors and errors[0].file.endswith("good.yaml") and errors[0].line is not None and errors[0].column is not None
    )
    assert read_tree(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no staging leftovers"


def test_unresolved_ref_is_located_by_json_pointer(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SPEC.read_text().replace(
            "#/components/schemas/Thing'}\n      responses", "#/components/schemas/Nope'}\n      responses"
        )
    )
    result = generate([Job(bad, "pkg")], tmp_path / "out")
    assert not result.ok
    (diag,) = [d for d in result.diagnostics if d.level is Level.ERROR]
    assert "unresolved $ref '#/components/schemas/Nope'" in diag.message
    assert diag.location == "#/paths/~1things/post/requestBody/content/application~1json/schema"
    assert diag.line == 11
    assert not (tmp_path / "out" / "pkg").exists()


def test_runtime_copies_are_the_toolkit_modules_verbatim_and_check_catches_drift(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert generate([Job(SPEC, "pkg")], out).ok
    for copy, module in render.RUNTIME_FILES.items():
        if copy in render.HOOK_FILES:  # only for a spec with webhooks or callbacks: tests/test_webhooks.py
            continue
        text = (out / "pkg" / copy).read_text(encoding="utf-8")
        header, version, body = text.split("\n", 2)
        assert header.startswith("# generated from ") and version.startswith("# runtime: spec-first-generator ")
        assert body == (render.RUNTIME_DIR / module).read_text(encoding="utf-8"), f"{copy} is not a verbatim copy"
    # A hand edit of a copy is stale.
    edited = out / "pkg" / "_server_runtime.py"
    original = edited.read_text(encoding="utf-8")
    edited.write_text(original + "# patched\n", encoding="utf-8")
    assert [s for s in check([Job(SPEC, "pkg")], out).changed if s.endswith("pkg/_server_runtime.py")]
    edited.write_text(original, encoding="utf-8")
    assert check([Job(SPEC, "pkg")], out, use_cache=False).changed == []
    # So is a copy made by an older toolkit: the runtime source changed since.
    newer = tmp_path / "runtime"
    shutil.copytree(render.RUNTIME_DIR, newer)
    with (newer / "client.py").open("a", encoding="utf-8") as f:
        f.write("\n_NEWER = True\n")
    monkeypatch.setattr(render, "RUNTIME_DIR", newer)
    stale = check([Job(SPEC, "pkg")], out, use_cache=False).changed
    assert [s for s in stale if s.endswith("pkg/_client_runtime.py")]
