# generated from specs/bandwidth_webrtc.yaml — do not edit
"""Webhooks and callbacks of Bandwidth WebRTC API 1.0.0: the requests it sends to you.

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

- ``participant_event``: callback ``participantEvent`` of ``createParticipant``, sent to ``{$request.body#/callbackUrl}``; POST ``/callbacks/participantEvent``
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
    "parse_participant_event",
    "ParticipantEventResult",
    "ParticipantEvent200",
]


# -- callback participantEvent: POST /callbacks/participantEvent


@dataclass(frozen=True, slots=True)
class ParticipantEvent200:
    """200: Received (any 2xx)."""

    STATUS: ClassVar[int | None] = 200
    headers: Mapping[str, str] = field(default_factory=dict)


ParticipantEventResult: TypeAlias = ParticipantEvent200
_ParticipantEventBody = _srt.BodySpec(
    accepted=(("application/json", "json"),),
    type=models.ParticipantEvent,
    required=True,
    fields=(
        ("event", "string", "any", False),
        ("timestamp", "string", "any", False),
        ("participantId", "string", "any", False),
        ("deviceId", "string", "any", False),
        ("tag", "string", "any", False),
    ),
)
_ParticipantEventParser = _wrt.Parser("participant_event", lambda: _srt.Body(_ParticipantEventBody), _srt.HttpError)


def parse_participant_event(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()
) -> models.ParticipantEvent:
    """The body of a callback ``participantEvent`` request (POST), parsed and validated.

    ``headers`` needs the request's ``Content-Type``; raises ``WebhookError`` when the body does not match the spec.
    """
    return cast("models.ParticipantEvent", _ParticipantEventParser(body, headers))


class Receiver(Protocol):
    """What you do with each request Bandwidth WebRTC API sends you: implement every method."""

    async def participant_event(
        self,
        *,
        body: models.ParticipantEvent,
        context: RequestContext,
    ) -> ParticipantEventResult:
        """callback participantEvent: A participant life-cycle event (the participant's callbackUrl)"""
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
            "participant_event": ("POST", "/callbacks/participantEvent"),
        },
    )
    hooks = (
        _srt.OperationSpec(
            operation_id="participantEvent",
            method="POST",
            path=chosen["participant_event"],
            call=receiver.participant_event,
            body=_ParticipantEventBody,
            responses=((ParticipantEvent200, _srt.ResponseSpec("200")),),
        ),
    )
    return _srt.build_app(
        hooks,
        receiver.error_body,
        spec_file=None,
        title="Bandwidth WebRTC API",
        docs=False,
    )
