# generated from tests/golden/null_branches/spec.yaml — do not edit
"""Pydantic v2 models for Null members (3.1) 1.0.

The classes live in ``_models``; they are created on first use (``models.X`` or
``from .models import X``), so importing the package stays fast however many models it has.
"""

import typing as _typing

__all__ = [
    "Envelope",
    "GetThingPathParams",
    "PutThingPathParams",
    "Ref",
    "Shape",
    "Thing",
]


if _typing.TYPE_CHECKING:
    from ._models import (
        Envelope,
        GetThingPathParams,
        PutThingPathParams,
        Ref,
        Shape,
        Thing,
    )
else:
    from ._base import lazy_exports as _lazy_exports

    __getattr__, __dir__ = _lazy_exports(globals(), "._models", __all__)
