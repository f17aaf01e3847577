"""A service for the generated ``server_fixture_uploads`` server (tests/server_fixtures/uploads.yaml).

It answers what arrived: each file's field, name, media type, size and digest. ``client_calls``
calls the generated client with every kind of file input; ``mypy --strict`` checks both against
the generated signatures (tests/test_uploads.py).
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pydantic import MISSING
from server_fixture_uploads import Client, models, responses, server
from server_fixture_uploads.client import FileInput


def _info(field: str, upload: server.UploadFile) -> models.FileInfo:
    digest = hashlib.sha256(upload.content).hexdigest()
    return models.FileInfo(
        field=field, filename=upload.filename, content_type=upload.content_type, size=len(upload), sha256=digest
    )


class UploadService:
    """Reports every file it receives (typed: ``UploadFile`` has ``filename`` and ``content_type``)."""

    async def upload_avatar(
        self, *, user_id: str, body: server.UploadAvatarRequestFiles, context: server.RequestContext
    ) -> server.UploadAvatarResult:
        files = [_info("image", body.image)]
        if body.thumb_nail is not MISSING:
            files.append(_info("thumb-nail", body.thumb_nail))
        if body.extras is not MISSING:
            files += [_info("extras", extra) for extra in body.extras]
        received = models.Received(files=files, caption=body.caption, width=body.width, name=user_id)
        return server.UploadAvatar200(body=received)

    async def put_blob(
        self, *, name: str, body: server.UploadFile, context: server.RequestContext
    ) -> server.PutBlobResult:
        return server.PutBlob200(body=models.Received(files=[_info("body", body)], name=name))

    def error_body(self, status: int, message: str, context: server.RequestContext) -> object:
        return {"code": status, "message": message}


def client_calls(client: Client, folder: Path) -> list[responses.Received]:
    """One call per kind of file input (bytes, a binary file, (name, content), (name, content, type))."""
    path = folder / "photo.png"
    path.write_bytes(b"\x89PNG fake")
    extras: list[FileInput] = [b"raw", ("notes.txt", io.BytesIO(b"n")), ("data.bin", b"\x00\x01", "application/x-bin")]
    out = []
    with path.open("rb") as image:
        out.append(client.upload_avatar("ann", image=image, thumb_nail=("t.jpg", b"jpg"), extras=extras, width=3))
    out.append(client.upload_avatar("bob", image=b"only bytes", caption="plain"))
    with path.open("rb") as blob:
        out.append(client.put_blob("from-file", body=blob))
    out.append(client.put_blob("from-bytes", body=b"\x00" * 10))
    return out
