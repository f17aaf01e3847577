"""File uploads end to end: tests/server_fixtures/uploads.yaml generated, served and called.

The service (tests/server_fixtures/uploads_service.py) reports each file's field, name, media
type, size and digest, so every check here is about what really crossed the wire: the client
sends the real file name and media type, and the server hands the service an ``UploadFile``.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Job, generate
from tests.packages import importable
from tests.typecheck import MypyResults, MypyTarget, mypy_target

SPEC = Path(__file__).resolve().parent / "server_fixtures" / "uploads.yaml"
SERVICE_FILE = SPEC.with_name("uploads_service.py")
PACKAGE = "server_fixture_uploads"

_OUT = Path(tempfile.mkdtemp(prefix="uploads-fixture-"))
atexit.register(shutil.rmtree, _OUT, ignore_errors=True)
_RESULT = generate([Job(SPEC, PACKAGE)], _OUT)


@pytest.fixture(scope="module")
def pkg() -> Any:
    assert _RESULT.ok, [d.format() for d in _RESULT.diagnostics]
    sys.path[:0] = [str(_OUT), str(SERVICE_FILE.parent)]
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        for path in (str(_OUT), str(SERVICE_FILE.parent)):
            sys.path.remove(path)
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".") or n == "uploads_service"]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def service_module(pkg: ModuleType) -> ModuleType:
    return importlib.import_module("uploads_service")


def _app(pkg: ModuleType, service_module: ModuleType) -> Any:
    server = importlib.import_module(f"{PACKAGE}.server")
    return server.create_app(service_module.UploadService())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _files(received: Any) -> list[tuple[str, str | None, str, int, str]]:
    return [(f.field, f.filename, f.content_type, f.size, f.sha256) for f in received.files]


def test_the_client_sends_names_and_types_and_the_service_gets_upload_files(
    pkg: ModuleType, service_module: ModuleType, tmp_path: Path
) -> None:
    app = _app(pkg, service_module)
    client = pkg.Client("http://test", http_client=httpx.Client(transport=_SyncASGI(app), base_url="http://test"))
    by_file, by_bytes, blob_file, blob_bytes = service_module.client_calls(client, tmp_path)
    png = b"\x89PNG fake"
    assert by_file.name == "ann" and by_file.width == 3
    assert _files(by_file) == [
        ("image", "photo.png", "image/png", len(png), _sha(png)),  # a file object: its own name, type guessed
        ("thumb-nail", "t.jpg", "image/jpeg", 3, _sha(b"jpg")),  # (name, content): type from the name
        ("extras", "extras", "application/octet-stream", 3, _sha(b"raw")),  # bytes: named after the field
        ("extras", "notes.txt", "text/plain", 1, _sha(b"n")),
        ("extras", "data.bin", "application/x-bin", 2, _sha(b"\x00\x01")),  # the type given wins
    ]
    assert (by_bytes.caption, _files(by_bytes)) == (
        "plain",
        [("image", "image", "application/octet-stream", 10, _sha(b"only bytes"))],
    )
    assert _files(blob_file) == [("body", None, "application/octet-stream", len(png), _sha(png))]
    assert _files(blob_bytes) == [("body", None, "application/octet-stream", 10, _sha(b"\x00" * 10))]


def test_a_part_without_a_type_of_its_own_gets_the_declared_one(pkg: ModuleType, service_module: ModuleType) -> None:
    app = _app(pkg, service_module)
    client = pkg.Client("http://test", http_client=httpx.Client(transport=_SyncASGI(app), base_url="http://test"))
    # thumb-nail: 'image/png, image/jpeg'; image: image/* (no type to send: guessed, else octet-stream)
    calls = [
        (b"t", "image/png"),  # no name to guess from: the first declared type
        (("t.txt", b"t"), "image/png"),  # a guess that is not declared
        (("t.jpg", b"t"), "image/jpeg"),  # a guess that is declared
        (("t.gif", b"t", "image/gif"), "image/gif"),  # the caller's type wins
    ]
    for thumb, expected in calls:
        got = client.upload_avatar("u", image=b"i", thumb_nail=thumb)
        assert [(f.field, f.content_type) for f in got.files] == [
            ("image", "application/octet-stream"),
            ("thumb-nail", expected),
        ]
    assert client.upload_avatar("u", image=("i.png", b"i")).files[0].content_type == "image/png"


async def test_async_client_uploads(pkg: ModuleType, service_module: ModuleType) -> None:
    app = _app(pkg, service_module)
    async with pkg.AsyncClient("http://test", transport=httpx.ASGITransport(app=app)) as client:
        got = await client.upload_avatar("a", image=("scan.pdf", b"%PDF", None), extras=[b"1", b"22"])
    assert _files(got) == [
        ("image", "scan.pdf", "application/pdf", 4, _sha(b"%PDF")),
        ("extras", "extras", "application/octet-stream", 1, _sha(b"1")),
        ("extras", "extras", "application/octet-stream", 2, _sha(b"22")),
    ]


async def test_any_client_name_type_and_disposition_reach_the_service(
    pkg: ModuleType, service_module: ModuleType
) -> None:
    app = _app(pkg, service_module)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        files = {"image": ("a b.gif", b"GIF89a", "image/gif")}
        r = await http.post("/avatars/u", files=files, data={"caption": "c", "width": "7"})
        assert r.status_code == 200, r.text
        assert r.json()["files"][0] == {
            "field": "image",
            "filename": "a b.gif",
            "contentType": "image/gif",
            "size": 6,
            "sha256": _sha(b"GIF89a"),
        }
        assert (r.json()["caption"], r.json()["width"]) == ("c", 7)
        headers = {"content-type": "application/octet-stream", "content-disposition": 'attachment; filename="r.bin"'}
        r = await http.put("/blobs/x", content=b"xyz", headers=headers)
        assert r.json()["files"][0]["filename"] == "r.bin"
        bad = await http.post("/avatars/u", files={"caption": ("c.txt", b"c")}, data={})
        assert bad.status_code == 400  # a file where a text field is declared (and the required image missing)
        missing = await http.post("/avatars/u", data={"caption": "no image"}, files={"x": ("", b"")})
        assert missing.status_code == 400


def test_the_generated_signatures_name_the_file_types(pkg: ModuleType) -> None:
    server = importlib.import_module(f"{PACKAGE}.server")
    client = importlib.import_module(f"{PACKAGE}.client")
    assert issubclass(server.UploadAvatarRequestFiles, pkg.models.UploadAvatarRequest)
    assert {"UploadFile", "UploadAvatarRequestFiles"} <= set(server.__all__)
    assert {"FileInput", "FileContent"} <= set(client.__all__)
    source = Path(client.__file__).read_text()
    assert "image: FileInput," in source and "extras: list[FileInput] | Omit = omit," in source
    assert "body: FileContent," in source


@mypy_target("uploads")
def _typed(tmp_path_factory: pytest.TempPathFactory) -> MypyTarget:
    return MypyTarget(_OUT, (PACKAGE,), (SERVICE_FILE,))


@pytest.mark.slow
def test_mypy_strict_proves_the_service_and_the_client_calls(strict_mypy: MypyResults) -> None:
    errors = strict_mypy.errors_of("uploads")
    assert not errors, "\n".join(errors)


class _SyncASGI(httpx.BaseTransport):
    """Drive the ASGI app from a sync client."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import anyio

        async def call() -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

        return anyio.run(call)


async def test_openapi_31_content_media_type_files_are_files_too(tmp_path: Path) -> None:
    """3.1 writes a file as ``contentMediaType`` (no ``format: binary``): the same views, types and round trip."""
    text = SPEC.read_text().replace("openapi: 3.0.3", "openapi: 3.1.0")
    text = text.replace("{type: string, format: binary}", "{type: string, contentMediaType: image/png}")
    text = text.replace("{type: string, nullable: true}", "{type: [string, 'null']}")
    assert "format: binary" not in text
    spec = tmp_path / "uploads31.yaml"
    spec.write_text(text)
    result = generate([Job(spec, "uploads_31")], tmp_path / "out")
    assert result.ok, [d.format() for d in result.diagnostics]
    with importable(tmp_path / "out"):
        pkg = importlib.import_module("uploads_31")
        server = importlib.import_module("uploads_31.server")
        received: list[Any] = []

        class Service:
            async def upload_avatar(self, *, user_id: str, body: Any, context: Any) -> Any:
                received.append(body)
                return server.UploadAvatar200(body=pkg.models.Received(files=[]))

            async def put_blob(self, *, name: str, body: Any, context: Any) -> Any:
                received.append(body)
                return server.PutBlob200(body=pkg.models.Received(files=[]))

            def error_body(self, status: int, message: str, context: Any) -> object:
                return {"message": message}

        transport = httpx.ASGITransport(app=server.create_app(Service()))
        async with pkg.AsyncClient("http://test", transport=transport) as client:
            await client.upload_avatar("u", image=("me.png", b"PNG"), extras=[b"1"])
            await client.put_blob("b", body=b"raw")
        avatar, blob = received
        assert isinstance(avatar, server.UploadAvatarRequestFiles)
        assert (avatar.image, avatar.image.filename, avatar.image.content_type) == (b"PNG", "me.png", "image/png")
        assert [type(e).__name__ for e in avatar.extras] == ["UploadFile"]
        assert isinstance(blob, server.UploadFile) and blob == b"raw"
