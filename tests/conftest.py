"""Shared helpers for the service tests: an in-process HTTP client per app."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

with warnings.catch_warnings():  # Starlette 1.x nudges towards httpx2; httpx is what the project pins.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


@pytest.fixture
def make_client() -> Iterator[Any]:
    """``make_client(app, headers=None)``: a Starlette TestClient (closed after the test)."""
    clients: list[TestClient] = []

    def make(app: Any, headers: dict[str, str] | None = None) -> TestClient:
        client = TestClient(app, headers=headers, raise_server_exceptions=True)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
