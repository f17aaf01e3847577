# generated from tests/golden/defaults/spec.yaml — do not edit
"""Response views of Defaults and nullable members 1.0 (import them from ``responses``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import Field, TypeAdapter

from ._base import ResponseModel


class Event(ResponseModel):
    title: str
    day: date = date.fromisoformat("2024-01-02")
    at: datetime = datetime.fromisoformat("2024-01-02T09:30:00Z")
    ref: UUID = UUID("7f1c8a52-4a1f-4c55-9d0e-6c2b2f1f9a10")
    dates: list[date] = Field(
        default_factory=lambda: TypeAdapter(list[date]).validate_json('["2024-01-01","2024-12-31"]')
    )
    size: int | (Literal["auto"] | str) = "auto"
    count: int | None = None
    note: str | int | None = None
    label: Literal["low", "high"] | str | int | None = None
    tags: list[str] | bool | None = None
    owner: Owner | Owner1 | None = None
    priority: Literal["low", "normal", "high"] | str = "normal"
    fallback: Literal["low", "normal", "high"] | str = "normal"
    """
    A described reference (the 3.0 idiom) keeps the referenced default.
    """


class Owner(ResponseModel):
    name: str


class Owner1(ResponseModel):
    team: str | None = None
