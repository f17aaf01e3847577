"""What a build reports: warnings as it goes, errors collected per operation and raised together."""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, TypeVar

from ..diagnostics import Diagnostic, GenerationError, Level
from .plans import FoundOperation

__all__ = ["Report"]

T = TypeVar("T")


class Report:
    """Diagnostics of one build, all attributed to the spec ``source``."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.diagnostics: list[Diagnostic] = []  # warnings and notes, returned with the IR
        self.errors: list[Diagnostic] = []  # collected, then raised together by :meth:`raise_errors`

    def warn(self, where: str, message: str, level: Level = Level.WARNING) -> None:
        self.diagnostics.append(Diagnostic(level, where, message, self.source))

    def error(self, where: str, message: str) -> None:
        """Record an error and carry on (the build fails at the next :meth:`raise_errors`)."""
        self.errors.append(Diagnostic(Level.ERROR, where, message, self.source))

    def fail(self, where: str, message: str) -> NoReturn:
        """Stop the current step with one error."""
        raise GenerationError([Diagnostic(Level.ERROR, where, message, self.source)])

    def raise_errors(self) -> None:
        if self.errors:
            raise GenerationError(self.errors)

    def guarded(self, found: FoundOperation, fn: Callable[..., T], *args: object) -> T | None:
        """Run one operation step; a failure becomes an ERROR naming the operation (never a skipped operation)."""
        try:
            return fn(*args)
        except GenerationError as exc:
            self.errors.extend(
                Diagnostic(
                    d.level,
                    d.location or found.where,
                    f"cannot generate {found.label}: {d.message}",
                    d.file or self.source,
                    d.line,
                    d.column,
                )
                for d in exc.diagnostics
            )
        except Exception as exc:  # a bug or an input we do not handle: still located, never a traceback
            self.error(found.where, f"cannot generate {found.label}: internal error {type(exc).__name__}: {exc}")
        return None
