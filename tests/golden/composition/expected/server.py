# generated from tests/golden/composition/spec.yaml — do not edit
"""Server for Composition 1.

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
    "AddPetResult",
    "AddPet200",
]


# -- POST /pets (addPet)


@dataclass(frozen=True, slots=True)
class AddPet200:
    """200: ok"""

    STATUS: ClassVar[int | None] = 200
    body: models.Cat | models.Dog
    headers: Mapping[str, str] = field(default_factory=dict)


AddPetResult: TypeAlias = AddPet200


class Service(Protocol):
    """The business logic of Composition: implement every method."""

    async def add_pet(
        self,
        *,
        body: models.Cat | models.Dog,
        context: RequestContext,
    ) -> AddPetResult:
        """POST /pets"""
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
            operation_id="addPet",
            method="POST",
            path="/pets",
            call=service.add_pet,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.Cat | models.Dog,
                required=True,
                fields=(),
            ),
            responses=((AddPet200, _rt.ResponseSpec("200", "application/json", "json", models.Cat | models.Dog)),),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Composition",
        docs=docs,
        base_path="",
    )
