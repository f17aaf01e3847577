"""What a contract run is asked to do (:class:`ContractOptions`) and how its names are resolved."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["PHASES", "ContractOptions", "ContractUsageError", "import_object", "parse_header"]

PHASES = ("examples", "coverage", "fuzzing", "stateful")


class ContractUsageError(Exception):
    """Bad options or an unusable spec: exit code 2."""


@dataclass(frozen=True)
class ContractOptions:
    """One contract run: a spec against a live server (``url``) or an ASGI app built in-process (``app``).

    ``app`` is ``module:factory`` (a callable without arguments returning an ASGI app); library users
    may pass ``app_factory`` instead. ``reset_hook`` is ``module:function``, called with the base URL
    (``None`` for an app) before every stateful scenario and every operation's stateless test.
    """

    spec: Path
    url: str | None = None
    app: str | None = None
    app_factory: Callable[[], Any] | None = None
    headers: tuple[tuple[str, str], ...] = ()
    auth: tuple[str, str] | None = None
    max_examples: int = 100
    seed: int = 0
    stateful_steps: int = 10
    phases: tuple[str, ...] = PHASES
    exclude_checks: tuple[str, ...] = ()
    junit_xml: Path | None = None
    reset_hook: str | None = None
    schemathesis_config: Path | None = None
    verbose: bool = False

    def problems(self) -> list[str]:
        """Usage errors, worded for the command line (empty when the options are usable)."""
        out: list[str] = []
        if (self.url is None) == (self.app is None and self.app_factory is None):
            out.append("give exactly one of --url URL and --app module:factory")
        if not self.spec.is_file():
            out.append(f"spec not found: {self.spec}")
        if self.max_examples < 1:
            out.append("--max-examples must be at least 1")
        unknown = [p for p in self.phases if p not in PHASES]
        if unknown or not self.phases:
            out.append(f"unknown phase {unknown[0] if unknown else '(none)'!r} (phases: {', '.join(PHASES)})")
        if self.schemathesis_config is not None and not self.schemathesis_config.is_file():
            out.append(f"schemathesis configuration not found: {self.schemathesis_config}")
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            out.append(f"--url must start with http:// or https://, got {self.url!r}")
        return out


def parse_header(text: str) -> tuple[str, str]:
    """``'Name: value'`` (as schemathesis' and curl's ``-H``) into ``(name, value)``."""
    name, sep, value = text.partition(":")
    if not sep or not name.strip() or name != name.strip():
        raise ContractUsageError(f"header must look like 'Name: value', got {text!r}")
    return name, value.strip()


def import_object(reference: str, what: str) -> Any:
    """``module:attribute`` (the current directory importable, as for uvicorn) into the object."""
    module_name, sep, attribute = reference.partition(":")
    if not sep or not module_name or not attribute:
        raise ContractUsageError(f"{what} must look like module:function, got {reference!r}")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ContractUsageError(f"cannot import {module_name!r} for {what}: {exc}") from exc
    target: Any = module
    for part in attribute.split("."):
        if not hasattr(target, part):
            raise ContractUsageError(f"{module_name!r} has no {attribute!r} ({what})")
        target = getattr(target, part)
    if not callable(target):
        raise ContractUsageError(f"{reference} is not callable ({what})")
    return target
