"""The public corpus (``shared/corpus`` beside the checkout, or ``$SPEC_CORPUS``) and ``specs/`` go end to end.

Every document generates models, client and server with default flags (the two
openapi-python-client baselines violate the OpenAPI schema: warnings, not errors); every operation is generated
(a client method and a service method each) — none is skipped; every module imports and every
model builds; the output passes ``mypy --strict``. Output goes to temporary directories only.

The 4.2 MB Stripe document is one test marked ``slow`` (deselect with ``-m "not slow"``). A missing
corpus fails ``test_the_expected_corpus_is_present``; nothing here is skipped for it.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.builder import build_api
from generator.diagnostics import Level
from generator.loader import load_spec
from generator.pipeline import Job, generate, package_name
from tests.paths import CORPUS
from tests.typecheck import MypyResults, MypyTarget, mypy_target

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow  # generates and imports every public document
STRIPE = "stripe_spec3_2022-04-12.json"
VIOLATING = {"openapi-python-client_baseline_3.0.json", "openapi-python-client_baseline_3.1.yaml"}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Operations (paths + webhooks) of each document, counted from the documents themselves.
EXPECTED_OPERATIONS = {
    "oai_non-oauth-scopes_v3.1.yaml": (1, 0),
    "oai_petstore-expanded_v3.0.yaml": (4, 0),
    "oai_petstore_v3.0.yaml": (3, 0),
    "oai_webhook-example_v3.1.yaml": (0, 1),
    "openapi-python-client_baseline_3.0.json": (50, 0),
    "openapi-python-client_baseline_3.1.yaml": (50, 0),
    "train-travel-api_v3.1.yaml": (7, 1),
    STRIPE: (417, 0),
}


def corpus_docs() -> list[Path]:
    return (
        sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json") and p.name != STRIPE)
        if CORPUS.is_dir()
        else []
    )


def all_docs() -> list[Path]:
    return corpus_docs() + sorted((ROOT / "specs").glob("*.yaml"))


def job(spec: Path) -> Job:
    return Job(spec, package_name(spec))


def count_operations(spec: Path) -> tuple[int, int]:
    text = spec.read_text(encoding="utf-8")
    doc = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    count = lambda section: sum(1 for item in (doc.get(section) or {}).values() for m in METHODS if m in item)  # noqa: E731
    return count("paths"), count("webhooks")


_GENERATED: list[Path] = []  # the session's one output, shared by the fixtures and the mypy run


def _generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if _GENERATED:
        return _GENERATED[0]
    out = tmp_path_factory.mktemp("corpus")
    result = generate([job(s) for s in all_docs()], out)
    errors = [d.format() for d in result.diagnostics if d.level is Level.ERROR]
    assert not errors, "\n".join(errors)
    for d in result.diagnostics:  # the baselines' schema violations and invalid defaults, unknown formats, webhooks
        if d.level is Level.WARNING:
            invalid_default = d.message.startswith("`default: ") and "does not match its schema" in d.message
            assert invalid_default or d.message.startswith(("not valid OpenAPI", "unknown format")), d.format()
            if invalid_default or d.message.startswith("not valid OpenAPI"):
                assert Path(d.file).name in VIOLATING, d.format()
    _GENERATED.append(out)
    return out


@mypy_target("corpus")
def _typed(tmp_path_factory: pytest.TempPathFactory) -> MypyTarget:
    return MypyTarget(_generated(tmp_path_factory), tuple(package_name(s) for s in all_docs()))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = _generated(tmp_path_factory)
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m.split(".")[0] in {package_name(s) for s in all_docs()}]:
        del sys.modules[name]


def test_the_expected_corpus_is_present() -> None:
    assert CORPUS.is_dir(), f"no corpus at {CORPUS}: put shared/corpus beside the checkout or set SPEC_CORPUS"
    assert {p.name for p in corpus_docs()} | {STRIPE} == set(EXPECTED_OPERATIONS)
    for name, expected in EXPECTED_OPERATIONS.items():
        assert count_operations(CORPUS / name) == expected, name


@pytest.mark.parametrize("spec", all_docs(), ids=lambda p: p.name)
def test_no_operation_is_skipped(spec: Path, out: Path) -> None:
    loaded, diags = load_spec(spec)
    assert loaded is not None, [d.format() for d in diags]
    api, _ = build_api(loaded, package_name(spec))
    assert (len(api.operations), len(api.webhooks)) == count_operations(spec)
    pkg = package_name(spec)
    client = importlib.import_module(f"{pkg}.client")
    server = importlib.import_module(f"{pkg}.server")
    for op in api.operations:
        assert inspect.iscoroutinefunction(getattr(server.Service, op.python_name)), op.operation_id
        assert callable(getattr(client.Client, op.python_name)), op.operation_id
        assert inspect.iscoroutinefunction(getattr(client.AsyncClient, op.python_name)), op.operation_id


class _Stub:
    """A service whose every operation is unimplemented (enough to build the app)."""

    def __getattr__(self, name: str) -> Any:
        async def operation(**kwargs: Any) -> Any:
            raise NotImplementedError(name)

        return operation

    def error_body(self, status: int, message: str, context: Any) -> object:
        return {"code": status, "message": message}


@pytest.mark.parametrize("spec", all_docs(), ids=lambda p: p.name)
def test_modules_import_models_build_and_app_serves(spec: Path, out: Path, make_client: Any) -> None:
    pkg = package_name(spec)
    for module in ("models", "_base", "client", "server"):
        importlib.import_module(f"{pkg}.{module}")
    models = importlib.import_module(f"{pkg}.models")
    import pydantic

    for name in models.__all__:
        cls = getattr(models, name)
        assert cls.__name__ == name
        if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
            cls.model_rebuild(force=True)
    server = importlib.import_module(f"{pkg}.server")
    http = make_client(server.create_app(_Stub()))
    response = http.get("/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"]


@pytest.mark.slow
def test_mypy_strict_on_every_package(strict_mypy: MypyResults) -> None:
    errors = strict_mypy.errors_of("corpus")
    assert not errors, "\n".join(errors[:50])


@pytest.mark.slow
def test_stripe_end_to_end(tmp_path: Path) -> None:
    """Generate, import, build a sample of models, and type-check the 4.2 MB Stripe document."""
    spec = CORPUS / STRIPE
    started = time.perf_counter()
    result = generate([job(spec)], tmp_path)
    generated = time.perf_counter() - started
    assert result.ok, "\n".join(d.format() for d in result.diagnostics if d.level is Level.ERROR)
    pkg = package_name(spec)
    loaded, _ = load_spec(spec)
    assert loaded is not None
    api, _ = build_api(loaded, pkg)
    assert (len(api.operations), len(api.webhooks)) == EXPECTED_OPERATIONS[STRIPE]
    code = (
        f"import {pkg}.models as m, {pkg}.server as s, {pkg}.client as c\n"
        "import pydantic\n"
        "names = [n for n in m.__all__ if isinstance(getattr(m, n), type) and issubclass(getattr(m, n), pydantic.BaseModel)]\n"
        "for n in names[::25]: getattr(m, n).model_rebuild(force=True)\n"
        f"ops = {[op.python_name for op in api.operations]!r}\n"
        "missing = [o for o in ops if not hasattr(c.Client, o) or not hasattr(s.Service, o)]\n"
        "assert not missing, missing\n"
        "print(len(names))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert int(proc.stdout.strip()) > 2000
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "-p",
            pkg,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]
    print(f"stripe: generated in {generated:.1f}s, total {time.perf_counter() - started:.1f}s")
