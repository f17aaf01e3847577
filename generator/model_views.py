"""readOnly / writeOnly: one schema, two views.

datamodel-code-generator (``read_only_write_only_model_type="request-response"``) turns a schema
with readOnly or writeOnly fields (in itself or in what it refers to) into ``XRequest`` (no
readOnly fields) and ``XResponse`` (no writeOnly fields). Here: the read view takes the schema's
own name back (``models.User`` is what the API returns), the write view stays ``UserRequest``,
and a view no operation needs (a write view of a schema that is only answered) is left out.
"""

from __future__ import annotations

import ast

__all__ = ["Roots", "unused_views", "view_pair", "view_renames"]


def view_pair(names: list[str]) -> tuple[str, str] | None:
    """The (request, response) classes one schema became, when readOnly/writeOnly split it."""
    if len(names) != 2:
        return None
    request, response = sorted(names, key=lambda n: n.rstrip("0123456789").endswith("Response"))
    ok = request.rstrip("0123456789").endswith("Request") and response.rstrip("0123456789").endswith("Response")
    return (request, response) if ok else None


class Roots:
    """The schemas operations read as requests (bodies, parameters) and write as responses, by name."""

    def __init__(self, requests: set[str], responses: set[str]) -> None:
        self.requests = frozenset(requests)
        self.responses = frozenset(responses)


def unused_views(
    classes: dict[str, ast.ClassDef], class_of: dict[str, str], pairs: list[list[str]], roots: Roots | None
) -> set[str]:
    """View classes no operation reaches in their direction (a response-only schema needs no write view).

    A schema no operation uses at all keeps both views.
    """
    if roots is None or not pairs:
        return set()
    views = {v for _, req, resp in pairs for v in (req, resp)}
    request = {s: req for s, req, _ in pairs if s}
    starts = {request.get(s, class_of.get(s, s)) for s in roots.requests}
    starts |= {class_of.get(s, s) for s in roots.responses}
    starts |= {name for name in classes if name not in views}
    seen = _reached(classes, starts, set())
    # Both views of a schema no operation reaches stay, and so does every view they refer to
    # (``ThingListRequest`` of an unused list schema names ``ThingRequest``, which must stay then).
    unused = {v for _, req, resp in pairs if not {req, resp} & seen for v in (req, resp)}
    seen = _reached(classes, unused, seen)
    dropped: set[str] = set()
    for _, req, resp in pairs:
        if (req in seen) != (resp in seen):
            dropped.add(resp if req in seen else req)
    return dropped


def _reached(classes: dict[str, ast.ClassDef], starts: set[str], seen: set[str]) -> set[str]:
    """``seen`` and the classes ``starts`` refer to, directly or through other classes."""
    seen = set(seen)
    todo = [s for s in starts if s in classes]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += [n.id for n in ast.walk(classes[name]) if isinstance(n, ast.Name) and n.id in classes]
    return seen


def view_renames(classes: dict[str, ast.ClassDef], pairs: list[list[str]], dropped: set[str]) -> dict[str, str]:
    """The read view ``XResponse`` becomes ``X`` (``models.User`` is what the API returns); the write view
    stays ``XRequest``, or becomes ``X`` when only requests use the schema."""
    renames: dict[str, str] = {}
    for _, request, response in pairs:
        kept = request if response in dropped else response
        name = response.removesuffix("Response")
        free = name.isidentifier() and name not in classes and name not in renames.values()
        if response.endswith("Response") and free:
            renames[kept] = name
    return renames
