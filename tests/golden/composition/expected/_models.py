# generated from tests/golden/composition/spec.yaml — do not edit
"""Pydantic v2 models for Composition 1 (import them from ``models``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import MISSING, Field, RootModel

from ._base import StrictModel


class Base(StrictModel):
    name: str


class Cat(Base):
    kind: Literal["cat"]
    lives: int | MISSING = MISSING


class Dog(Base):
    kind: Literal["dog"]
    good: bool | MISSING = MISSING


class Pet(RootModel[Cat | Dog]):
    root: Annotated[Cat | Dog, Field(discriminator="kind")]


class Tree(StrictModel):
    value: str | MISSING = MISSING
    children: list[Tree] | MISSING = MISSING
