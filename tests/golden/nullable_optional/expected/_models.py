# generated from tests/golden/nullable_optional/spec.yaml — do not edit
"""Pydantic v2 models for Nullable and optional (3.0) 1 (import them from ``models``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import MISSING, ConfigDict, Field

from ._base import StrictModel


class Thing(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[int, Field(ge=1)]
    label: Annotated[str, Field(max_length=20)]
    note: str | None | MISSING = MISSING
    count: int | MISSING = MISSING
    ratio: float = 0.5
    when: datetime | MISSING = MISSING
