# generated from tests/golden/webhooks/spec.yaml — do not edit
"""Shop hooks 1.0.

A 3.1 webhook (JSON, a signature header) and a callback (form-encoded, Twilio style).

Generated from ``tests/golden/webhooks/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
"""

from . import models, responses
from .client import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AsyncClient,
    AsyncPage,
    Client,
    ClientClosedError,
    ClientError,
    MissingCredentialsError,
    Omit,
    Page,
    RawResponse,
    ResponseValidationError,
    ServerError,
    StreamedResponse,
    TransportError,
    UnexpectedStatusError,
    omit,
)

__all__ = [
    "models",
    "responses",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncClient",
    "AsyncPage",
    "Client",
    "ClientClosedError",
    "ClientError",
    "MissingCredentialsError",
    "Omit",
    "omit",
    "Page",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "StreamedResponse",
    "TransportError",
    "UnexpectedStatusError",
]
