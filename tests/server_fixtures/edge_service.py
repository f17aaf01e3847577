"""A service for the generated ``server_fixture_edge`` server (tests/server_fixtures/edge.yaml).

Records the arguments it is called with so the test can check how parameters were parsed.
"""

from __future__ import annotations

from server_fixture_edge import models, server
from starlette.applications import Starlette


class EdgeService:
    """Echoes what it receives; a few magic values make it misbehave on purpose."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, object]]] = []

    async def authenticate(
        self, credentials: server.Credentials, context: server.RequestContext
    ) -> str | server.Refusal:
        """``basic:<user>``, ``bearer:<token>`` or ``key:<value>``; the user ``nobody`` and the key ``nope`` are refused."""
        if credentials.bearer is not None:
            return f"bearer:{credentials.bearer.token}"
        if credentials.basic is not None:
            if credentials.basic.username == "nobody":
                return server.Refusal(401, "unknown user")
            if credentials.basic.username == "banned":
                return server.Refusal(403, "banned")
            return f"basic:{credentials.basic.username}"
        if credentials.key is not None and credentials.key.value != "nope":
            return f"key:{credentials.key.value}"
        return server.Refusal()

    async def list_my_items(self, *, principal: str, context: server.RequestContext) -> server.ListMyItemsResult:
        if principal == "basic:teapot":
            return server.ListMyItems4XX(body=models.Problem(title="teapot", status=418), status_code=418)
        if principal == "basic:liar":  # a 4XX response class answering 200: a server bug
            return server.ListMyItems4XX(body=models.Problem(title="liar", status=200), status_code=200)
        return server.ListMyItems200(body=[principal])

    async def get_part(
        self,
        *,
        item_id: int,
        part_no: str,
        ids: list[int] | None = None,
        tag: list[str] | None = None,
        filter: dict[str, str] | None = None,
        session: str | None = None,
        x_flags: list[bool] | None = None,
        class_: str | None = None,
        principal: str | None,
        context: server.RequestContext,
    ) -> server.GetPartResult:
        args: dict[str, object] = {
            "item_id": item_id,
            "part_no": part_no,
            "ids": ids,
            "tag": tag,
            "filter": filter,
            "session": session,
            "x_flags": x_flags,
            "class_": class_,
            "principal": principal,
        }
        self.calls.append(("get-part", args))
        return server.GetPart200(body={"item": item_id, "part": part_no})

    async def put_part_text(
        self, *, item_id: int, part_no: str, body: str, context: server.RequestContext
    ) -> server.PutPartTextResult:
        self.calls.append(("putPartText", {"item_id": item_id, "part_no": part_no, "body": body}))
        return server.PutPartText200(body=body.upper())

    async def head_part(self, *, item_id: int, part_no: str, context: server.RequestContext) -> server.HeadPartResult:
        return server.HeadPart200(headers={"X-Exists": "yes"})

    async def get_blob(self, *, context: server.RequestContext) -> server.GetBlobResult:
        return server.GetBlob200(body=b"\x00\x01binary\xff")

    async def post_note(
        self, *, body: models.PostNoteRequest | None, context: server.RequestContext
    ) -> server.PostNoteResult:
        self.calls.append(("postNote", {"body": body}))
        return server.PostNote204()

    def error_body(self, status: int, message: str, context: server.RequestContext) -> object:
        return {"title": message, "status": status}


def build_app(service: EdgeService) -> Starlette:
    """The generated app serving ``service`` (mypy checks that EdgeService satisfies ``server.Service``)."""
    return server.create_app(service)
