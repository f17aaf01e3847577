"""The stand-in layer (services/standin): control API, journal, faults, CORS, credentials, state files.

Driven over HTTP in-process (``httpx.ASGITransport``) and, for the dropped connection and the
lifespan's state file, over a real socket (uvicorn in a thread).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from services.standin import Standin, StandinOptions, create_standin


def client_of(standin: Standin) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=standin), base_url="http://standin.test")


@pytest.fixture
async def twilio() -> AsyncIterator[tuple[Standin, httpx.AsyncClient]]:
    standin = create_standin("twilio_proxy")
    async with client_of(standin) as client:
        yield standin, client


async def test_health_answers_without_credentials(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    _, client = twilio
    answer = await client.get("/_standin/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"
    assert answer.json()["api"] == "twilio_proxy"
    assert answer.json()["operations"] == 25


async def test_control_api_wants_the_api_credentials(twilio: tuple[Standin, httpx.AsyncClient]) -> None:
    standin, client = twilio
    assert (await client.post("/_standin/reset")).status_code == 401
    wrong = httpx.BasicAuth("AC00000000000000000000000000000001", "wrong")
    assert (await client.post("/_standin/reset", auth=wrong)).status_code == 401
    answer = await client.post("/_standin/reset", headers=standin.dev_headers())
    assert answer.status_code == 204
    assert answer.content == b""
