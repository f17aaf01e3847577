# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Bandwidth WebRTC API 1.0.0.

Hand-written contract for the Bandwidth WebRTC HTTP API (participants, sessions and
subscriptions), built from the vendor documentation pages for "Create a new participant"
and "Add a participant to a session" plus the facts of the vendor's wider API.

* Authentication is HTTP Basic with the Dashboard API credentials.
* Every id the server assigns (participant, session, request) is a UUID.
* JSON request bodies are sent as `application/json`; the vendor's SDK sends
  `content-type: application/json; charset=utf-8`, which a server must accept as the same
  media type. The vendor's SDK drops null fields, always includes `deviceApiVersion` on
  participant creation and treats any 200-208 answer as success.
* Errors: 400, 404, 409 and 500 answer `{error, requestId}` (`Error`); 401 answers
  `{message: "Unauthorized"}` (`UnauthorizedError`); 403 answers `{message}` (`ForbiddenError`).
  Every operation may answer 400, 401, 403 and 500; operations addressing a participant or a
  session by id may also answer 404.

Generated from ``specs/bandwidth_webrtc.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
"""

from . import models, responses
from .client import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AsyncClient,
    AsyncPage,
    BadRequestError,
    Client,
    ClientClosedError,
    ClientError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    Omit,
    Page,
    RawResponse,
    ResponseValidationError,
    ServerError,
    StreamedResponse,
    TransportError,
    UnauthorizedError,
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
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ClientError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "Omit",
    "omit",
    "Page",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "StreamedResponse",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatusError",
]
