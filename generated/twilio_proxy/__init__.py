# generated from specs/twilio_proxy.yaml — do not edit
"""Twilio Proxy API v1 1.0.0.

Hand-written contract for Twilio Proxy v1: Services, their Sessions and the Sessions'
Participants.

* Authentication is HTTP Basic with `AccountSid:AuthToken`.
* Request bodies are `application/x-www-form-urlencoded` with PascalCase field names; every
  form value arrives as a string and is checked against the field's schema (integers in
  decimal, `DateExpiry` as an ISO 8601 date-time, arrays as repeated keys).
* Responses are JSON with snake_case names. Every documented field is always present;
  fields that may be null are typed `[string, "null"]`. Dates are ISO 8601 (UTC); `url` and
  `links` hold absolute URLs on the serving host.
* SIDs are 34 characters: service `KS` + 32 hex, session `KC…`, participant `KP…`, phone
  number `PN…`, account `AC…`, chat instance `IS…`.
* Lists take `PageSize` (1-1000, default 50), `Page` (>= 0, default 0) and `PageToken`, and
  answer `{<key>: [...], meta: {first_page_url, key, next_page_url, page, page_size,
  previous_page_url, url}}`. Clients (the official SDK) follow `meta.next_page_url` as an
  absolute URL until it is null, and need exactly 200 for list pages.
* Errors are `{code, message, more_info, status}` (`Error`), e.g. code 20404 for 404 and
  20003 for 401. Schema violations (wrong types, unknown form fields or query parameters,
  bad SIDs) answer 400; unknown resources 404; uniqueness conflicts 409.

Generated from ``specs/twilio_proxy.yaml``: ``models`` (Pydantic v2), ``client`` (``Client``/``AsyncClient``), ``server`` (``Service`` protocol and ``create_app``).
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
