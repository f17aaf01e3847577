# generated from specs/twilio_proxy.yaml — do not edit
"""The base class of every generated model: strict, spec-exact validation.

* ``strict=True``: no lax coercion (``"5"`` and ``true`` are not integers);
* optional fields default to ``MISSING`` and are left out of dumps; only a
  nullable field accepts ``None``;
* fields accept their Python name or their wire alias, and dump by alias;
* validators are built on first use (``defer_build``), so importing a large
  package stays fast.
"""

from pydantic import BaseModel, ConfigDict

__all__ = ["StrictModel"]


class StrictModel(BaseModel):
    """Strict Pydantic v2 model for Twilio Proxy API v1."""

    model_config = ConfigDict(
        strict=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
    )
