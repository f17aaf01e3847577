# generated from tests/golden/multi_file/spec.yaml — do not edit
"""Multi-file 1.

Generated from ``tests/golden/multi_file/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
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
