# generated from tests/golden/nullable_optional/spec.yaml — do not edit
"""Nullable and optional (3.0) 1.

Generated from ``tests/golden/nullable_optional/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
"""

from . import models
from .client import (
    ApiError,
    ApiStatusError,
    AsyncClient,
    Client,
    ClientError,
    RawResponse,
    ResponseValidationError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
)

__all__ = [
    "models",
    "ApiError",
    "ApiStatusError",
    "AsyncClient",
    "Client",
    "ClientError",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "TransportError",
    "UnexpectedStatusError",
]
