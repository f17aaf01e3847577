"""Vendor conformance: schemathesis driven by each vendor's own published document against our stand-in.

The question: does code written against the real vendor work unchanged against the stand-in?
The vendors' documents (``tests/vendor_specs/``, see its README) describe the real services;
here they generate the requests and judge the answers, in-process over ASGI:

* every check except ``status_code_conformance`` (the vendors document no error answers, so every
  4xx would fail it); positive and negative data; examples, coverage and fuzzing phases, a few
  examples per operation; stateless, and for Chalk also stateful (schemathesis infers the links
  its document lacks: a room's ``id`` to the by-room operations, a participant's to its own);
* ``tests/vendor_allowlist.yaml`` names each remaining difference and why the vendor document is
  wrong there (at most five entries per API, each with a reason). An entry either corrects the
  document (``fix``: JSON pointers, ``*`` matching any key, set to the corrected value before the
  run) or skips one check for one operation (``operation`` and ``check``);
* a guard: every vendor operation in scope answered 2xx to positive data at least once (trap 1
  of the contract-testing notes: wrong credentials would otherwise pass silently).

Bandwidth publishes two documents, both run here: 1.1.0 (``deviceApiVersion`` V2/V3, default V2
as the seed) against the default stand-in, and 2.0.0 (V3 only) against a stand-in configured with
``default_device_api_version="V3"``; their allowlist entries are shared (one API).

By-id operations have their path ids pinned to resources the stand-in seeds
(``Config(seed_examples=True)``): random SIDs would only ever meet 404. Each operation starts
from a fresh server.

Chalk's document describes the whole Chalk API (85 paths): only its auth, rooms and participants
operations are in scope (``scope``); the rest (recordings, tenants, admin, ...) is not stood in
for. Its tenant is the one whose API key is the document's own example (``ck_live_abc123xyz``),
the bearer token is an ``access_token`` the stand-in issued for that key (the vendor's way), and
refreshToken's positive cases carry a refresh token it issued (a random string is only a 401).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

from services import bandwidth_webrtc, rooms, twilio_proxy
from tests.vendor_documents import allowlist, corrected

pytestmark = pytest.mark.contract

EXAMPLES = int(os.environ.get("VENDOR_EXAMPLES", "5"))
SEED = 20260111
MAX_ALLOWED_PER_API = 5

# api -> operation label -> statuses answered to positive data
POSITIVE: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
SCENARIOS: dict[str, int] = defaultdict(int)  # api -> stateful scenarios started


class FreshApp:
    """An ASGI app rebuilt for each operation (its in-memory state starts from the seeds)."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory
        self.app = factory()
        self.label = ""

    def fresh_for(self, label: str) -> None:
        if label != self.label:
            self.app, self.label = self.factory(), label

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


@dataclass
class VendorApi:
    name: str  # the API (its allowlist entries, shared by all of its documents)
    document: str
    factory: Callable[[], Any]
    auth: dict[str, Any]
    pin: Callable[[str, str], str | None]  # (path, parameter) -> seeded id, or None
    skip: set[str] = field(default_factory=set)  # operations out of scope
    key: str = ""  # this run (an API may have several documents); the name by default
    scope: Callable[[str, str], bool] | None = None  # (path, method) -> in scope; None: all of them
    pin_body: Callable[[str, Any], None] | None = None  # (operation label, positive case) -> body pinned
    # path parameters pinned in stateful scenarios too (no link can give them: the credentials' own account)
    fixed: tuple[str, ...] = ()
    schema: Any = None
    app: Any = None

    def __post_init__(self) -> None:
        self.key = self.key or self.name

    def load(self) -> Any:
        if self.schema is None:
            raw = corrected(self.name, self.document)
            if self.scope is not None:
                raw["paths"] = {
                    path: {k: v for k, v in item.items() if k == "parameters" or self.scope(path, k)}
                    for path, item in raw["paths"].items()
                    if any(self.scope(path, k) for k in item if k != "parameters")
                }
            config = schemathesis.Config.from_dict(
                {
                    "seed": SEED,
                    "base-url": "http://testserver",
                    "auth": self.auth,
                    "checks": {"status_code_conformance": {"enabled": False}},
                    "generation": {
                        "mode": "all",
                        "max-examples": EXAMPLES,
                        "deterministic": True,
                        "database": "none",
                    },
                    "suppress-health-check": ["all"],
                }
            )
            self.schema = schemathesis.openapi.from_dict(raw, config=config)
            self.app = FreshApp(self.factory)
            self.schema.app = self.app
        return self.schema


_TWILIO_SIDS = {
    "Services": twilio_proxy.EXAMPLE_SERVICE_SID,
    "Sessions": twilio_proxy.EXAMPLE_SESSION_SID,
    "Participants": twilio_proxy.EXAMPLE_PARTICIPANT_SID,
    "PhoneNumbers": twilio_proxy.EXAMPLE_PHONE_NUMBER_SID,
    "Interactions": twilio_proxy.EXAMPLE_INTERACTION_SID,
    "MessageInteractions": twilio_proxy.EXAMPLE_INTERACTION_SID,
}


def _twilio_pin(path: str, name: str) -> str | None:
    """``ServiceSid`` etc. by name; ``Sid`` by the collection segment in front of it."""
    parts = path.split("/")
    if name == "Sid":
        return _TWILIO_SIDS.get(parts[parts.index("{Sid}") - 1])
    return _TWILIO_SIDS.get(name.removesuffix("Sid") + "s")


def _twilio_app() -> Any:
    return twilio_proxy.create_app(twilio_proxy.Config(seed_examples=True))


_TWILIO_ACCOUNT, _TWILIO_TOKEN = twilio_proxy.Config().accounts[0]

_BW = bandwidth_webrtc.Config().credentials[0]
_BW_IDS = {
    "accountId": _BW.account_id,  # the dev credentials' own account: others are 403
    "sessionId": str(bandwidth_webrtc.EXAMPLE_SESSION_ID),
    "participantId": str(bandwidth_webrtc.EXAMPLE_PARTICIPANT_ID),
}


def _bandwidth_app() -> Any:
    return bandwidth_webrtc.create_app(bandwidth_webrtc.Config(seed_examples=True))


def _bandwidth_v3_app() -> Any:
    """For clients of the vendor's 2.0.0 document, which knows only ``deviceApiVersion`` V3."""
    config = bandwidth_webrtc.Config(seed_examples=True, default_device_api_version="V3")
    return bandwidth_webrtc.create_app(config)


# Chalk: the auth, rooms and participants operations of its document (issue 11).
_CHALK_SCOPE = {
    "/api/v1/auth/token": {"post"},
    "/api/v1/auth/refresh": {"post"},
    "/api/v1/rooms": {"get", "post"},
    "/api/v1/rooms/schedule": {"post"},
    "/api/v1/rooms/{id}": {"get", "patch", "delete"},
    "/api/v1/rooms/{id}/end": {"post"},
    "/api/v1/rooms/{id}/join-token": {"post"},
    "/api/v1/rooms/{id}/participants": {"get", "post"},
    "/api/v1/rooms/{id}/participants/bulk": {"post"},
    "/api/v1/rooms/{id}/participants/{pid}": {"patch", "delete"},
    "/api/v1/rooms/{id}/participants/{pid}/token": {"post"},
}
_CHALK_KEY = "ck_live_abc123xyz"  # the document's example TokenRequest.api_key
_CHALK_CONFIG = rooms.Config(seed_examples=True, tenants=(rooms.Tenant(rooms.DEV_TENANT_ID, _CHALK_KEY),))
_CHALK_IDS = {"id": str(rooms.EXAMPLE_ROOM_ID), "pid": str(rooms.EXAMPLE_PARTICIPANT_ID)}


def _chalk_app() -> Any:
    return rooms.create_app(_CHALK_CONFIG)


def _chalk_tokens() -> dict[str, Any]:
    """A token pair for the tenant, obtained the vendor's way (tokens outlive the app: same secret)."""
    with TestClient(_chalk_app()) as http:
        answer = http.post("/api/v1/auth/token", json={"api_key": _CHALK_KEY})
    assert answer.status_code == 200, answer.text
    tokens: dict[str, Any] = answer.json()
    return tokens


_CHALK_TOKENS = _chalk_tokens()


def _chalk_pin_body(label: str, case: Any) -> None:
    if label == "POST /api/v1/auth/refresh" and isinstance(case.body, dict):
        case.body["refresh_token"] = _CHALK_TOKENS["refresh_token"]


APIS = {
    "bandwidth_webrtc": VendorApi(
        name="bandwidth_webrtc",
        document="bandwidth_webrtc_v1.1.0.yml",
        factory=_bandwidth_app,
        auth={"basic": {"username": _BW.username, "password": _BW.password}},
        pin=lambda path, name: _BW_IDS.get(name),
        fixed=("accountId",),
    ),
    "bandwidth_webrtc_v2": VendorApi(
        name="bandwidth_webrtc",
        key="bandwidth_webrtc_v2",
        document="bandwidth_webrtc_v2.0.0.yml",
        factory=_bandwidth_v3_app,
        auth={"basic": {"username": _BW.username, "password": _BW.password}},
        pin=lambda path, name: _BW_IDS.get(name),
        fixed=("accountId",),
    ),
    "twilio_proxy": VendorApi(
        name="twilio_proxy",
        document="twilio_proxy_v1.json",
        factory=_twilio_app,
        auth={"basic": {"username": _TWILIO_ACCOUNT, "password": _TWILIO_TOKEN}},
        pin=_twilio_pin,
    ),
    "rooms": VendorApi(
        name="rooms",
        document="chalk_openapi.yaml",
        factory=_chalk_app,
        auth={"openapi": {"BearerAuth": {"bearer": _CHALK_TOKENS["access_token"]}}},
        pin=lambda path, name: _CHALK_IDS.get(name),
        scope=lambda path, method: method in _CHALK_SCOPE.get(path, set()),
        pin_body=_chalk_pin_body,
    ),
}

# schemathesis' built-in checks, by their public names (as `schemathesis run --checks` lists them)
_CHECK_NAMES = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
]
_CHECKS: dict[str, Any] = {name: getattr(schemathesis.checks, name) for name in _CHECK_NAMES}


def _excluded(api: str, label: str) -> list[Any]:
    excluded = []
    for entry in allowlist():
        if entry["api"] == api and entry.get("operation") == label:
            excluded.append(_CHECKS[entry["check"]])
    return excluded


def _path_is_valid(case: Any) -> bool:
    meta = case.meta
    return not (meta is not None and meta.is_negative_at("path"))


def _run_case(api: VendorApi, case: Any) -> None:
    label = f"{case.operation.method.upper()} {case.path}"  # an undeclared-method probe: its operation
    api.app.fresh_for(label)
    if _path_is_valid(case):
        for name in list(case.path_parameters):
            pinned = api.pin(case.path, name)
            if pinned is not None:
                case.path_parameters[name] = pinned
    meta = case.meta
    positive = meta is not None and meta.generation.mode.is_positive
    if positive and api.pin_body is not None:
        api.pin_body(label, case)
    response = case.call_and_validate(excluded_checks=_excluded(api.name, label))
    if positive:
        POSITIVE[api.key][label].add(response.status_code)


_twilio = APIS["twilio_proxy"].load()


@_twilio.parametrize()
def test_twilio_proxy(case: Any) -> None:
    _run_case(APIS["twilio_proxy"], case)


_bw = APIS["bandwidth_webrtc"].load()


@_bw.parametrize()
def test_bandwidth_webrtc(case: Any) -> None:
    _run_case(APIS["bandwidth_webrtc"], case)


_bw2 = APIS["bandwidth_webrtc_v2"].load()


@_bw2.parametrize()
def test_bandwidth_webrtc_v2(case: Any) -> None:
    _run_case(APIS["bandwidth_webrtc_v2"], case)


_chalk = APIS["rooms"].load()


@_chalk.parametrize()
def test_rooms(case: Any) -> None:
    _run_case(APIS["rooms"], case)


def _stateful(api: VendorApi) -> Any:
    """The state machine over the document's inferred links, each scenario from a fresh server."""
    base = api.load().as_state_machine()

    class Workflow(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            super().setup()
            SCENARIOS[api.key] += 1
            api.app.fresh_for(f"scenario {SCENARIOS[api.key]}")

        def before_call(self, case: Any) -> None:
            label = f"{case.operation.method.upper()} {case.path}"  # an undeclared-method probe: its operation
            if _path_is_valid(case):
                for name in api.fixed:
                    if name in case.path_parameters:
                        case.path_parameters[name] = api.pin(case.path, name)
            if api.pin_body is not None and case.meta is not None and case.meta.generation.mode.is_positive:
                api.pin_body(label, case)
            super().before_call(case)

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            label = f"{case.operation.method.upper()} {case.path}"  # an undeclared-method probe: its operation
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=_excluded(api.name, label),
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )
            if case.meta is not None and case.meta.generation.mode.is_positive:
                POSITIVE[api.key][label].add(response.status_code)

    Workflow.__name__ = Workflow.__qualname__ = f"{api.key}_vendor_workflow"
    Workflow.TestCase.settings = settings(
        max_examples=EXAMPLES * 4,
        stateful_step_count=8,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    return Workflow


TestRoomsStateful = _stateful(APIS["rooms"]).TestCase
TestTwilioProxyStateful = _stateful(APIS["twilio_proxy"]).TestCase
TestBandwidthWebRtcStateful = _stateful(APIS["bandwidth_webrtc"]).TestCase
TestBandwidthWebRtcV2Stateful = _stateful(APIS["bandwidth_webrtc_v2"]).TestCase


def _labels(api: VendorApi) -> list[str]:
    labels = []
    for result in api.load().get_all_operations():
        operation = result.ok()
        labels.append(f"{operation.method.upper()} {operation.path}")
    return [label for label in labels if label not in api.skip]


def test_allowlist_is_short_and_reasoned() -> None:
    per_api: dict[str, int] = defaultdict(int)
    for entry in allowlist():
        assert set(entry) in ({"api", "operation", "check", "reason"}, {"api", "fix", "reason"}), entry
        assert (
            entry["api"] in {api.name for api in APIS.values()} and entry.get("check", "not_a_server_error") in _CHECKS
        ), entry
        assert len(entry["reason"]) > 40, entry
        per_api[entry["api"]] += 1
    assert all(count <= MAX_ALLOWED_PER_API for count in per_api.values()), dict(per_api)


@pytest.mark.parametrize("name", sorted(APIS))
def test_every_vendor_operation_answered_2xx(name: str) -> None:
    api = APIS[name]
    labels = _labels(api)
    if not all(label in POSITIVE[name] for label in labels):
        pytest.skip("run with the per-operation vendor tests (select the whole file)")
    missing = [label for label in labels if not any(200 <= s < 300 for s in POSITIVE[name][label])]
    assert not missing, {label: sorted(POSITIVE[name][label]) for label in missing}
