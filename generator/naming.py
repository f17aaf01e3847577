"""Names are made safe in exactly one place.

Every identifier the generator writes (module, class, function, parameter,
attribute) comes from here: keywords, builtins, leading digits, dashes, dots,
``$``, unicode and collisions after normalisation are all handled.

* ``snake`` names (functions, parameters, attributes) are lower-case ASCII words joined by ``_``;
  a keyword or a name generated code itself uses gets a ``_`` suffix (``from`` -> ``from_``).
* ``pascal`` names (classes, class prefixes) are ASCII letters and digits only, never an ``_``
  (datamodel-code-generator would fold it away); a keyword, builtin or a name the generated
  modules import gets a suffix (``Model`` by default: ``None`` -> ``NoneModel``).
* A leading digit gets a prefix (``1st`` -> ``n_1st`` / ``N1st``); text with no ASCII letters
  or digits at all (``日本``) falls back to the given fallback.
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
        # call-level names of generated methods and modules generated code refers to
        "self",
        "cls",
        "models",
        "responses",
        "client",
        "service",
        "request",
        "response",
        "auth",
        "httpx",
        "typing",
        "pydantic",
        "datetime",
        "uuid",
        "decimal",
        "json",
        # module-level names of models.py / server.py / client.py that a class must not shadow
        "BaseModel",
        "Field",
        "MISSING",
        "Any",
        "Literal",
        "Annotated",
        "Optional",
        "Union",
        "StrictModel",
        "RootModel",
        "ConfigDict",
        "AnyUrl",
        "Base64Str",
        "EmailStr",
        "Decimal",
        "UUID",
        "TypeAliasType",
        "TypeAdapter",
        "ValidationError",
        "Dict",
        "List",
        "Set",
        "Tuple",
        "Enum",
        "ClassVar",
        "Callable",
        "Mapping",
        "Sequence",
        "Self",
        "Never",
        "Protocol",
        "TypeAlias",
        "Generic",
        "TypeVar",
        "Path",
        "AwareDatetime",
        "NaiveDatetime",
        "Json",
        "SecretStr",
        "Starlette",
        "Request",
        "Headers",
        "Route",
    }
)
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")


def _ascii(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: object) -> list[str]:
    """Split any spec string into alphanumeric ASCII words (camelCase, snake, kebab, dotted, accented)."""
    return _WORD.findall(_ascii(str(text)))


def snake_case(text: object) -> str:
    """``createParticipant`` -> ``create_participant``; ``X-Request-ID`` -> ``x_request_id``."""
    return "_".join(w.lower() for w in words(text))


def pascal_case(text: object) -> str:
    """``create-participant`` -> ``CreateParticipant`` (existing capitals kept)."""
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def safe_identifier(text: object, *, style: str = "snake", fallback: str = "value", suffix: str | None = None) -> str:
    """A valid, non-reserved Python identifier for ``text`` in the given style.

    ``style`` is ``snake`` (functions, attributes, parameters) or ``pascal`` (classes).
    Leading digits get a prefix; keywords and internal names (and, for classes, builtins)
    get ``suffix`` (default ``_`` for snake, ``Model`` for pascal).
    """
    pascal = style == "pascal"
    name = pascal_case(text) if pascal else snake_case(text)
    if not name:
        name = pascal_case(fallback) if pascal else snake_case(fallback)
    if not name:
        name = "Value" if pascal else "value"
    if name[0].isdigit():
        name = ("N" if pascal else "n_") + name
    if name in _KEYWORDS or name in _INTERNAL or (pascal and name in _BUILTINS):
        name += suffix if suffix is not None else ("Model" if pascal else "_")
    return name


class NameRegistry:
    """Hands out unique safe names within one namespace, deterministically (first come, first served)."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(taken)

    def claim(self, text: object, *, style: str = "snake", fallback: str = "value", suffix: str | None = None) -> str:
        """Return a safe identifier for ``text`` not yet handed out here, and reserve it.

        A collision gets a number: ``Pet2`` (pascal) or ``pet_2`` (snake).
        """
        base = safe_identifier(text, style=style, fallback=fallback, suffix=suffix)
        name, n = base, 2
        while name in self._taken:
            name = f"{base}{n}" if style == "pascal" else f"{base}_{n}"
            n += 1
        self._taken.add(name)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._taken
