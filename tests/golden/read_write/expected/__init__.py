# generated from tests/golden/read_write/spec.yaml — do not edit
"""Read and write views 1.0.

readOnly fields (set by the server) are left out of request models, writeOnly fields (sent by clients, never answered) out of response models: `User` is what the API returns, `UserRequest` what a client sends. `Team` is only answered, so it has one view.

Generated from ``tests/golden/read_write/spec.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
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
