# generated from tests/golden/defaults/spec.yaml — do not edit
"""Pydantic v2 models for Defaults and nullable members 1.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import MISSING, Field, RootModel, TypeAdapter

from ._base import StrictModel


class Batch(RootModel[int]):
    root: Annotated[int, Field(ge=1, le=256)]
    """
    A member needing its own class does not take the union's default.
    """


class Event(StrictModel):
    title: str
    day: date = date.fromisoformat("2024-01-02")
    at: datetime = datetime.fromisoformat("2024-01-02T09:30:00Z")
    ref: UUID = UUID("7f1c8a52-4a1f-4c55-9d0e-6c2b2f1f9a10")
    dates: list[date] = Field(
        default_factory=lambda: TypeAdapter(list[date]).validate_json('["2024-01-01","2024-12-31"]')
    )
    size: int | Literal["auto"] = "auto"
    count: int | MISSING = MISSING
    batch: Annotated[Literal["auto"] | Batch, Field(validate_default=True)] = Field(
        default_factory=lambda: TypeAdapter(Literal["auto"] | Batch).validate_json('"auto"')
    )
    """
    A member needing its own class does not take the union's default.
    """
    prompt: Annotated[str | Prompt | Prompt1 | None, Field(validate_default=True)] = Field(
        default_factory=lambda: TypeAdapter(str | Prompt | Prompt1 | None).validate_json('"<|endoftext|>"')
    )
    modes: Modes | bool | MISSING = MISSING
    """
    A response view widens a list-of-enum member class and its RootModel base alike.
    """
    note: str | int | None | MISSING = MISSING
    label: Literal["low", "high"] | int | None | MISSING = MISSING
    tags: list[str] | bool | None | MISSING = MISSING
    owner: Owner | Owner1 | None | MISSING = MISSING
    priority: Literal["low", "normal", "high"] = "normal"
    fallback: Literal["low", "normal", "high"] = "normal"
    """
    A described reference (the 3.0 idiom) keeps the referenced default.
    """


class Limit(RootModel[int]):
    root: int


class ListEventsQueryParams(StrictModel):
    since: date = date.fromisoformat("2024-01-01")
    limit: int | MISSING = MISSING


class Modes(RootModel[list[Literal["direct", "programmatic"]]]):
    root: Annotated[list[Literal["direct", "programmatic"]], Field(min_length=1)]
    """
    A response view widens a list-of-enum member class and its RootModel base alike.
    """


class Owner(StrictModel):
    name: str


class Owner1(StrictModel):
    team: str | MISSING = MISSING


class Prompt(RootModel[list[int] | None]):
    root: Annotated[list[int] | None, Field(min_length=1)]


class Prompt1Item(RootModel[list[int]]):
    root: Annotated[list[int], Field(min_length=1)]


class Prompt1(RootModel[list[Prompt1Item] | None]):
    root: Annotated[list[Prompt1Item] | None, Field(min_length=1, validate_default=True)]
