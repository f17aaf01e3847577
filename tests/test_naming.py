"""Unit tests of ``generator.naming``: every identifier the generator writes is valid, safe and deterministic."""

from __future__ import annotations

import builtins
import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.naming import NameRegistry, pascal_case, safe_identifier, snake_case, words

HOSTILE = [
    "from",
    "class",
    "def",
    "None",
    "True",
    "False",
    "import",
    "lambda",
    "match",
    "case",
    "type",
    "_",
    "1st",
    "2",
    "007bond",
    "x-y",
    "a.b",
    "a..b",
    "$ref",
    "$",
    "@odata.type",
    "naïve",
    "résumé",
    "日本語",
    "🙂",
    "Straße",
    "ﬁle",
    "Ⅸ",
    "__init__",
    "__class__",
    "_private",
    "self",
    "models",
    "MISSING",
    "Field",
    "Any",
    "list",
    "str",
    "Exception",
    "X-Request-ID",
    "HTTPServerError",
    "getHTTPResponse",
    "snake_case_name",
    "kebab-case-name",
    "dotted.name.here",
    "with space",
    "tab\there",
    "new\nline",
    'quote"d',
    "back\\slash",
    "{{ jinja }}",
    "{% block %}",
    '"""',
    "'''",
    "",
    "   ",
    "---",
    "0",
    "-1",
    "1.5",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("style", ["snake", "pascal"])
def test_every_name_is_a_valid_unreserved_identifier(text: str, style: str) -> None:
    name = safe_identifier(text, style=style)
    assert name.isidentifier() and name.isascii()
    assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
    if style == "pascal":
        assert "_" not in name, "datamodel-code-generator folds underscores out of class names"
        assert name[0].isupper()
        assert name not in dir(builtins)
    else:
        assert name == name.lower()
        assert not name.startswith("_"), "a leading underscore would make a private or dunder name"


@pytest.mark.parametrize(
    ("text", "snake", "pascal"),
    [
        ("from", "from_", "From"),
        ("class", "class_", "Class"),
        ("None", "none", "NoneModel"),
        ("True", "true", "TrueModel"),
        ("match", "match_", "Match"),
        ("1st", "n_1st", "N1st"),
        ("x-y", "x_y", "XY"),
        ("a.b", "a_b", "AB"),
        ("$ref", "ref", "Ref"),
        ("X-Request-ID", "x_request_id", "XRequestID"),
        ("getHTTPResponse", "get_http_response", "GetHTTPResponse"),
        ("createParticipant", "create_participant", "CreateParticipant"),
        ("naïve_résumé", "naive_resume", "NaiveResume"),
        ("self", "self_", "SelfModel"),
        ("models", "models_", "Models"),
        ("Field", "field", "FieldModel"),
        ("list", "list", "ListModel"),
        ("Exception", "exception", "ExceptionModel"),
        ("StrictModel", "strict_model", "StrictModelModel"),
    ],
)
def test_known_spellings(text: str, snake: str, pascal: str) -> None:
    assert safe_identifier(text) == snake
    assert safe_identifier(text, style="pascal") == pascal


def test_text_without_ascii_letters_falls_back() -> None:
    assert safe_identifier("日本語") == "value"
    assert safe_identifier("日本語", fallback="param") == "param"
    assert safe_identifier("🙂", style="pascal", fallback="Model") == "Model"
    assert safe_identifier("", style="pascal", fallback="") == "Value"


def test_suffix_is_configurable() -> None:
    assert safe_identifier("False", style="pascal", suffix="Op") == "FalseOp"
    assert safe_identifier("from", suffix="_arg") == "from_arg"


def test_non_string_input_is_accepted() -> None:
    assert safe_identifier(200) == "n_200"
    assert safe_identifier(True, style="pascal") == "TrueModel"


def test_words_split_every_convention() -> None:
    assert words("createHTTPRequest_v2-final.json") == ["create", "HTTP", "Request", "v2", "final", "json"]
    assert snake_case("ABCDef") == "abc_def"
    assert pascal_case("pet-store.v3") == "PetStoreV3"


def test_registry_numbers_collisions_after_normalisation() -> None:
    reg = NameRegistry()
    assert [reg.claim(t) for t in ("a-b", "a_b", "a.b", "A B", "aB")] == ["a_b", "a_b_2", "a_b_3", "a_b_4", "a_b_5"]
    pascal = NameRegistry()
    assert [pascal.claim(t, style="pascal") for t in ("pet", "Pet", "PET", "pet-")] == ["Pet", "Pet2", "PET", "Pet3"]


def test_registry_respects_taken_names_and_numbered_originals() -> None:
    reg = NameRegistry({"body", "timeout"})
    assert reg.claim("body") == "body_2"
    assert reg.claim("timeout") == "timeout_2"
    assert "body" in reg and "body_2" in reg
    pascal = NameRegistry()
    assert pascal.claim("Pet2", style="pascal") == "Pet2"
    assert pascal.claim("pet", style="pascal") == "Pet"
    assert pascal.claim("Pet", style="pascal") == "Pet3", "Pet2 is already an original name"


def test_registry_is_deterministic() -> None:
    texts = ["x-y", "x_y", "from", "from_", "1st", "first", "日本", "中文", "$ref", "ref"]
    first = [NameRegistry().claim(t) for t in texts]
    runs = []
    for _ in range(3):
        reg = NameRegistry()
        runs.append([reg.claim(t) for t in texts])
    assert runs[0] == runs[1] == runs[2]
    assert runs[0] == ["x_y", "x_y_2", "from_", "from__2", "n_1st", "first", "value", "value_2", "ref", "ref_2"]
    assert first[0] == "x_y"


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(max_size=30), st.sampled_from(["snake", "pascal"]))
def test_any_text_gives_a_safe_identifier(text: str, style: str) -> None:
    name = safe_identifier(text, style=style)
    assert name.isidentifier() and name.isascii()
    assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
    compile(f"{name} = 1\n", "<name>", "exec")


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.lists(st.text(max_size=8), max_size=15))
def test_registry_never_hands_out_a_name_twice(texts: list[str]) -> None:
    reg = NameRegistry()
    names = [reg.claim(t) for t in texts]
    assert len(set(names)) == len(names)
