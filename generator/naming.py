"""Names are made safe in exactly one place.

Every identifier the generator writes (module, class, function, parameter,
attribute) comes from here: keywords, builtins, leading digits, dashes, dots,
``$``, unicode and collisions after normalisation are all handled.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["NameRegistry", "pascal_case", "safe_identifier", "snake_case", "words"]

_KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
# Builtins may be attribute and parameter names, but a module-level class must not shadow one.
_BUILTINS = frozenset(dir(builtins))
# Names generated code itself uses at module or call level; a spec name equal to one gets a suffix.
_INTERNAL = frozenset(
    {
        "self", "cls", "models", "client", "service", "request", "response", "auth",
        "httpx", "typing", "pydantic", "datetime", "uuid", "decimal", "json", "BaseModel",
        "Field", "MISSING", "Any", "Literal", "Annotated", "Optional", "Union",
    }
)
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")


def _ascii(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any spec string into alphanumeric words (camelCase, snake, kebab, dotted)."""
    return _WORD.findall(_ascii(text))


def snake_case(text: str) -> str:
    """``createParticipant`` -> ``create_participant``; ``X-Request-ID`` -> ``x_request_id``."""
    return "_".join(w.lower() for w in words(text))


def pascal_case(text: str) -> str:
    """``create-participant`` -> ``CreateParticipant`` (existing capitals kept)."""
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def safe_identifier(text: str, *, style: str = "snake", fallback: str = "value") -> str:
    """A valid, non-reserved Python identifier for ``text`` in the given style.

    ``style`` is ``snake`` (functions, attributes, parameters) or ``pascal`` (classes).
    Leading digits get a prefix; keywords, internal names and (for classes) builtins get a ``_`` suffix.
    """
    name = snake_case(text) if style == "snake" else pascal_case(text)
    if not name:
        name = fallback if style == "snake" else pascal_case(fallback)
    if name[0].isdigit():
        name = ("n_" if style == "snake" else "N") + name
    if name in _KEYWORDS or name in _INTERNAL or (style != "snake" and name in _BUILTINS):
        name += "_"
    return name


class NameRegistry:
    """Hands out unique safe names within one namespace, deterministically."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(taken)

    def claim(self, text: str, *, style: str = "snake", fallback: str = "value") -> str:
        """Return a safe identifier for ``text`` not yet handed out here, and reserve it."""
        base = safe_identifier(text, style=style, fallback=fallback)
        name, n = base, 2
        while name in self._taken:
            name = f"{base}{n}" if style == "pascal" else f"{base}_{n}"
            n += 1
        self._taken.add(name)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._taken
