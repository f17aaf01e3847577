"""The service example of docs/services.md: it runs, and its methods have the generated protocol's shape."""

from __future__ import annotations

import asyncio
import inspect
import re
import sys
import types
from pathlib import Path
from typing import Any

from generated.rooms import models
from generated.rooms import server as api

DOC = Path(__file__).resolve().parent.parent / "docs" / "services.md"


def _example() -> dict[str, Any]:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- example: checked by tests/test_docs_services.py -->\n```python\n(.*?)```", text, re.S)
    assert match is not None, "the example block of docs/services.md is gone"
    module = types.ModuleType("services_md_example")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    try:
        exec(compile(match.group(1), str(DOC), "exec"), module.__dict__)  # noqa: S102 - our own documentation
    finally:
        del sys.modules[module.__name__]
    return module.__dict__


def _context() -> api.RequestContext:
    return api.RequestContext("getRoom", "http://testserver", "http://testserver/", {})


def test_the_example_authenticates_once_and_operations_use_the_principal() -> None:
    example = _example()
    service = example["RoomsService"]()
    good = api.Credentials(token=api.BearerToken("dev-api-key"))
    tenant = asyncio.run(service.authenticate(good, _context()))
    assert tenant == example["Tenant"]("dev")
    for bad in (api.Credentials(token=api.BearerToken("nope")), api.Credentials()):
        assert asyncio.run(service.authenticate(bad, _context())) == api.Refusal(401, "Unauthorized")
    missing = asyncio.run(service.get_room(id="r1", principal=tenant, context=_context()))
    assert missing == api.GetRoom404(body=models.Error(error="Room not found"))


def test_the_example_methods_have_the_protocols_signatures() -> None:
    example = _example()
    for name in ("authenticate", "get_room", "error_body"):
        documented = inspect.signature(getattr(example["RoomsService"], name))
        generated = inspect.signature(getattr(api.Service, name))
        assert list(documented.parameters) == list(generated.parameters), name
        for param in ("id", "credentials", "context", "status", "message"):
            if param in generated.parameters:
                assert documented.parameters[param].kind == generated.parameters[param].kind, (name, param)
