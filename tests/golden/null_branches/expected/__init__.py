# generated from tests/golden/null_branches/spec.yaml — do not edit
"""Null members (3.1) 1.0.

`type: [X, "null"]` members and `{type: "null"}` members of anyOf/oneOf make the union accept null, so documented `"x": null` answers validate.

Generated from ``tests/golden/null_branches/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
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
