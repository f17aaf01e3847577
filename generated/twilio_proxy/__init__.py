# generated from specs/twilio_proxy.yaml — do not edit
"""Twilio Proxy API v1 1.0.0.

Hand-written contract for Twilio Proxy v1, all 25 operations of the vendor's document:
Services, their Proxy Number Pool (PhoneNumbers), their Sessions, the Sessions'
Participants and Interactions, and the Participants' MessageInteractions.

* A Session holds at most two active Participants: a third answers 409 with code 80609
  ("Too Many Added Participants"), also when CreateSession's `Participants` lists more than
  two. Participants get their proxy identifier from the Service's number pool (unreserved
  numbers, in pool order); one identifier never gets the same proxy number in two active
  Sessions. When the pool cannot serve (no usable number, or a `ProxyIdentifier` /
  `ProxyIdentifierSid` not in the pool) the answer is 409 with Twilio's code 80402;
  the stand-in's `Config.auto_numbers` (on by default) instead adds a fresh number to the
  pool, so quick starts need no PhoneNumbers set-up.
* A Session closes (`status` `closed`, `date_ended` set) by UpdateSession `Status=closed`
  (`closed_reason` `api`), at `DateExpiry` (`closed_reason` `date-expiry`) or `Ttl` seconds
  after its creation, its last `Ttl` update or its last Interaction (`closed_reason` `ttl`).
* Twilio's references name the codes of these refusals, not their HTTP status: the
  stand-in answers 409, as the request is well formed and the state refuses it.
* Request bodies are open, as the vendor's are: unknown form fields are ignored. Unknown
  query parameters still answer 400.
* Path SIDs are not pattern-checked: a malformed SID is a resource that does not exist
  (404, code 20404), as Twilio answers.
* Where this contract and the vendor's document disagree: the vendor documents no error
  responses (they are Twilio's error reference, here `Error`); the vendor marks every
  response field nullable where Twilio fills them (here only the fields that can be null
  are); the vendor's `Participants` items are untyped where Twilio reads JSON objects; the
  two-participant limit (80609) is in Twilio's error reference, not its document;
  DeleteParticipant answers 200 as the vendor's document and seed say, while its other
  deletes answer 204.

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
