# generated from tests/golden/defaults/spec.yaml — do not edit
"""Defaults and nullable members 1.0.

Defaults become values of their field's type (a `format: date` default is a `date`); a default its schema rejects is dropped with a warning. A `nullable: true` member of an anyOf/oneOf makes the union accept null.

Generated from ``tests/golden/defaults/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
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
