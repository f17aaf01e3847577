# generated from tests/golden/read_write/spec.yaml — do not edit
"""Response views of Read and write views 1.0 (import them from ``responses``)."""

from __future__ import annotations

from datetime import date, datetime

from ._base import ResponseModel


class Badge(ResponseModel):
    """
    Only answered (in Team), so it has one view.
    """

    id: int | None = None
    label: str | None = None


class Profile(ResponseModel):
    nickname: str | None = None
    updated_at: date | None = None


class Team(ResponseModel):
    id: int
    members: list[User]
    badges: list[Badge] | None = None


class User(ResponseModel):
    id: int
    """
    Assigned by the server.
    """
    created_at: datetime | None = None
    name: str
    profile: Profile | None = None
