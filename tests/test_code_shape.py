"""The toolkit stays readable: no function in generator/ over 60 lines, no class over 300 (issue 10)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
MAX_FUNCTION, MAX_CLASS = 60, 300


def oversized(source: str) -> list[str]:
    """``kind name lines`` for every function or class of ``source`` over its limit."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            limit = MAX_CLASS if isinstance(node, ast.ClassDef) else MAX_FUNCTION
            if lines > limit:
                found.append(f"{node.name}:{node.lineno} {lines} lines")
    return found


def test_the_check_sees_long_functions_and_classes() -> None:
    def function(statements: int) -> str:
        return "def f():\n" + "".join(f"    x{i} = {i}\n" for i in range(statements))

    assert oversized(function(60)) == ["f:1 61 lines"]
    assert oversized(function(59)) == []
    methods = "".join(f"    def m{i}(self):\n" + "".join(f"        y{j} = {j}\n" for j in range(9)) for i in range(30))
    assert oversized(f"class C:\n{methods}") == ["C:1 301 lines"]


def test_no_function_over_60_lines_and_no_class_over_300() -> None:
    found = {
        path.relative_to(GENERATOR).as_posix(): problems
        for path in sorted(GENERATOR.rglob("*.py"))
        if (problems := oversized(path.read_text(encoding="utf-8")))
    }
    assert found == {}


TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# What a template would write if it decided an encoding or a type itself instead of printing the IR's decision.
_DECIDING = re.compile(
    r"""["'](?:json|bytes|text/|multipart|form|application/)[^"']*["']\s+(?:not\s+)?in\b"""
    r"""|\.(?:startswith|endswith)\(|content_type\s*[=!]=|\.lower\(\)|\.expr\s*[=!]="""
)


def _jinja_statements(text: str) -> list[str]:
    """The Jinja statements and expressions of a template (what it computes, not the Python it prints)."""
    return [a or b for a, b in re.findall(r"{%-?(.*?)-?%}|{{-?(.*?)-?}}", text, flags=re.S)]


def test_templates_have_no_long_raw_blocks_and_make_no_media_type_decisions() -> None:
    templates = sorted(TEMPLATES.glob("*.jinja"))
    assert templates
    for path in templates:
        text = path.read_text(encoding="utf-8")
        for block in re.findall(r"{%-?\s*raw\s*-?%}(.*?){%-?\s*endraw\s*-?%}", text, flags=re.S):
            assert block.count("\n") <= 40, f"{path.name}: a raw block of {block.count(chr(10))} lines"
        deciding = [s.strip() for s in _jinja_statements(text) if _DECIDING.search(s)]
        assert not deciding, f"{path.name} decides in the template: {deciding}"


def test_the_template_guard_catches_a_media_type_test() -> None:
    assert _DECIDING.search(' if "json" in r.content_type ')
    assert _DECIDING.search(" r.content_type.lower().startswith('text/') ")
    assert _DECIDING.search(' "bytes" in f.type.expr ')
    assert not _DECIDING.search(" r.encoding | pystr ")
