# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""Webhooks and callbacks of Secured hooks 1.0: the requests it sends to you.

Receive them either way:

- ``create_receiver(receiver)`` is an ASGI app serving every hook at its route (listed below;
  ``routes={"<method>": "/path"}`` moves any). Implement ``Receiver``: one ``async`` method per hook,
  plus ``error_body``. Each method gets the request body as its model, already validated; a request
  that does not match the spec is answered 400 (415 for a media type it does not document) with the
  reason, and no method is called. It serves the hooks only (no ``/openapi.json``: that describes
  the API, not your endpoint).
- ``parse_<hook>(body, headers)`` turns the raw body and headers your own endpoint received into the
  same value, or raises ``WebhookError`` (``status``, ``reason``).

Hooks that declare ``security`` get ``principal``: what ``Receiver.authenticate`` made of the
credentials the request sent. It runs once per request, before the body is read; a request without
credentials, or whose ``authenticate`` returns a ``Refusal``, is answered 401 (with a
``WWW-Authenticate`` challenge for basic and bearer schemes) and no method is called. The parse
helpers read bodies only: checking credentials is then your endpoint's business.

Hooks:

- ``invoice_paid``: webhook ``invoicePaid``; POST ``/webhooks/invoicePaid``
- ``file_uploaded``: webhook ``fileUploaded``; POST ``/webhooks/fileUploaded``
- ``heartbeat``: webhook ``heartbeat``; POST ``/webhooks/heartbeat``
- ``on_event``: callback ``onEvent`` of ``subscribe``, sent to ``{$request.body#/callbackUrl}``; POST ``/callbacks/onEvent``
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Protocol, TypeAlias, TypeVar, cast

from starlette.applications import Starlette

from . import _server_runtime as _srt
from . import _webhooks_runtime as _wrt
from . import models
from ._server_runtime import ApiKeyCredentials, BasicCredentials, BearerToken, Refusal, RequestContext
from ._webhooks_runtime import WebhookError

__all__ = [
    "ApiKeyCredentials",
    "BasicCredentials",
    "BearerToken",
    "Credentials",
    "Receiver",
    "Refusal",
    "RequestContext",
    "WebhookError",
    "create_receiver",
    "parse_invoice_paid",
    "InvoicePaidResult",
    "InvoicePaid204",
    "InvoicePaid401",
    "parse_file_uploaded",
    "FileUploadedResult",
    "FileUploaded200",
    "parse_heartbeat",
    "HeartbeatResult",
    "Heartbeat204",
    "parse_on_event",
    "OnEventResult",
    "OnEvent204",
]

PrincipalT = TypeVar("PrincipalT")


@dataclass(frozen=True, slots=True)
class Credentials:
    """The credentials a request sent for each scheme of every security requirement it satisfied (not yet checked).

    A scheme of no satisfied requirement is ``None``; ``Receiver.authenticate`` decides.
    """

    hook_key: ApiKeyCredentials | None = None  # hookKey
    hook_basic: BasicCredentials | None = None  # hookBasic
    hook_bearer: BearerToken | None = None  # hookBearer


# -- webhook invoicePaid: POST /webhooks/invoicePaid


@dataclass(frozen=True, slots=True)
class InvoicePaid204:
    """204: received"""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InvoicePaid401:
    """401: not authenticated"""

    STATUS: ClassVar[int | None] = 401
    headers: Mapping[str, str] = field(default_factory=dict)


InvoicePaidResult: TypeAlias = InvoicePaid204 | InvoicePaid401
_InvoicePaidBody = _srt.BodySpec(
    accepted=(("application/json", "json"),),
    type=models.Invoice,
    required=True,
    fields=(
        ("id", "string", "any", False),
        ("amount", "integer", "any", False),
    ),
)
_InvoicePaidParser = _wrt.Parser("invoice_paid", lambda: _srt.Body(_InvoicePaidBody), _srt.HttpError)


def parse_invoice_paid(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.Invoice:
    """The body of a webhook ``invoicePaid`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.Invoice", _InvoicePaidParser(body, headers))


# -- webhook fileUploaded: POST /webhooks/fileUploaded


@dataclass(frozen=True, slots=True)
class FileUploaded200:
    """200: received"""

    STATUS: ClassVar[int | None] = 200
    headers: Mapping[str, str] = field(default_factory=dict)


FileUploadedResult: TypeAlias = FileUploaded200
_FileUploadedBody = _srt.BodySpec(
    accepted=(("multipart/form-data", "multipart"),),
    type=models.Upload,
    required=True,
    fields=(
        ("file", "string", "any", True),
        ("note", "string", "any", False),
        ("pages", "integer", "any", False),
    ),
)
_FileUploadedParser = _wrt.Parser("file_uploaded", lambda: _srt.Body(_FileUploadedBody), _srt.HttpError)


def parse_file_uploaded(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.Upload:
    """The body of a webhook ``fileUploaded`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.Upload", _FileUploadedParser(body, headers))


# -- webhook heartbeat: POST /webhooks/heartbeat


@dataclass(frozen=True, slots=True)
class Heartbeat204:
    """204: received"""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


HeartbeatResult: TypeAlias = Heartbeat204
_HeartbeatBody = _srt.BodySpec(
    accepted=(("application/json", "json"),),
    type=models.Invoice,
    required=True,
    fields=(
        ("id", "string", "any", False),
        ("amount", "integer", "any", False),
    ),
)
_HeartbeatParser = _wrt.Parser("heartbeat", lambda: _srt.Body(_HeartbeatBody), _srt.HttpError)


def parse_heartbeat(body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> models.Invoice:
    """The body of a webhook ``heartbeat`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.Invoice", _HeartbeatParser(body, headers))


# -- callback onEvent: POST /callbacks/onEvent


@dataclass(frozen=True, slots=True)
class OnEvent204:
    """204: received"""

    STATUS: ClassVar[int | None] = 204
    headers: Mapping[str, str] = field(default_factory=dict)


OnEventResult: TypeAlias = OnEvent204
_OnEventBody = _srt.BodySpec(
    accepted=(("application/json", "json"),),
    type=models.Invoice,
    required=True,
    fields=(
        ("id", "string", "any", False),
        ("amount", "integer", "any", False),
    ),
)
_OnEventParser = _wrt.Parser("on_event", lambda: _srt.Body(_OnEventBody), _srt.HttpError)


def parse_on_event(body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> models.Invoice:
    """The body of a callback ``onEvent`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.Invoice", _OnEventParser(body, headers))


class Receiver(Protocol[PrincipalT]):
    """What you do with each request Secured hooks sends you: implement every method.

    ``PrincipalT`` is whatever ``authenticate`` makes of valid credentials (the sender, an account...);
    hooks that declare security receive it as ``principal``.
    """

    async def authenticate(self, credentials: Credentials, context: RequestContext) -> PrincipalT | Refusal:
        """Who the credentials stand for, or a ``Refusal`` (401 by default) when they are not accepted.

        Called once per request to a hook that declares security, before its parameters and body are
        read, with the credentials of every security requirement the request satisfied. A refusal, like
        a request without credentials, is answered with ``error_body`` and the ``WWW-Authenticate``
        challenge of the receiver's realm (``create_receiver(..., realm=...)``).
        """
        ...

    async def invoice_paid(
        self,
        *,
        body: models.Invoice,
        principal: PrincipalT,
        context: RequestContext,
    ) -> InvoicePaidResult:
        """webhook invoicePaid: An invoice was paid; sent with the key you registered."""
        ...

    async def file_uploaded(
        self,
        *,
        body: models.Upload,
        principal: PrincipalT,
        context: RequestContext,
    ) -> FileUploadedResult:
        """webhook fileUploaded: A file was uploaded; sent with basic credentials or a bearer token."""
        ...

    async def heartbeat(
        self,
        *,
        body: models.Invoice,
        context: RequestContext,
    ) -> HeartbeatResult:
        """webhook heartbeat: Declares no security."""
        ...

    async def on_event(
        self,
        *,
        body: models.Invoice,
        principal: PrincipalT,
        context: RequestContext,
    ) -> OnEventResult:
        """callback onEvent"""
        ...

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """The body (a model or a dict) the receiver sends when it answers an error itself.

        It is checked against the schema the hook documents for ``status``; when it does not
        match, a generic ``{"code": status, "message": message}`` is sent instead.
        """
        ...


def create_receiver(
    receiver: Receiver[PrincipalT], *, routes: Mapping[str, str] | None = None, realm: str | None = None
) -> Starlette:
    """The ASGI app receiving every hook at its route; ``routes`` maps method names to other paths.

    ``realm`` names the realm of every ``WWW-Authenticate`` challenge: ``Basic realm="..."`` (``"api"``
    when None) and ``Bearer realm="..."`` (a plain ``Bearer`` when None).
    """
    chosen = _wrt.Routes(
        routes or {},
        {
            "invoice_paid": ("POST", "/webhooks/invoicePaid"),
            "file_uploaded": ("POST", "/webhooks/fileUploaded"),
            "heartbeat": ("POST", "/webhooks/heartbeat"),
            "on_event": ("POST", "/callbacks/onEvent"),
        },
    )
    hooks = (
        _srt.OperationSpec(
            operation_id="invoicePaid",
            method="POST",
            path=chosen["invoice_paid"],
            call=receiver.invoice_paid,
            body=_InvoicePaidBody,
            security=((_srt.SchemeSpec("hook_key", "apiKey", "X-Hook-Key", "header"),),),
            responses=(
                (InvoicePaid204, _srt.ResponseSpec("204")),
                (InvoicePaid401, _srt.ResponseSpec("401")),
            ),
        ),
        _srt.OperationSpec(
            operation_id="fileUploaded",
            method="POST",
            path=chosen["file_uploaded"],
            call=receiver.file_uploaded,
            body=_FileUploadedBody,
            security=(
                (_srt.SchemeSpec("hook_basic", "basic", "", ""),),
                (_srt.SchemeSpec("hook_bearer", "bearer", "", ""),),
            ),
            responses=((FileUploaded200, _srt.ResponseSpec("200")),),
        ),
        _srt.OperationSpec(
            operation_id="heartbeat",
            method="POST",
            path=chosen["heartbeat"],
            call=receiver.heartbeat,
            body=_HeartbeatBody,
            responses=((Heartbeat204, _srt.ResponseSpec("204")),),
        ),
        _srt.OperationSpec(
            operation_id="onEvent",
            method="POST",
            path=chosen["on_event"],
            call=receiver.on_event,
            body=_OnEventBody,
            security=((_srt.SchemeSpec("hook_key", "apiKey", "X-Hook-Key", "header"),),),
            responses=((OnEvent204, _srt.ResponseSpec("204")),),
        ),
    )
    return _srt.build_app(
        hooks,
        receiver.error_body,
        spec_file=None,
        title="Secured hooks",
        docs=False,
        auth=_srt.AuthSpec(receiver.authenticate, Credentials, realm),
    )
