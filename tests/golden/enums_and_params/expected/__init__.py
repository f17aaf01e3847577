# generated from tests/golden/enums_and_params/spec.yaml — do not edit
"""Enums and parameters (3.1) 1.

Generated from ``tests/golden/enums_and_params/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
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
