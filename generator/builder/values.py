"""Spec values as generated-code text: free text for docs, and Python literals for JSON values."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["free_text", "py_literal"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def free_text(value: Any) -> str:
    """Free text (titles, descriptions) for docs in generated code: line ends normalised, control characters
    (a NUL cannot even appear in Python source) shown as U+FFFD. Quoting is still the templates' filters' job."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("\ufffd", text)


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (safe: repr of plain data only)."""
    if isinstance(value, bool) or value is None or isinstance(value, int | float | str):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(str(value))
