"""Typed hand-over between the builder's passes.

Planning an operation (names, hoisted schemas) happens before the models exist; finishing it
(types, the IR operation) happens after. These plans carry everything the second pass needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["BodyPlan", "FoundOperation", "OperationPlan", "ParamPlan", "ResponsePlan"]


@dataclass(frozen=True)
class FoundOperation:
    """An operation object found under ``paths`` or ``webhooks``."""

    path: str  # the path template (or webhook name)
    method: str  # lower-case HTTP method
    op: dict[str, Any]  # the operation object
    shared: list[Any]  # the path item's own ``parameters`` (possibly refs)
    where: str  # JSON pointer of the operation

    @property
    def label(self) -> str:
        """How a diagnostic names the operation."""
        return f"operation {self.op.get('operationId') or '(no operationId)'!s} ({self.method.upper()} {self.path})"

    @property
    def item_where(self) -> str:
        """JSON pointer of the path item."""
        return self.where.rsplit("/", 1)[0]

    @property
    def is_webhook(self) -> bool:
        return self.where.startswith("#/webhooks/")


@dataclass(frozen=True)
class ParamPlan:
    """A parameter: its (dereferenced) object, its hoisted schema and its argument name."""

    raw: dict[str, Any]
    schema: dict[str, Any]
    python_name: str

    @property
    def location(self) -> str:
        return str(self.raw["in"])

    @property
    def required(self) -> bool:
        return bool(self.raw.get("required")) or self.location == "path"


@dataclass(frozen=True)
class BodyPlan:
    """The request body: its object, the chosen content type and encoding, its hoisted schema."""

    raw: dict[str, Any]
    content_type: str
    encoding: str
    schema: dict[str, Any]
    others: tuple[str, ...]  # the other content types offered, in spec order


@dataclass(frozen=True)
class ResponsePlan:
    """One response: its status and object, the chosen content type and hoisted schema (None: no body)."""

    status: str
    raw: dict[str, Any]
    content_type: str | None
    schema: dict[str, Any] | None


@dataclass(frozen=True)
class OperationPlan:
    """Everything the first pass decided about one operation."""

    found: FoundOperation
    op_id: str
    python_name: str
    prefix: str  # class prefix of the operation's generated classes
    params: tuple[ParamPlan, ...]
    param_models: tuple[tuple[str, str], ...]  # (location, model validating it), in location order
    body: BodyPlan | None
    responses: tuple[ResponsePlan, ...]

    @property
    def where(self) -> str:
        return self.found.where
