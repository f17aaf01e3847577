# generated from tests/golden/webhooks/spec.yaml — do not edit
"""Pydantic v2 models for Shop hooks 1.0 (import them from ``models``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import MISSING, AnyUrl, Field

from ._base import StrictModel


class Item(StrictModel):
    sku: str
    qty: Annotated[int, Field(ge=1)]


class OrderShippedHeaderParams(StrictModel):
    x_signature: Annotated[str, Field(alias="X-Signature")]


class Shipment(StrictModel):
    order_id: Annotated[str, Field(alias="orderId")]
    items: list[Item]


class StatusEvent(StrictModel):
    message_sid: Annotated[str, Field(alias="MessageSid")]
    message_status: Annotated[Literal["queued", "sent", "delivered", "failed"], Field(alias="MessageStatus")]
    attempt: Annotated[int, Field(alias="Attempt")]
    final: Annotated[bool | MISSING, Field(alias="Final")] = MISSING


class SubscribeRequest(StrictModel):
    callback_url: Annotated[AnyUrl, Field(alias="callbackUrl")]
