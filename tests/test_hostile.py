"""Hostile names and text (``tests/hostile/``) generate valid, safe, importable code that behaves.

``names.yaml`` uses keywords, builtins, leading digits, dashes, dots, ``$``, unicode and names
that collide after normalisation as schema, property, parameter and operation names, and puts
docstring/template breakers (triple quotes, backslashes, ``{{ }}``, ``{% %}``, code) in its text.
Values go round trip by wire name through the models, the generated server and the generated client.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.pipeline import Job, generate
from tests.typecheck import MypyResults, MypyTarget, mypy_target

HOSTILE = Path(__file__).resolve().parent / "hostile"
ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "hostile_names"
WIRE = {"from": "f", "class": 7, "1st": True, "x-y": ["a", "b"], "$ref": "r"}  # the required properties of `class`


_GENERATED: list[Path] = []  # the session's one output, shared by the fixtures and the mypy run


def _generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _GENERATED:
        out = tmp_path_factory.mktemp("hostile")
        result = generate([Job(HOSTILE / "names.yaml", PACKAGE)], out)
        assert result.ok, "\n".join(d.format() for d in result.diagnostics)
        _GENERATED.append(out)
    return _GENERATED[0]


@mypy_target("hostile")
def _typed(tmp_path_factory: pytest.TempPathFactory) -> MypyTarget:
    return MypyTarget(_generated(tmp_path_factory), (PACKAGE,))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = _generated(tmp_path_factory)
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]


@pytest.fixture(scope="module")
def models(out: Path) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.models")


@pytest.fixture(scope="module")
def server(out: Path) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.server")


@pytest.fixture(scope="module")
def client_module(out: Path) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.client")


def attr_names(model: Any) -> dict[str, str]:
    """wire alias -> Python attribute name, read from the model (never guessed)."""
    return {(f.alias or name): name for name, f in model.model_fields.items()}


def test_every_generated_module_compiles_and_imports(out: Path) -> None:
    files = sorted((out / PACKAGE).glob("*.py"))
    assert {f.name for f in files} >= {"__init__.py", "models.py", "server.py", "client.py"}
    for f in files:
        compile(f.read_text(encoding="utf-8"), str(f), "exec")
        importlib.import_module(f"{PACKAGE}.{f.stem}" if f.stem != "__init__" else PACKAGE)


def test_no_spec_text_executes(out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for module in ("models", "server", "client"):
        importlib.reload(importlib.import_module(f"{PACKAGE}.{module}"))
    assert not (tmp_path / "PWNED").exists() and not (ROOT / "PWNED").exists()
    doc = importlib.import_module(f"{PACKAGE}.client").Client.get_item.__doc__
    assert 'no breakout """; import os; os.system("touch PWNED"); x = """ {{ 7 * 7 }}' in doc, "kept verbatim"


def test_docstring_breakers_survive_verbatim(models: ModuleType, server: ModuleType) -> None:
    assert "Docstring breakers: \"\"\" ''' \\ {{ x }} {% y %}" in models.Class.__doc__
    assert 'summary """ with {{ braces }}' in server.Service.class_.__doc__
    client = importlib.import_module(f"{PACKAGE}.client")
    assert "description with ''' and \\ and {% block %}" in client.Client.class_.__doc__


def test_class_names_avoid_every_clash(models: ModuleType) -> None:
    names = set(models.__all__)
    assert {"Class", "XY", "Error", "Date", "Datetime"} <= names
    assert "Field" not in names and "StrictModel" not in names and "Any" not in names, "no shadowed imports"
    assert models.StrictModel.__module__ == f"{PACKAGE}._base"
    for name in names:
        assert getattr(models, name).__name__ == name


def test_model_round_trip_by_python_name_and_wire_alias(models: ModuleType) -> None:
    names = attr_names(models.Class)
    for wire in (
        *WIRE,
        "self",
        "model_config",
        "schema",
        "json",
        "copy",
        "fields",
        "a-b",
        "a_b",
        "None",
        "__init__",
        "MISSING",
    ):
        assert wire in names, wire
        assert names[wire].isidentifier()
    assert len(set(names.values())) == len(names), "no two properties share an attribute"
    assert not (set(names.values()) & set(names)) - {w for w in names if names[w] == w}, (
        "no attribute is another's wire name"
    )
    by_name = models.Class(**{names[w]: v for w, v in WIRE.items()}, **{names["a-b"]: "dash", names["a_b"]: "under"})
    dumped = json.loads(by_name.model_dump_json())
    assert dumped == {**WIRE, "a-b": "dash", "a_b": "under"}, "dumps by wire alias, optional fields left out"
    wire_json = json.dumps({**WIRE, "default": {"message": "m"}, "model_config": "c", "schema": "s"})
    back = models.Class.model_validate_json(wire_json, strict=True)
    assert getattr(back, names["from"]) == "f" and getattr(back, names["class"]) == 7
    assert getattr(back, names["$ref"]) == "r" and getattr(back, names["default"]).message == "m"
    assert getattr(back, names["model_config"]) == "c" and getattr(back, names["schema"]) == "s"
    assert json.loads(back.model_dump_json()) == json.loads(wire_json)
    only_underscore = models.Class.model_validate_json(json.dumps({**WIRE, "a_b": "u"}), strict=True)
    assert json.loads(only_underscore.model_dump_json()) == {**WIRE, "a_b": "u"}, "'a_b' must not also fill 'a-b'"


def test_models_reject_wrong_wire_values(models: ModuleType) -> None:
    import pydantic

    with pytest.raises(pydantic.ValidationError):
        models.Class.model_validate_json(json.dumps({**WIRE, "class": "7"}), strict=True)
    with pytest.raises(pydantic.ValidationError):
        models.XY.model_validate_json('{"value": "a b"}', strict=True)
    for value in ["", "a-b", "a_b", "a.b", "null", '"""', "'", "\\", "{{ x }}"]:
        assert models.XY.model_validate_json(json.dumps({"value": value}), strict=True).value == value
    odd = models.XY.model_validate_json('{"number": 2.5, "flag": null, "nothing": null}', strict=True)
    assert json.loads(odd.model_dump_json()) == {"number": 2.5, "flag": None, "nothing": None}


@pytest.mark.slow
def test_mypy_strict(strict_mypy: MypyResults) -> None:
    errors = strict_mypy.errors_of("hostile")
    assert not errors, "\n".join(errors)


# -- through the generated server and client ------------------------------------------------------------


class HostileService:
    """Records what each operation received and echoes it back."""

    def __init__(self, server: ModuleType, models: ModuleType) -> None:
        self.server, self.models, self.calls = server, models, []  # type: ignore[var-annotated]

    async def class_(self, **kwargs: Any) -> Any:
        self.calls.append(("class", kwargs))
        body = kwargs["body"]
        names = attr_names(self.models.Class)
        echoed = body.model_copy(update={names["from"]: kwargs["from_"], names["x-y"]: kwargs.get("x_y") or []})
        return self.server.Class200(body=echoed)

    async def get_item(self, **kwargs: Any) -> Any:
        self.calls.append(("get_item", kwargs))
        message = f"{kwargs['item_id']}|{kwargs['n_1st']}|{kwargs['class_']}"
        return self.server.GetItem200(body=self.models.Error(message=message))

    async def put_item(self, **kwargs: Any) -> Any:
        self.calls.append(("put_item", kwargs))
        return self.server.PutItem204()

    async def n_1st_thing(self, **kwargs: Any) -> Any:
        self.calls.append(("n_1st_thing", kwargs))
        return self.server.N1stThing200(body=self.models.XY(value=kwargs.get("def_") or ""))

    async def get_thing(self, **kwargs: Any) -> Any:
        return self.server.GetThing204()

    async def get_thing_2(self, **kwargs: Any) -> Any:
        return self.server.GetThing2204()

    async def naive_resume(self, **kwargs: Any) -> Any:
        return self.server.NaiveResume200(body=self.models.FieldModel(list=[self.models.FieldModel(str="x")]))

    def error_body(self, status: int, message: str, context: Any) -> object:
        return self.models.Error(message=message)


@pytest.fixture
def service(server: ModuleType, models: ModuleType) -> HostileService:
    return HostileService(server, models)


@pytest.fixture
def http(server: ModuleType, service: HostileService, make_client: Any) -> Any:
    return make_client(server.create_app(service), headers=None)


def test_server_round_trip_through_hostile_names(http: Any, service: HostileService, models: ModuleType) -> None:
    body = {**WIRE, "default": {"message": "d"}}
    response = http.post(
        "/things/p%20q",
        params=[("class", "7"), ("1st", "true"), ("x-y", "a"), ("x-y", "b"), ("$ref", "r")],
        headers={"X-Request-ID": "rid", "self": "me", "Cookie": "session.id=s1"},
        json=body,
    )
    assert response.status_code == 200, response.text
    assert response.json() == {**body, "from": "p q", "x-y": ["a", "b"]}
    ((op, kwargs),) = service.calls
    assert op == "class"
    assert {
        k: kwargs[k] for k in ("from_", "class_", "n_1st", "x_y", "ref", "x_request_id", "self_", "session_id")
    } == {
        "from_": "p q",
        "class_": 7,
        "n_1st": True,
        "x_y": ["a", "b"],
        "ref": "r",
        "x_request_id": "rid",
        "self_": "me",
        "session_id": "s1",
    }
    assert isinstance(kwargs["body"], models.Class)


def test_server_rejects_bad_hostile_input(http: Any, service: HostileService) -> None:
    bad_query = http.post("/things/x", params={"class": "seven"}, json=WIRE)
    assert bad_query.status_code == 400
    bad_body = http.post("/things/x", params={"class": "1"}, json={**WIRE, "1st": "yes"})
    assert bad_body.status_code in (400, 422)
    bad_enum = http.get("/items/i/1/a_b")
    assert bad_enum.status_code in (400, 404)
    assert service.calls == []


def test_server_path_parameters_with_dashes_digits_and_keywords(http: Any, service: HostileService) -> None:
    response = http.get("/items/i-1/5/a.b")
    assert response.status_code == 200, response.text
    assert response.json() == {"message": "i-1|5|a.b"}
    form = http.put("/items/i-1/5/x", data={"from": "f", "x-y": "3", "$ref": "true"})
    assert form.status_code == 204, form.text
    (_, got), (_, put) = service.calls
    assert got == {"item_id": "i-1", "n_1st": 5, "class_": "a.b", "context": got["context"]}
    assert put["body"].model_dump(mode="json") == {"from": "f", "x-y": 3, "$ref": True}


def test_server_enum_with_quotes_and_backslashes(http: Any) -> None:
    for value in ['"""', "'", "\\", "a.b", ""]:
        response = http.get("/1st-thing", params={"def": value})
        assert response.status_code == 200, (value, response.text)
        assert response.json() == {"value": value}


def test_client_round_trip_through_hostile_names(
    http: Any, client_module: ModuleType, service: HostileService, models: ModuleType
) -> None:
    client = client_module.Client("http://testserver", http_client=http)
    assert client.get_item("i 1", 5, "a-b").message == "i 1|5|a-b"
    assert client.put_item("i", 1, "c", from_="f", x_y=2, ref=False) is None
    assert client.n_1st_thing(def_='"""').value == '"""'
    (_, got), (_, put), (_, thing) = service.calls
    assert (got["item_id"], got["n_1st"], got["class_"]) == ("i 1", 5, "a-b")
    assert put["body"].model_dump(mode="json") == {"from": "f", "x-y": 2, "$ref": False}
    assert thing["def_"] == '"""'


@pytest.mark.parametrize("spec", ["title.yaml", "control_chars.yaml"])
def test_hostile_text_everywhere_generates_importable_code(spec: str, tmp_path: Path) -> None:
    """A title full of docstring breakers, and NUL/escape characters in names, text and values."""
    package = "hostile_" + spec.removesuffix(".yaml")
    result = generate([Job(HOSTILE / spec, package)], tmp_path)
    assert result.ok, "\n".join(d.format() for d in result.diagnostics)
    for f in (tmp_path / package).glob("*.py"):
        text = f.read_text(encoding="utf-8")
        assert "\x00" not in text and "\x1b" not in text, f"raw control character in {f.name}"
    code = (
        f"import {package}, {package}.models as m, {package}.server, {package}.client\n"
        f"print({package}.__doc__)\n"
        "print(sorted(m.__all__))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert ('Hostile """ title' in proc.stdout) or ("Control" in proc.stdout), proc.stdout
