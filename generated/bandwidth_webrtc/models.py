# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Pydantic v2 models for Bandwidth WebRTC API 1.0.0.

The classes live in ``_models``; they are created on first use (``models.X`` or
``from .models import X``), so importing the package stays fast however many models it has.
"""

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._models import (
        AddParticipantToSessionPathParams,
        CreateParticipantPathParams,
        CreateParticipantRequest,
        CreateParticipantResponse,
        CreateSessionPathParams,
        CreateSessionRequest,
        DeleteParticipantPathParams,
        DeleteSessionPathParams,
        Error,
        ForbiddenError,
        GetParticipantPathParams,
        GetParticipantSubscriptionsPathParams,
        GetParticipantSubscriptionsResponse,
        GetSessionPathParams,
        ListSessionParticipantsPathParams,
        ListSessionParticipantsResponse,
        Participant,
        ParticipantSubscription,
        RemoveParticipantFromSessionPathParams,
        Session,
        Subscriptions,
        UnauthorizedError,
        UpdateParticipantSubscriptionsPathParams,
    )
else:

    def __getattr__(name: str) -> object:
        if name.startswith("__") and name not in _EXPORTED:  # probes such as __path__: no need to build
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from . import _models

        globals().update({n: getattr(_models, n) for n in __all__})
        try:
            return getattr(_models, name)  # the classes, and what _models imports (StrictModel, ...)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = [
    "AddParticipantToSessionPathParams",
    "CreateParticipantPathParams",
    "CreateParticipantRequest",
    "CreateParticipantResponse",
    "CreateSessionPathParams",
    "CreateSessionRequest",
    "DeleteParticipantPathParams",
    "DeleteSessionPathParams",
    "Error",
    "ForbiddenError",
    "GetParticipantPathParams",
    "GetParticipantSubscriptionsPathParams",
    "GetParticipantSubscriptionsResponse",
    "GetSessionPathParams",
    "ListSessionParticipantsPathParams",
    "Participant",
    "ListSessionParticipantsResponse",
    "ParticipantSubscription",
    "RemoveParticipantFromSessionPathParams",
    "Session",
    "Subscriptions",
    "UnauthorizedError",
    "UpdateParticipantSubscriptionsPathParams",
]
_EXPORTED = frozenset(__all__)
