# generated from tests/golden/enums_and_params/spec.yaml — do not edit
"""Pydantic v2 models for Enums and parameters (3.1) 1 (import them from ``models``)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import MISSING, Field

from ._base import StrictModel


class GetItemError404(StrictModel):
    error: str | MISSING = MISSING


class GetItemHeaderParams(StrictModel):
    x_trace: Annotated[str | MISSING, Field(alias="X-Trace")] = MISSING


class GetItemPathParams(StrictModel):
    item_id: Annotated[UUID, Field(alias="item-id")]


class GetItemQueryParams(StrictModel):
    from_: Annotated[int | MISSING, Field(alias="from", ge=0, le=10)] = MISSING
    verbose: bool = False
    sort: list[Literal["asc", "desc"]] | MISSING = MISSING


class GetItemResponse(StrictModel):
    kind: Literal["small", "big-one", "x.y"]
    level: Literal[1, 2] | None | MISSING = MISSING
    flag: Literal[True] | MISSING = MISSING
