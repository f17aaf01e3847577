# generated from tests/golden/encodings/spec.yaml — do not edit
"""Response views of Encodings 1.0.0 (import them from ``responses``)."""

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
