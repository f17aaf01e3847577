# generated from tests/golden/read_write/spec.yaml — do not edit
"""Pydantic v2 models for Read and write views 1.0.

The classes live in ``_models``; they are created on first use (``models.X`` or
``from .models import X``), so importing the package stays fast however many models it has.
"""

import typing as _typing

__all__ = [
    "BadgeListRequest",
    "BadgeList",
    "BadgeRequest",
    "Badge",
    "ChangePasswordPathParams",
    "ChangePasswordRequest",
    "GetTeamPathParams",
    "GetUserPathParams",
    "ProfileRequest",
    "Profile",
    "Team",
    "UserRequest",
    "User",
]


if _typing.TYPE_CHECKING:
    from ._models import (
        Badge,
        BadgeList,
        BadgeListRequest,
        BadgeRequest,
        ChangePasswordPathParams,
        ChangePasswordRequest,
        GetTeamPathParams,
        GetUserPathParams,
        Profile,
        ProfileRequest,
        Team,
        User,
        UserRequest,
    )
else:
    from ._base import lazy_exports as _lazy_exports

    __getattr__, __dir__ = _lazy_exports(globals(), "._models", __all__)
