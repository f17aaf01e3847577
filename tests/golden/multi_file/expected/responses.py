# generated from tests/golden/multi_file/spec.yaml — do not edit
"""Response views of Multi-file 1: what the client returns.

Each class mirrors the model of the same name in ``models`` (field names, aliases, types,
constraints), made tolerant for reading answers:

* an optional field the server leaves out is ``None`` (``if room.topic:``, ``room.topic or "-"``);
* an enum value the spec does not list is kept as a plain string (typed ``Literal[...] | str``);
* unknown properties are kept: ``view.model_extra`` (and attribute access) has them.

Requests are built with the strict ``models`` classes (or keyword arguments).
"""

from __future__ import annotations

from ._base import ResponseModel


class Line(ResponseModel):
    sku: str
    qty: int = 1


class Order(ResponseModel):
    id: str
    lines: list[Line]


__all__ = [
    "Line",
    "Order",
]
