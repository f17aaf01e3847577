"""The control API under ``/_standin/``: reset, state, seed, requests, faults, health.

Every answer is JSON (reset and the deletes: 204). Every endpoint but health wants the admin
token (``StandinOptions.admin_token``) or, without one, the API's own credentials: 401 otherwise.
"""

from __future__ import annotations

import datetime
import json
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .faults import fault_from_json
from .journal import JournalQuery
from .state import parse_state

if TYPE_CHECKING:
    from .app import Standin

__all__ = ["control_app"]

_YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _int(value: str | None, name: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{name} must be an integer") from None


def _since(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    try:
        when = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("since must be an ISO 8601 date-time") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=datetime.UTC)


def journal_query(request: Request) -> JournalQuery:
    """The filters of ``GET /_standin/requests`` (unknown parameters are an error)."""
    q = request.query_params
    allowed = {"method", "path", "status", "operation", "since", "limit", "kind"}
    unknown = set(q) - allowed
    if unknown:
        raise ValueError(f"unknown parameters: {', '.join(sorted(unknown))}; known: {', '.join(sorted(allowed))}")
    kind = q.get("kind", "request")
    if kind not in ("request", "callback", "all"):
        raise ValueError("kind must be request, callback or all")
    return JournalQuery(
        method=q.get("method") or None,
        path=q.get("path") or None,
        status=q.get("status") or None,
        operation=q.get("operation") or None,
        since=_since(q.get("since")),
        limit=_int(q.get("limit"), "limit"),
        kind=kind,
    )


class _Control:
    """The handlers, bound to one stand-in."""

    def __init__(self, standin: Standin) -> None:
        self.standin = standin

    async def health(self, request: Request) -> Response:
        s = self.standin
        return JSONResponse(
            {
                "status": "ok",
                "api": s.api,
                "operations": len(s.operations),
                "state": callable(getattr(s.service, "snapshot", None)),
                "journal": len(s.journal),
                "faults": len(s.faults.listing()),
                "latency_ms": s.faults.latency_ms,
            }
        )

    async def reset(self, request: Request) -> Response:
        self.standin.reset()
        return Response(status_code=204)

    async def state(self, request: Request) -> Response:
        return JSONResponse(self.standin.state())

    async def seed(self, request: Request) -> Response:
        raw = await request.body()
        media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if media in _YAML_TYPES:
            data = parse_state(raw)
        elif media == "application/json" or media.endswith("+json"):
            data = parse_state(raw, yaml_ok=False)
        else:
            return _error(415, f"seed wants application/json or application/yaml, not {media}")
        try:
            loaded = self.standin.seed(data)
        except (KeyError, TypeError, ValueError) as exc:
            return _error(400, f"cannot restore: {type(exc).__name__}: {exc}")
        return JSONResponse({"loaded": loaded})

    async def requests(self, request: Request) -> Response:
        return JSONResponse({"requests": self.standin.requests(journal_query(request))})

    async def clear_requests(self, request: Request) -> Response:
        self.standin.journal.clear()
        return Response(status_code=204)

    async def faults(self, request: Request) -> Response:
        book = self.standin.faults
        return JSONResponse({"faults": book.listing(), "latency_ms": book.latency_ms})

    async def add_fault(self, request: Request) -> Response:
        data = _json_object(await request.body())
        latency = data.pop("latency_ms", None)
        if latency is not None and (not isinstance(latency, int) or isinstance(latency, bool) or latency < 0):
            raise ValueError("latency_ms must be a non-negative integer")
        if latency is None and not data:
            raise ValueError("a fault needs fields (status, delay_ms, drop, ...) or latency_ms")
        answer: dict[str, Any] = {}
        if data:
            fault = self.standin.add_fault(fault_from_json(data))
            answer["fault"] = fault.as_json(fault.times)
        if latency is not None:
            self.standin.faults.latency_ms = latency
        answer["latency_ms"] = self.standin.faults.latency_ms
        return JSONResponse(answer, status_code=201 if data else 200)

    async def clear_faults(self, request: Request) -> Response:
        self.standin.clear_faults()
        return Response(status_code=204)

    async def inbound(self, request: Request) -> Response:
        """Simulated inbound traffic (an SMS to a proxy number), for services that have ``inbound_message``."""
        simulate = getattr(self.standin.service, "inbound_message", None)
        if not callable(simulate):
            raise NotImplementedError(f"{self.standin.api} has no simulated inbound traffic")
        data = _json_object(await request.body())
        fields = {"from": data.get("from"), "to": data.get("to"), "body": data.get("body", "")}
        bad = [name for name, value in fields.items() if not isinstance(value, str)]
        if bad:
            raise ValueError(f"inbound wants string fields from, to and body; bad or missing: {', '.join(bad)}")
        try:
            interaction = simulate(fields["from"], fields["to"], fields["body"])
        except LookupError as exc:
            return _error(404, str(exc).strip("'\""))
        if interaction is None:
            return JSONResponse({"proxied": False, "interaction": None}, status_code=202)
        return JSONResponse({"proxied": True, "interaction": interaction})

    async def remove_fault(self, request: Request) -> Response:
        fault_id = _int(request.path_params["fault_id"], "fault id")
        if fault_id is None or not self.standin.faults.remove(fault_id):
            return _error(404, f"no active fault {request.path_params['fault_id']}")
        return Response(status_code=204)


def _json_object(raw: bytes) -> dict[str, Any]:
    """A JSON object body."""
    try:
        data = json.loads(raw or b"{}")
    except ValueError as exc:
        raise ValueError(f"body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("body must be a JSON object")
    return data


class _Guarded:
    """Health for anyone; the rest for the admin token or the API's credentials; errors as JSON."""

    def __init__(self, standin: Standin, app: ASGIApp) -> None:
        self.standin = standin
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        if request.url.path.rstrip("/").endswith("/_standin/health"):
            await self.app(scope, receive, send)
            return
        if not self.standin.authorized(request.headers):
            scheme = "Bearer" if self.standin.options.admin_token else "Basic"
            challenge = {"WWW-Authenticate": f'{scheme} realm="stand-in control API"'}
            what = "the admin token" if self.standin.options.admin_token else "the API's credentials"
            await _error(401, f"the control API wants {what}", challenge)(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(exc.status_code, exc.detail, dict(exc.headers or {}))


async def _unsupported(request: Request, exc: Exception) -> Response:
    return _error(501, str(exc))


async def _bad_request(request: Request, exc: Exception) -> Response:
    return _error(400, str(exc))


def control_app(standin: Standin) -> ASGIApp:
    """The ASGI app of ``/_standin/...``."""
    c = _Control(standin)
    routes = [
        Route("/_standin/health", c.health, methods=["GET"]),
        Route("/_standin/reset", c.reset, methods=["POST"]),
        Route("/_standin/state", c.state, methods=["GET"]),
        Route("/_standin/seed", c.seed, methods=["POST"]),
        Route("/_standin/requests", c.requests, methods=["GET"]),
        Route("/_standin/requests", c.clear_requests, methods=["DELETE"]),
        Route("/_standin/faults", c.faults, methods=["GET"]),
        Route("/_standin/faults", c.add_fault, methods=["POST"]),
        Route("/_standin/faults", c.clear_faults, methods=["DELETE"]),
        Route("/_standin/faults/{fault_id}", c.remove_fault, methods=["DELETE"]),
        Route("/_standin/inbound", c.inbound, methods=["POST"]),
    ]
    handlers: dict[Any, Any] = {
        HTTPException: _http_error,
        NotImplementedError: _unsupported,
        ValueError: _bad_request,  # StateShapeError included
    }
    inner = Starlette(routes=routes, exception_handlers=handlers)
    inner.router.redirect_slashes = False
    return _Guarded(standin, inner)
