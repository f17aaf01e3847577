"""A stand-in answers under the spec's server path too (Bandwidth: https://api.webrtc.bandwidth.com/v1)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from services.bandwidth_webrtc import Config, create_app


@pytest.mark.parametrize("prefix", ["", "/v1"])
def test_operations_are_served_at_root_and_under_the_server_path(prefix: str) -> None:
    client = TestClient(create_app())
    headers = Config().dev_headers()
    created = client.post(f"{prefix}/accounts/9900000/participants", json={"tag": "t"}, headers=headers)
    assert created.status_code == 200
    pid = created.json()["participant"]["id"]
    fetched = client.get(f"{prefix}/accounts/9900000/participants/{pid}", headers=headers)
    assert fetched.status_code == 200 and fetched.json()["id"] == pid
    assert client.get(f"{prefix}/accounts/9900000/nothing-here", headers=headers).status_code == 404


def test_other_prefixes_are_not_served() -> None:
    client = TestClient(create_app())
    assert client.post("/v2/accounts/9900000/participants", json={}, headers=Config().dev_headers()).status_code == 404
