"""Public real-world specs the rest of the suite never sees, generated as a new user would (issue 12).

The documents (sources and licences: tests/realworld_corpus/SOURCES.md) live in
``shared/realworld_corpus`` beside the checkout, or ``$REALWORLD_CORPUS``; a missing corpus fails
``test_the_corpus_is_present`` and every test that needs a document, nothing is skipped. Until that
folder is part of ``shared/`` (we may not commit the fetched documents ourselves), this module is
not named ``test_*.py``, so ``make test`` does not collect it: ``make realworld`` runs it.

For each document: it generates with default flags (warnings allowed), once, into one temporary
folder; every operation of ``paths`` becomes a client method and a service method; every module
imports; ``mypy --strict`` passes (one run over all packages); and the vendor's own response
examples (``example``/``examples`` of a response's media type) validate, strictly, against the type
the generated client parses that response with. A document the generator cannot handle yet because
of work under way elsewhere is ``xfail(strict=True)`` naming that work, so the mark fails once it lands.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from generator import ir
from generator.builder import build_api
from generator.diagnostics import Diagnostic, Level
from generator.loader import load_spec
from generator.pipeline import Job, generate
from tests.packages import importable
from tests.paths import CORPUS
from tests.typecheck import MypyResults, MypyTarget, mypy_target

pytestmark = pytest.mark.slow  # generates ~8 MB of public documents and type-checks the output

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REALWORLD = Path(os.environ.get("REALWORLD_CORPUS") or CORPUS.parent / "realworld_corpus")


@dataclass(frozen=True)
class Case:
    """One document: its root file under the corpus, the package it generates, what it must hold."""

    root: str
    package: str
    operations: int  # under ``paths``, counted from the document (tests below re-count)
    webhooks: int = 0  # under 3.1 ``webhooks``
    callbacks: int = 0  # operations under the operations' ``callbacks``
    examples: int = 0  # JSON response examples of the chosen media types (validated)
    generate_fails: str = ""  # why the document does not generate yet (the xfail reason)
    mypy_fails: str = ""  # why its output does not pass mypy --strict yet
    mypy_files: tuple[str, ...] = ()  # the only files of the package with errors meanwhile
    examples_fail: str = ""  # why some of its examples do not validate yet
    # Examples the vendor got wrong (not valid under its own schema): (pointer fragment, what is wrong).
    # They must FAIL validation, which shows the models check what the schema says.
    wrong_examples: tuple[tuple[str, str], ...] = ()

    @property
    def spec(self) -> Path:
        return REALWORLD / self.root


# Lob's examples its own schemas reject (checked by hand against lob/; the generated models are right).
_LOB_SIGNED = (
    "Lob's signed-link pattern (shared/attributes/signed_link.yml) reads `('|_signature)` where `(|_signature)` is"
    " meant and has no `\\?` before `version=`: no URL matches it, its own example URLs neither"
)
LOB_WRONG = tuple(
    (f"/paths/{path}/responses/{status}/", _LOB_SIGNED)
    for path, status in (
        ("~1bank_accounts~1{bank_id}~1verify/post", 200),
        ("~1bank_accounts~1{bank_id}/get", 200),
        ("~1bank_accounts/get", 200),
        ("~1bank_accounts/post", 200),
        ("~1booklets~1{booklet_id}/get", 200),
        ("~1booklets/get", 200),
        ("~1booklets/post", 200),
        ("~1buckslips/get", 200),
        ("~1buckslips/post", 200),
        ("~1buckslips~1{buckslip_id}/get", 200),
        ("~1buckslips~1{buckslip_id}/patch", 200),
        ("~1cards/get", 200),
        ("~1cards/post", 200),
        ("~1cards~1{card_id}/get", 200),
        ("~1cards~1{card_id}/post", 200),
        ("~1checks/get", 200),
        ("~1checks/post", 200),
        ("~1checks~1{chk_id}/get", 200),
        ("~1letters/get", 200),
        ("~1postcards~1{psc_id}/get", 200),
        ("~1postcards/get", 200),
        ("~1postcards/post", 200),
        ("~1resource_proofs~1{res_prf_id}/get", 200),
        ("~1resource_proofs~1{res_prf_id}/patch", 200),
        ("~1resource_proofs/post", 201),
        ("~1self_mailers~1{sfm_id}/get", 200),
        ("~1self_mailers/get", 200),
        ("~1self_mailers/post", 200),
        ("~1snap_packs~1{snap_pack_id}/get", 200),
        ("~1snap_packs/get", 200),
        ("~1snap_packs/post", 200),
    )
) + (
    (
        "/paths/~1buckslips~1{buckslip_id}/delete/responses/200/",
        "the example id `buckslip_123456789` is not `^bck_[a-zA-Z0-9]+$`",
    ),
    *(
        (f"/paths/{path}/responses/200/", "the example creative omits `deleted`, which creative.yml requires")
        for path in ("~1creatives/post", "~1creatives~1{crv_id}/get", "~1creatives~1{crv_id}/patch")
    ),
    *(
        (f"/paths/{path}/responses/200/", "`start_date` is `format: date`; the examples give a date-time")
        for path in (
            "~1informed_delivery_campaigns/get",
            "~1informed_delivery_campaigns/post",
            "~1informed_delivery_campaigns~1{usps_campaign_id}/get",
            "~1informed_delivery_campaigns~1{usps_campaign_id}/patch",
        )
    ),
    (
        "/paths/~1uploads~1{upl_id}~1report/get/responses/200/",
        "the report's example is an export object (no data/count/total_count)",
    ),
    (
        "/paths/~1uploads~1{upl_id}~1exports~1{ex_id}/get/responses/200/",
        "`s3Url` is a non-nullable string; the example has null",
    ),
)


CASES = (
    Case(
        "openai_openapi_v3.1.yaml",
        "rw_openai",
        288,
        webhooks=16,
    ),
    Case("discord_openapi_v3.1.json", "rw_discord", 242),
    Case(
        "box_openapi_v3.0.json",
        "rw_box",
        296,
        examples=13,
        wrong_examples=tuple(
            (f"#{verb}_shared_link/", "Box's example shared link omits `accessed`, which its schema requires")
            for verb in ("get", "add", "update")
        ),
    ),
    Case("redocly_museum_v3.1.yaml", "rw_museum", 8, webhooks=1, examples=7),
    Case("twilio_video_v1.yaml", "rw_twilio_video", 39, examples=50),
    Case("oai_callback-example_v3.0.yaml", "rw_oai_callback", 1, callbacks=1),
    Case("oai_api-with-examples_v3.0.yaml", "rw_oai_examples", 2, examples=4),
    Case("oai_link-example_v3.0.yaml", "rw_oai_links", 6),
    Case("oai_uspto_v3.0.yaml", "rw_oai_uspto", 3, examples=1),
    # examples: the documents' application/json response examples (to check once they generate)
    Case("lob/lob-api-public.yml", "rw_lob", 105, examples=192, wrong_examples=LOB_WRONG),
    Case(
        "digitalocean/specification/DigitalOcean-public.v2.yaml",
        "rw_digitalocean",
        659,
        examples=3472,
    ),
)


def _load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _follow(node: Any, base: Path, files: dict[Path, Any]) -> tuple[Any, Path]:
    """``node`` with ``$ref`` chains followed across files (relative to the file that holds the ref)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target, _, fragment = node["$ref"].partition("#")
        base = (base.parent / target).resolve() if target else base
        node = files.setdefault(base, _load(base)) if base not in files else files[base]
        for part in [p for p in fragment.split("/") if p]:
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, base


def count_operations(spec: Path) -> tuple[int, int, int]:
    """(paths, webhooks, callbacks) operations, read from the document's files without the generator."""
    files: dict[Path, Any] = {spec.resolve(): _load(spec)}
    doc = files[spec.resolve()]
    counts = []
    callbacks = 0
    for section in ("paths", "webhooks"):
        total = 0
        for raw in (doc.get(section) or {}).values():
            item, base = _follow(raw, spec.resolve(), files)
            for method in (m for m in METHODS if m in item):
                total += 1
                op, op_base = _follow(item[method], base, files)
                for cb in (op.get("callbacks") or {}).values():
                    expressions, cb_base = _follow(cb, op_base, files)
                    for cb_item in expressions.values():
                        callbacks += sum(1 for m in METHODS if m in _follow(cb_item, cb_base, files)[0])
        counts.append(total)
    return counts[0], counts[1], callbacks


@dataclass
class Generated:
    """One document's generation: the diagnostics, the IR (when it built) and the seconds it took."""

    diagnostics: list[Diagnostic]
    api: ir.Api | None
    seconds: float

    @property
    def errors(self) -> list[str]:
        return [d.format() for d in self.diagnostics if d.level is Level.ERROR]


_OUT: list[Path] = []
_RUNS: dict[str, Generated] = {}


def _out(factory: pytest.TempPathFactory) -> Path:
    if not _OUT:
        _OUT.append(factory.mktemp("realworld"))
    return _OUT[0]


def generated(case: Case, factory: pytest.TempPathFactory) -> Generated:
    """Generate ``case`` once per session (default flags, its own run so one failure blocks no other)."""
    if case.package not in _RUNS:
        assert case.spec.is_file(), f"missing {case.spec}: put shared/realworld_corpus beside the checkout"
        started = time.perf_counter()
        result = generate([Job(case.spec, case.package)], _out(factory), use_cache=False)
        seconds = time.perf_counter() - started
        api = None
        if result.ok:
            loaded, _ = load_spec(case.spec)
            assert loaded is not None
            api, _ = build_api(loaded, case.package)
        _RUNS[case.package] = Generated(result.diagnostics, api, seconds)
    return _RUNS[case.package]


def _marked(case: Case, reason: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.package, marks=marks)


def cases(*, mypy: bool = False, examples: bool = False) -> list[Any]:
    """Every case, xfail where generation (or the checked property) does not work yet."""
    return [
        _marked(c, c.generate_fails or (c.mypy_fails if mypy else "") or (c.examples_fail if examples else ""))
        for c in CASES
    ]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable(_out(tmp_path_factory)) as path:
        yield path


@mypy_target("realworld")
def _typed(factory: pytest.TempPathFactory) -> MypyTarget:
    ok = tuple(c.package for c in CASES if c.spec.is_file() and generated(c, factory).api is not None)
    return MypyTarget(_out(factory), ok)


def test_the_corpus_is_present() -> None:
    assert REALWORLD.is_dir(), f"no corpus at {REALWORLD}: put shared/realworld_corpus beside the checkout"
    for case in CASES:
        assert count_operations(case.spec) == (case.operations, case.webhooks, case.callbacks), case.root


@pytest.mark.parametrize("case", cases())
def test_generates_with_default_flags(case: Case, tmp_path_factory: pytest.TempPathFactory) -> None:
    run = generated(case, tmp_path_factory)
    assert not run.errors, "\n".join(run.errors[:10])
    print(f"{case.package}: generated in {run.seconds:.1f}s, {len(run.diagnostics)} warnings")


@pytest.mark.parametrize("case", cases())
def test_every_operation_is_kept(case: Case, out: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    api = generated(case, tmp_path_factory).api
    assert api is not None, "did not generate"
    assert (len(api.operations), len(api.webhooks)) == (case.operations, case.webhooks)
    client = importlib.import_module(f"{case.package}.client")
    server = importlib.import_module(f"{case.package}.server")
    importlib.import_module(f"{case.package}.models")
    for op in api.operations:
        assert inspect.iscoroutinefunction(getattr(server.Service, op.python_name)), op.operation_id
        assert callable(getattr(client.Client, op.python_name)), op.operation_id
        assert inspect.iscoroutinefunction(getattr(client.AsyncClient, op.python_name)), op.operation_id
    methods = {n for n in vars(server.Service) if inspect.iscoroutinefunction(getattr(server.Service, n))}
    assert {op.python_name for op in api.operations} <= methods


@pytest.mark.parametrize("case", cases())
def test_every_webhook_and_callback_gets_a_receiver(
    case: Case, out: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    api = generated(case, tmp_path_factory).api
    assert api is not None, "did not generate"
    kinds = [h.kind for h in api.hooks]
    assert (kinds.count("webhook"), kinds.count("callback")) == (case.webhooks, case.callbacks)
    if not api.hooks:
        assert not (out / case.package / "webhooks.py").exists()
        return
    hooks = importlib.import_module(f"{case.package}.webhooks")
    for hook in api.hooks:
        assert inspect.iscoroutinefunction(getattr(hooks.Receiver, hook.operation.python_name)), hook.name
        assert callable(getattr(hooks, hook.parse_name)), hook.name
    assert len({(h.route, h.operation.method) for h in api.hooks}) == len(api.hooks)  # no two share a route


@pytest.mark.parametrize("case", cases(mypy=True))
def test_mypy_strict(case: Case, strict_mypy: MypyResults, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert generated(case, tmp_path_factory).api is not None, "did not generate"
    errors = _mypy_errors(case, strict_mypy)
    assert not errors, "\n".join(errors[:30])


@pytest.mark.parametrize("case", cases())  # every case: an empty parameter set would be a skipped test
def test_mypy_errors_stay_in_the_files_known_to_fail(
    case: Case, strict_mypy: MypyResults, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """While a case's mypy run is an expected failure, the rest of its package (client, server, webhooks) is
    clean; a case not known to fail names no files (and is then checked whole, as ``test_mypy_strict`` does)."""
    assert generated(case, tmp_path_factory).api is not None, "did not generate"
    assert bool(case.mypy_files) <= bool(case.mypy_fails), "mypy_files without a mypy_fails reason"
    known = tuple(f"{os.sep}{case.package}{os.sep}{name}:" for name in case.mypy_files)
    errors = [e for e in _mypy_errors(case, strict_mypy) if not any(k in e for k in known)]
    assert not errors, "\n".join(errors[:30])


def _mypy_errors(case: Case, results: MypyResults) -> list[str]:
    """The error lines in the case's package, and any line saying mypy itself failed."""
    mine = f"{os.sep}{case.package}{os.sep}"
    return [e for e in results.errors_of("realworld") if mine in e or e.startswith("mypy failed")]


def response_examples(document: dict[str, Any], op: ir.Operation) -> Iterator[tuple[str, ir.Response, Any]]:
    """(where, response, example value) for every JSON example of the media type the client parses."""
    raw = document
    for part in op.location.lstrip("#/").split("/"):
        raw = raw[part.replace("~1", "/").replace("~0", "~")]
    for status, response in (raw.get("responses") or {}).items():
        response = _local(document, response)
        mine = next((r for r in op.responses if r.status == str(status) and r.parsed), None)
        if mine is None or mine.encoding != "json":
            continue
        media = (response.get("content") or {}).get(mine.content_type) or {}
        where = f"{op.location}/responses/{status}/content/{mine.content_type}"
        if "example" in media:
            yield where + "/example", mine, media["example"]
        for name, example in (media.get("examples") or {}).items():
            example = _local(document, example)
            if "value" in example:
                yield f"{where}/examples/{name}", mine, example["value"]


def _local(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@pytest.mark.parametrize("case", cases(examples=True))
def test_vendor_response_examples_validate(case: Case, out: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    api = generated(case, tmp_path_factory).api
    assert api is not None, "did not generate"
    loaded, _ = load_spec(case.spec)
    assert loaded is not None
    client = importlib.import_module(f"{case.package}.client")
    checked, failures, wrong = 0, [], []
    for op in api.operations:
        for where, response, example in response_examples(loaded.document, op):
            adapter = pydantic.TypeAdapter(eval(response.parse_expr, vars(client)))  # noqa: S307 - generated names
            vendor_wrong = any(fragment in where for fragment, _ in case.wrong_examples)
            try:
                adapter.validate_json(json.dumps(example), strict=True)
                if vendor_wrong:
                    wrong.append(f"{where}: validates, but the vendor's example is listed as wrong")
            except pydantic.ValidationError as exc:
                if not vendor_wrong:
                    failures.append(f"{where}: {exc.errors(include_url=False)[:3]}")
            checked += 1
    assert not failures, f"{len(failures)} of {checked} examples fail:\n" + "\n".join(failures[:20])
    assert not wrong, "\n".join(wrong)
    assert checked == case.examples
