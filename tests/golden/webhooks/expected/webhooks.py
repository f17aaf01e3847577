# generated from tests/golden/webhooks/spec.yaml — do not edit
"""Webhooks and callbacks of Shop hooks 1.0: the requests it sends to you.

Receive them either way:

- ``create_receiver(receiver)`` is an ASGI app serving every hook at its route (listed below;
  ``routes={"<method>": "/path"}`` moves any). Implement ``Receiver``: one ``async`` method per hook,
  plus ``error_body``. Each method gets the request body as its model, already validated; a request
  that does not match the spec is answered 400 (415 for a media type it does not document) with the
  reason, and no method is called. It serves the hooks only (no ``/openapi.json``: that describes
  the API, not your endpoint).
- ``parse_<hook>(body, headers)`` turns the raw body and headers your own endpoint received into the
  same value, or raises ``WebhookError`` (``status``, ``reason``).

Hooks:

- ``order_shipped``: webhook ``orderShipped``; POST ``/webhooks/orderShipped``
- ``status_callback``: callback ``statusCallback`` of ``subscribe``, sent to ``{$request.body#/callbackUrl}``; POST ``/callbacks/statusCallback``
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Protocol, TypeAlias, cast

from starlette.applications import Starlette

from . import _server_runtime as _srt
from . import _webhooks_runtime as _wrt
from . import models
from ._server_runtime import RequestContext
from ._webhooks_runtime import WebhookError

__all__ = [
    "Receiver",
    "RequestContext",
    "WebhookError",
    "create_receiver",
    "parse_order_shipped",
    "OrderShippedResult",
    "OrderShipped204",
    "parse_status_callback",
    "StatusCallbackResult",
    "StatusCallback200",
]


# -- webhook orderShipped: POST /webhooks/orderShipped


@dataclass(frozen=True, slots=True)
class OrderShipped204:
    """204: received"""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


OrderShippedResult: TypeAlias = OrderShipped204
_OrderShippedBody = _srt.BodySpec(
    accepted=(("application/json", "json"),),
    type=models.Shipment,
    required=True,
    fields=(
        ("orderId", "string", "any", False),
        ("items", "array", "object", False),
    ),
)
_OrderShippedParser = _wrt.Parser("order_shipped", lambda: _srt.Body(_OrderShippedBody), _srt.HttpError)


def parse_order_shipped(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.Shipment:
    """The body of a webhook ``orderShipped`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.Shipment", _OrderShippedParser(body, headers))


# -- callback statusCallback: POST /callbacks/statusCallback


@dataclass(frozen=True, slots=True)
class StatusCallback200:
    """200: received"""

    STATUS: ClassVar[int | None] = 200
    headers: Mapping[str, str] = field(default_factory=dict)


StatusCallbackResult: TypeAlias = StatusCallback200
_StatusCallbackBody = _srt.BodySpec(
    accepted=(("application/x-www-form-urlencoded", "form"),),
    type=models.StatusEvent,
    required=True,
    fields=(
        ("MessageSid", "string", "any", False),
        ("MessageStatus", "string", "any", False),
        ("Attempt", "integer", "any", False),
        ("Final", "boolean", "any", False),
    ),
)
_StatusCallbackParser = _wrt.Parser("status_callback", lambda: _srt.Body(_StatusCallbackBody), _srt.HttpError)


def parse_status_callback(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.StatusEvent:
    """The body of a callback ``statusCallback`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.StatusEvent", _StatusCallbackParser(body, headers))


class Receiver(Protocol):
    """What you do with each request Shop hooks sends you: implement every method."""

    async def order_shipped(
        self,
        *,
        x_signature: str,
        body: models.Shipment,
        context: RequestContext,
    ) -> OrderShippedResult:
        """webhook orderShipped: An order left the warehouse."""
        ...

    async def status_callback(
        self,
        *,
        body: models.StatusEvent,
        context: RequestContext,
    ) -> StatusCallbackResult:
        """callback statusCallback: A message's status changed."""
        ...

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """The body (a model or a dict) the receiver sends when it answers an error itself.

        It is checked against the schema the hook documents for ``status``; when it does not
        match, a generic ``{"code": status, "message": message}`` is sent instead.
        """
        ...


def create_receiver(receiver: Receiver, *, routes: Mapping[str, str] | None = None) -> Starlette:
    """The ASGI app receiving every hook at its route; ``routes`` maps method names to other paths."""
    chosen = _wrt.Routes(
        routes or {},
        {
            "order_shipped": ("POST", "/webhooks/orderShipped"),
            "status_callback": ("POST", "/callbacks/statusCallback"),
        },
    )
    hooks = (
        _srt.OperationSpec(
            operation_id="orderShipped",
            method="POST",
            path=chosen["order_shipped"],
            call=receiver.order_shipped,
            parameters=(_srt.ParamSpec("X-Signature", "x_signature", "header", "string", "any", "simple", False),),
            param_models={
                "header": models.OrderShippedHeaderParams,
            },
            body=_OrderShippedBody,
            responses=((OrderShipped204, _srt.ResponseSpec("204")),),
        ),
        _srt.OperationSpec(
            operation_id="statusCallback",
            method="POST",
            path=chosen["status_callback"],
            call=receiver.status_callback,
            body=_StatusCallbackBody,
            responses=((StatusCallback200, _srt.ResponseSpec("200")),),
        ),
    )
    return _srt.build_app(
        hooks,
        receiver.error_body,
        spec_file=None,
        title="Shop hooks",
        docs=False,
    )
