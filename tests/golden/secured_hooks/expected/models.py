# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""Pydantic v2 models for Secured hooks 1.0.

The classes live in ``_models``; they are created on first use (``models.X`` or
``from .models import X``), so importing the package stays fast however many models it has.
"""

import typing as _typing

__all__ = [
    "Invoice",
    "SubscribeRequest",
    "Upload",
]


if _typing.TYPE_CHECKING:
    from ._models import (
        Invoice,
        SubscribeRequest,
        Upload,
    )
else:
    from ._base import lazy_exports as _lazy_exports

    __getattr__, __dir__ = _lazy_exports(globals(), "._models", __all__)
