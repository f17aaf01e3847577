# generated from tests/golden/nullable_optional/spec.yaml — do not edit
"""Response views of Nullable and optional (3.0) 1: what the client returns.

Each class mirrors the model of the same name in ``models`` (field names, aliases, types,
constraints), made tolerant for reading answers:

* an optional field the server leaves out is ``None`` (``if room.topic:``, ``room.topic or "-"``);
* an enum value the spec does not list is kept as a plain string (typed ``Literal[...] | str``);
* unknown properties are kept: ``view.model_extra`` (and attribute access) has them.

Requests are built with the strict ``models`` classes (or keyword arguments).
"""

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


__all__ = [
    "Thing",
]
