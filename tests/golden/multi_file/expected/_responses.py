# generated from tests/golden/multi_file/spec.yaml — do not edit
"""Response views of Multi-file 1 (import them from ``responses``)."""

from __future__ import annotations

from ._base import ResponseModel


class Line(ResponseModel):
    sku: str
    qty: int = 1


class Order(ResponseModel):
    id: str
    lines: list[Line]
