# generated from specs/twilio_proxy.yaml — do not edit
"""Pydantic v2 models for Twilio Proxy API v1 1.0.0.

The classes live in ``_models``; they are created on first use (``models.X`` or
``from .models import X``), so importing the package stays fast however many models it has.
"""

import typing as _typing

__all__ = [
    "CreateParticipantPathParams",
    "CreateParticipantRequest",
    "CreateServiceRequest",
    "CreateSessionPathParams",
    "CreateSessionRequest",
    "DeleteParticipantPathParams",
    "DeleteServicePathParams",
    "DeleteSessionPathParams",
    "Error",
    "FetchParticipantPathParams",
    "FetchServicePathParams",
    "FetchSessionPathParams",
    "Links",
    "Links1",
    "Links2",
    "ListMeta",
    "ListParticipantPathParams",
    "ListParticipantQueryParams",
    "ListParticipantResponse",
    "ListServiceQueryParams",
    "ListServiceResponse",
    "ListSessionPathParams",
    "ListSessionQueryParams",
    "ListSessionResponse",
    "Participant1",
    "Participant",
    "Service",
    "Session",
]


if _typing.TYPE_CHECKING:
    from ._models import (
        CreateParticipantPathParams,
        CreateParticipantRequest,
        CreateServiceRequest,
        CreateSessionPathParams,
        CreateSessionRequest,
        DeleteParticipantPathParams,
        DeleteServicePathParams,
        DeleteSessionPathParams,
        Error,
        FetchParticipantPathParams,
        FetchServicePathParams,
        FetchSessionPathParams,
        Links,
        Links1,
        Links2,
        ListMeta,
        ListParticipantPathParams,
        ListParticipantQueryParams,
        ListParticipantResponse,
        ListServiceQueryParams,
        ListServiceResponse,
        ListSessionPathParams,
        ListSessionQueryParams,
        ListSessionResponse,
        Participant,
        Participant1,
        Service,
        Session,
    )
else:
    from ._base import lazy_exports as _lazy_exports

    __getattr__, __dir__ = _lazy_exports(globals(), "._models", __all__)
