"""The one rule for media types: which encoding a content type has, and which content to prefer.

The builder decides every body's and response's encoding here and records it in the IR;
the generated server and client only read that decision (they never test media-type
strings themselves).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ENCODINGS", "encoding_of", "media_type", "pick"]

# In order of preference when an operation offers several content types.
ENCODINGS = ("json", "ndjson", "form", "multipart", "text", "binary")
_JSON = re.compile(r"^application/(?:[\w.+-]+\+)?json$")
_NDJSON = frozenset(
    {
        "application/x-ndjson",
        "application/ndjson",
        "application/jsonl",
        "application/x-jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
    }
)


def media_type(content_type: str) -> str:
    """The bare media type: lower-case, parameters (``; charset=...``) removed."""
    return content_type.split(";", 1)[0].strip().lower()


def encoding_of(content_type: str) -> str:
    """``json``, ``ndjson``, ``form``, ``multipart``, ``text`` or ``binary``.

    ``*/*`` counts as JSON: a spec that accepts anything documents its schema in JSON terms.
    """
    media = media_type(content_type)
    if media in ("*/*", "*") or _JSON.match(media):
        return "json"
    if media in _NDJSON:
        return "ndjson"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media.startswith("multipart/"):
        return "multipart"
    if media.startswith("text/"):
        return "text"
    return "binary"


def pick(content_types: Iterable[str]) -> tuple[str, str] | None:
    """The preferred ``(content type, encoding)`` of an operation's offered content; None when empty."""
    ranked = sorted(
        ((ENCODINGS.index(encoding_of(ct)), i, ct) for i, ct in enumerate(content_types)),
    )
    if not ranked:
        return None
    _, _, ct = ranked[0]
    return ct, encoding_of(ct)
