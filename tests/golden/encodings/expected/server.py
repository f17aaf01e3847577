# generated from tests/golden/encodings/spec.yaml — do not edit
"""Server for Encodings 1.0.0.

Implement ``Service`` (one ``async`` method per operation, plus ``error_body``) and serve
``create_app(service)`` with any ASGI server. Each method gets its parameters already validated
against the spec, the request body as its model and a ``RequestContext``; it returns one of the
operation's response classes. The generated layer answers bad input, missing credentials, unknown
routes and methods, and wrong media types itself, in the spec's error shape (see ``Service.error_body``).

Files arrive as ``UploadFile``: the content (it is a ``bytes``; ``.content`` is the plain one) with
the ``filename`` and ``content_type`` the client sent. A multipart body with files is its model's
``...Files`` subclass, whose file fields are ``UploadFile``; a whole binary body is one ``UploadFile``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol, TypeAlias

from starlette.applications import Starlette

from . import _server_runtime as _rt
from . import models
from ._server_runtime import ApiKeyCredentials, BasicCredentials, BearerToken, Refusal, RequestContext, UploadFile

__all__ = [
    "ApiKeyCredentials",
    "BasicCredentials",
    "BearerToken",
    "Refusal",
    "RequestContext",
    "Service",
    "UploadFile",
    "UploadRequestFiles",
    "create_app",
    "SubmitFormResult",
    "SubmitForm200",
    "UploadResult",
    "Upload201",
    "GetBlobResult",
    "GetBlob200",
    "GetBlob404",
    "ListEventsResult",
    "ListEvents200",
    "PutNoteResult",
    "PutNote200",
]


class UploadRequestFiles(models.UploadRequest):
    """``models.UploadRequest`` as a multipart request brings it: each file an ``UploadFile`` (a ``bytes`` with its file name and media type)."""

    file: UploadFile  # type: ignore[assignment, unused-ignore]


# -- POST /forms (submitForm)


@dataclass(frozen=True, slots=True)
class SubmitForm200:
    """200: The form as the server read it."""

    STATUS: ClassVar[int | None] = 200
    body: models.FormInput
    headers: Mapping[str, str] = field(default_factory=dict)


SubmitFormResult: TypeAlias = SubmitForm200


# -- POST /uploads (upload)


@dataclass(frozen=True, slots=True)
class Upload201:
    """201: What arrived."""

    STATUS: ClassVar[int | None] = 201
    body: models.Upload
    headers: Mapping[str, str] = field(default_factory=dict)


UploadResult: TypeAlias = Upload201


# -- GET /blobs/{blobId} (getBlob)


@dataclass(frozen=True, slots=True)
class GetBlob200:
    """200: The raw bytes."""

    STATUS: ClassVar[int | None] = 200
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GetBlob404:
    """404: No such blob."""

    STATUS: ClassVar[int | None] = 404
    body: models.Error
    headers: Mapping[str, str] = field(default_factory=dict)


GetBlobResult: TypeAlias = GetBlob200 | GetBlob404


# -- GET /events (listEvents)


@dataclass(frozen=True, slots=True)
class ListEvents200:
    """200: One event per line."""

    STATUS: ClassVar[int | None] = 200
    body: list[models.Event]
    headers: Mapping[str, str] = field(default_factory=dict)


ListEventsResult: TypeAlias = ListEvents200


# -- PUT /notes/{noteId} (putNote)


@dataclass(frozen=True, slots=True)
class PutNote200:
    """200: The note as stored."""

    STATUS: ClassVar[int | None] = 200
    body: str
    headers: Mapping[str, str] = field(default_factory=dict)


PutNoteResult: TypeAlias = PutNote200


class Service(Protocol):
    """The business logic of Encodings: implement every method."""

    async def submit_form(
        self,
        *,
        body: models.FormInput,
        context: RequestContext,
    ) -> SubmitFormResult:
        """POST /forms"""
        ...

    async def upload(
        self,
        *,
        body: UploadRequestFiles,
        context: RequestContext,
    ) -> UploadResult:
        """POST /uploads"""
        ...

    async def get_blob(
        self,
        *,
        blob_id: str,
        context: RequestContext,
    ) -> GetBlobResult:
        """GET /blobs/{blobId}"""
        ...

    async def list_events(
        self,
        *,
        limit: int | None = None,
        context: RequestContext,
    ) -> ListEventsResult:
        """GET /events"""
        ...

    async def put_note(
        self,
        *,
        note_id: str,
        body: str,
        context: RequestContext,
    ) -> PutNoteResult:
        """PUT /notes/{noteId}"""
        ...

    def error_body(self, status: int, message: str, context: RequestContext) -> object:
        """The body (a model or a dict) the generated layer sends when it answers an error itself.

        It is checked against the schema the operation documents for ``status``; when it does not
        match, a generic ``{"code": status, "message": message}`` is sent instead.
        """
        ...


def create_app(service: Service, *, docs: bool = True) -> Starlette:
    """The ASGI app serving ``service``; ``docs`` adds Swagger UI at ``/docs`` (``/openapi.json`` is always served)."""
    operations = (
        _rt.OperationSpec(
            operation_id="submitForm",
            method="POST",
            path="/forms",
            call=service.submit_form,
            body=_rt.BodySpec(
                accepted=(("application/x-www-form-urlencoded", "form"),),
                type=models.FormInput,
                required=True,
                fields=(
                    ("name", "string", "any", False),
                    ("count", "integer", "any", False),
                    ("tags", "array", "string", False),
                ),
            ),
            responses=((SubmitForm200, _rt.ResponseSpec("200", "application/json", "json", models.FormInput)),),
        ),
        _rt.OperationSpec(
            operation_id="upload",
            method="POST",
            path="/uploads",
            call=service.upload,
            body=_rt.BodySpec(
                accepted=(("multipart/form-data", "multipart"),),
                type=UploadRequestFiles,
                required=True,
                fields=(
                    ("title", "string", "any", False),
                    ("file", "string", "any", True),
                ),
            ),
            responses=((Upload201, _rt.ResponseSpec("201", "application/json", "json", models.Upload)),),
        ),
        _rt.OperationSpec(
            operation_id="getBlob",
            method="GET",
            path="/blobs/{blobId}",
            call=service.get_blob,
            parameters=(_rt.ParamSpec("blobId", "blob_id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.GetBlobPathParams,
            },
            responses=(
                (GetBlob200, _rt.ResponseSpec("200", "application/octet-stream", "binary", bytes)),
                (GetBlob404, _rt.ResponseSpec("404", "application/json", "json", models.Error)),
            ),
        ),
        _rt.OperationSpec(
            operation_id="listEvents",
            method="GET",
            path="/events",
            call=service.list_events,
            parameters=(_rt.ParamSpec("limit", "limit", "query", "integer", "any", "form", True),),
            param_models={
                "query": models.ListEventsQueryParams,
            },
            responses=((ListEvents200, _rt.ResponseSpec("200", "application/x-ndjson", "ndjson", list[models.Event])),),
        ),
        _rt.OperationSpec(
            operation_id="putNote",
            method="PUT",
            path="/notes/{noteId}",
            call=service.put_note,
            parameters=(_rt.ParamSpec("noteId", "note_id", "path", "string", "any", "simple", False),),
            param_models={
                "path": models.PutNotePathParams,
            },
            body=_rt.BodySpec(
                accepted=(("text/plain", "text"),),
                type=str,
                required=True,
                fields=(),
            ),
            responses=((PutNote200, _rt.ResponseSpec("200", "text/plain", "text", str)),),
        ),
    )
    return _rt.build_app(
        operations,
        service.error_body,
        spec_file=Path(__file__).with_name("openapi.json"),
        title="Encodings",
        docs=docs,
        base_path="",
    )
