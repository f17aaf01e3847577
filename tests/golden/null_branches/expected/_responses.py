# generated from tests/golden/null_branches/spec.yaml — do not edit
"""Response views of Null members (3.1) 1.0 (import them from ``responses``)."""

from __future__ import annotations

from ._base import ResponseModel


class Envelope(ResponseModel):
    """
    Properties beside a union constrain its object member only (false is an answer too).
    """

    id: str | None = None


class Ref(ResponseModel):
    id: str


class Shape(ResponseModel):
    sides: int | None = None


class Thing(ResponseModel):
    id: str
    parent: Ref | None
    score: str | int | None
    tags: list[str] | bool | None
    shape: Shape | int | None
    envelope: bool | Envelope | None = None
    """
    Properties beside a union constrain its object member only (false is an answer too).
    """
