"""Webhooks and callbacks: the IR's hooks, the generated receiver app and the parse helpers, round trip.

The spec (tests/golden/webhooks/spec.yaml) has a 3.1 webhook with a JSON body and a signature
header, and a 3.0-style callback with a form-encoded body (Twilio's status callbacks are sent so).
A service implementing the generated ``Receiver`` Protocol gets each request typed; an invalid
payload is answered 400 with the reason located in the body, and the service is not called; the
parse helpers give the same values and errors to code that receives the request itself.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import render
from generator.builder import build_api
from generator.loader import load_spec
from generator.pipeline import Job, generate
from generator.runtime.webhooks import Parser, Routes, WebhookError, header
from tests.packages import importable
from tests.typecheck import MypyResults, MypyTarget, mypy_target

SPEC = Path(__file__).resolve().parent / "golden" / "webhooks" / "spec.yaml"
PACKAGE = "shop_hooks"
SECURED_SPEC = SPEC.parent.parent / "secured_hooks" / "spec.yaml"
SECURED = "secured_hooks"
FORM = "application/x-www-form-urlencoded"

SERVICE = '''\
"""A receiver written against the generated Protocol (type-checked by mypy --strict)."""

from __future__ import annotations

from shop_hooks import models
from shop_hooks.webhooks import (
    OrderShipped204,
    OrderShippedResult,
    Receiver,
    RequestContext,
    StatusCallback200,
    StatusCallbackResult,
    create_receiver,
    parse_order_shipped,
)


class Shop:
    def __init__(self) -> None:
        self.seen: list[object] = []

    async def order_shipped(
        self, *, x_signature: str, body: models.Shipment, context: RequestContext
    ) -> OrderShippedResult:
        self.seen.append((x_signature, body.order_id, [item.qty for item in body.items]))
        return OrderShipped204()

    async def status_callback(self, *, body: models.StatusEvent, context: RequestContext) -> StatusCallbackResult:
        self.seen.append((body.message_sid, body.message_status, body.attempt + 1, body.final))
        return StatusCallback200()

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        return {"code": status, "message": message}


receiver: Receiver = Shop()
app = create_receiver(receiver)
shipment: models.Shipment = parse_order_shipped(b"{}", {"Content-Type": "application/json"})
'''

SECURED_SERVICE = '''\
"""A receiver of hooks that declare security, written against the generated Protocol (mypy --strict)."""

from __future__ import annotations

from secured_hooks import models
from secured_hooks.webhooks import (
    Credentials,
    FileUploaded200,
    FileUploadedResult,
    Heartbeat204,
    HeartbeatResult,
    InvoicePaid204,
    InvoicePaidResult,
    OnEvent204,
    OnEventResult,
    Receiver,
    Refusal,
    RequestContext,
    create_receiver,
)


class Billing:
    async def authenticate(self, credentials: Credentials, context: RequestContext) -> str | Refusal:
        if credentials.hook_key is not None and credentials.hook_key.value == "k":
            return "vendor"
        return Refusal()

    async def invoice_paid(self, *, body: models.Invoice, principal: str, context: RequestContext) -> InvoicePaidResult:
        return InvoicePaid204()

    async def file_uploaded(
        self, *, body: models.Upload, principal: str, context: RequestContext
    ) -> FileUploadedResult:
        return FileUploaded200()

    async def heartbeat(self, *, body: models.Invoice, context: RequestContext) -> HeartbeatResult:
        return Heartbeat204()

    async def on_event(self, *, body: models.Invoice, principal: str, context: RequestContext) -> OnEventResult:
        return OnEvent204()

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        return {"code": status, "message": message}


receiver: Receiver[str] = Billing()
app = create_receiver(receiver, realm="hooks")
'''


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = _generated(tmp_path_factory)
    with importable(out):
        importlib.invalidate_caches()
        yield importlib.import_module(f"{PACKAGE}.webhooks")


_OUT: list[Path] = []


def _generated(factory: pytest.TempPathFactory) -> Path:
    if not _OUT:
        out = factory.mktemp("hooks")
        result = generate([Job(SPEC, PACKAGE), Job(SECURED_SPEC, SECURED)], out)
        assert result.ok, [d.format() for d in result.diagnostics]
        (out / "shop_service.py").write_text(SERVICE, encoding="utf-8")
        (out / "billing_service.py").write_text(SECURED_SERVICE, encoding="utf-8")
        _OUT.append(out)
    return _OUT[0]


@mypy_target("webhooks")
def _typed(factory: pytest.TempPathFactory) -> MypyTarget:
    out = _generated(factory)
    return MypyTarget(out, (PACKAGE, SECURED), (out / "shop_service.py", out / "billing_service.py"))


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = _generated(tmp_path_factory)
    with importable(out):
        importlib.invalidate_caches()
        yield importlib.import_module(f"{SECURED}.webhooks")


class Shop:
    """The receiver the tests serve: it records what it got."""

    def __init__(self, pkg: ModuleType) -> None:
        self.pkg = pkg
        self.seen: list[tuple[str, Any]] = []

    async def order_shipped(self, *, x_signature: str, body: Any, context: Any) -> Any:
        self.seen.append(("order_shipped", (x_signature, body)))
        return self.pkg.OrderShipped204()

    async def status_callback(self, *, body: Any, context: Any) -> Any:
        self.seen.append(("status_callback", body))
        return self.pkg.StatusCallback200()

    def error_body(self, status: int, message: str, context: Any) -> object:
        return {"code": status, "message": message}


SHIPMENT = {"orderId": "o-1", "items": [{"sku": "tea", "qty": 2}, {"sku": "mug", "qty": 1}]}


# -- the IR ------------------------------------------------------------------------------------------
def test_ir_has_a_hook_per_webhook_and_callback_operation() -> None:
    loaded, _ = load_spec(SPEC)
    assert loaded is not None
    api, _ = build_api(loaded, PACKAGE)
    assert [(h.kind, h.name, h.route, h.operation.python_name) for h in api.hooks] == [
        ("webhook", "orderShipped", "/webhooks/orderShipped", "order_shipped"),
        ("callback", "statusCallback", "/callbacks/statusCallback", "status_callback"),
    ]
    callback = api.hooks[1]
    assert (callback.owner, callback.expression, callback.parse_name) == (
        "subscribe",
        "{$request.body#/callbackUrl}",
        "parse_status_callback",
    )
    assert callback.operation.body is not None and callback.operation.body.encoding == "form"
    assert callback.operation.body.body_expr == "models.StatusEvent"
    assert [op.python_name for op in api.operations] == ["subscribe"]  # a hook is no client method


SHARED_CALLBACK = """\
openapi: 3.0.3
info: {title: Shared, version: "1"}
paths:
  /a:
    post:
      operationId: createThing
      responses: {"201": {description: created}}
      callbacks: {onEvent: {$ref: "#/components/callbacks/Event"}}
    put:
      operationId: updateThing
      responses: {"200": {description: updated}}
      callbacks: {onEvent: {$ref: "#/components/callbacks/Event"}}
  /b:
    post:
      responses: {"201": {description: created}}
      callbacks:
        onEvent:
          "{$request.query.url}":
            post:
              requestBody: {content: {text/plain: {schema: {type: string}}}}
              responses: {"200": {description: ok}}
components:
  callbacks:
    Event:
      "{$request.body#/url}":
        post:
          requestBody:
            required: true
            content: {application/json: {schema: {type: object, properties: {id: {type: integer}}}}}
          responses: {"200": {description: ok}}
"""


def test_one_hook_for_a_callback_several_operations_share(tmp_path: Path) -> None:
    spec = tmp_path / "shared.yaml"
    spec.write_text(SHARED_CALLBACK, encoding="utf-8")
    loaded, _ = load_spec(spec)
    assert loaded is not None
    api, _ = build_api(loaded, "shared")
    assert [(h.operation.python_name, h.owner, h.route) for h in api.hooks] == [
        ("on_event", "updateThing, createThing", "/callbacks/onEvent"),  # in planning order
        ("on_event_2", "POST /b", "/post_b/callbacks/onEvent"),  # another callback of that name: its own route
    ]


def test_the_receiver_runtime_is_copied_verbatim(pkg: ModuleType) -> None:
    copy = Path(pkg.__file__ or "").with_name("_webhooks_runtime.py").read_text(encoding="utf-8")
    header, version, body = copy.split("\n", 2)
    assert version.startswith("# runtime: spec-first-generator ")
    assert body == (render.RUNTIME_DIR / render.RUNTIME_FILES["_webhooks_runtime.py"]).read_text(encoding="utf-8")


def test_a_spec_without_hooks_gets_no_receiver(tmp_path: Path) -> None:
    spec = tmp_path / "plain.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8").split("webhooks:")[0].split("      callbacks:")[0])
    assert generate([Job(spec, "plain")], tmp_path / "out").ok
    assert not (tmp_path / "out" / "plain" / "webhooks.py").exists()
    assert not (tmp_path / "out" / "plain" / "_webhooks_runtime.py").exists()


# -- the receiver app --------------------------------------------------------------------------------
def test_json_webhook_round_trip(pkg: ModuleType, make_client: Any) -> None:
    shop = Shop(pkg)
    http = make_client(pkg.create_receiver(shop))
    response = http.post("/webhooks/orderShipped", json=SHIPMENT, headers={"X-Signature": "sig"})
    assert response.status_code == 204, response.text
    [(name, (signature, body))] = shop.seen
    models = importlib.import_module(f"{PACKAGE}.models")
    assert name == "order_shipped" and signature == "sig"
    assert isinstance(body, models.Shipment)
    assert (body.order_id, [(i.sku, i.qty) for i in body.items]) == ("o-1", [("tea", 2), ("mug", 1)])


def test_form_callback_round_trip_coerces_fields(pkg: ModuleType, make_client: Any) -> None:
    shop = Shop(pkg)
    http = make_client(pkg.create_receiver(shop))
    form = {"MessageSid": "SM1", "MessageStatus": "delivered", "Attempt": "2", "Final": "true"}
    response = http.post("/callbacks/statusCallback", data=form)
    assert response.status_code == 200, response.text
    [(name, body)] = shop.seen
    assert name == "status_callback"
    assert (body.message_sid, body.message_status, body.attempt, body.final) == ("SM1", "delivered", 2, True)


@pytest.mark.parametrize(
    ("path", "kwargs", "reason"),
    [
        (
            "/webhooks/orderShipped",
            {"json": {"orderId": "o-1", "items": [{"sku": "tea", "qty": 0}]}, "headers": {"X-Signature": "s"}},
            "invalid request body items.0.qty: Input should be greater than or equal to 1",
        ),
        ("/webhooks/orderShipped", {"json": {"orderId": "o-1"}, "headers": {"X-Signature": "s"}}, "items"),
        ("/webhooks/orderShipped", {"json": SHIPMENT}, "X-Signature"),
        ("/callbacks/statusCallback", {"data": {"MessageSid": "SM1", "MessageStatus": "sent"}}, "Attempt"),
        ("/callbacks/statusCallback", {"data": {"MessageSid": "S", "MessageStatus": "x", "Attempt": "1"}}, "Status"),
    ],
)
def test_an_invalid_payload_is_answered_400_with_the_reason(
    pkg: ModuleType, make_client: Any, path: str, kwargs: dict[str, Any], reason: str
) -> None:
    shop = Shop(pkg)
    response = make_client(pkg.create_receiver(shop)).post(path, **kwargs)
    assert response.status_code == 400
    assert reason in response.json()["message"], response.json()
    assert shop.seen == []


def test_a_wrong_media_type_is_415_and_routes_can_move(pkg: ModuleType, make_client: Any) -> None:
    shop = Shop(pkg)
    http = make_client(pkg.create_receiver(shop, routes={"order_shipped": "/hooks/shipped"}))
    response = http.post("/callbacks/statusCallback", json={"MessageSid": "S"})
    assert response.status_code == 415
    assert http.post("/webhooks/orderShipped", json=SHIPMENT, headers={"X-Signature": "s"}).status_code == 404
    assert http.post("/hooks/shipped", json=SHIPMENT, headers={"X-Signature": "s"}).status_code == 204
    with pytest.raises(ValueError, match="no hook named 'shipped'"):
        pkg.create_receiver(shop, routes={"shipped": "/x"})
    with pytest.raises(ValueError, match="would both be POST /x"):
        pkg.create_receiver(shop, routes={"order_shipped": "/x", "status_callback": "/x"})


# -- the parse helpers -------------------------------------------------------------------------------
def test_parse_helpers_type_json_and_form_bodies(pkg: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    shipment = pkg.parse_order_shipped(json.dumps(SHIPMENT).encode(), {"Content-Type": "application/json"})
    assert isinstance(shipment, models.Shipment) and shipment.items[1].sku == "mug"
    event = pkg.parse_status_callback(b"MessageSid=SM9&MessageStatus=failed&Attempt=3", [("content-type", FORM)])
    assert isinstance(event, models.StatusEvent) and event.attempt == 3
    assert event.model_fields_set == {"message_sid", "message_status", "attempt"}  # Final was not sent


def test_parse_helpers_raise_located_errors(pkg: ModuleType) -> None:
    bad = {"orderId": "o", "items": [{"sku": "tea", "qty": "2"}]}  # strict: a string is no integer
    with pytest.raises(pkg.WebhookError) as caught:
        pkg.parse_order_shipped(json.dumps(bad), {"content-type": "application/json"})
    assert (caught.value.status, caught.value.hook) == (400, "order_shipped")
    assert caught.value.reason.startswith("invalid request body items.0.qty")
    with pytest.raises(pkg.WebhookError) as caught:
        pkg.parse_status_callback(b"MessageSid=S", {"Content-Type": "application/json"})
    assert caught.value.status == 415
    with pytest.raises(pkg.WebhookError, match="request body is required"):
        pkg.parse_status_callback(b"", {"Content-Type": FORM})
    with pytest.raises(pkg.WebhookError, match="malformed form body"):
        pkg.parse_status_callback(b"%zz", {"Content-Type": FORM})


@pytest.mark.slow
def test_a_service_implementing_the_receiver_type_checks(strict_mypy: MypyResults) -> None:
    errors = strict_mypy.errors_of("webhooks")
    assert not errors, "\n".join(errors)


# -- the runtime alone -------------------------------------------------------------------------------
def test_runtime_header_lookup_and_bodyless_parser() -> None:
    assert header({"Content-Type": "a/b"}, "content-type") == "a/b"
    assert header([("X-A", "1"), ("content-TYPE", "c/d")], "Content-Type") == "c/d"
    assert header({}, "content-type") is None
    assert Parser("ping", None, ValueError)(b"anything") is None


def test_runtime_routes_refuse_relative_paths() -> None:
    with pytest.raises(ValueError, match="must be a path starting with '/'"):
        Routes({"a": "x"}, {"a": ("POST", "/a")})
    assert Routes({}, {"a": ("POST", "/a"), "b": ("GET", "/a")})["b"] == "/a"
    with pytest.raises(WebhookError):
        raise WebhookError("a", 400, "bad")


# -- hooks that declare security ---------------------------------------------------------------------
class Billing:
    """A receiver of the secured hooks: accepts the key "k", basic vendor:pw and bearer "tok"."""

    def __init__(self, pkg: ModuleType) -> None:
        self.pkg = pkg
        self.credentials: list[Any] = []
        self.seen: list[tuple[str, Any, Any]] = []

    async def authenticate(self, credentials: Any, context: Any) -> Any:
        self.credentials.append(credentials)
        key, basic, bearer = credentials.hook_key, credentials.hook_basic, credentials.hook_bearer
        if key is not None and key.value == "k":
            return "key-sender"
        if basic is not None and (basic.username, basic.password) == ("vendor", "pw"):
            return "basic-sender"
        if bearer is not None and bearer.token == "tok":
            return "bearer-sender"
        return self.pkg.Refusal(message="unknown sender")

    async def invoice_paid(self, *, body: Any, principal: Any, context: Any) -> Any:
        self.seen.append(("invoice_paid", body, principal))
        return self.pkg.InvoicePaid204()

    async def file_uploaded(self, *, body: Any, principal: Any, context: Any) -> Any:
        self.seen.append(("file_uploaded", body, principal))
        return self.pkg.FileUploaded200()

    async def heartbeat(self, *, body: Any, context: Any) -> Any:
        self.seen.append(("heartbeat", body, None))
        return self.pkg.Heartbeat204()

    async def on_event(self, *, body: Any, principal: Any, context: Any) -> Any:
        self.seen.append(("on_event", body, principal))
        return self.pkg.OnEvent204()

    def error_body(self, status: int, message: str, context: Any) -> object:
        return {"code": status, "message": message}


INVOICE = {"id": "in_1", "amount": 5}


@pytest.mark.parametrize("path", ["/webhooks/invoicePaid", "/callbacks/onEvent"])
def test_a_hook_with_an_api_key_is_refused_without_it_and_reached_with_it(
    secured: ModuleType, make_client: Any, path: str
) -> None:
    billing = Billing(secured)
    http = make_client(secured.create_receiver(billing))
    missing = http.post(path, json=INVOICE)
    assert missing.status_code == 401, missing.text
    if path == "/callbacks/onEvent":  # invoicePaid documents its 401 without a body: it is sent without one
        assert missing.json() == {"code": 401, "message": "missing or malformed credentials"}
    assert billing.credentials == [] and billing.seen == []  # nobody is asked about a request without credentials
    refused = http.post(path, json=INVOICE, headers={"X-Hook-Key": "wrong"})
    assert refused.status_code == 401 and billing.credentials[-1].hook_key.value == "wrong"
    assert billing.seen == []
    ok = http.post(path, json=INVOICE, headers={"X-Hook-Key": "k"})
    assert ok.status_code == 204, ok.text
    assert billing.credentials[-1] == secured.Credentials(hook_key=secured.ApiKeyCredentials("k"))
    [(_, body, principal)] = billing.seen
    assert (body.id, body.amount, principal) == ("in_1", 5, "key-sender")


def test_a_hook_with_basic_or_bearer_challenges_and_takes_either(secured: ModuleType, make_client: Any) -> None:
    billing = Billing(secured)
    http = make_client(secured.create_receiver(billing, realm="hooks"))
    upload: dict[str, Any] = {"files": {"file": ("a.txt", b"hello", "text/plain")}, "data": {"pages": "3"}}
    missing = http.post("/webhooks/fileUploaded", **upload)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == 'Basic realm="hooks", Bearer realm="hooks"'
    assert http.post("/webhooks/fileUploaded", auth=("vendor", "pw"), **upload).status_code == 200
    bearer = {"Authorization": "Bearer tok"}
    assert http.post("/webhooks/fileUploaded", headers=bearer, **upload).status_code == 200
    assert [(name, bytes(body.file), body.pages, who) for name, body, who in billing.seen] == [
        ("file_uploaded", b"hello", 3, "basic-sender"),
        ("file_uploaded", b"hello", 3, "bearer-sender"),
    ]


def test_a_hook_without_security_is_reached_without_credentials(secured: ModuleType, make_client: Any) -> None:
    billing = Billing(secured)
    response = make_client(secured.create_receiver(billing)).post("/webhooks/heartbeat", json=INVOICE)
    assert response.status_code == 204, response.text
    assert billing.credentials == [] and [name for name, _, _ in billing.seen] == ["heartbeat"]


def test_only_the_schemes_hooks_require_are_receiver_credentials(secured: ModuleType, pkg: ModuleType) -> None:
    assert [f.name for f in dataclasses.fields(secured.Credentials)] == ["hook_key", "hook_basic", "hook_bearer"]
    assert not hasattr(pkg, "Credentials") and not hasattr(pkg, "Refusal")  # no hook of shop_hooks is secured
    assert "realm" not in inspect.signature(pkg.create_receiver).parameters


# -- multipart bodies in the parse helpers; what the receiver serves ---------------------------------
def _multipart(files: dict[str, Any], data: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """A multipart body and its headers, encoded by httpx (as a sender would)."""
    request = httpx.Request("POST", "http://receiver.test/", files=files, data=data)
    return request.read(), {"Content-Type": request.headers["content-type"]}


def test_parse_helpers_read_multipart_bodies_like_the_receiver(secured: ModuleType) -> None:
    models = importlib.import_module(f"{SECURED}.models")
    body, headers = _multipart({"file": ("a.txt", b"hello", "text/plain")}, {"pages": "3", "note": "n"})
    upload = secured.parse_file_uploaded(body, headers)
    assert isinstance(upload, models.Upload) and (upload.pages, upload.note) == (3, "n")
    assert (bytes(upload.file), upload.file.filename, upload.file.content_type) == (b"hello", "a.txt", "text/plain")
    big = bytes(range(256)) * 8192  # 2 MiB: the multipart parser spools it to a file (in a worker thread)
    body, headers = _multipart({"file": ("big.bin", big, "application/octet-stream")}, {"pages": "1"})
    assert bytes(secured.parse_file_uploaded(body, headers).file) == big


def test_parse_helpers_read_multipart_from_async_code_too(secured: ModuleType) -> None:
    body, headers = _multipart({"file": ("a.txt", b"hi", "text/plain")}, {"pages": "2"})

    async def endpoint() -> Any:  # an async web framework's handler calling the (synchronous) helper
        return secured.parse_file_uploaded(body, headers)

    assert asyncio.run(endpoint()).pages == 2


def test_parse_helpers_raise_located_errors_for_multipart(secured: ModuleType) -> None:
    body, headers = _multipart({"file": ("a.txt", b"hi", "text/plain")}, {})
    with pytest.raises(secured.WebhookError) as caught:
        secured.parse_file_uploaded(body, headers)
    assert caught.value.status == 400 and "pages" in caught.value.reason
    body, headers = _multipart({"file": ("a.txt", b"hi", "text/plain"), "pages": ("p.txt", b"1")}, {})
    with pytest.raises(secured.WebhookError, match="multipart field 'pages' must not be a file"):
        secured.parse_file_uploaded(body, headers)
    with pytest.raises(secured.WebhookError, match="malformed multipart body"):
        secured.parse_file_uploaded(b"--x\r\nnot a part", {"Content-Type": "multipart/form-data; boundary=x"})


def test_the_receiver_serves_no_openapi_document(pkg: ModuleType, make_client: Any) -> None:
    # the document describes the API (its paths, its servers), not the user's endpoint receiving its hooks
    http = make_client(pkg.create_receiver(Shop(pkg)))
    assert http.get("/openapi.json").status_code == 404
    assert http.get("/docs").status_code == 404
    moved = make_client(pkg.create_receiver(Shop(pkg), routes={"order_shipped": "/openapi.json"}))
    assert moved.post("/openapi.json", json=SHIPMENT, headers={"X-Signature": "s"}).status_code == 204


def test_runtime_parser_reads_ndjson_with_the_server_reader() -> None:
    from generator.runtime.server import Body, BodySpec, HttpError

    spec = BodySpec(accepted=(("application/x-ndjson", "ndjson"),), type=list[int], required=True)
    parse = Parser("lines", lambda: Body(spec), HttpError)
    assert parse(b"1\n\n2\n", {"Content-Type": "application/x-ndjson"}) == [1, 2]
    with pytest.raises(WebhookError, match="invalid JSON line"):
        parse(b"1\n{", {"Content-Type": "application/x-ndjson"})
