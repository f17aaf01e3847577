"""Every wire encoding the IR decides, client -> generated server -> service -> client, sync and async.

The golden case ``tests/golden/encodings`` has one operation per encoding: a form body, a
multipart body with a binary part, a binary response, an ndjson response and a text body and
response. Its package is generated into a temporary directory, served in-process by its own
``create_app`` and called through its own ``Client`` and ``AsyncClient``.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Job, generate
from tests.packages import importable

SPEC = Path(__file__).resolve().parent / "golden" / "encodings" / "spec.yaml"
PACKAGE = "encodings_rt"
BLOBS = {"b1": bytes(range(256)) * 3}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("encodings")
    result = generate([Job(SPEC, PACKAGE)], out)
    assert result.ok, [d.format() for d in result.diagnostics]
    with importable(out):
        yield importlib.import_module(PACKAGE)


def _service(pkg: ModuleType) -> Any:
    server, models = importlib.import_module(f"{PACKAGE}.server"), pkg.models
    notes: dict[str, str] = {}

    class Service:
        async def submit_form(self, *, body: Any, context: Any) -> Any:
            return server.SubmitForm200(body=body)

        async def upload(self, *, body: Any, context: Any) -> Any:
            digest = hashlib.sha256(body.file).hexdigest()
            return server.Upload201(body=models.Upload(title=body.title, size=len(body.file), sha256=digest))

        async def get_blob(self, *, blob_id: str, context: Any) -> Any:
            if blob_id not in BLOBS:
                return server.GetBlob404(body=models.Error(message=f"no blob {blob_id}"))
            return server.GetBlob200(body=BLOBS[blob_id])

        async def list_events(self, *, limit: int | None = None, context: Any) -> Any:
            events = [models.Event(seq=i, kind="created" if i % 2 else "deleted") for i in range(limit or 3)]
            return server.ListEvents200(body=events)

        async def put_note(self, *, note_id: str, body: str, context: Any) -> Any:
            notes[note_id] = body
            return server.PutNote200(body=f"{note_id}: {body}")

        def error_body(self, status: int, message: str, context: Any) -> object:
            return {"message": message}

    return Service()


def _clients(pkg: ModuleType) -> tuple[Any, Any]:
    app = importlib.import_module(f"{PACKAGE}.server").create_app(_service(pkg))
    sync = pkg.Client("http://test", http_client=httpx.Client(transport=_SyncASGI(app), base_url="http://test"))
    async_ = pkg.AsyncClient("http://test", transport=httpx.ASGITransport(app=app))
    return sync, async_


class _SyncASGI(httpx.BaseTransport):
    """Drive the ASGI app from a sync client (what Starlette's TestClient does, without its warnings)."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import anyio

        async def call() -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

        return anyio.run(call)


def _call(client: Any, op: str, *args: Any, **kwargs: Any) -> Any:
    """Call one operation; an async client's coroutine runs to completion on its own event loop."""
    result = getattr(client, op)(*args, **kwargs)
    if not inspect.isawaitable(result):
        return result

    async def wait() -> Any:
        return await result

    return asyncio.run(wait())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_form_body_round_trips(pkg: ModuleType, mode: str) -> None:
    client = _clients(pkg)[mode == "async"]
    echoed = _call(client, "submit_form", name="Zoë & co", count=3, tags=["a", "b c"])
    assert isinstance(echoed, pkg.responses.FormInput)
    assert (echoed.name, echoed.count, echoed.tags) == ("Zoë & co", 3, ["a", "b c"])


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_multipart_body_with_a_binary_part_round_trips(pkg: ModuleType, mode: str) -> None:
    client = _clients(pkg)[mode == "async"]
    data = b"\x00\xffbinary\r\n--not-a-boundary\r\n" * 100
    uploaded = _call(client, "upload", file=data, title="scan")
    assert (uploaded.title, uploaded.size, uploaded.sha256) == ("scan", len(data), hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_binary_response_round_trips_and_its_error_is_typed(pkg: ModuleType, mode: str) -> None:
    client = _clients(pkg)[mode == "async"]
    assert _call(client, "get_blob", "b1") == BLOBS["b1"]
    with pytest.raises(pkg.NotFoundError) as caught:
        _call(client, "get_blob", "nope")
    assert caught.value.status_code == 404


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_ndjson_response_round_trips_as_a_list_of_models(pkg: ModuleType, mode: str) -> None:
    client = _clients(pkg)[mode == "async"]
    events = _call(client, "list_events", limit=5)
    assert [(e.seq, e.kind) for e in events] == [(i, "created" if i % 2 else "deleted") for i in range(5)]
    assert all(isinstance(e, pkg.responses.Event) for e in events)
    raw = _call(client.with_raw_response, "list_events", limit=2)
    assert raw.headers["content-type"].startswith("application/x-ndjson")
    assert raw.content.decode().splitlines() == ['{"seq":0,"kind":"deleted"}', '{"seq":1,"kind":"created"}']


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_text_body_and_response_round_trip(pkg: ModuleType, mode: str) -> None:
    client = _clients(pkg)[mode == "async"]
    assert _call(client, "put_note", "n1", body="héllo\nworld") == "n1: héllo\nworld"


def test_multipart_refuses_a_file_in_a_text_field_and_accepts_a_binary_field_sent_as_text(pkg: ModuleType) -> None:
    app = importlib.import_module(f"{PACKAGE}.server").create_app(_service(pkg))
    http = httpx.Client(transport=_SyncASGI(app), base_url="http://test")
    wrong = http.post("/uploads", files={"file": ("a.bin", b"\x00\x01"), "title": ("t.txt", b"caption")})
    assert wrong.status_code == 400 and "'title' must not be a file" in wrong.text
    plain = http.post("/uploads", files={"file": (None, b"plain text")})
    assert plain.status_code == 201 and plain.json()["size"] == len(b"plain text")
    missing = http.post("/uploads", files={"title": (None, b"no file")})
    assert missing.status_code == 400 and "file" in missing.text
