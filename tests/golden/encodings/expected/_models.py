# generated from tests/golden/encodings/spec.yaml — do not edit
"""Pydantic v2 models for Encodings 1.0.0 (import them from ``models``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import MISSING, Field

from ._base import StrictModel


class Error(StrictModel):
    message: str


class Event(StrictModel):
    seq: int
    kind: Literal["created", "deleted"]


class FormInput(StrictModel):
    name: str
    count: int | MISSING = MISSING
    tags: list[str] | MISSING = MISSING


class GetBlobPathParams(StrictModel):
    blob_id: Annotated[str, Field(alias="blobId")]


class ListEventsQueryParams(StrictModel):
    limit: Annotated[int | MISSING, Field(ge=1, le=100)] = MISSING


class PutNotePathParams(StrictModel):
    note_id: Annotated[str, Field(alias="noteId")]


class Upload(StrictModel):
    title: str | MISSING = MISSING
    size: int
    sha256: str | MISSING = MISSING


class UploadRequest(StrictModel):
    title: str | MISSING = MISSING
    """
    A caption for the file.
    """
    file: bytes
