"""Decisions derived from built operations: URL parts, client value types, error classes, security.

The builder produces operations with their parameters, bodies and responses; this module
adds what the templates would otherwise have to work out themselves (and so must never):
the order of path parameters, how a URL is assembled, what each response decodes to in the
client and holds in the server, which exception class each error status raises, and which
schemes secure each call (and whether the server authenticates at all).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import ir
from .uploads import with_uploads
from .views import model_refs, response_views, view_expr

__all__ = ["STATUS_NAMES", "derive_api"]

STATUS_NAMES: dict[int, str] = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    402: "PaymentRequiredError",
    403: "ForbiddenError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    406: "NotAcceptableError",
    407: "ProxyAuthenticationRequiredError",
    408: "RequestTimeoutError",
    409: "ConflictError",
    410: "GoneError",
    411: "LengthRequiredError",
    412: "PreconditionFailedError",
    413: "ContentTooLargeError",
    414: "UriTooLongError",
    415: "UnsupportedMediaTypeError",
    416: "RangeNotSatisfiableError",
    417: "ExpectationFailedError",
    421: "MisdirectedRequestError",
    422: "UnprocessableEntityError",
    423: "LockedError",
    424: "FailedDependencyError",
    425: "TooEarlyError",
    426: "UpgradeRequiredError",
    428: "PreconditionRequiredError",
    429: "RateLimitError",
    431: "RequestHeaderFieldsTooLargeError",
    451: "UnavailableForLegalReasonsError",
    500: "InternalServerError",
    501: "NotImplementedServerError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
    505: "HttpVersionNotSupportedError",
    507: "InsufficientStorageError",
    508: "LoopDetectedError",
    511: "NetworkAuthenticationRequiredError",
}
_CREDENTIALS = {
    "basic": "BasicCredentials",
    "bearer": "BearerToken",
    "oauth2": "BearerToken",
    "openIdConnect": "BearerToken",
    "mutualTLS": "",
}
_CLIENT_KINDS = ("basic", "bearer", "apiKey", "oauth2", "openIdConnect")  # schemes the client takes a credential for
_PLACEHOLDER = re.compile(r"{([^}]+)}")


def error_class_name(status: int) -> str:
    """The client exception class for an error status."""
    return STATUS_NAMES.get(status, f"Status{status}Error")


def _is_error(r: ir.Response) -> bool:
    return r.status_code is not None and 400 <= r.status_code < 600


def error_classes(operations: tuple[ir.Operation, ...]) -> tuple[ir.ErrorClass, ...]:
    """One class per documented 4xx/5xx status, with the model bodies documented for it (in order)."""
    codes: dict[int, list[str]] = {}
    for op in operations:
        for r in op.responses:
            if r.status_code is None or not _is_error(r):
                continue
            found = codes.setdefault(r.status_code, [])
            if r.type is not None and r.type.is_model and not r.type.nullable and r.type.expr not in found:
                found.append(r.type.expr)
    return tuple(
        ir.ErrorClass(code, error_class_name(code), tuple(codes[code]), "ClientError" if code < 500 else "ServerError")
        for code in sorted(codes)
    )


def value_expr(r: ir.Response) -> str:
    """What the client hands back for a response: the parsed value's annotation."""
    if r.content_type is None or r.type is None or r.encoding is None:
        return "None"
    if r.encoding == "json":
        return r.type.expr
    if r.encoding == "ndjson":
        return f"list[{r.type.expr}]"
    return "str" if r.encoding == "text" else "bytes"


def path_params(op: ir.Operation) -> tuple[ir.Parameter, ...]:
    """Path parameters in the order the template names them (undeclared order for any left over)."""
    declared = [p for p in op.parameters if p.location == "path"]
    ordered: list[ir.Parameter] = []
    for name in _PLACEHOLDER.findall(op.path):
        ordered.extend(p for p in declared if p.name == name and p not in ordered)
    return tuple(ordered + [p for p in declared if p not in ordered])


def path_parts(op: ir.Operation) -> tuple[ir.PathPart, ...]:
    """The path template as literal text and parameter values (with their style's prefix)."""
    by_name = {p.name: p for p in op.parameters if p.location == "path"}
    parts: list[ir.PathPart] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(op.path):
        if m.start() > pos:
            parts.append(ir.PathPart(op.path[pos : m.start()]))
        p = by_name[m.group(1)]
        prefix = {"label": ".", "matrix": f";{p.name}="}.get(p.style, "")
        parts.append(ir.PathPart("", p.python_name, prefix))
        pos = m.end()
    if pos < len(op.path):
        parts.append(ir.PathPart(op.path[pos:]))
    return tuple(parts)


def requirements(op: ir.Operation, schemes: dict[str, ir.SecurityScheme]) -> tuple[ir.SecurityRequirement, ...]:
    """``op.security`` with each scheme name resolved."""
    return tuple(ir.SecurityRequirement(tuple(schemes[n] for n in alt)) for alt in op.security)


def body_expr(type_: ir.TypeInfo | None, encoding: str | None) -> str:
    """The server-side annotation of a body: its type; a list of lines for ndjson."""
    if type_ is None:
        return "Any"
    return f"list[{type_.expr}]" if encoding == "ndjson" else type_.expr


def free_principal(parameters: tuple[ir.Parameter, ...]) -> tuple[ir.Parameter, ...]:
    """Parameters with ``principal`` (the server's keyword for the caller) renamed ``principal_``."""
    taken = {p.python_name for p in parameters}
    if "principal" not in taken:
        return parameters
    name, n = "principal_", 2
    while name in taken:
        name, n = f"principal_{n}", n + 1
    return tuple(replace(p, python_name=name) if p.python_name == "principal" else p for p in parameters)


def _response(r: ir.Response) -> ir.Response:
    parsed = r.content_type is not None and r.type is not None and r.encoding is not None
    r = replace(
        r,
        value_expr=value_expr(r),
        parsed=parsed,
        body_expr=body_expr(r.type, r.encoding),
        parse_expr=r.type.expr if r.type is not None else "Any",
    )
    if r.status_code is not None and _is_error(r):
        r = replace(r, error_class=error_class_name(r.status_code))
    return r


def _body(body: ir.RequestBody | None) -> ir.RequestBody | None:
    if body is None:
        return None
    flatten = bool(body.fields) and body.type.is_model and body.encoding in ("json", "form", "multipart")
    value = {"text": "str", "binary": "bytes"}.get(body.encoding, body.type.expr)
    fields = tuple(_documented_field(f) for f in body.fields)
    return replace(
        body, fields=fields, flatten=flatten, value_expr=value, body_expr=body_expr(body.type, body.encoding)
    )


def _between(low: str, high: str, unit: str) -> str:
    """``1 to 64 characters``, ``at least 1 item``, ``at most 64 characters`` ("" when unbounded)."""
    if low and high:
        return f"{low} to {high} {unit}s"
    if low or high:
        n = low or high
        return f"{'at least' if low else 'at most'} {n} {unit}{'' if n == '1' else 's'}"
    return ""


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def constraints_doc(c: ir.Constraints, default_expr: str | None, type_: ir.TypeInfo, default_word: str) -> str:
    """The sentences a docstring gives for a value's enum, default and constraints ("" when it has none)."""
    literals = ", ".join(f"``{v}``" for v in c.enum)
    bounds = [
        f"{word} {value}"
        for word, value in (
            ("at least", c.minimum),
            ("greater than", c.exclusive_minimum),
            ("at most", c.maximum),
            ("less than", c.exclusive_maximum),
            ("a multiple of", c.multiple_of),
        )
        if value is not None
    ]
    items = [_between(_count(c.min_items), _count(c.max_items), "item"), "unique items" if c.unique_items else ""]
    sentences = [
        f"{'Each item one' if type_.kind == 'array' else 'One'} of {literals}" if c.enum else "",
        f"{default_word} ``{default_expr}``" if default_expr is not None else "",
        ", ".join(bounds),
        _between(_count(c.min_length), _count(c.max_length), "character"),
        f"Pattern ``{c.pattern}``" if c.pattern is not None else "",
        ", ".join(i for i in items if i),
        f"Format ``{c.format}``" if c.format else "",
    ]
    return " ".join(s[0].upper() + s[1:] + "." for s in sentences if s)


def _documented_parameter(p: ir.Parameter) -> ir.Parameter:
    doc = constraints_doc(p.constraints, p.default_doc or p.default_expr, p.type, "Server default")
    return replace(p, constraints=replace(p.constraints, doc=doc))


def _documented_field(f: ir.BodyField) -> ir.BodyField:
    doc = constraints_doc(f.constraints, f.default_doc or f.default_expr, f.type, "Default")
    return replace(f, constraints=replace(f.constraints, doc=doc))


def pagination_summary(p: ir.Pagination) -> str:
    """How ``iter_``/``page_`` methods follow pages, in one sentence."""
    more = f" or ``{'.'.join(p.has_more_path)}`` is false" if p.has_more_path else ""
    if p.style == "next_url":
        return f"Follows the absolute next-page URL in ``{'.'.join(p.next_path)}`` until it is null."
    if p.style == "link":
        return 'Follows the ``Link: <...>; rel="next"`` response header until a response has none.'
    if p.style == "cursor" and p.next_path:
        return f"Sends ``{p.param}`` = the body's ``{'.'.join(p.next_path)}`` until it is null or empty{more}."
    if p.style == "cursor":
        stop = f"while ``{'.'.join(p.has_more_path)}`` is true" if p.has_more_path else "until a page is empty"
        return f"Sends ``{p.param}`` = the last item's ``{p.cursor_field}`` {stop}."
    step = "the number of items received" if p.style == "offset" else "one"
    return f"Advances ``{p.param}`` by {step} until a page is empty{more}."


def derive_operation(op: ir.Operation, schemes: dict[str, ir.SecurityScheme]) -> ir.Operation:
    """``op`` with every derived decision filled in."""
    responses = tuple(_response(r) for r in op.responses)
    values = list(dict.fromkeys(r.value_expr for r in responses if r.is_success))
    op = replace(op, parameters=tuple(_documented_parameter(p) for p in free_principal(op.parameters)))
    return replace(
        op,
        responses=responses,
        idempotency_header=idempotency_header(op),
        body=_body(op.body),
        path_params=path_params(op),
        path_parts=path_parts(op),
        requirements=requirements(op, schemes),
        return_expr=" | ".join(values) if values else "None",
        allows_anonymous=any(not alt for alt in op.security),
        pagination=replace(op.pagination, summary=pagination_summary(op.pagination)) if op.pagination else None,
    )


_IDEMPOTENCY = re.compile(r"idempotency|idempotent", re.I)
_REQUEST_ID = re.compile(r"^(x-)?([a-z]+-)?request-?id$", re.I)


def idempotency_header(op: ir.Operation) -> str:
    """The header that carries an idempotency key: the one ``x-idempotency-header`` names (``""`` when it
    turns keys off), else a header parameter named like one (``Idempotency-Key``,
    ``I-Twilio-Idempotency-Token``, ...), else ""."""
    if op.idempotency_declared is not None:
        return op.idempotency_declared
    found = [p.name for p in op.parameters if p.location == "header" and _IDEMPOTENCY.search(p.name)]
    return found[0] if found else ""


def request_id_headers(operations: tuple[ir.Operation, ...]) -> tuple[str, ...]:
    """Response headers the spec documents that name a request id, lower case, first seen first."""
    names = (h.lower() for op in operations for r in op.responses for h in r.headers)
    return tuple(dict.fromkeys(n for n in names if _REQUEST_ID.match(n)))


def auth_required(operations: tuple[ir.Operation, ...]) -> bool:
    """True when every operation needs credentials (no operation, and no alternative, is anonymous)."""
    return bool(operations) and all(op.security and all(op.security) for op in operations)


def env_prefix(package: str) -> str:
    """The client's environment variable prefix: the package's last name, upper case (``ROOMS``)."""
    return re.sub(r"\W", "_", package.rsplit(".", 1)[-1]).upper()


def _client_schemes(api: ir.Api, callbacks: tuple[ir.Operation, ...]) -> tuple[ir.SecurityScheme, ...]:
    """The schemes the client may send: all but those only webhooks and callbacks use (the API sends those)."""
    used = {name for op in api.operations for alt in op.security for name in alt}
    hooks_only = {name for op in (*api.webhooks, *callbacks) for alt in op.security for name in alt} - used
    return tuple(s for s in api.security_schemes if s.name not in hooks_only)


def client_args(schemes: tuple[ir.SecurityScheme, ...]) -> dict[str, tuple[str, ...]]:
    """The client constructor's arguments per scheme name: plain names, or prefixed when several schemes take any."""
    taking = [s for s in schemes if s.kind in _CLIENT_KINDS]
    several = len(taking) > 1
    out: dict[str, tuple[str, ...]] = {}
    for s in taking:
        if s.kind == "basic":
            out[s.name] = (
                (f"{s.python_name}_username", f"{s.python_name}_password") if several else ("username", "password")
            )
        else:
            out[s.name] = (s.python_name,) if several else ("api_key" if s.kind == "apiKey" else "token",)
    return out


def default_base_url(servers: tuple[ir.Server, ...]) -> str:
    """The first server URL when it is absolute (a relative one cannot be a default ``base_url``)."""
    return servers[0].url if servers and servers[0].url.startswith(("http://", "https://")) else ""


def derive_api(api: ir.Api, callbacks: tuple[ir.Operation, ...] = ()) -> ir.Api:
    """``api`` with the derived decisions of every operation and webhook, and its error classes.

    ``callbacks``: the callback operations (the API sends them, like webhooks), for the client's schemes.
    """
    args = client_args(_client_schemes(api, callbacks))
    prefix = env_prefix(api.package)
    schemes = tuple(
        replace(
            s,
            credential_type=_CREDENTIALS.get(s.kind, "ApiKeyCredentials"),
            client_args=args.get(s.name, ()),
            client_env=tuple(f"{prefix}_{a.upper()}" for a in args.get(s.name, ())),
        )
        for s in api.security_schemes
    )
    by_name = {s.name: s for s in schemes}
    operations = tuple(derive_operation(op, by_name) for op in api.operations)
    webhooks = tuple(derive_operation(op, by_name) for op in api.webhooks)
    derived = replace(
        api,
        security_schemes=schemes,
        operations=operations,
        webhooks=webhooks,
        error_classes=error_classes(operations),
        default_base_url=default_base_url(api.servers),
        secured=any(op.requirements for op in operations),
        request_id_headers=request_id_headers(operations),
        auth_required=auth_required(operations) and any(s.client_args for s in schemes),
        env_prefix=prefix,
    )
    return with_uploads(with_views(derived))


def _client_exprs(op: ir.Operation) -> list[str]:
    exprs = [r.parse_expr for r in op.responses if r.parsed]
    return exprs + ([op.pagination.item_type] if op.pagination is not None else [])


def _viewed_operation(op: ir.Operation, names: tuple[str, ...]) -> ir.Operation:
    responses = tuple(
        replace(r, value_expr=view_expr(r.value_expr, names), parse_expr=view_expr(r.parse_expr, names))
        for r in op.responses
    )
    pagination = op.pagination
    if pagination is not None:
        pagination = replace(pagination, item_type=view_expr(pagination.item_type, names))
    return replace(op, responses=responses, pagination=pagination, return_expr=view_expr(op.return_expr, names))


def with_views(api: ir.Api) -> ir.Api:
    """The client's types point at response views (``responses.X``) of the models responses reach.

    The server keeps ``Response.type`` (the strict models); ``value_expr``, ``parse_expr``,
    ``return_expr``, pagination item types and error classes' models are the client's.
    """
    roots = model_refs(e for op in api.operations for e in _client_exprs(op))
    views = response_views(api.models_source, roots)
    names = views.names
    errors = tuple(replace(ec, models=tuple(view_expr(m, names) for m in ec.models)) for ec in api.error_classes)
    return replace(
        api,
        operations=tuple(_viewed_operation(op, names) for op in api.operations),
        error_classes=errors,
        views_source=views.source,
        view_names=names,
    )
