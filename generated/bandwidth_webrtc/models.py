# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Pydantic v2 models for Bandwidth WebRTC API 1.0.0.

The classes live in ``_models``; they are created on first use (``models.X`` or
``from .models import X``), so importing the package stays fast however many models it has.
"""

import typing as _typing

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
    "ParticipantEvent",
    "Participant",
    "ListSessionParticipantsResponse",
    "ParticipantSubscription",
    "RemoveParticipantFromSessionPathParams",
    "Session",
    "Subscriptions",
    "UnauthorizedError",
    "UpdateParticipantSubscriptionsPathParams",
]


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
        ParticipantEvent,
        ParticipantSubscription,
        RemoveParticipantFromSessionPathParams,
        Session,
        Subscriptions,
        UnauthorizedError,
        UpdateParticipantSubscriptionsPathParams,
    )
else:
    from ._base import lazy_exports as _lazy_exports

    __getattr__, __dir__ = _lazy_exports(globals(), "._models", __all__)
