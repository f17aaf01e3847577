# generated from tests/golden/encodings/spec.yaml — do not edit
"""Encodings 1.0.0.

One operation per wire encoding the generator decides in the IR.

Generated from ``tests/golden/encodings/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
"""

from . import models
from .client import (
    ApiError,
    ApiStatusError,
    AsyncClient,
    Client,
    ClientError,
    NotFoundError,
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
    "NotFoundError",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "TransportError",
    "UnexpectedStatusError",
]
