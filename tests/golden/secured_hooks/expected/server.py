# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""Server for Secured hooks 1.0.

Implement ``Service`` (one ``async`` method per operation, plus ``error_body``) and serve
``create_app(service)`` with any ASGI server. Each method gets its parameters already validated
against the spec, the request body as its model and a ``RequestContext``; it returns one of the
operation's response classes. The generated layer answers bad input, missing credentials, unknown
routes and methods, and wrong media types itself, in the spec's error shape (see ``Service.error_body``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol, TypeAlias

from starlette.applications import Starlette

from . import _server_runtime as _rt
from . import models
from ._server_runtime import ApiKeyCredentials, BasicCredentials, BearerToken, Refusal, RequestContext

__all__ = [
    "ApiKeyCredentials",
    "BasicCredentials",
    "BearerToken",
    "Refusal",
    "RequestContext",
    "Service",
    "create_app",
    "SubscribeResult",
    "Subscribe201",
]


# -- POST /subscriptions (subscribe)


@dataclass(frozen=True, slots=True)
class Subscribe201:
    """201: subscribed"""

    STATUS: ClassVar[int | None] = 201
    headers: Mapping[str, str] = field(default_factory=dict)


SubscribeResult: TypeAlias = Subscribe201


class Service(Protocol):
    """The business logic of Secured hooks: implement every method."""

    async def subscribe(
        self,
        *,
        body: models.SubscribeRequest,
        context: RequestContext,
    ) -> SubscribeResult:
        """POST /subscriptions"""
        ...

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """The body (a model or a dict) the generated layer sends when it answers an error itself.

        It is checked against the schema the operation documents for ``status``; when it does not
        match, a generic ``{"code": status, "message": message}`` is sent instead.
        """
        ...


def create_app(service: Service, *, docs: bool = True) -> Starlette:
    """The ASGI app serving ``service``; ``docs`` adds Swagger UI at ``/docs`` (``/openapi.json`` is always served)."""
    operations = (
        _rt.OperationSpec(
            operation_id="subscribe",
            method="POST",
            path="/subscriptions",
            call=service.subscribe,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.SubscribeRequest,
                required=True,
                fields=(("callbackUrl", "string", "any", False),),
            ),
            responses=((Subscribe201, _rt.ResponseSpec("201")),),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Secured hooks",
        docs=docs,
        base_path="",
    )
