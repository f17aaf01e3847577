# generated from tests/golden/null_branches/spec.yaml — do not edit
"""Server for Null members (3.1) 1.0.

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
    "GetThingResult",
    "GetThing200",
    "PutThingResult",
    "PutThing200",
]


# -- GET /things/{thingId} (getThing)


@dataclass(frozen=True, slots=True)
class GetThing200:
    """200: A thing."""

    STATUS: ClassVar[int | None] = 200
    body: models.Thing
    headers: Mapping[str, str] = field(default_factory=dict)


GetThingResult: TypeAlias = GetThing200


# -- PUT /things/{thingId} (putThing)


@dataclass(frozen=True, slots=True)
class PutThing200:
    """200: The thing as stored."""

    STATUS: ClassVar[int | None] = 200
    body: models.Thing
    headers: Mapping[str, str] = field(default_factory=dict)


PutThingResult: TypeAlias = PutThing200


class Service(Protocol):
    """The business logic of Null members (3.1): implement every method."""

    async def get_thing(
        self,
        *,
        thing_id: str,
        context: RequestContext,
    ) -> GetThingResult:
        """GET /things/{thingId}"""
        ...

    async def put_thing(
        self,
        *,
        thing_id: str,
        body: models.Thing,
        context: RequestContext,
    ) -> PutThingResult:
        """PUT /things/{thingId}"""
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
            operation_id="getThing",
            method="GET",
            path="/things/{thingId}",
            call=service.get_thing,
            parameters=(_rt.ParamSpec("thingId", "thing_id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.GetThingPathParams,
            },
            responses=((GetThing200, _rt.ResponseSpec("200", "application/json", "json", models.Thing)),),
        ),
        _rt.OperationSpec(
            operation_id="putThing",
            method="PUT",
            path="/things/{thingId}",
            call=service.put_thing,
            parameters=(_rt.ParamSpec("thingId", "thing_id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.PutThingPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.Thing,
                required=True,
                fields=(
                    ("id", "string", "any", False),
                    ("parent", "object", "any", False),
                    ("score", "any", "any", False),
                    ("tags", "any", "any", False),
                    ("shape", "any", "any", False),
                    ("envelope", "any", "any", False),
                ),
            ),
            responses=((PutThing200, _rt.ResponseSpec("200", "application/json", "json", models.Thing)),),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Null members (3.1)",
        docs=docs,
        base_path="",
    )
