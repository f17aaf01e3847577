# generated from tests/golden/multi_file/spec.yaml — do not edit
"""Server for Multi-file 1.

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
    "ListOrdersResult",
    "ListOrders200",
    "CreateOrderResult",
    "CreateOrder201",
]


# -- GET /orders (listOrders)


@dataclass(frozen=True, slots=True)
class ListOrders200:
    """200: ok"""

    STATUS: ClassVar[int | None] = 200
    body: list[models.Order]
    headers: Mapping[str, str] = field(default_factory=dict)


ListOrdersResult: TypeAlias = ListOrders200


# -- POST /orders (createOrder)


@dataclass(frozen=True, slots=True)
class CreateOrder201:
    """201: ok"""

    STATUS: ClassVar[int | None] = 201
    body: models.Order
    headers: Mapping[str, str] = field(default_factory=dict)


CreateOrderResult: TypeAlias = CreateOrder201


class Service(Protocol):
    """The business logic of Multi-file: implement every method."""

    async def list_orders(
        self,
        *,
        context: RequestContext,
    ) -> ListOrdersResult:
        """GET /orders"""
        ...

    async def create_order(
        self,
        *,
        body: models.Order,
        context: RequestContext,
    ) -> CreateOrderResult:
        """POST /orders"""
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
            operation_id="listOrders",
            method="GET",
            path="/orders",
            call=service.list_orders,
            responses=((ListOrders200, _rt.ResponseSpec("200", "application/json", "json", list[models.Order])),),
        ),
        _rt.OperationSpec(
            operation_id="createOrder",
            method="POST",
            path="/orders",
            call=service.create_order,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.Order,
                required=True,
                fields=(
                    ("id", "string", "any", False),
                    ("lines", "array", "object", False),
                ),
            ),
            responses=((CreateOrder201, _rt.ResponseSpec("201", "application/json", "json", models.Order)),),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Multi-file",
        docs=docs,
        base_path="",
    )
