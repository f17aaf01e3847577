# generated from tests/golden/enums_and_params/spec.yaml — do not edit
"""Response views of Enums and parameters (3.1) 1 (import them from ``responses``)."""

from __future__ import annotations

from typing import Literal

from ._base import ResponseModel


class GetItemError404(ResponseModel):
    error: str | None = None


class GetItemResponse(ResponseModel):
    kind: Literal["small", "big-one", "x.y"] | str
    level: Literal[1, 2] | int | None = None
    flag: Literal[True] | None = None
