"""Request models validate as strictly as the spec says (contract-testing traps 4 and 5)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pydantic import ValidationError

from generator.pipeline import Job, generate

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("strict")
    result = generate([Job(GOLDEN / "nullable_optional" / "spec.yaml", "strict_pkg")], out)
    assert result.ok, result.diagnostics
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("strict_pkg.models")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith("strict_pkg")]:
            del sys.modules[name]


VALID = '{"id": 1, "label": "a"}'


def test_valid_body_parses_and_dumps_wire_shape(models: ModuleType) -> None:
    thing = models.Thing.model_validate_json('{"id": 3, "label": "x", "note": null, "when": "2026-01-06T10:00:00Z"}')
    assert thing.id == 3 and thing.note is None
    # Optional fields left out are left out of the dump (MISSING), defaults are kept.
    assert models.Thing.model_validate_json(VALID).model_dump(mode="json") == {"id": 1, "label": "a", "ratio": 0.5}


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ('{"id": 1, "label": null}', "null for a required non-nullable string"),
        ('{"id": 1, "label": "a", "count": null}', "null for an optional non-nullable integer"),
        ('{"id": "5", "label": "a"}', "string for an integer"),
        ('{"id": true, "label": "a"}', "boolean for an integer"),
        ('{"id": 1, "label": "a", "count": "7"}', "string for an optional integer"),
        ('{"id": 1, "label": "a", "extra": 1}', "unknown property where additionalProperties is false"),
        ('{"id": 0, "label": "a"}', "below minimum"),
        ('{"id": 1, "label": "aaaaaaaaaaaaaaaaaaaaa"}', "longer than maxLength"),
        ('{"label": "a"}', "missing required property"),
        ('{"id": 1, "label": "a", "when": "yesterday"}', "not a date-time"),
    ],
)
def test_request_model_rejects(models: ModuleType, body: str, why: str) -> None:
    with pytest.raises(ValidationError):
        models.Thing.model_validate_json(body)


def test_python_construction_is_strict_too(models: ModuleType) -> None:
    with pytest.raises(ValidationError):
        models.Thing(id="5", label="a")
    with pytest.raises(ValidationError):
        models.Thing(id=1, label="a", count=None)
    assert models.Thing(id=1, label="a", note=None).note is None


def test_generated_api_request_models_are_strict() -> None:
    """The real specs' request models behave the same (generated/ is committed output)."""
    from generated.bandwidth_webrtc import models as bw
    from generated.rooms import models as rooms

    with pytest.raises(ValidationError):
        bw.CreateParticipantRequest.model_validate_json('{"tag": null}')
    # Open as the vendor's body is (issue 11): an unknown field is ignored, a known one still checked.
    assert bw.CreateParticipantRequest.model_validate_json('{"publishPermissions": ["AUDIO"], "bogus": 1}')
    with pytest.raises(ValidationError):
        bw.CreateParticipantRequest.model_validate_json('{"publishPermissions": ["AUDIO", "AUDIO"], "bogus": 1}')
    with pytest.raises(ValidationError):
        bw.CreateParticipantRequest.model_validate_json('{"deviceApiVersion": "V9"}')
    ok = bw.CreateParticipantRequest.model_validate_json('{"callbackUrl": null, "publishPermissions": ["AUDIO"]}')
    assert ok.model_dump(mode="json")["deviceApiVersion"] == "V2"
    with pytest.raises(ValidationError):
        rooms.AddParticipantRequest.model_validate_json('{"display_name": null}')
    with pytest.raises(ValidationError):
        rooms.AddParticipantRequest.model_validate_json('{"display_name": "A", "role": "king"}')


def test_unique_items_are_enforced_by_json_equality() -> None:
    from generated.bandwidth_webrtc import models as bw

    assert bw.CreateParticipantRequest.model_validate_json('{"publishPermissions": ["AUDIO", "VIDEO"]}')
    with pytest.raises(ValidationError, match="duplicate"):
        bw.CreateParticipantRequest.model_validate_json('{"publishPermissions": ["AUDIO", "AUDIO"]}')
    with pytest.raises(ValidationError, match="duplicate"):
        bw.CreateParticipantRequest(publish_permissions=["VIDEO", "VIDEO"])


def test_server_answers_duplicate_items_with_the_documented_400() -> None:
    from starlette.testclient import TestClient

    from services.bandwidth_webrtc import Config, create_app

    client = TestClient(create_app())
    r = client.post(
        "/accounts/9900000/participants",
        json={"publishPermissions": ["AUDIO", "AUDIO"]},
        headers=Config().dev_headers(),
    )
    assert r.status_code == 400 and set(r.json()) == {"error", "requestId"}
