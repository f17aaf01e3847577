# generated from tests/golden/null_branches/spec.yaml — do not edit
"""Pydantic v2 models for Null members (3.1) 1.0 (import them from ``models``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import MISSING, Field

from ._base import StrictModel


class Envelope(StrictModel):
    """
    Properties beside a union constrain its object member only (false is an answer too).
    """

    id: str | MISSING = MISSING


class GetThingPathParams(StrictModel):
    thing_id: Annotated[str, Field(alias="thingId")]


class PutThingPathParams(StrictModel):
    thing_id: Annotated[str, Field(alias="thingId")]


class Ref(StrictModel):
    id: str


class Shape(StrictModel):
    sides: int | MISSING = MISSING


class Thing(StrictModel):
    id: str
    parent: Ref | None
    score: str | int | None
    tags: list[str] | bool | None
    shape: Shape | int | None
    envelope: bool | Envelope | MISSING = MISSING
    """
    Properties beside a union constrain its object member only (false is an answer too).
    """
