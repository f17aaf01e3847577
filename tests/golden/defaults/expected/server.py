# generated from tests/golden/defaults/spec.yaml — do not edit
"""Server for Defaults and nullable members 1.0.

Implement ``Service`` (one ``async`` method per operation, plus ``error_body``) and serve
``create_app(service)`` with any ASGI server. Each method gets its parameters already validated
against the spec, the request body as its model and a ``RequestContext``; it returns one of the
operation's response classes. The generated layer answers bad input, missing credentials, unknown
routes and methods, and wrong media types itself, in the spec's error shape (see ``Service.error_body``).
"""

from __future__ import annotations

import datetime
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
    "ListEventsResult",
    "ListEvents200",
    "CreateEventResult",
    "CreateEvent201",
]


# -- GET /events (listEvents)


@dataclass(frozen=True, slots=True)
class ListEvents200:
    """200: The events since the day asked for."""

    STATUS: ClassVar[int | None] = 200
    body: list[models.Event]
    headers: Mapping[str, str] = field(default_factory=dict)


ListEventsResult: TypeAlias = ListEvents200


# -- POST /events (createEvent)


@dataclass(frozen=True, slots=True)
class CreateEvent201:
    """201: The event as stored."""

    STATUS: ClassVar[int | None] = 201
    body: models.Event
    headers: Mapping[str, str] = field(default_factory=dict)


CreateEventResult: TypeAlias = CreateEvent201


class Service(Protocol):
    """The business logic of Defaults and nullable members: implement every method."""

    async def list_events(
        self,
        *,
        since: datetime.date = datetime.date.fromisoformat("2024-01-01"),
        limit: int | None = None,
        context: RequestContext,
    ) -> ListEventsResult:
        """GET /events"""
        ...

    async def create_event(
        self,
        *,
        body: models.Event,
        context: RequestContext,
    ) -> CreateEventResult:
        """POST /events"""
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
            operation_id="listEvents",
            method="GET",
            path="/events",
            call=service.list_events,
            parameters=(
                _rt.ParamSpec("since", "since", "query", "string", "any", "form", True),
                _rt.ParamSpec("limit", "limit", "query", "integer", "any", "form", True),
            ),
            param_models={
                "query": models.ListEventsQueryParams,
            },
            responses=((ListEvents200, _rt.ResponseSpec("200", "application/json", "json", list[models.Event])),),
        ),
        _rt.OperationSpec(
            operation_id="createEvent",
            method="POST",
            path="/events",
            call=service.create_event,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.Event,
                required=True,
                fields=(
                    ("title", "string", "any", False),
                    ("day", "string", "any", False),
                    ("at", "string", "any", False),
                    ("ref", "string", "any", False),
                    ("dates", "array", "string", False),
                    ("size", "any", "any", False),
                    ("count", "integer", "any", False),
                    ("batch", "any", "any", False),
                    ("prompt", "any", "any", False),
                    ("modes", "any", "any", False),
                    ("note", "any", "any", False),
                    ("label", "any", "any", False),
                    ("tags", "any", "any", False),
                    ("owner", "object", "any", False),
                    ("priority", "string", "any", False),
                    ("fallback", "string", "any", False),
                ),
            ),
            responses=((CreateEvent201, _rt.ResponseSpec("201", "application/json", "json", models.Event)),),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Defaults and nullable members",
        docs=docs,
        base_path="",
    )
