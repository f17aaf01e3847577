# generated from tests/golden/composition/spec.yaml — do not edit
"""Response views of Composition 1 (import them from ``responses``)."""

from __future__ import annotations

from typing import Literal

from ._base import ResponseModel


class Base(ResponseModel):
    name: str


class Cat(Base):
    kind: Literal["cat"]
    lives: int | None = None


class Dog(Base):
    kind: Literal["dog"]
    good: bool | None = None
