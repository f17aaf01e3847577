# generated from tests/golden/read_write/spec.yaml — do not edit
"""Pydantic v2 models for Read and write views 1.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import MISSING, Field

from ._base import StrictModel


class BadgeListRequest(StrictModel):
    """
    No operation uses it, so it keeps both views, and its write view keeps the write view of Badge that it names (which the response-only Badge alone would not keep).
    """

    badges: list[BadgeRequest] | MISSING = MISSING


class BadgeList(StrictModel):
    """
    No operation uses it, so it keeps both views, and its write view keeps the write view of Badge that it names (which the response-only Badge alone would not keep).
    """

    badges: list[Badge] | MISSING = MISSING


class BadgeRequest(StrictModel):
    """
    Only answered (in Team), so it has one view.
    """

    label: str | MISSING = MISSING


class Badge(StrictModel):
    """
    Only answered (in Team), so it has one view.
    """

    id: int | MISSING = MISSING
    label: str | MISSING = MISSING


class ChangePasswordPathParams(StrictModel):
    user_id: Annotated[int, Field(alias="userId")]


class ChangePasswordRequest(StrictModel):
    old: str
    new: Annotated[str, Field(min_length=8)]


class GetTeamPathParams(StrictModel):
    team_id: Annotated[int, Field(alias="teamId")]


class GetUserPathParams(StrictModel):
    user_id: Annotated[int, Field(alias="userId")]


class ProfileRequest(StrictModel):
    nickname: str | MISSING = MISSING


class Profile(StrictModel):
    nickname: str | MISSING = MISSING
    updated_at: date | MISSING = MISSING


class Team(StrictModel):
    id: int
    members: list[User]
    badges: list[Badge] | MISSING = MISSING


class UserRequest(StrictModel):
    name: str
    password: Annotated[str, Field(min_length=8)]
    profile: ProfileRequest | MISSING = MISSING


class User(StrictModel):
    id: int
    """
    Assigned by the server.
    """
    created_at: datetime | MISSING = MISSING
    name: str
    profile: Profile | MISSING = MISSING
