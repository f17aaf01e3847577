# generated from specs/twilio_proxy.yaml — do not edit
"""Webhooks and callbacks of Twilio Proxy API v1 1.0.0: the requests it sends to you.

Receive them either way:

- ``create_receiver(receiver)`` is an ASGI app serving every hook at its route (listed below;
  ``routes={"<method>": "/path"}`` moves any). Implement ``Receiver``: one ``async`` method per hook,
  plus ``error_body``. Each method gets the request body as its model, already validated; a request
  that does not match the spec is answered 400 (415 for a media type it does not document) with the
  reason, and no method is called. It serves the hooks only (no ``/openapi.json``: that describes
  the API, not your endpoint).
- ``parse_<hook>(body, headers)`` turns the raw body and headers your own endpoint received into the
  same value, or raises ``WebhookError`` (``status``, ``reason``).

Hooks:

- ``interaction_callback``: callback ``interactionCallback`` of ``CreateService, UpdateService``, sent to ``{$request.body#/CallbackUrl}``; POST ``/callbacks/interactionCallback``
- ``intercept_callback``: callback ``interceptCallback`` of ``CreateService, UpdateService``, sent to ``{$request.body#/InterceptCallbackUrl}``; POST ``/callbacks/interceptCallback``
- ``out_of_session_callback``: callback ``outOfSessionCallback`` of ``CreateService, UpdateService``, sent to ``{$request.body#/OutOfSessionCallbackUrl}``; POST ``/callbacks/outOfSessionCallback``
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Protocol, TypeAlias, cast

from starlette.applications import Starlette

from . import _server_runtime as _srt
from . import _webhooks_runtime as _wrt
from . import models
from ._server_runtime import RequestContext
from ._webhooks_runtime import WebhookError

__all__ = [
    "Receiver",
    "RequestContext",
    "WebhookError",
    "create_receiver",
    "parse_interaction_callback",
    "InteractionCallbackResult",
    "InteractionCallback200",
    "parse_intercept_callback",
    "InterceptCallbackResult",
    "InterceptCallback200",
    "InterceptCallback403",
    "parse_out_of_session_callback",
    "OutOfSessionCallbackResult",
    "OutOfSessionCallback200",
]


# -- callback interactionCallback: POST /callbacks/interactionCallback


@dataclass(frozen=True, slots=True)
class InteractionCallback200:
    """200: Received (any 2xx)."""

    STATUS: ClassVar[int | None] = 200
    headers: Mapping[str, str] = field(default_factory=dict)


InteractionCallbackResult: TypeAlias = InteractionCallback200
_InteractionCallbackBody = _srt.BodySpec(
    accepted=(("application/x-www-form-urlencoded", "form"),),
    type=models.InteractionCallbackForm,
    required=True,
    fields=(
        ("interactionSid", "string", "any", False),
        ("interactionSessionSid", "string", "any", False),
        ("interactionServiceSid", "string", "any", False),
        ("interactionAccountSid", "string", "any", False),
        ("interactionData", "string", "any", False),
        ("interactionDateCreated", "string", "any", False),
        ("interactionDateUpdated", "string", "any", False),
        ("interactionType", "string", "any", False),
        ("inboundParticipantSid", "string", "any", False),
        ("inboundResourceSid", "string", "any", False),
        ("inboundResourceStatus", "string", "any", False),
        ("inboundResourceType", "string", "any", False),
        ("inboundResourceUrl", "string", "any", False),
        ("outboundParticipantSid", "string", "any", False),
        ("outboundResourceSid", "string", "any", False),
        ("outboundResourceStatus", "string", "any", False),
        ("outboundResourceType", "string", "any", False),
        ("outboundResourceUrl", "string", "any", False),
    ),
)
_InteractionCallbackParser = _wrt.Parser(
    "interaction_callback", lambda: _srt.Body(_InteractionCallbackBody), _srt.HttpError
)


def parse_interaction_callback(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.InteractionCallbackForm:
    """The body of a callback ``interactionCallback`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.InteractionCallbackForm", _InteractionCallbackParser(body, headers))


# -- callback interceptCallback: POST /callbacks/interceptCallback


@dataclass(frozen=True, slots=True)
class InterceptCallback200:
    """200: The Interaction continues (so does any status but 403)."""

    STATUS: ClassVar[int | None] = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InterceptCallback403:
    """403: The Interaction is blocked."""

    STATUS: ClassVar[int | None] = 403
    headers: Mapping[str, str] = field(default_factory=dict)


InterceptCallbackResult: TypeAlias = InterceptCallback200 | InterceptCallback403
_InterceptCallbackBody = _srt.BodySpec(
    accepted=(("application/x-www-form-urlencoded", "form"),),
    type=models.InterceptCallbackForm,
    required=True,
    fields=(
        ("interactionSid", "string", "any", False),
        ("interactionSessionSid", "string", "any", False),
        ("interactionServiceSid", "string", "any", False),
        ("interactionAccountSid", "string", "any", False),
        ("interactionData", "string", "any", False),
        ("interactionDateCreated", "string", "any", False),
        ("interactionDateUpdated", "string", "any", False),
        ("interactionType", "string", "any", False),
        ("inboundParticipantSid", "string", "any", False),
        ("inboundResourceSid", "string", "any", False),
        ("inboundResourceStatus", "string", "any", False),
        ("inboundResourceType", "string", "any", False),
        ("inboundResourceUrl", "string", "any", False),
    ),
)
_InterceptCallbackParser = _wrt.Parser("intercept_callback", lambda: _srt.Body(_InterceptCallbackBody), _srt.HttpError)


def parse_intercept_callback(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.InterceptCallbackForm:
    """The body of a callback ``interceptCallback`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.InterceptCallbackForm", _InterceptCallbackParser(body, headers))


# -- callback outOfSessionCallback: POST /callbacks/outOfSessionCallback


@dataclass(frozen=True, slots=True)
class OutOfSessionCallback200:
    """200: TwiML (`application/xml`), a JSON auto-create answer, or empty."""

    STATUS: ClassVar[int | None] = 200
    headers: Mapping[str, str] = field(default_factory=dict)


OutOfSessionCallbackResult: TypeAlias = OutOfSessionCallback200
_OutOfSessionCallbackBody = _srt.BodySpec(
    accepted=(("application/x-www-form-urlencoded", "form"),),
    type=models.OutOfSessionCallbackForm,
    required=True,
    fields=(
        ("AccountSid", "string", "any", False),
        ("From", "string", "any", False),
        ("To", "string", "any", False),
        ("Body", "string", "any", False),
        ("MessageSid", "string", "any", False),
        ("inboundParticipantSid", "string", "any", False),
        ("outboundParticipantSid", "string", "any", False),
        ("sessionSid", "string", "any", False),
        ("sessionStatus", "string", "any", False),
        ("sessionClosedReason", "string", "any", False),
    ),
)
_OutOfSessionCallbackParser = _wrt.Parser(
    "out_of_session_callback", lambda: _srt.Body(_OutOfSessionCallbackBody), _srt.HttpError
)


def parse_out_of_session_callback(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.OutOfSessionCallbackForm:
    """The body of a callback ``outOfSessionCallback`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.OutOfSessionCallbackForm", _OutOfSessionCallbackParser(body, headers))


class Receiver(Protocol):
    """What you do with each request Twilio Proxy API v1 sends you: implement every method."""

    async def interaction_callback(
        self,
        *,
        x_twilio_signature: str,
        i_twilio_idempotency_token: str | None = None,
        body: models.InteractionCallbackForm,
        context: RequestContext,
    ) -> InteractionCallbackResult:
        """callback interactionCallback: An Interaction was created or its status changed (the Service's CallbackUrl)"""
        ...

    async def intercept_callback(
        self,
        *,
        x_twilio_signature: str,
        i_twilio_idempotency_token: str | None = None,
        body: models.InterceptCallbackForm,
        context: RequestContext,
    ) -> InterceptCallbackResult:
        """callback interceptCallback: An Interaction is about to be forwarded (the Service's InterceptCallbackUrl)"""
        ...

    async def out_of_session_callback(
        self,
        *,
        x_twilio_signature: str,
        i_twilio_idempotency_token: str | None = None,
        body: models.OutOfSessionCallbackForm,
        context: RequestContext,
    ) -> OutOfSessionCallbackResult:
        """callback outOfSessionCallback: Inbound traffic outside an active Session (the Service's OutOfSessionCallbackUrl)"""
        ...

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """The body (a model or a dict) the receiver sends when it answers an error itself.

        It is checked against the schema the hook documents for ``status``; when it does not
        match, a generic ``{"code": status, "message": message}`` is sent instead.
        """
        ...


def create_receiver(receiver: Receiver, *, routes: Mapping[str, str] | None = None) -> Starlette:
    """The ASGI app receiving every hook at its route; ``routes`` maps method names to other paths."""
    chosen = _wrt.Routes(
        routes or {},
        {
            "interaction_callback": ("POST", "/callbacks/interactionCallback"),
            "intercept_callback": ("POST", "/callbacks/interceptCallback"),
            "out_of_session_callback": ("POST", "/callbacks/outOfSessionCallback"),
        },
    )
    hooks = (
        _srt.OperationSpec(
            operation_id="InteractionCallback",
            method="POST",
            path=chosen["interaction_callback"],
            call=receiver.interaction_callback,
            parameters=(
                _srt.ParamSpec("X-Twilio-Signature", "x_twilio_signature", "header", "string", "any", "simple", False),
                _srt.ParamSpec(
                    "I-Twilio-Idempotency-Token",
                    "i_twilio_idempotency_token",
                    "header",
                    "string",
                    "any",
                    "simple",
                    False,
                ),
            ),
            param_models={
                "header": models.InteractionCallbackHeaderParams,
            },
            body=_InteractionCallbackBody,
            responses=((InteractionCallback200, _srt.ResponseSpec("200")),),
        ),
        _srt.OperationSpec(
            operation_id="InterceptCallback",
            method="POST",
            path=chosen["intercept_callback"],
            call=receiver.intercept_callback,
            parameters=(
                _srt.ParamSpec("X-Twilio-Signature", "x_twilio_signature", "header", "string", "any", "simple", False),
                _srt.ParamSpec(
                    "I-Twilio-Idempotency-Token",
                    "i_twilio_idempotency_token",
                    "header",
                    "string",
                    "any",
                    "simple",
                    False,
                ),
            ),
            param_models={
                "header": models.InterceptCallbackHeaderParams,
            },
            body=_InterceptCallbackBody,
            responses=(
                (InterceptCallback200, _srt.ResponseSpec("200")),
                (InterceptCallback403, _srt.ResponseSpec("403")),
            ),
        ),
        _srt.OperationSpec(
            operation_id="OutOfSessionCallback",
            method="POST",
            path=chosen["out_of_session_callback"],
            call=receiver.out_of_session_callback,
            parameters=(
                _srt.ParamSpec("X-Twilio-Signature", "x_twilio_signature", "header", "string", "any", "simple", False),
                _srt.ParamSpec(
                    "I-Twilio-Idempotency-Token",
                    "i_twilio_idempotency_token",
                    "header",
                    "string",
                    "any",
                    "simple",
                    False,
                ),
            ),
            param_models={
                "header": models.OutOfSessionCallbackHeaderParams,
            },
            body=_OutOfSessionCallbackBody,
            responses=((OutOfSessionCallback200, _srt.ResponseSpec("200")),),
        ),
    )
    return _srt.build_app(
        hooks,
        receiver.error_body,
        spec_file=None,
        title="Twilio Proxy API v1",
        docs=False,
    )
