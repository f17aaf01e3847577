"""Diagnostics are values: builders return them, only the CLI prints them."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Diagnostic", "GenerationError", "Level", "escape_chars", "escape_pointer", "has_errors", "pointer"]


class Level(enum.Enum):
    """Severity of a diagnostic."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about a spec, located by file, JSON pointer and (when known) line/column."""

    level: Level
    location: str
    message: str
    file: str = ""
    line: int | None = None
    column: int | None = None

    def format(self) -> str:
        """Render as ``file:line:col: level: message (at pointer)``."""
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        at = f" (at {self.location})" if self.location else ""
        return _printable(f"{where}: {self.level.value}: {self.message}{at}")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def escape_chars(text: str, chars: re.Pattern[str]) -> str:
    """``text`` with every character ``chars`` matches written as a ``\\xNN`` / ``\\uNNNN`` escape."""
    return chars.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def _printable(text: str) -> str:
    """Spec text can hold terminal escapes; show control characters as escapes instead."""
    return escape_chars(text, _UNPRINTABLE)


class GenerationError(Exception):
    """Raised internally to abort a build with located diagnostics."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        super().__init__("; ".join(d.format() for d in diagnostics))
        self.diagnostics = tuple(diagnostics)


def escape_pointer(token: str | int) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer such as ``#/paths/~1pets/get`` from raw tokens."""
    return "#" + "".join("/" + escape_pointer(t) for t in tokens)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    """True when any diagnostic is an error."""
    return any(d.level is Level.ERROR for d in diagnostics)
