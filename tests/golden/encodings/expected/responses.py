# generated from tests/golden/encodings/spec.yaml — do not edit
"""Response views of Encodings 1.0.0: what the client returns.

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


class Error(ResponseModel):
    message: str


class Event(ResponseModel):
    seq: int
    kind: Literal["created", "deleted"] | str


class FormInput(ResponseModel):
    name: str
    count: int | None = None
    tags: list[str] | None = None


class Upload(ResponseModel):
    title: str | None = None
    size: int
    sha256: str | None = None


__all__ = [
    "Error",
    "Event",
    "FormInput",
    "Upload",
]
