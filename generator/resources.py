"""Where the toolkit's own files are: one rule for rendering, overrides and the ``templates`` command.

An installed copy (a wheel) carries the templates as package data in ``generator/templates``
(pyproject maps the top-level ``templates/`` folder there); a checkout, editable install
included, has them only at the top level. The package resource wins, so an installed
generator never picks up an unrelated ``templates/`` folder next to ``site-packages``.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path

__all__ = ["builtin_templates"]

_MARKER = "models.py.jinja"  # every template set has it


@cache
def builtin_templates() -> Path:
    """The directory holding the built-in ``*.jinja`` templates."""
    packaged = importlib.resources.files(__package__ or "generator").joinpath("templates")
    if isinstance(packaged, Path) and (packaged / _MARKER).is_file():
        return packaged.resolve()
    return Path(__file__).resolve().parent.parent / "templates"
