"""Property-based contract tests: schemathesis 4.x against each in-memory server, in-process (ASGI).

Per API: every check (schemathesis' default set, i.e. all but ``max_response_time``), positive
and negative data (``mode: all``) through the examples, coverage and fuzzing phases, then the
stateful phase over the spec's links. Fixed seed, derandomized, no example database.
``CONTRACT_EXAMPLES`` (default 100) is ``max-examples`` per operation (and the number of
stateful scenarios). Last, a guard (trap 1 of the contract-testing notes): every operation must
have answered at least one 2xx to positive data, or wrong credentials would pass silently. The
guard first runs the stateless test of any operation not tested yet in this session, so it also
holds when selected alone or with ``-k``.

Harness details, each needed for a meaningful run:

* Bandwidth's ``accountId`` is pinned to the development account: the dev credentials may only
  act on their own account (others are 403, see ``test_services_bandwidth.py``), so random
  account ids would never reach the business logic.
* Servers run with ``Config(seed_examples=True)``: they hold the resources the spec's examples
  name, so the examples phase reaches the business logic of every by-id operation (the
  guard then holds at any ``CONTRACT_EXAMPLES``). Each operation's stateless test and each
  stateful scenario starts from a fresh server: state left by earlier scenarios would change
  which links can be followed when Hypothesis replays a scenario (``FlakyStrategyDefinition``),
  and an earlier operation's deletes would remove the seeded resources.
* Bandwidth's session-membership operations need a session id *and* a participant id, but each
  link supplies one; a path id the scenario never saw is replaced by one created earlier in the
  same scenario (ids seen before, e.g. deleted ones, are left alone for ``use_after_free``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi import stateful as _stateful

from services import bandwidth_webrtc, rooms, twilio_proxy
from tests.schemathesis_runs import operation_labels, run_operations

EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "100"))
SEED = 20260101
STATEFUL_STEPS = 10
SPECS = Path(__file__).resolve().parent.parent / "specs"

pytestmark = pytest.mark.contract

# api -> "METHOD /path" -> statuses answered to positive data (stateless and stateful).
POSITIVE_STATUSES: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
# api -> operations called (any data) in this session.
CALLED: dict[str, set[str]] = defaultdict(set)


class ResettableApp:
    """An ASGI app whose server (and all its in-memory state) can be replaced by a fresh one."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self.app = factory()

    def reset(self) -> None:
        self.app = self._factory()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@dataclass(frozen=True)
class Api:
    name: str
    schema: Any
    app: ResettableApp
    pinned_path: dict[str, str] = field(default_factory=dict)
    # operation label -> (path parameter it produces, where the id is in the 2xx JSON body)
    produces: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


def _api(
    name: str,
    factory: Callable[[], Any],
    auth: dict[str, Any],
    pinned_path: dict[str, str] | None = None,
    produces: dict[str, tuple[str, tuple[str, ...]]] | None = None,
) -> Api:
    config = schemathesis.Config.from_dict(
        {
            "seed": SEED,
            # The generated app routes the spec's paths at its root (Bandwidth's server URL ends in
            # /v1, which the app does not add), so test against the root rather than servers[0].
            "base-url": "http://testserver",
            "auth": auth,
            "generation": {
                "mode": "all",
                "max-examples": EXAMPLES,
                "deterministic": True,
                "database": "none",
            },
            "suppress-health-check": ["all"],
        }
    )
    schema = schemathesis.openapi.from_path(SPECS / f"{name}.yaml", config=config)
    app = ResettableApp(factory)
    schema.app = app
    return Api(name, schema, app, dict(pinned_path or {}), dict(produces or {}))


def _path_is_valid(case: Any) -> bool:
    meta = case.meta
    return not (meta is not None and meta.is_negative_at(ParameterLocation.PATH))


def _pin(api: Api, case: Any) -> None:
    """Pin path parameters (only when the path is not the part deliberately made invalid).

    Done here rather than with the config's ``parameters`` overrides: those also overwrite the
    invalid values of negative cases (turning them into valid requests), and the stateful phase
    ignores them.
    """
    if api.pinned_path and _path_is_valid(case):
        for name, value in api.pinned_path.items():
            if name in case.path_parameters:
                case.path_parameters[name] = value


def _record(api: str, case: Any, response: Any) -> None:
    label = f"{case.method.upper()} {case.path}"
    CALLED[api].add(label)
    meta = case.meta
    if meta is not None and meta.generation.mode.is_positive:
        POSITIVE_STATUSES[api][label].add(response.status_code)


_ROOT_HEURISTIC = _stateful.is_likely_root_transition


def _is_root(operation: Any, node: Any, produced_anywhere: set[str]) -> bool:
    # schemathesis 4.32 drops a create operation from the stateful roots when any of its optional
    # fields looks like a reference to a resource nothing produces (Twilio's CreateService has
    # `ChatInstanceSid`), leaving the whole Services -> Sessions -> Participants chain unreachable.
    # A POST on a collection without path parameters creates from scratch: always a root.
    if operation.method == "post" and not operation.path_parameters:
        return True
    return bool(_ROOT_HEURISTIC(operation, node, produced_anywhere))


def _state_machine(api: Api) -> Any:
    with mock.patch.object(_stateful, "is_likely_root_transition", _is_root):
        base = api.schema.as_state_machine()

    class Workflow(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            super().setup()
            api.app.reset()
            self.live: dict[str, list[str]] = defaultdict(list)
            self.seen: dict[str, set[str]] = defaultdict(set)

        def before_call(self, case: Any) -> None:
            _pin(api, case)
            if _path_is_valid(case):
                for name, value in list(case.path_parameters.items()):
                    if self.live[name] and str(value) not in self.seen[name]:
                        case.path_parameters[name] = self.live[name][-1]
            super().before_call(case)

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)  # trap 9: keeps use_after_free working
            _record(api.name, case, response)
            label = f"{case.method.upper()} {case.path}"
            for name, value in case.path_parameters.items():
                self.seen[name].add(str(value))
            if not 200 <= response.status_code < 300:
                return
            if label in api.produces:
                name, pointer = api.produces[label]
                value: Any = response.json()
                for key in pointer:
                    value = value[key]
                self.live[name].append(str(value))
                self.seen[name].add(str(value))
            if case.method.upper() == "DELETE":
                for name, value in case.path_parameters.items():
                    if case.path.endswith("{" + name + "}") and str(value) in self.live[name]:
                        self.live[name].remove(str(value))

    Workflow.__name__ = Workflow.__qualname__ = f"{api.name}_workflow"
    Workflow.TestCase.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STATEFUL_STEPS,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    return Workflow


_bw_config = bandwidth_webrtc.Config(seed_examples=True)
_bw_user = _bw_config.credentials[0]
BANDWIDTH = _api(
    "bandwidth_webrtc",
    lambda: bandwidth_webrtc.create_app(_bw_config),
    {"basic": {"username": _bw_user.username, "password": _bw_user.password}},
    pinned_path={"accountId": _bw_user.account_id},
    produces={
        "POST /accounts/{accountId}/participants": ("participantId", ("participant", "id")),
        "POST /accounts/{accountId}/sessions": ("sessionId", ("id",)),
    },
)
_rooms_config = rooms.Config(seed_examples=True)
ROOMS = _api(
    "rooms",
    lambda: rooms.create_app(_rooms_config),
    {"openapi": {"token": {"bearer": _rooms_config.tenants[0].api_key}}},
)
_tw_config = twilio_proxy.Config(seed_examples=True)
_tw_sid, _tw_token = _tw_config.accounts[0]
TWILIO = _api(
    "twilio_proxy",
    lambda: twilio_proxy.create_app(_tw_config),
    {"basic": {"username": _tw_sid, "password": _tw_token}},
)


@pytest.fixture
def fresh_servers() -> None:
    """Fresh (seeded) servers for each operation's test (not for each of its examples)."""
    for api in (BANDWIDTH, ROOMS, TWILIO):
        api.app.reset()


@BANDWIDTH.schema.parametrize()
def test_bandwidth_webrtc(case: Any, fresh_servers: None) -> None:
    _pin(BANDWIDTH, case)
    _record("bandwidth_webrtc", case, case.call_and_validate())


@ROOMS.schema.parametrize()
def test_rooms(case: Any, fresh_servers: None) -> None:
    _record("rooms", case, case.call_and_validate())


@TWILIO.schema.parametrize()
def test_twilio_proxy(case: Any, fresh_servers: None) -> None:
    _record("twilio_proxy", case, case.call_and_validate())


TestBandwidthWebrtcStateful = _state_machine(BANDWIDTH).TestCase
TestRoomsStateful = _state_machine(ROOMS).TestCase
TestTwilioProxyStateful = _state_machine(TWILIO).TestCase


STATELESS_TESTS = {"bandwidth_webrtc": test_bandwidth_webrtc, "rooms": test_rooms, "twilio_proxy": test_twilio_proxy}


@pytest.fixture(scope="session")
def positive_statuses() -> Callable[[Api], dict[str, set[int]]]:
    """``positive_statuses(api)``: statuses per operation, after running the stateless tests not run yet."""

    def statuses(api: Api) -> dict[str, set[int]]:
        missing = [label for label in operation_labels(api.schema) if label not in CALLED[api.name]]
        run_operations(api.schema, STATELESS_TESTS[api.name], missing, api.app.reset, fresh_servers=None)
        return POSITIVE_STATUSES[api.name]

    return statuses


@pytest.mark.parametrize("api", [BANDWIDTH, ROOMS, TWILIO], ids=lambda api: api.name)
def test_every_operation_answered_2xx_to_positive_data(
    api: Api, positive_statuses: Callable[[Api], dict[str, set[int]]]
) -> None:
    """Guards against e.g. wrong credentials; holds alone too (the fixture runs what did not run)."""
    seen = positive_statuses(api)
    operations = set(operation_labels(api.schema))
    missing = sorted(op for op in operations if not any(200 <= s < 300 for s in seen.get(op, ())))
    assert not missing, f"no 2xx answer to positive data for {missing}; statuses seen: " + repr(
        {op: sorted(seen.get(op, ())) for op in missing}
    )
