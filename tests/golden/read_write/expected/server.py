# generated from tests/golden/read_write/spec.yaml — do not edit
"""Server for Read and write views 1.0.

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
    "CreateUserResult",
    "CreateUser201",
    "GetUserResult",
    "GetUser200",
    "ChangePasswordResult",
    "ChangePassword204",
    "GetTeamResult",
    "GetTeam200",
]


# -- POST /users (createUser)


@dataclass(frozen=True, slots=True)
class CreateUser201:
    """201: The created user."""

    STATUS: ClassVar[int | None] = 201
    body: models.User
    headers: Mapping[str, str] = field(default_factory=dict)


CreateUserResult: TypeAlias = CreateUser201


# -- GET /users/{userId} (getUser)


@dataclass(frozen=True, slots=True)
class GetUser200:
    """200: A user."""

    STATUS: ClassVar[int | None] = 200
    body: models.User
    headers: Mapping[str, str] = field(default_factory=dict)


GetUserResult: TypeAlias = GetUser200


# -- PUT /users/{userId}/password (changePassword)


@dataclass(frozen=True, slots=True)
class ChangePassword204:
    """204: Changed."""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


ChangePasswordResult: TypeAlias = ChangePassword204


# -- GET /teams/{teamId} (getTeam)


@dataclass(frozen=True, slots=True)
class GetTeam200:
    """200: A team."""

    STATUS: ClassVar[int | None] = 200
    body: models.Team
    headers: Mapping[str, str] = field(default_factory=dict)


GetTeamResult: TypeAlias = GetTeam200


class Service(Protocol):
    """The business logic of Read and write views: implement every method."""

    async def create_user(
        self,
        *,
        body: models.UserRequest,
        context: RequestContext,
    ) -> CreateUserResult:
        """POST /users"""
        ...

    async def get_user(
        self,
        *,
        user_id: int,
        context: RequestContext,
    ) -> GetUserResult:
        """GET /users/{userId}"""
        ...

    async def change_password(
        self,
        *,
        user_id: int,
        body: models.ChangePasswordRequest,
        context: RequestContext,
    ) -> ChangePasswordResult:
        """PUT /users/{userId}/password"""
        ...

    async def get_team(
        self,
        *,
        team_id: int,
        context: RequestContext,
    ) -> GetTeamResult:
        """GET /teams/{teamId}"""
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
            operation_id="createUser",
            method="POST",
            path="/users",
            call=service.create_user,
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.UserRequest,
                required=True,
                fields=(
                    ("name", "string", "any", False),
                    ("password", "string", "any", False),
                    ("profile", "object", "any", False),
                ),
            ),
            responses=((CreateUser201, _rt.ResponseSpec("201", "application/json", "json", models.User)),),
        ),
        _rt.OperationSpec(
            operation_id="getUser",
            method="GET",
            path="/users/{userId}",
            call=service.get_user,
            parameters=(_rt.ParamSpec("userId", "user_id", "path", "integer", "any", "simple", False),),
            param_models={
                "path": models.GetUserPathParams,
            },
            responses=((GetUser200, _rt.ResponseSpec("200", "application/json", "json", models.User)),),
        ),
        _rt.OperationSpec(
            operation_id="changePassword",
            method="PUT",
            path="/users/{userId}/password",
            call=service.change_password,
            parameters=(_rt.ParamSpec("userId", "user_id", "path", "integer", "any", "simple", False),),
            param_models={
                "path": models.ChangePasswordPathParams,
            },
            body=_rt.BodySpec(
                accepted=(("application/json", "json"),),
                type=models.ChangePasswordRequest,
                required=True,
                fields=(
                    ("old", "string", "any", False),
                    ("new", "string", "any", False),
                ),
            ),
            responses=((ChangePassword204, _rt.ResponseSpec("204")),),
        ),
        _rt.OperationSpec(
            operation_id="getTeam",
            method="GET",
            path="/teams/{teamId}",
            call=service.get_team,
            parameters=(_rt.ParamSpec("teamId", "team_id", "path", "integer", "any", "simple", False),),
            param_models={
                "path": models.GetTeamPathParams,
            },
            responses=((GetTeam200, _rt.ResponseSpec("200", "application/json", "json", models.Team)),),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Read and write views",
        docs=docs,
        base_path="",
    )
