# generated from tests/golden/enums_and_params/spec.yaml — do not edit
"""Server for Enums and parameters (3.1) 1.

Implement ``Service`` (one ``async`` method per operation, plus ``error_body``) and serve
``create_app(service)`` with any ASGI server. Each method gets its parameters already validated
against the spec, the request body as its model and a ``RequestContext``; it returns one of the
operation's response classes. The generated layer answers bad input, missing credentials, unknown
routes and methods, and wrong media types itself, in the spec's error shape (see ``Service.error_body``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Literal, Protocol, TypeAlias

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
    "GetItemResult",
    "GetItem200",
    "GetItem404",
]


# -- GET /items/{item-id} (get-item)


@dataclass(frozen=True, slots=True)
class GetItem200:
    """200: ok"""

    STATUS: ClassVar[int | None] = 200
    body: models.GetItemResponse
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetItem404:
    """404: missing"""

    STATUS: ClassVar[int | None] = 404
    body: models.GetItemError404
    headers: Mapping[str, str] = field(default_factory=dict)


GetItemResult: TypeAlias = GetItem200 | GetItem404


class Service(Protocol):
    """The business logic of Enums and parameters (3.1): implement every method."""

    async def get_item(
        self,
        *,
        item_id: uuid.UUID,
        from_: int | None = None,
        verbose: bool = False,
        x_trace: str | None = None,
        sort: list[Literal["asc", "desc"]] | None = None,
        context: RequestContext,
    ) -> GetItemResult:
        """GET /items/{item-id}"""
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
            operation_id="get-item",
            method="GET",
            path="/items/{item-id}",
            call=service.get_item,
            parameters=(
                _rt.ParamSpec("item-id", "item_id", "path", "string", "any", "simple", False),
                _rt.ParamSpec("from", "from_", "query", "integer", "any", "form", True),
                _rt.ParamSpec("verbose", "verbose", "query", "boolean", "any", "form", True),
                _rt.ParamSpec("X-Trace", "x_trace", "header", "string", "any", "simple", False),
                _rt.ParamSpec("sort", "sort", "query", "array", "string", "form", True),
            ),
            param_models={
                "path": models.GetItemPathParams,
                "query": models.GetItemQueryParams,
                "header": models.GetItemHeaderParams,
            },
            responses=(
                (GetItem200, _rt.ResponseSpec("200", "application/json", "json", models.GetItemResponse)),
                (GetItem404, _rt.ResponseSpec("404", "application/json", "json", models.GetItemError404)),
            ),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Enums and parameters (3.1)",
        docs=docs,
        base_path="",
    )
