"""An in-memory service for the generated ``server_fixture_pets`` server (tests/server_fixtures/pets.yaml).

``tests/test_server_generated.py`` generates the package into a temporary directory on
``sys.path`` before importing this module, and type-checks this file with ``mypy --strict``.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal, cast

from server_fixture_pets import models, server
from starlette.applications import Starlette

USERNAME = "admin"
PASSWORD = "secret"
API_KEY = "key-123"

Kind = Literal["cat", "dog", "bird"]


class PetsService:
    """Pets kept in a dict; switches make it misbehave on purpose."""

    def __init__(self) -> None:
        self.pets: dict[uuid.UUID, models.Pet] = {}
        self.calls: list[tuple[str, dict[str, object]]] = []
        self.contexts: list[server.RequestContext] = []
        self.wrong_body = False  # answer getPet with a body that is not a Pet
        self.raise_in_service = False  # raise inside getPet and deletePet
        self.bad_error_body = False  # error_body returns something that is not an Error
        self.authenticated: list[server.Credentials] = []  # what authenticate was given, in order

    # -- authentication ----------------------------------------------------------------------
    async def authenticate(
        self, credentials: server.Credentials, context: server.RequestContext
    ) -> str | server.Refusal:
        """``"user:<name>"`` for the right Basic credentials, ``"key"`` for the right API key."""
        self.authenticated.append(credentials)
        if credentials.basic is not None:
            basic = credentials.basic
            if basic.username == USERNAME and basic.password == PASSWORD:
                return f"user:{basic.username}"
            return server.Refusal(401, "wrong credentials")
        if credentials.api_key is not None and credentials.api_key.value == API_KEY:
            return "key"
        return server.Refusal(401, "wrong API key")

    # -- helpers ---------------------------------------------------------------------------
    def _record(self, name: str, context: server.RequestContext, **args: object) -> None:
        self.calls.append((name, args))
        self.contexts.append(context)

    def _new(self, name: str, kind: Kind, tag: str | None, age: int | None, vaccinated: bool) -> models.Pet:
        pet = models.Pet(id=uuid.uuid4(), name=name, kind=kind, tag=tag, vaccinated=vaccinated)
        if age is not None:
            pet = models.Pet(id=pet.id, name=name, kind=kind, tag=tag, vaccinated=vaccinated, age=age)
        self.pets[pet.id] = pet
        return pet

    # -- operations --------------------------------------------------------------------------
    async def list_pets(
        self,
        *,
        limit: int = 20,
        kind: Kind | None = None,
        vaccinated: bool | None = None,
        x_request_id: str | None = None,
        principal: str,
        context: server.RequestContext,
    ) -> server.ListPetsResult:
        self._record("listPets", context, limit=limit, kind=kind, vaccinated=vaccinated, x_request_id=x_request_id)
        pets = [
            p
            for p in self.pets.values()
            if (kind is None or p.kind == kind) and (vaccinated is None or p.vaccinated == vaccinated)
        ]
        return server.ListPets200(body=models.PetList(items=pets[:limit]), headers={"X-Total": str(len(pets))})

    async def create_pet(
        self, *, body: models.NewPet, principal: str, context: server.RequestContext
    ) -> server.CreatePetResult:
        self._record("createPet", context, body=body)
        age = body.age if isinstance(body.age, int) else None
        return server.CreatePet201(body=self._new(body.name, body.kind, body.tag, age, False))

    async def create_pet_form(
        self, *, body: models.PetForm, principal: str, context: server.RequestContext
    ) -> server.CreatePetFormResult:
        self._record("createPetForm", context, body=body)
        age = body.age if isinstance(body.age, int) else None
        vaccinated = body.vaccinated if isinstance(body.vaccinated, bool) else False
        return server.CreatePetForm201(body=self._new(body.name, body.kind, None, age, vaccinated))

    async def get_pet(
        self, *, pet_id: uuid.UUID, principal: str, context: server.RequestContext
    ) -> server.GetPetResult:
        self._record("getPet", context, pet_id=pet_id)
        if self.raise_in_service:
            raise RuntimeError("boom")
        pet = self.pets.get(pet_id)
        if pet is None:
            return server.GetPet404(body=models.Error(code=404, message="no such pet"))
        if self.wrong_body:
            return server.GetPet200(body=cast(Any, {"id": "not-a-uuid", "name": 5}))
        return server.GetPet200(body=pet)

    async def delete_pet(
        self, *, pet_id: uuid.UUID, principal: str, context: server.RequestContext
    ) -> server.DeletePetResult:
        self._record("deletePet", context, pet_id=pet_id)
        if self.raise_in_service:
            raise RuntimeError("boom")
        if self.pets.pop(pet_id, None) is None:
            return server.DeletePet404(body=models.Error(code=404, message="no such pet"))
        return server.DeletePet204()

    def error_body(self, status: int, message: str, context: server.RequestContext) -> object:
        if self.bad_error_body:
            return {"unexpected": True}
        return models.Error(code=status, message=message)


def build_app(service: PetsService) -> Starlette:
    """The generated app serving ``service`` (mypy checks that PetsService satisfies ``server.Service``)."""
    return server.create_app(service)
