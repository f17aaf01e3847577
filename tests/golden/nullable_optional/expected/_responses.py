# generated from tests/golden/nullable_optional/spec.yaml — do not edit
"""Response views of Nullable and optional (3.0) 1 (import them from ``responses``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field

from ._base import ResponseModel


class Thing(ResponseModel):
    id: Annotated[int, Field(ge=1)]
    label: Annotated[str, Field(max_length=20)]
    note: str | None = None
    count: int | None = None
    ratio: float = 0.5
    when: datetime | None = None
