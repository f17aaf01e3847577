"""schemathesis' "undeclared method answers 405" check, for servers that route by path *and* method.

The generated server sends a request to the most specific path that serves its method, so
``DELETE /pets/form`` reaches ``DELETE /pets/{petId}`` when the literal ``/pets/form`` has no
DELETE (405 only when no matching path serves the method). schemathesis' ``unsupported_method``
assumes the literal path owns the URL for every method; this variant skips exactly the requests
another path of the spec serves, and applies the built-in check to all others.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from schemathesis.checks import unsupported_method  # the built-in check, by its public name

__all__ = ["served_by_another_path", "unsupported_method", "unsupported_method_unless_served_elsewhere"]


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"({[^}]+})", template)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts))


def served_by_another_path(case: Any, method: str, path: str) -> bool:
    """Whether a path of the spec other than the case's own matches ``path`` and declares ``method``."""
    paths = case.operation.schema.raw_schema.get("paths", {})
    return any(
        template != case.operation.path
        and isinstance(item, dict)
        and method.lower() in item
        and _template_regex(template).fullmatch(path) is not None
        for template, item in paths.items()
    )


def unsupported_method_unless_served_elsewhere(ctx: Any, response: Any, case: Any) -> bool | None:
    """``unsupported_method``, except for a method another matching path serves."""
    request = response.request
    if served_by_another_path(case, str(request.method), urlsplit(str(request.url)).path):
        return None
    result: bool | None = unsupported_method(ctx, response, case)
    return result
