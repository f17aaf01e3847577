# generated from tests/golden/read_write/spec.yaml — do not edit
"""Pydantic v2 models for Read and write views 1.0 (import them from ``models``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import MISSING, Field

from ._base import StrictModel


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
