"""How users call a generated client: type-checked with ``mypy --strict`` and run by tests/test_client.py.

It uses the ``widgets`` package that tests/test_client.py generates from
tests/client_fixtures/widgets.yaml (so it is not importable on its own), against an
in-memory fake of the API (``httpx.MockTransport``). Every annotation below is a claim
about the generated signatures that mypy verifies.
"""

from __future__ import annotations

import asyncio
import json

import httpx
from widgets import (
    ApiError,
    AsyncClient,
    BadRequestError,
    Client,
    NotFoundError,
    RawResponse,
    ResponseValidationError,
    models,
    omit,
    responses,
)

WIDGET = {
    "id": "w1",
    "name": "Sprocket",
    "color": "red",
    "price": 2.5,
    "tags": ["metal"],
    "description": None,
    "created_at": "2024-05-01T12:00:00Z",
}


def fake_api(request: httpx.Request) -> httpx.Response:
    """A tiny stand-in for the Widgets API."""
    path, method = request.url.path, request.method
    if path == "/v2/widgets" and method == "GET":
        page = int(request.url.params.get("page", "1"))
        nxt = f"https://api.widgets.test/v2/widgets?page={page + 1}" if page < 2 else None
        item = {**WIDGET, "id": f"w{page}"}
        return httpx.Response(200, json={"widgets": [item], "meta": {"page": page, "next_page_url": nxt}})
    if path == "/v2/widgets" and method == "POST":
        body = json.loads(request.content)
        if not body.get("name"):
            return httpx.Response(400, json={"error": "invalid", "fields": [{"name": "name", "message": "empty"}]})
        return httpx.Response(201, json={**WIDGET, "name": body["name"]})
    if path == "/v2/widgets/missing":
        return httpx.Response(404, json={"error": "no such widget"})
    if path == "/v2/widgets/broken":
        return httpx.Response(200, json={"id": "broken"})
    if method == "PUT":
        return httpx.Response(202, json={"job_id": "job-1"})
    if method == "DELETE":
        return httpx.Response(204)
    return httpx.Response(200, json=WIDGET)


def use_sync() -> list[str]:
    """Every kind of call on the sync client; returns what it saw."""
    seen: list[str] = []
    with Client(bearer_auth="token", retries=0, transport=httpx.MockTransport(fake_api)) as client:
        widget: responses.Widget = client.get_widget("w1", expand=True)
        seen.append(f"{widget.name}:{widget.created_at.year}")
        page: responses.WidgetPage = client.list_widgets(tag=["metal"], color="red", page_size=10)
        seen.append(f"page {page.meta.page}")
        created: responses.Widget = client.create_widget(
            name="Gear", dimensions=models.Dimensions(width=1.0, height=2.0), description=None, price=omit
        )
        seen.append(created.name)
        update: responses.Widget | responses.Job = client.update_widget(
            "w1", name="Gear", in_stock=True, tags=["a", "b"]
        )
        seen.append(update.job_id if isinstance(update, responses.Job) else update.name)
        client.delete_widget("w1")  # 204: returns None
        seen.append("deleted")
        raw: RawResponse[responses.Widget] = client.with_raw_response.get_widget("w1")
        seen.append(f"raw {raw.status_code} {raw.parse().id}")
        seen.extend(w.id for w in client.iter_list_widgets())
        try:
            client.get_widget("missing")
        except NotFoundError as exc:
            error_body: responses.Error = exc.body
            if error_body.error is not None:
                seen.append(f"404 {error_body.error}")
        try:
            client.create_widget(name="")
        except BadRequestError as exc:
            if isinstance(exc.body, responses.InvalidRequest):
                seen.append(f"400 {exc.body.fields[0].name}")
        try:
            client.get_widget("broken")
        except ResponseValidationError as exc:
            seen.append(f"invalid {exc.status_code}")
        except ApiError:
            seen.append("unexpected")
    return seen


async def use_async() -> list[str]:
    """The same calls on the async client."""
    seen: list[str] = []
    async with AsyncClient(bearer_auth="token", transport=httpx.MockTransport(fake_api)) as client:
        widget: responses.Widget = await client.get_widget("w1")
        seen.append(widget.name)
        update: responses.Widget | responses.Job = await client.update_widget("w1", name="Gear")
        seen.append(update.job_id if isinstance(update, responses.Job) else update.name)
        raw: RawResponse[None] = await client.with_raw_response.delete_widget("w1")
        seen.append(f"raw {raw.status_code}")
        seen.extend([w.id async for w in client.iter_list_widgets(tag=["metal"])])
        try:
            await client.get_widget("missing")
        except NotFoundError as exc:
            seen.append(f"404 {exc.status_code}")
    return seen


if __name__ == "__main__":
    print(use_sync())
    print(asyncio.run(use_async()))
