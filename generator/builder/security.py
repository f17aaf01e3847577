"""Security: the schemes an API declares and the requirements each operation names."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..diagnostics import pointer
from ..naming import NameRegistry
from .catalog import Catalog
from .plans import FoundOperation
from .report import Report
from .values import free_text

__all__ = ["check_declared", "requirements", "security_schemes"]


def check_declared(catalog: Catalog, found: FoundOperation) -> None:
    """Every scheme an operation's effective ``security`` names is declared (checked before any model exists)."""
    declared = catalog.section("securitySchemes")
    own = "security" in found.op or found.is_webhook
    for i, req in enumerate((found.op.get("security") if own else catalog.doc.get("security")) or []):
        for scheme in req if isinstance(req, dict) else ():
            if scheme not in declared:
                at = f"{found.where}/security/{i}" if own else pointer("security", i)
                catalog.report.fail(at, f"unknown security scheme {scheme!r}")


def _kind(scheme: dict[str, Any]) -> str:
    """``basic`` / ``bearer`` for those HTTP schemes, ``http`` for other HTTP schemes, else the scheme type."""
    kind = str(scheme.get("type", ""))
    if kind != "http":
        return kind
    http = str(scheme.get("scheme", "")).lower()
    return http if http in ("basic", "bearer") else "http"


def security_schemes(catalog: Catalog) -> tuple[ir.SecurityScheme, ...]:
    """``components/securitySchemes`` in spec order, each with a unique Python name."""
    schemes = []
    names = NameRegistry()
    for name, raw in (catalog.doc.get("components", {}).get("securitySchemes") or {}).items():
        s = catalog.deref(raw, pointer("components", "securitySchemes", name))
        schemes.append(
            ir.SecurityScheme(
                name,
                names.claim(name, fallback="scheme"),
                _kind(s),
                str(s.get("name") or ""),
                str(s.get("in") or ""),
                free_text(s.get("description")),
            )
        )
    return tuple(schemes)


def requirements(
    op: dict[str, Any], default: Any, known: set[str], where: str, report: Report
) -> tuple[tuple[str, ...], ...]:
    """The alternatives of AND-ed scheme names an operation requires (its own ``security``, else ``default``)."""
    found: list[tuple[str, ...]] = []
    for i, req in enumerate(op.get("security", default) or []):
        if isinstance(req, dict):
            unknown = [n for n in req if n not in known]
            if unknown:
                report.fail(f"{where}/security/{i}", f"unknown security scheme {unknown[0]!r}")
            found.append(tuple(req))
    return tuple(found)
