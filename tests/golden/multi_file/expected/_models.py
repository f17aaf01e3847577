# generated from tests/golden/multi_file/spec.yaml — do not edit
"""Pydantic v2 models for Multi-file 1 (import them from ``models``)."""

from __future__ import annotations

from ._base import StrictModel


class Line(StrictModel):
    sku: str
    qty: int = 1


class Order(StrictModel):
    id: str
    lines: list[Line]
