# generated from tests/golden/defaults/spec.yaml — do not edit
"""Pydantic v2 models for Defaults and nullable members 1.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import MISSING, Field, RootModel, TypeAdapter

from ._base import StrictModel


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


class Owner(StrictModel):
    name: str


class Owner1(StrictModel):
    team: str | MISSING = MISSING
