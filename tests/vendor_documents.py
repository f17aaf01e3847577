"""The vendors' published documents (``tests/vendor_specs/``), with the reviewed corrections applied.

``tests/vendor_allowlist.yaml`` names each place a vendor document is wrong; its ``fix`` entries
(JSON pointers, ``*`` matching any key, set to the corrected value) are applied here, for the
vendor-conformance run and for the clients generated from the documents alike.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "vendor_specs"
ALLOWLIST = HERE / "vendor_allowlist.yaml"

__all__ = ["ALLOWLIST", "VENDOR", "allowlist", "corrected", "set_all"]


class _JsonLoader(yaml.SafeLoader):
    """YAML as JSON data: a date-like scalar (Chalk's ``example: 2024-01-15T10:30:00Z``) stays a string."""


_JsonLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def allowlist() -> list[dict[str, Any]]:
    """The reviewed entries of ``vendor_allowlist.yaml``."""
    entries: list[dict[str, Any]] = yaml.safe_load(ALLOWLIST.read_text()) or []
    return entries


def set_all(document: Any, pointer: str, value: Any) -> int:
    """Set every place ``pointer`` names (``*`` matches any key) whose parent exists; how many."""
    *parents, leaf = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
    nodes = [document]
    for part in parents:
        nodes = [
            child
            for node in nodes
            if isinstance(node, dict)
            for key, child in node.items()
            if part in ("*", key) and isinstance(child, dict)
        ]
    for node in nodes:
        node[leaf] = value
    return len(nodes)


def corrected(api: str, document: str) -> dict[str, Any]:
    """The vendor ``document`` of ``api`` with the allowlist's fixes for ``api`` applied."""
    text = (VENDOR / document).read_text()
    raw: dict[str, Any] = json.loads(text) if document.endswith(".json") else yaml.load(text, Loader=_JsonLoader)  # noqa: S506
    for entry in allowlist():
        if entry["api"] == api and "fix" in entry:
            for pointer, value in entry["fix"].items():
                assert set_all(raw, pointer, value), f"{api}: {pointer} matches nothing"
    return raw
