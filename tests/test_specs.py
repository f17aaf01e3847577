"""Static checks of the hand-written OpenAPI 3.1 specs in specs/.

For each spec: it validates as OpenAPI 3.1; its operationIds are exactly the vendor's
(a fixture of shared/reference/vendor-facts.md); every component schema carries an example
that validates against it (JSON Schema 2020-12, `#/components/...` refs resolved against the
whole document); every create operation has links on its 2xx response to operations that
exist; every request body and every response body is a `$ref` to a named component schema.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"
DOC_URI = "urn:spec"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

# Fixture: the operationIds listed in shared/reference/vendor-facts.md (case matters).
EXPECTED_OPERATION_IDS = {
    "bandwidth_webrtc.yaml": {
        "createParticipant",
        "getParticipant",
        "deleteParticipant",
        "createSession",
        "getSession",
        "deleteSession",
        "listSessionParticipants",
        "addParticipantToSession",
        "removeParticipantFromSession",
        "getParticipantSubscriptions",
        "updateParticipantSubscriptions",
    },
    # the vendor's auth, rooms and participants operations (tests/vendor_specs/chalk_openapi.yaml;
    # its bulk operation has no operationId: bulkAddParticipants, as vendor-facts.md names it)
    "rooms.yaml": {
        "getToken",
        "refreshToken",
        "listRooms",
        "createRoom",
        "scheduleRoom",
        "getRoom",
        "updateRoom",
        "deleteRoom",
        "endRoom",
        "createJoinToken",
        "addParticipant",
        "listParticipants",
        "removeParticipant",
        "refreshParticipantToken",
        "bulkAddParticipants",
        "updateParticipant",
    },
    # all 25 operations of the vendor's document (tests/vendor_specs/twilio_proxy_v1.json)
    "twilio_proxy.yaml": {
        "CreateMessageInteraction",
        "CreateParticipant",
        "CreatePhoneNumber",
        "CreateService",
        "CreateSession",
        "DeleteInteraction",
        "DeleteParticipant",
        "DeletePhoneNumber",
        "DeleteService",
        "DeleteSession",
        "FetchInteraction",
        "FetchMessageInteraction",
        "FetchParticipant",
        "FetchPhoneNumber",
        "FetchService",
        "FetchSession",
        "ListInteraction",
        "ListMessageInteraction",
        "ListParticipant",
        "ListPhoneNumber",
        "ListService",
        "ListSession",
        "UpdatePhoneNumber",
        "UpdateService",
        "UpdateSession",
    },
}

# Fixture: method, path (as written in the spec) and success status of every operation.
EXPECTED_ROUTES = {
    "bandwidth_webrtc.yaml": {
        "createParticipant": ("post", "/accounts/{accountId}/participants", "200"),
        "getParticipant": ("get", "/accounts/{accountId}/participants/{participantId}", "200"),
        "deleteParticipant": ("delete", "/accounts/{accountId}/participants/{participantId}", "204"),
        "createSession": ("post", "/accounts/{accountId}/sessions", "200"),
        "getSession": ("get", "/accounts/{accountId}/sessions/{sessionId}", "200"),
        "deleteSession": ("delete", "/accounts/{accountId}/sessions/{sessionId}", "204"),
        # 204: no participants / no subscriptions, as the vendor's document allows (issue 11).
        "listSessionParticipants": ("get", "/accounts/{accountId}/sessions/{sessionId}/participants", "200 204"),
        "addParticipantToSession": (
            "put",
            "/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}",
            "204",
        ),
        "removeParticipantFromSession": (
            "delete",
            "/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}",
            "204",
        ),
        "getParticipantSubscriptions": (
            "get",
            "/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions",
            "200 204",
        ),
        "updateParticipantSubscriptions": (
            "put",
            "/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}/subscriptions",
            "204",
        ),
    },
    "rooms.yaml": {
        "addParticipant": ("post", "/api/v1/rooms/{id}/participants", "201"),
        "listParticipants": ("get", "/api/v1/rooms/{id}/participants", "200"),
        "removeParticipant": ("delete", "/api/v1/rooms/{id}/participants/{pid}", "204"),
        "refreshParticipantToken": ("post", "/api/v1/rooms/{id}/participants/{pid}/token", "200"),
        "bulkAddParticipants": ("post", "/api/v1/rooms/{id}/participants/bulk", "200"),
        "updateParticipant": ("patch", "/api/v1/rooms/{id}/participants/{pid}", "200"),
        "createRoom": ("post", "/api/v1/rooms", "201"),
        "getRoom": ("get", "/api/v1/rooms/{id}", "200"),
        "getToken": ("post", "/api/v1/auth/token", "200"),
        "refreshToken": ("post", "/api/v1/auth/refresh", "200"),
        "listRooms": ("get", "/api/v1/rooms", "200"),
        "scheduleRoom": ("post", "/api/v1/rooms/schedule", "201"),
        "updateRoom": ("patch", "/api/v1/rooms/{id}", "200"),
        "deleteRoom": ("delete", "/api/v1/rooms/{id}", "204"),
        "endRoom": ("post", "/api/v1/rooms/{id}/end", "200"),
        "createJoinToken": ("post", "/api/v1/rooms/{id}/join-token", "200"),
    },
    "twilio_proxy.yaml": {
        "CreateService": ("post", "/v1/Services", "201"),
        "ListService": ("get", "/v1/Services", "200"),
        "FetchService": ("get", "/v1/Services/{Sid}", "200"),
        "DeleteService": ("delete", "/v1/Services/{Sid}", "204"),
        "CreateSession": ("post", "/v1/Services/{ServiceSid}/Sessions", "201"),
        "ListSession": ("get", "/v1/Services/{ServiceSid}/Sessions", "200"),
        "FetchSession": ("get", "/v1/Services/{ServiceSid}/Sessions/{Sid}", "200"),
        "DeleteSession": ("delete", "/v1/Services/{ServiceSid}/Sessions/{Sid}", "204"),
        "CreateParticipant": ("post", "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants", "201"),
        "ListParticipant": ("get", "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants", "200"),
        "FetchParticipant": ("get", "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}", "200"),
        "DeleteParticipant": (
            "delete",
            "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}",
            "200",
        ),
    },
}

EXPECTED_SERVERS = {
    "bandwidth_webrtc.yaml": "https://api.webrtc.bandwidth.com/v1",
    "rooms.yaml": "https://rooms.example.com",
    "twilio_proxy.yaml": "https://proxy.twilio.com",
}

EXPECTED_SECURITY = {
    "bandwidth_webrtc.yaml": {"type": "http", "scheme": "basic"},
    "rooms.yaml": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
    "twilio_proxy.yaml": {"type": "http", "scheme": "basic"},
}

SPEC_NAMES = sorted(EXPECTED_OPERATION_IDS)


def load(name: str) -> dict[str, Any]:
    with open(SPECS_DIR / name, encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


@pytest.fixture(scope="module", params=SPEC_NAMES)
def spec(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    return request.param, load(request.param)


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, item, operation


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one hop at a time) inside the document."""
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"]
        assert pointer.startswith("#/"), pointer
        target = doc
        for part in pointer[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _anchor_refs(node: Any) -> Any:
    """Copy of a schema whose local `#/...` refs point into the whole document (`urn:spec#/...`)."""
    if isinstance(node, dict):
        return {
            key: (
                DOC_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _anchor_refs(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_anchor_refs(value) for value in node]
    return node


def make_validator(doc: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A 2020-12 validator (with format checks) whose `#/components/...` refs resolve against the whole document."""
    registry = Registry().with_resource(
        DOC_URI, Resource.from_contents(_anchor_refs(doc), default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        _anchor_refs(schema), registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def test_openapi_document_is_valid(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    assert doc["openapi"] == "3.1.0"
    validate(doc)


def test_info_servers_and_security(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    for key in ("title", "version", "description"):
        assert doc["info"].get(key), f"{name}: info.{key} missing"
    assert doc["servers"][0]["url"] == EXPECTED_SERVERS[name]
    schemes = doc["components"]["securitySchemes"]
    security = doc["security"]
    if name == "rooms.yaml":  # Chalk also takes the tenant API key as X-API-Key (issue 11)
        assert security[1:] == [{"apiKey": []}]
        assert schemes["apiKey"] == {**schemes["apiKey"], "type": "apiKey", "in": "header", "name": "X-API-Key"}
        security = security[:1]
    assert len(security) == 1
    (scheme_name,) = security[0]
    for key, value in EXPECTED_SECURITY[name].items():
        assert schemes[scheme_name][key] == value


def test_operation_ids_match_vendor_facts(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    ids = [operation.get("operationId") for _, _, _, operation in iter_operations(doc)]
    assert len(ids) == len(set(ids)), f"{name}: duplicate operationIds"
    assert set(ids) == EXPECTED_OPERATION_IDS[name]


def test_routes_and_success_statuses(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    found = {operation["operationId"]: (method, path, operation) for path, method, _, operation in iter_operations(doc)}
    for operation_id, (method, path, status) in EXPECTED_ROUTES[name].items():
        got_method, got_path, operation = found[operation_id]
        assert (got_method, got_path) == (method, path), operation_id
        successes = sorted(code for code in operation["responses"] if code.startswith("2"))
        assert successes == status.split(), f"{operation_id}: {successes}"


def test_operations_documented(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    for path, method, _item, operation in iter_operations(doc):
        label = f"{name} {method.upper()} {path}"
        assert operation.get("summary"), label
        assert operation.get("description"), label
        assert operation.get("tags"), label
        responses = operation["responses"]
        assert "401" in responses, f"{label}: 401 not documented"
        assert "400" in responses, f"{label}: 400 not documented"
        has_path_params = "{" in path
        if name == "bandwidth_webrtc.yaml":
            assert {"403", "500"} <= set(responses), label
            by_id = "{participantId}" in path or "{sessionId}" in path
            assert ("404" in responses) == by_id, label
        elif name == "rooms.yaml":
            assert ("403" in responses) != path.startswith("/api/v1/auth/"), label  # token exchanges: 401 only
            if has_path_params:
                assert "404" in responses, label
        else:
            if has_path_params:
                assert "404" in responses, label


def test_path_parameters_declared_consistently(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    for path, method, item, operation in iter_operations(doc):
        templated = set(re.findall(r"{([^}]+)}", path))
        params = [resolve(doc, p) for p in item.get("parameters", []) + operation.get("parameters", [])]
        declared = {p["name"] for p in params if p["in"] == "path"}
        assert declared == templated, f"{name} {method} {path}: {declared} != {templated}"
        for param in params:
            if param["in"] == "path":
                assert param["required"] is True


def test_bodies_reference_named_schemas(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    schemas = doc["components"]["schemas"]

    def check_content(content: dict[str, Any], label: str) -> None:
        for media_type, media in content.items():
            ref = media["schema"].get("$ref", "")
            assert ref.startswith("#/components/schemas/"), f"{label} {media_type}: inline schema"
            assert ref.rsplit("/", 1)[1] in schemas, label

    for path, method, _item, operation in iter_operations(doc):
        label = f"{name} {method.upper()} {path}"
        if "requestBody" in operation:
            check_content(resolve(doc, operation["requestBody"])["content"], label + " request")
        for status, response in operation["responses"].items():
            response = resolve(doc, response)
            check_content(response.get("content", {}), f"{label} {status}")
    for schema_name in schemas:
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", schema_name), f"{name}: {schema_name} is not PascalCase"


def test_request_bodies_are_open_as_the_vendors_are(spec: tuple[str, dict[str, Any]]) -> None:
    """Code that works against the real vendor sends fields we do not know: they are ignored, not refused."""
    name, doc = spec
    for path, method, _item, operation in iter_operations(doc):
        if "requestBody" not in operation:
            continue
        for media_type, media in resolve(doc, operation["requestBody"])["content"].items():
            schema = resolve(doc, media["schema"])
            assert schema.get("additionalProperties") is not False, f"{name} {method} {path}"
            if name == "twilio_proxy.yaml":
                assert media_type == "application/x-www-form-urlencoded"
                assert schema.get("additionalProperties") == {
                    "type": "string",
                    "description": "Unknown form fields (each a string, sent once) are accepted and ignored.",
                }
            else:
                assert media_type == "application/json"


def test_every_schema_has_a_valid_example(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    for schema_name, schema in doc["components"]["schemas"].items():
        examples = []
        if "example" in schema:
            examples.append(schema["example"])
        examples.extend(schema.get("examples", []))
        assert examples, f"{name}: schema {schema_name} has no example"
        validator = make_validator(doc, schema)
        for example in examples:
            errors = sorted(validator.iter_errors(example), key=lambda e: list(e.path))
            assert not errors, f"{name}: example of {schema_name} invalid: {[e.message for e in errors]}"


def test_parameter_examples_are_valid(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    params = list(doc["components"].get("parameters", {}).values())
    for _, _, item, operation in iter_operations(doc):
        params += [resolve(doc, p) for p in item.get("parameters", []) + operation.get("parameters", [])]
    for param in params:
        validator = make_validator(doc, param["schema"])
        for example in [param.get("example"), param["schema"].get("example")]:
            if example is not None:
                validator.validate(example)


def test_create_operations_have_links(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    operation_ids = {operation["operationId"] for _, _, _, operation in iter_operations(doc)}
    creates = 0
    for _path, _method, _item, operation in iter_operations(doc):
        operation_id = operation["operationId"]
        if not operation_id.startswith(("create", "Create", "add")):
            continue
        creates += 1
        successes = [resolve(doc, r) for code, r in operation["responses"].items() if code.startswith("2")]
        links = {k: v for response in successes for k, v in response.get("links", {}).items()}
        assert links, f"{name}: {operation_id} has no links"
        for link_name, link in links.items():
            assert link["operationId"] in operation_ids, f"{name}: {operation_id} link {link_name}"
            for expression in link.get("parameters", {}).values():
                assert re.fullmatch(r"\$(request\.path\.\w+|response\.body#(/[\w-]+)+)", expression), expression
    assert creates


def test_link_parameters_exist_on_target(spec: tuple[str, dict[str, Any]]) -> None:
    name, doc = spec
    by_id = {
        operation["operationId"]: [
            resolve(doc, p)["name"] for p in item.get("parameters", []) + operation.get("parameters", [])
        ]
        for _, _, item, operation in iter_operations(doc)
    }
    for path, _method, _item, operation in iter_operations(doc):
        for response in operation["responses"].values():
            for link_name, link in resolve(doc, response).get("links", {}).items():
                for parameter in link.get("parameters", {}):
                    assert parameter in by_id[link["operationId"]], f"{name}: {link_name}.{parameter}"
                for expression in link.get("parameters", {}).values():
                    if expression.startswith("$request.path."):
                        assert expression.split(".")[-1] in re.findall(r"{([^}]+)}", path), expression


# Targeted checks of facts the brief and the seeds call out.


def test_bandwidth_specifics() -> None:
    doc = load("bandwidth_webrtc.yaml")
    schemas = doc["components"]["schemas"]
    participant = schemas["Participant"]["properties"]
    assert participant["callbackUrl"]["type"] == ["string", "null"]
    assert participant["publishPermissions"]["uniqueItems"] is True
    assert participant["sessions"]["maxItems"] == 1
    assert participant["sessions"]["readOnly"] is True
    request = schemas["CreateParticipantRequest"]["properties"]
    assert request["deviceApiVersion"]["default"] == "V2"
    assert request["publishPermissions"]["uniqueItems"] is True
    assert set(schemas["CreateParticipantResponse"]["required"]) == {"participant", "token"}
    assert schemas["ParticipantSubscription"]["required"] == ["participantId"]
    assert "required" not in schemas["Subscriptions"]
    assert set(schemas["Error"]["required"]) == {"error", "requestId"}
    assert schemas["UnauthorizedError"]["example"] == {"message": "Unauthorized"}
    put = doc["paths"]["/accounts/{accountId}/sessions/{sessionId}/participants/{participantId}"]["put"]
    assert put["requestBody"]["required"] is False
    assert "409" in put["responses"]
    assert "content" not in put["responses"]["204"]
    sessions = "/accounts/{accountId}/sessions/{sessionId}/participants"
    for path in (sessions, sessions + "/{participantId}/subscriptions"):
        assert "content" not in doc["paths"][path]["get"]["responses"]["204"], path
    assert schemas["GetParticipantSubscriptionsResponse"]["required"] == ["sessionId"]  # {sessionId}: everyone


def test_rooms_specifics() -> None:
    doc = load("rooms.yaml")
    schemas = doc["components"]["schemas"]
    participant = schemas["Participant"]["properties"]
    assert participant["id"]["format"] == "uuid"  # UUIDs, as the vendor's (issue 11)
    assert "cloudflare_participant_id" in schemas["Participant"]["required"]
    assert participant["external_user_id"]["type"] == ["string", "null"]
    assert participant["left_at"]["type"] == ["string", "null"]
    assert participant["role"]["enum"] == ["host", "participant"]
    room = schemas["Room"]
    for name in ("tenant_id", "cloudflare_meeting_id", "config", "created_at", "updated_at", "scheduled_start_at"):
        assert name in room["required"], name
    assert room["properties"]["name"]["type"] == ["string", "null"]
    assert "pattern" not in room["properties"]["name"]  # "Math 101: Session 3", "Café"
    assert "participant_count" in schemas["RoomWithParticipantCount"]["required"]
    assert schemas["AddParticipantRequest"]["required"] == ["display_name"]
    assert schemas["AddParticipantRequest"]["properties"]["display_name"]["minLength"] == 1
    assert schemas["AddParticipantRequest"]["properties"]["metadata"]["type"] == "object"
    assert schemas["CreateRoomRequest"]["properties"]["config"] == {"$ref": "#/components/schemas/RoomConfig"}
    assert "required" not in schemas["CreateRoomRequest"]
    assert schemas["BulkAddParticipantsRequest"]["properties"]["participants"]["minItems"] == 1
    assert "required" not in schemas["BulkParticipantInput"]
    assert set(schemas["TenantConfig"]["required"]) == {
        "transcription_enabled",
        "first_participant_is_host",
        "force_recording",
        "allow_early_join",
    }
    assert schemas["AddParticipantResponse"]["properties"]["token_type"]["enum"] == ["Bearer"]
    active = doc["paths"]["/api/v1/rooms/{id}/participants"]["get"]["parameters"][0]
    assert active["name"] == "active" and active["schema"] == {"type": "boolean", "default": False}
    for name in ("RoomId", "ParticipantId"):  # malformed ids are not found (404), not refused (400)
        assert set(doc["components"]["parameters"][name]["schema"]) <= {"type", "minLength", "example"}, name
    for operation in ("/api/v1/auth/token", "/api/v1/auth/refresh"):
        assert doc["paths"][operation]["post"]["security"] == []
    # A bulk item without display_name is a per-item failure, not a schema failure.
    validator = make_validator(doc, schemas["BulkAddParticipantsRequest"])
    validator.validate({"participants": [{"external_user_id": "user_9"}, {"display_name": "Bob"}]})
    result = make_validator(doc, schemas["BulkAddResult"])
    result.validate({"success": False, "display_name": "", "error": "display_name is required"})
    with pytest.raises(jsonschema.ValidationError):
        result.validate({"success": True, "display_name": "Bob"})
    # Each contradiction between the seed and the vendor's document is said in the description.
    description = doc["info"]["description"]
    for words in ("`auth_token`", "`active`", "no operationId", "X-API-Key", "204"):
        assert words in description, words


def test_twilio_specifics() -> None:
    doc = load("twilio_proxy.yaml")
    schemas = doc["components"]["schemas"]
    params = doc["components"]["parameters"]
    assert params["PageSize"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}
    assert params["Page"]["schema"]["minimum"] == 0
    assert schemas["CreateParticipantRequest"]["properties"]["FriendlyName"]["maxLength"] == 255
    assert schemas["CreateParticipantRequest"]["required"] == ["Identifier"]
    assert schemas["CreateServiceRequest"]["required"] == ["UniqueName"]
    assert "required" not in schemas["CreateSessionRequest"]
    meta = schemas["ListMeta"]["properties"]
    assert meta["next_page_url"]["type"] == ["string", "null"]
    assert meta["previous_page_url"]["type"] == ["string", "null"]
    assert schemas["Participant"]["properties"]["date_deleted"]["type"] == ["string", "null"]
    for prefix, pattern_holder in [
        ("KS", schemas["Service"]["properties"]["sid"]),
        ("KC", schemas["Session"]["properties"]["sid"]),
        ("KP", schemas["Participant"]["properties"]["sid"]),
        ("PN", schemas["Participant"]["properties"]["proxy_identifier_sid"]),
        ("AC", schemas["Participant"]["properties"]["account_sid"]),
    ]:
        assert pattern_holder["pattern"] == f"^{prefix}[0-9a-fA-F]{{32}}$"
    assert set(schemas["Error"]["required"]) == {"code", "message", "more_info", "status"}
    participant_item = doc["paths"]["/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}"]
    assert "content" not in participant_item["delete"]["responses"]["200"]
    # The CreateSession Participants items accept what the official SDK sends (json.dumps of a dict).
    item = make_validator(doc, schemas["CreateSessionRequest"]["properties"]["Participants"]["items"])
    item.validate('{"Identifier": "+14155551212", "FriendlyName": "Alice", "ProxyIdentifier": "+14155559999"}')
    with pytest.raises(jsonschema.ValidationError):
        item.validate("not json")
