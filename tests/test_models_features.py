"""Models that are right for real specs, proven client -> generated server -> service -> client.

The golden cases ``read_write``, ``defaults`` and ``null_branches`` are generated into a
temporary directory, served in-process by their own ``create_app`` and called through their
own ``AsyncClient`` (httpx's ASGI transport):

* readOnly fields are absent from the request model (``UserRequest``), writeOnly fields from
  the response model (``User``); a schema only answered (``Team``) keeps one class;
* defaults are values of their field's type (a ``format: date`` default is a ``date`` the server
  serializes), a default its schema rejects is dropped with a located warning;
* a ``nullable`` member of anyOf/oneOf (3.0) and ``type: [X, "null"]`` / ``{type: "null"}``
  members (3.1) let the documented ``"x": null`` answers through;
* the generated packages pass ``mypy --strict``.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import inspect
import json
import uuid
import warnings
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.builder import build_api
from generator.diagnostics import Diagnostic, Level
from generator.loader import load_spec
from generator.pipeline import Job, generate
from tests.packages import importable
from tests.typecheck import MypyResults, MypyTarget, mypy_target

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = {"read_write": "rw_views", "defaults": "typed_defaults", "null_branches": "null_members"}
_OUT: list[Path] = []  # the module's one output directory (shared with the mypy target)
_DIAGNOSTICS: dict[str, list[Diagnostic]] = {}


def _generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _OUT:
        out = tmp_path_factory.mktemp("models_features")
        for case, package in CASES.items():
            result = generate([Job(GOLDEN / case / "spec.yaml", package)], out)
            assert result.ok, [d.format() for d in result.diagnostics]
            _DIAGNOSTICS[case] = list(result.diagnostics)
        _OUT.append(out)
    return _OUT[0]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable(_generated(tmp_path_factory)) as path:
        yield path


def _package(name: str) -> tuple[ModuleType, ModuleType, ModuleType]:
    pkg = importlib.import_module(name)
    return pkg, pkg.models, importlib.import_module(f"{name}.server")


def _call(pkg: ModuleType, app: Any, action: Callable[[Any], Awaitable[Any]]) -> Any:
    async def run() -> Any:
        async with pkg.AsyncClient("http://test", transport=httpx.ASGITransport(app=app), retries=0) as client:
            return await action(client)

    return asyncio.run(run())


def _raw(app: Any, method: str, path: str, body: object = None) -> httpx.Response:
    async def run() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return await client.request(method, path, json=body)

    return asyncio.run(run())


# -- readOnly / writeOnly ----------------------------------------------------------------------------------
def _users_app(out: Path) -> tuple[Any, list[Any]]:
    pkg, models, server = _package("rw_views")
    received: list[Any] = []

    class Service:
        async def create_user(self, *, body: Any, context: Any) -> Any:
            received.append(body)
            nickname = body.profile.nickname if isinstance(body.profile, models.ProfileRequest) else "-"
            profile = models.Profile(nickname=nickname, updated_at=datetime.date(2024, 5, 1))
            created = datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
            return server.CreateUser201(body=models.User(id=7, name=body.name, created_at=created, profile=profile))

        async def get_user(self, *, user_id: int, context: Any) -> Any:
            return server.GetUser200(body=models.User(id=user_id, name="ann"))

        async def change_password(self, *, user_id: int, body: Any, context: Any) -> Any:
            received.append(body)
            return server.ChangePassword204()

        async def get_team(self, *, team_id: int, context: Any) -> Any:
            return server.GetTeam200(body=models.Team(id=team_id, members=[models.User(id=1, name="ann")]))

        def error_body(self, status: int, message: str, context: Any) -> object:
            return {"message": message}

    return server.create_app(Service()), received


def test_read_only_fields_are_not_in_the_request_model_and_write_only_not_in_the_response_model(out: Path) -> None:
    pkg, models, _ = _package("rw_views")
    assert set(models.UserRequest.model_fields) == {"name", "password", "profile"}
    assert set(models.User.model_fields) == {"id", "created_at", "name", "profile"}
    assert models.User.model_fields["id"].is_required()  # readOnly and required: the server always answers it
    assert set(models.ProfileRequest.model_fields) == {"nickname"}
    assert not hasattr(models, "TeamRequest"), "Team is only answered: one view"
    assert "password" not in pkg.responses.User.model_fields
    # the client's keyword arguments are the write view's fields
    params = inspect.signature(pkg.AsyncClient.create_user).parameters
    assert {"name", "password", "profile"} <= set(params) and not {"id", "created_at"} & set(params)


def test_write_only_password_reaches_the_service_and_never_comes_back(out: Path) -> None:
    pkg, models, _ = _package("rw_views")
    app, received = _users_app(out)
    user = _call(pkg, app, lambda c: c.create_user(name="ann", password="s3cret-pw", profile={"nickname": "a"}))
    assert received[-1].password == "s3cret-pw" and not hasattr(received[-1], "id")
    assert isinstance(received[-1], models.UserRequest)
    assert (user.id, user.name, user.profile.updated_at) == (7, "ann", datetime.date(2024, 5, 1))
    assert user.created_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    raw = _raw(app, "POST", "/users", {"name": "bob", "password": "s3cret-pw"})
    assert raw.status_code == 201 and "password" not in raw.json() and raw.json()["id"] == 7


def test_read_only_id_is_not_required_in_requests_and_is_ignored_when_sent(out: Path) -> None:
    app, received = _users_app(out)
    sent = _raw(
        app, "POST", "/users", {"id": 99, "created_at": "2020-01-01T00:00:00Z", "name": "c", "password": "p" * 8}
    )
    assert sent.status_code == 201, sent.text
    assert not hasattr(received[-1], "id") and not hasattr(received[-1], "created_at")
    missing = _raw(app, "POST", "/users", {"name": "c"})  # writeOnly and required: a request must carry it
    assert missing.status_code == 400 and "password" in missing.text


def test_a_request_only_body_is_one_write_view_under_its_own_name(out: Path) -> None:
    pkg, models, _ = _package("rw_views")
    assert set(models.ChangePasswordRequest.model_fields) == {"old", "new"}
    assert not hasattr(models, "ChangePasswordRequestRequest")
    app, received = _users_app(out)
    _call(pkg, app, lambda c: c.change_password(user_id=1, old="o", new="n3w-passw0rd"))
    assert isinstance(received[-1], models.ChangePasswordRequest) and received[-1].new == "n3w-passw0rd"


def test_a_response_only_schema_with_read_only_fields_round_trips(out: Path) -> None:
    pkg, _, _ = _package("rw_views")
    app, _ = _users_app(out)
    team = _call(pkg, app, lambda c: c.get_team(team_id=3))
    assert team.id == 3 and [m.id for m in team.members] == [1]
    assert isinstance(team, pkg.responses.Team)


def test_a_view_an_unused_schema_names_is_kept(out: Path) -> None:
    _, models, _ = _package("rw_views")
    listed = models.BadgeListRequest.model_validate({"badges": [{"label": "gold"}]})  # was: BadgeRequest undefined
    assert isinstance(listed.badges[0], models.BadgeRequest) and "id" not in models.BadgeRequest.model_fields
    assert (
        "id" in models.Badge.model_fields
        and "id" in models.BadgeList.model_validate({"badges": [{"id": 1}]}).badges[0].model_fields_set
    )


WEBHOOK_SPEC = """
openapi: 3.1.0
info: {title: hooks, version: "1"}
paths:
  /users:
    post:
      operationId: createUser
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}
      responses:
        '201': {description: ok}
webhooks:
  userCreated:
    post:
      operationId: userCreated
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}
      responses:
        '200': {description: received}
components:
  schemas:
    User:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string}
        password: {type: string, writeOnly: true}
"""


def test_a_webhook_body_is_sent_by_the_api_so_it_is_the_read_view(tmp_path: Path) -> None:
    (tmp_path / "hooks.yaml").write_text(WEBHOOK_SPEC, encoding="utf-8")
    spec, diags = load_spec(tmp_path / "hooks.yaml")
    assert spec is not None, diags
    api, _ = build_api(spec, "hooks")
    assert api.operations[0].body is not None and api.operations[0].body.type.expr == "models.UserRequest"
    hook = api.webhooks[0].body
    assert hook is not None and hook.type.expr == "models.User"
    assert {f.name for f in hook.fields} == {"id", "name"}, "the API sends id, never the password"


# -- defaults ---------------------------------------------------------------------------------------------
def _events_app() -> tuple[Any, list[dict[str, Any]]]:
    _, models, server = _package("typed_defaults")
    calls: list[dict[str, Any]] = []

    class Service:
        async def list_events(self, *, since: Any = None, limit: Any = None, context: Any) -> Any:
            calls.append({"since": since, "limit": limit})
            return server.ListEvents200(body=[models.Event(title="daily")])

        async def create_event(self, *, body: Any, context: Any) -> Any:
            calls.append({"body": body})
            return server.CreateEvent201(body=body)

        def error_body(self, status: int, message: str, context: Any) -> object:
            return {"message": message}

    return server.create_app(Service()), calls


def test_defaults_are_values_of_the_field_type(out: Path) -> None:
    _, models, _ = _package("typed_defaults")
    event = models.Event(title="x")
    assert event.day == datetime.date(2024, 1, 2)
    assert event.at == datetime.datetime(2024, 1, 2, 9, 30, tzinfo=datetime.UTC)
    assert event.ref == uuid.UUID("7f1c8a52-4a1f-4c55-9d0e-6c2b2f1f9a10")
    assert event.dates == [datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)]
    assert event.size == "auto"
    assert models.Event(title="y").dates is not event.dates, "a mutable default is not shared"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pydantic warns when a field holds a value of another type
        dumped = event.model_dump(mode="json")
    assert dumped["day"] == "2024-01-02" and dumped["dates"] == ["2024-01-01", "2024-12-31"]
    assert models.ListEventsQueryParams().since == datetime.date(2024, 1, 1)


def test_invalid_defaults_are_dropped_with_a_located_warning(out: Path) -> None:
    _, models, _ = _package("typed_defaults")
    warned = {(d.location, d.line) for d in _DIAGNOSTICS["defaults"] if d.level is Level.WARNING}
    assert warned == {
        ("#/paths/~1events/get/parameters/1/schema/default", 15),
        ("#/components/schemas/Event/properties/count/default", 57),
        ("#/components/schemas/Limit/default", 102),
    }
    message = next(d.message for d in _DIAGNOSTICS["defaults"] if d.location.endswith("count/default"))
    assert (
        message == "`default: \"auto\"` does not match its schema ('auto' is not of type 'integer'); read as no default"
    )
    assert not models.Event.model_fields["count"].is_required()
    assert models.Limit.model_fields["root"].is_required()  # no `root: int = "auto"`
    assert "count" not in models.Event(title="x").model_dump()


def test_the_server_answers_date_defaults_and_passes_typed_parameter_defaults(out: Path) -> None:
    pkg, models, _ = _package("typed_defaults")
    app, calls = _events_app()
    created = _call(pkg, app, lambda c: c.create_event(title="launch"))
    body = calls[-1]["body"]
    assert isinstance(body, models.Event) and body.day == datetime.date(2024, 1, 2)
    assert created.day == datetime.date(2024, 1, 2) and created.dates[1] == datetime.date(2024, 12, 31)
    raw = _raw(app, "POST", "/events", {"title": "t"})
    assert raw.status_code == 201 and raw.json()["day"] == "2024-01-02" and raw.json()["at"] == "2024-01-02T09:30:00Z"
    events = _call(pkg, app, lambda c: c.list_events())
    assert calls[-1] == {"since": datetime.date(2024, 1, 1), "limit": None}
    assert [e.day for e in events] == [datetime.date(2024, 1, 2)]


def test_a_union_member_class_does_not_take_the_union_default(out: Path) -> None:
    pkg, models, _ = _package("typed_defaults")
    event = models.Event(title="x")
    assert event.batch == "auto" and event.prompt == "<|endoftext|>"
    for member in (
        models.Batch,
        models.Prompt,
        models.Prompt1,
    ):  # was `root: int = "auto"`, `root: list[int] | None = "<|e...`
        assert member.model_fields["root"].is_required()
    assert models.Event(title="x", batch=models.Batch(7)).batch.root == 7
    modes = pkg.responses.Modes.model_validate(["direct", "later"])  # a view's RootModel base widens too
    assert modes.root == ["direct", "later"]
    with pytest.raises(ValueError):
        models.Modes.model_validate(["direct", "later"])


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ("{type: string, enum: [red, blue], default: green}", "'green' is not one of ['red', 'blue']"),
        ("{type: string, format: date, default: '2024-13-45'}", "'2024-13-45' is not a 'date'"),
        ("{type: string, format: uuid, default: not-a-uuid}", "'not-a-uuid' is not a 'uuid'"),
        ("{$ref: '#/components/schemas/Small', default: 12}", "12 is greater than the maximum of 10"),
        ("{type: array, items: {type: integer}, default: [1, x]}", "'x' is not of type 'integer'"),
    ],
)
def test_a_default_its_schema_rejects_is_named_and_dropped(tmp_path: Path, schema: str, message: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Small: {type: integer, maximum: 10}\n"
        f"    M:\n      type: object\n      properties:\n        p: {schema}\n",
        encoding="utf-8",
    )
    loaded, diags = load_spec(spec)
    assert loaded is not None
    assert [(d.location, d.line, message in d.message) for d in diags] == [
        ("#/components/schemas/M/properties/p/default", 10, True)
    ], [d.message for d in diags]
    assert "default" not in loaded.document["components"]["schemas"]["M"]["properties"]["p"]


def test_valid_defaults_are_kept(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    M:\n"
        "      type: object\n      properties:\n"
        "        a: {type: [string, 'null'], format: date, default: '2024-02-29'}\n"
        "        b: {anyOf: [{type: integer}, {type: string, enum: [auto]}], default: auto}\n",
        encoding="utf-8",
    )
    loaded, diags = load_spec(spec)
    assert loaded is not None and diags == []
    assert loaded.document["components"]["schemas"]["M"]["properties"]["b"]["default"] == "auto"


# -- nullable members -------------------------------------------------------------------------------------
def test_nullable_members_of_3_0_unions_accept_null_both_ways(out: Path) -> None:
    pkg, models, server = _package("typed_defaults")
    app, calls = _events_app()
    nulls = {"title": "n", "note": None, "label": None, "tags": None, "owner": None}
    raw = _raw(app, "POST", "/events", nulls)
    assert raw.status_code == 201, raw.text
    assert {k: raw.json()[k] for k in nulls} == nulls
    assert calls[-1]["body"].label is None
    spec = _raw(app, "GET", "/openapi.json").json()
    documented = spec["paths"]["/events"]["post"]["responses"]["201"]["content"]["application/json"]["example"]
    assert models.Event.model_validate_json(_json(documented)).note is None
    assert pkg.responses.Event.model_validate_json(_json(documented)).tags is None
    for field, value in (("label", "low"), ("label", 3), ("tags", ["a"]), ("tags", True), ("owner", {"name": "o"})):
        assert getattr(models.Event.model_validate({"title": "t", field: value}), field) is not None
    with pytest.raises(ValueError):
        models.Event.model_validate({"title": "t", "label": "medium"})


def test_a_reference_to_a_schema_with_a_default_is_not_nullable(out: Path) -> None:
    _, models, _ = _package("typed_defaults")
    assert models.Event(title="t").priority == models.Event(title="t").fallback == "normal"
    for field in ("priority", "fallback"):
        with pytest.raises(ValueError):  # was `Literal[...] | None = "normal"`: null slipped through
            models.Event.model_validate({"title": "t", field: None})


def _things_app() -> Any:
    _, models, server = _package("null_members")
    store: dict[str, Any] = {}

    class Service:
        async def get_thing(self, *, thing_id: str, context: Any) -> Any:
            thing = store.get(thing_id) or models.Thing(id=thing_id, parent=None, score=None, tags=None, shape=None)
            return server.GetThing200(body=thing)

        async def put_thing(self, *, thing_id: str, body: Any, context: Any) -> Any:
            store[thing_id] = body
            return server.PutThing200(body=body)

        def error_body(self, status: int, message: str, context: Any) -> object:
            return {"message": message}

    return server.create_app(Service())


def test_null_members_of_3_1_unions_accept_null_both_ways(out: Path) -> None:
    pkg, models, _ = _package("null_members")
    app = _things_app()
    thing = _call(pkg, app, lambda c: c.get_thing(thing_id="t1"))
    assert (thing.parent, thing.score, thing.tags, thing.shape) == (None, None, None, None)
    put = _raw(app, "PUT", "/things/t2", {"id": "t2", "parent": {"id": "p"}, "score": None, "tags": None, "shape": 4})
    assert put.status_code == 200 and put.json()["score"] is None
    again = _call(pkg, app, lambda c: c.get_thing(thing_id="t2"))
    assert again.parent.id == "p" and again.shape == 4
    spec = _raw(app, "GET", "/openapi.json").json()
    documented = spec["paths"]["/things/{thingId}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert models.Thing.model_validate_json(_json(documented["example"])).parent is None
    assert pkg.responses.Thing.model_validate_json(_json(documented["example"])).shape is None


def test_object_keywords_beside_a_union_constrain_its_object_member(out: Path) -> None:
    pkg, models, _ = _package("null_members")
    base = {"id": "t", "parent": None, "score": None, "tags": None, "shape": None}
    for thing in (models.Thing, pkg.responses.Thing):
        assert thing.model_validate({**base, "envelope": False}).envelope is False  # was: a model only
        assert thing.model_validate({**base, "envelope": {"id": "e1"}}).envelope.id == "e1"
        for wrong in ({"id": 3}, "yes"):
            with pytest.raises(ValueError):
                thing.model_validate({**base, "envelope": wrong})


def _json(value: object) -> str:
    return json.dumps(value)


# -- static typing ----------------------------------------------------------------------------------------
@mypy_target("models_features")
def _typed(tmp_path_factory: pytest.TempPathFactory) -> MypyTarget:
    return MypyTarget(_generated(tmp_path_factory), tuple(CASES.values()))


@pytest.mark.slow
def test_mypy_strict_on_the_generated_packages(strict_mypy: MypyResults) -> None:
    errors = strict_mypy.errors_of("models_features")
    assert not errors, "\n".join(errors)
