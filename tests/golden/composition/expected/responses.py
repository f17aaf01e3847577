# generated from tests/golden/composition/spec.yaml — do not edit
"""Response views of Composition 1: what the client returns.

Each class mirrors the model of the same name in ``models`` (field names, aliases, types,
constraints), made tolerant for reading answers:

* an optional field the server leaves out is ``None`` (``if room.topic:``, ``room.topic or "-"``);
* an enum value the spec does not list is kept as a plain string (typed ``Literal[...] | str``);
* unknown properties are kept: ``view.model_extra`` (and attribute access) has them.

Requests are built with the strict ``models`` classes (or keyword arguments).
"""

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


__all__ = [
    "Base",
    "Cat",
    "Dog",
]
