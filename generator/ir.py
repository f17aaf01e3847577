"""The intermediate representation: plain frozen dataclasses, the only thing templates see.

Every string here is already safe to place in generated code where documented:
``*_name`` fields are valid unique Python identifiers, ``*_expr`` fields are
Python expressions (type annotations or literals) valid inside the generated
module, and free text (``summary``, ``description``) is raw and must go through
the ``docstring`` / ``pystr`` template filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Api",
    "BodyField",
    "Constraints",
    "ErrorClass",
    "Hook",
    "PathPart",
    "SecurityRequirement",
    "Link",
    "Operation",
    "Pagination",
    "Parameter",
    "RequestBody",
    "Response",
    "SecurityScheme",
    "Server",
    "TypeInfo",
    "UploadView",
]


@dataclass(frozen=True)
class TypeInfo:
    """How a value is typed in Python and parsed from the wire.

    ``expr`` is the annotation (``int``, ``models.Participant``, ``list[str]``,
    ``Literal['a', 'b'] | None``). ``kind`` is the JSON type used to coerce a
    string from a path/query/header/cookie/form value: ``string``, ``integer``,
    ``number``, ``boolean``, ``array``, ``object`` or ``any``; ``item_kind`` is
    the kind of array items. ``is_model`` marks a generated pydantic model class.
    """

    expr: str
    kind: str = "any"
    item_kind: str = "any"
    nullable: bool = False
    is_model: bool = False
    is_binary: bool = False  # ``format: binary`` (``bytes``), alone or as the item of an array


@dataclass(frozen=True)
class Constraints:
    """What a parameter's or body field's schema allows, as documented in the client's docstrings.

    Bounds are Python literals of the schema's numbers (``"1"``, ``"0.5"``); ``enum`` holds Python
    literals of the allowed values (of the items, for an array of enums); ``None``/``()``/``False``:
    not constrained. ``doc`` is the human sentence ``derive.py`` composes from the rest.
    """

    enum: tuple[str, ...] = ()
    minimum: str | None = None
    maximum: str | None = None
    exclusive_minimum: str | None = None
    exclusive_maximum: str | None = None
    multiple_of: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    format: str | None = None
    doc: str = ""  # e.g. "One of ``'a'``, ``'b'``. Default ``'a'``. 1 <= value <= 10."


@dataclass(frozen=True)
class Parameter:
    """One path, query, header or cookie parameter."""

    name: str  # the wire name
    python_name: str  # keyword argument name in service/client methods
    location: str  # path | query | header | cookie
    required: bool
    type: TypeInfo
    default_expr: str | None  # the spec default as a Python value of the type, if any
    description: str
    style: str  # form | simple | deepObject | ...
    explode: bool
    deprecated: bool = False
    constraints: Constraints = field(default_factory=Constraints)  # enum values and bounds, with ``doc``
    default_doc: str | None = None  # the spec default as docstrings show it (``'2024-01-01'``), if any


@dataclass(frozen=True)
class BodyField:
    """A top-level property of an object request body (used for form bodies and client kwargs)."""

    name: str  # the wire name
    python_name: str
    required: bool
    type: TypeInfo
    description: str = ""
    default_expr: str | None = None  # the schema's default as a Python value of the type, if any
    constraints: Constraints = field(default_factory=Constraints)  # enum values and bounds, with ``doc``
    deprecated: bool = False
    default_doc: str | None = None  # the schema's default as docstrings show it, if any


@dataclass(frozen=True)
class RequestBody:
    """The request body an operation accepts."""

    content_type: str  # application/json | application/x-www-form-urlencoded | multipart/form-data | ...
    encoding: str  # json | form | multipart | text | binary
    type: TypeInfo
    required: bool
    description: str
    fields: tuple[BodyField, ...] = ()  # top-level properties when the body is an object model
    other_content_types: tuple[str, ...] = ()
    accepted: tuple[tuple[str, str], ...] = ()  # every (content type, encoding) offered, the chosen one first
    flatten: bool = False  # the client takes the fields as keyword arguments instead of one ``body``
    value_expr: str = "Any"  # what the client's ``body`` argument is typed as (``str`` for text, ``bytes``...)
    body_expr: str = "Any"  # what the server's service receives as ``body`` (``list[line]`` for ndjson)
    part_types: tuple[tuple[str, str], ...] = ()  # multipart: (wire name, ``encoding`` contentType: "image/*")


@dataclass(frozen=True)
class Link:
    """An OpenAPI link from a response to another operation."""

    name: str
    operation_id: str
    parameters: tuple[tuple[str, str], ...]  # (parameter name, runtime expression)


@dataclass(frozen=True)
class Response:
    """One documented response of an operation."""

    status: str  # "200", "404", "4XX" or "default"
    status_code: int | None  # the numeric status when ``status`` is exact
    class_name: str  # name of the generated response class, e.g. ``GetParticipant200``
    description: str
    content_type: str | None  # None: no body
    type: TypeInfo | None
    headers: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    encoding: str | None = None  # json | ndjson | text | binary | form | multipart; None: no body
    value_expr: str = "None"  # what the client returns for it: the model, ``list[item]`` for ndjson, str, bytes
    error_class: str | None = None  # the client exception class raised for this status (4xx/5xx only)
    parsed: bool = False  # the client decodes the body (content with a schema); else the value is None
    body_expr: str = "Any"  # the server response class's ``body`` annotation (``list[line]`` for ndjson)
    parse_expr: str = "Any"  # the type the client validates the body against (a response view, see views.py)

    @property
    def is_success(self) -> bool:
        """True for 2xx responses."""
        return self.status.startswith("2")


@dataclass(frozen=True)
class PathPart:
    """One piece of a path template: literal text, or a path parameter with the prefix its style adds."""

    text: str  # literal text ("" for a parameter)
    python_name: str | None = None  # the parameter's argument name; None for literal text
    prefix: str = ""  # "" (simple), "." (label) or ";name=" (matrix), placed before the encoded value


@dataclass(frozen=True)
class ErrorClass:
    """A client exception class for one error status, and the error models the spec documents for it."""

    status_code: int
    name: str  # e.g. ``NotFoundError``
    models: tuple[str, ...]  # annotations of documented model bodies, e.g. ``models.Error``
    base: str = "ClientError"  # the class it derives from: ``ClientError`` (4xx) or ``ServerError`` (5xx)


@dataclass(frozen=True)
class SecurityRequirement:
    """One alternative of an operation's ``security``: every scheme here is required together."""

    schemes: tuple[SecurityScheme, ...]  # empty: anonymous access is allowed


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages, detected from the spec or declared by ``x-pagination``.

    ``style`` is ``next_url`` (follow an absolute URL in the body), ``cursor`` (send a cursor query
    parameter: the body's next cursor, else the last item's ``cursor_field``), ``offset`` (advance an
    offset parameter by the items received), ``page`` (advance a page-number parameter by one) or
    ``link`` (follow the ``Link: <...>; rel="next"`` response header). Paths are wire names.
    """

    style: str  # next_url | cursor | offset | page | link
    items_path: tuple[str, ...]  # attribute path to the list of items; () when the body is the list
    item_type: str  # annotation of one item
    next_path: tuple[str, ...] = ()  # next_url: the next-page URL; cursor: the next cursor (() = last item's field)
    has_more_path: tuple[str, ...] = ()  # a boolean that is false on the last page; () when there is none
    param: str = ""  # cursor, offset, page: the query parameter's wire name
    limit_param: str = ""  # offset, page: the page-size query parameter's wire name ("" when none)
    cursor_field: str = ""  # cursor without ``next_path``: the item field whose value is the next cursor
    summary: str = ""  # how the pages are followed, in words (for docstrings; composed in derive.py)


@dataclass(frozen=True)
class Operation:
    """One HTTP operation."""

    operation_id: str
    python_name: str  # snake_case method name
    class_prefix: str  # PascalCase prefix for per-operation generated classes
    method: str  # upper-case HTTP method
    path: str  # the path template as in the spec, e.g. /v1/Services/{Sid}
    location: str  # JSON pointer of the operation in the spec
    summary: str
    description: str
    tags: tuple[str, ...]
    deprecated: bool
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives of AND-ed scheme names; () = no auth
    pagination: Pagination | None = None
    param_models: tuple[tuple[str, str], ...] = ()  # (location, class in models.py) validating that location
    path_params: tuple[Parameter, ...] = ()  # path parameters in the order the path template names them
    path_parts: tuple[PathPart, ...] = ()  # the path template, split for URL building
    requirements: tuple[SecurityRequirement, ...] = ()  # ``security`` resolved to schemes; () = no auth
    return_expr: str = "None"  # what the client method returns: union of the success responses' value_expr
    allows_anonymous: bool = False  # one ``security`` alternative is empty: the principal may be None
    idempotency_header: str = ""  # the header carrying an idempotency key (the client fills it in); "": none
    idempotency_declared: str | None = None  # ``x-idempotency-header`` (operation, else top level); "": off

    @property
    def success_responses(self) -> tuple[Response, ...]:
        """The 2xx responses."""
        return tuple(r for r in self.responses if r.is_success)

    def params_in(self, location: str) -> tuple[Parameter, ...]:
        """Parameters in one location."""
        return tuple(p for p in self.parameters if p.location == location)


@dataclass(frozen=True)
class Hook:
    """A request the API sends to its users: a 3.1 ``webhooks`` entry or one operation of a ``callbacks`` entry.

    ``operation`` describes it like any operation (its ``python_name`` is the receiver's method,
    its body and responses are typed); ``route`` is the path the generated receiver app serves it
    at by default. ``parse_name`` is the module-level helper that parses such a request's body.
    """

    kind: str  # webhook | callback
    name: str  # the key under ``webhooks``, or the callback's name
    operation: Operation
    route: str  # e.g. ``/webhooks/newPet``, ``/callbacks/onData``
    owner: str = ""  # callback: the operations documenting it (operationIds, else "METHOD /path"), comma-separated
    expression: str = ""  # callback: the runtime expression of the URL it is sent to
    parse_name: str = ""  # e.g. ``parse_new_pet``


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme the API declares."""

    name: str  # as in components/securitySchemes
    python_name: str
    kind: str  # basic | bearer | apiKey | oauth2 | openIdConnect | mutualTLS | http
    param_name: str = ""  # apiKey: header/query/cookie name
    param_in: str = ""  # apiKey: header | query | cookie
    description: str = ""
    credential_type: str = ""  # the server runtime's credentials class; "" when none is passed (mutualTLS)
    client_args: tuple[str, ...] = ()  # the client constructor's keyword arguments for it; () when it takes none
    client_env: tuple[str, ...] = ()  # the environment variable read for each of ``client_args`` when not passed


@dataclass(frozen=True)
class Server:
    """A server URL from the spec."""

    url: str
    description: str


@dataclass(frozen=True)
class Api:
    """Everything generated for one spec."""

    package: str  # Python package name
    source: str  # the spec path as shown in headers (relative, never absolute)
    title: str
    version: str
    description: str
    openapi_version: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    operations: tuple[Operation, ...]
    model_names: tuple[str, ...]  # every class in models.py, for __all__
    models_source: str  # body of models.py (from datamodel-code-generator)
    spec_json: str  # the bundled spec, served by the generated server
    webhooks: tuple[Operation, ...] = field(default=())
    base_path: str = ""  # path of the first server URL (e.g. "/v1"); servers also answer under it
    error_classes: tuple[ErrorClass, ...] = ()  # one per documented 4xx/5xx status, by status code
    default_base_url: str = ""  # the client's default ``base_url``: the first server URL when it is absolute
    secured: bool = False  # an operation has security requirements: the server's Service authenticates
    views_source: str = ""  # body of responses.py: tolerant views of the models responses reach (views.py)
    view_names: tuple[str, ...] = ()  # every class in responses.py, for __all__
    request_id_headers: tuple[str, ...] = ()  # response headers the spec documents as a request id (lower case)
    auth_required: bool = False  # every operation needs credentials: a client without any fails at construction
    env_prefix: str = ""  # the client's environment variables start with it: ``ROOMS_TOKEN``, ``ROOMS_LOG``
    upload_views: tuple[UploadView, ...] = ()  # multipart body models as the server's service receives them
    uploads: bool = False  # a body carries files: the client takes ``FileInput``s, the server hands ``UploadFile``s
    hooks: tuple[Hook, ...] = ()  # webhooks, then callbacks: the receiver's methods (webhooks.py)

    @property
    def hooks_secured(self) -> bool:
        """A hook has security requirements: the receiver's ``authenticate`` checks what the API sends."""
        return any(h.operation.requirements for h in self.hooks)

    @property
    def hook_schemes(self) -> tuple[SecurityScheme, ...]:
        """The schemes hooks require that pass credentials: the fields of the receiver's ``Credentials``."""
        used = {s.name for h in self.hooks for req in h.operation.requirements for s in req.schemes}
        return tuple(s for s in self.security_schemes if s.name in used and s.credential_type)


@dataclass(frozen=True)
class UploadView:
    """A multipart body model as the server's service receives it: each binary field an ``UploadFile``.

    A subclass of the model (``base``) declared in ``server.py``; ``fields`` are the overriding
    field declarations (the model's own, with ``bytes`` read as ``UploadFile``).
    """

    name: str
    base: str  # models.<Class>
    fields: tuple[str, ...]
