# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""Pydantic v2 models for Secured hooks 1.0 (import them from ``models``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import MISSING, AnyUrl, Field

from ._base import StrictModel


class Invoice(StrictModel):
    id: str
    amount: Annotated[int, Field(ge=0)]


class SubscribeRequest(StrictModel):
    callback_url: Annotated[AnyUrl, Field(alias="callbackUrl")]


class Upload(StrictModel):
    file: bytes
    note: str | MISSING = MISSING
    pages: int
