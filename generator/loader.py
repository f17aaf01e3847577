"""Load a spec: read (YAML or JSON), bundle relative-file ``$ref``s, check refs, validate.

The result is one self-contained document whose only ``$ref``s are local
(``#/...``). Every failure is returned as a located :class:`Diagnostic`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Diagnostic, Level, escape_pointer, has_errors, pointer

__all__ = ["LoadedSpec", "display_path", "load_spec", "locate", "read_document", "resolve_pointer"]

JSON = Any


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML loader that keeps timestamps as strings (a spec is JSON data)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class LoadedSpec:
    """A bundled, validated document and where it came from."""

    path: Path
    display: str
    document: dict[str, Any]
    files: tuple[Path, ...] = field(default=())


def display_path(path: Path) -> str:
    """The path as written in headers and diagnostics: relative to the cwd, never absolute."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name


def _stringify_keys(node: JSON) -> JSON:
    if isinstance(node, dict):
        return {str(k) if not isinstance(k, bool) else str(k).lower(): _stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(v) for v in node]
    return node


def read_document(path: Path) -> tuple[JSON, list[Diagnostic]]:
    """Parse one YAML or JSON file; a syntax error becomes a diagnostic with line and column."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Diagnostic(Level.ERROR, "", "file not found", shown)]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Diagnostic(Level.ERROR, "", f"cannot read file: {exc}", shown)]
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text), []
        except json.JSONDecodeError as exc:
            return None, [Diagnostic(Level.ERROR, "", f"invalid JSON: {exc.msg}", shown, exc.lineno, exc.colno)]
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        msg = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        return None, [Diagnostic(Level.ERROR, "", f"invalid YAML: {msg}", shown, line, col)]
    except yaml.YAMLError as exc:
        return None, [Diagnostic(Level.ERROR, "", f"invalid YAML: {exc}", shown)]
    return _stringify_keys(data), []


def resolve_pointer(document: JSON, ref: str) -> JSON:
    """Follow a local JSON pointer (``#/a/b``); raises ``KeyError`` when it leads nowhere."""
    if ref in ("#", ""):
        return document
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node = document
    for raw in ref[2:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            try:
                node = node[int(token)]
            except (ValueError, IndexError) as exc:
                raise KeyError(ref) from exc
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(ref)
    return node


# Keys whose values are literal data or vendor extensions: a ``$ref`` inside them is not a reference.
_LITERAL_KEYS = frozenset({"example", "default", "enum", "const"})


def _is_literal_key(key: object) -> bool:
    return isinstance(key, str) and (key in _LITERAL_KEYS or key.startswith("x-"))


def _walk(node: JSON, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            if not _is_literal_key(k):
                yield from _walk(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, (*path, i))


class _Bundler:
    """Pulls relative-file ``$ref`` targets into the root document."""

    def __init__(self, root_path: Path, root: dict[str, Any]) -> None:
        self.root_path = root_path.resolve()
        self.root = root
        self.docs: dict[Path, JSON] = {self.root_path: root}
        self.diagnostics: list[Diagnostic] = []
        self.bundled: dict[tuple[Path, str], str] = {}
        self.stack: list[tuple[Path, str]] = []
        self.extra: dict[str, dict[str, Any]] = {}  # components pulled in from other files

    def document(self, path: Path, where: str) -> JSON:
        if path not in self.docs:
            data, diags = read_document(path)
            if diags:
                self.diagnostics.extend(
                    Diagnostic(d.level, d.location or where, d.message, d.file, d.line, d.column) for d in diags
                )
            self.docs[path] = data
        return self.docs[path]

    def rewrite(self, node: JSON, base: Path, where: tuple[str | int, ...]) -> JSON:
        """Return ``node`` with every ref made local to the root document."""
        if isinstance(node, list):
            return [self.rewrite(v, base, (*where, i)) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and (not ref.startswith("#") or base != self.root_path):
            return self.external(ref, base, where, node)
        return {k: v if _is_literal_key(k) else self.rewrite(v, base, (*where, k)) for k, v in node.items()}

    def external(self, ref: str, base: Path, where: tuple[str | int, ...], node: dict[str, Any]) -> JSON:
        file_part, _, frag = ref.partition("#")
        target_path = (base.parent / file_part).resolve() if file_part else base
        frag = "#" + frag
        loc = pointer(*where)
        if "://" in file_part:
            self.diagnostics.append(Diagnostic(Level.ERROR, loc, f"remote $ref {ref!r} is not supported; use a local file"))
            return {}
        doc = self.document(target_path, loc)
        if doc is None:
            if not any(d.location == loc for d in self.diagnostics):
                self.diagnostics.append(Diagnostic(Level.ERROR, loc, f"unresolved $ref {ref!r}: file not found"))
            return {}
        try:
            target = resolve_pointer(doc, frag)
        except KeyError:
            self.diagnostics.append(
                Diagnostic(Level.ERROR, loc, f"unresolved $ref {ref!r}: {frag} does not exist in {target_path.name}")
            )
            return {}
        key = (target_path, frag)
        parts = frag[2:].split("/") if frag.startswith("#/") else []
        if len(parts) == 3 and parts[0] == "components":
            # A reusable component: give it a home in the root document and point at it.
            section = parts[1]
            if key not in self.bundled:
                name = parts[2].replace("~1", "/").replace("~0", "~")
                local = (self.root.get("components") or {}).get(section) or {}
                extra = self.extra.setdefault(section, {})
                unique, n = name, 2
                while (unique in local or unique in extra) and target_path != self.root_path:
                    unique, n = f"{name}{n}", n + 1
                self.bundled[key] = unique
                if target_path != self.root_path:
                    extra[unique] = {}
                    extra[unique] = self.rewrite(copy.deepcopy(target), target_path, ("components", section, unique))
            new = {"$ref": "#/components/" + section + "/" + escape_pointer(self.bundled[key])}
            return new | {k: v for k, v in node.items() if k != "$ref"}
        if key in self.stack:
            self.diagnostics.append(
                Diagnostic(Level.ERROR, loc, f"$ref cycle through {ref!r} cannot be inlined; move the target under components")
            )
            return {}
        self.stack.append(key)
        try:
            return self.rewrite(copy.deepcopy(target), target_path, where)
        finally:
            self.stack.pop()


def _check_local_refs(document: JSON, shown: str) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    for path, node in _walk(document):
        ref = node.get("$ref")
        if "$ref" in node and not isinstance(ref, str):
            diags.append(Diagnostic(Level.ERROR, pointer(*path, "$ref"), "$ref must be a string", shown))
            continue
        if isinstance(ref, str) and ref.startswith("#"):
            try:
                resolve_pointer(document, ref)
            except KeyError:
                diags.append(Diagnostic(Level.ERROR, pointer(*path), f"unresolved $ref {ref!r}", shown))
    return diags


def _validate(document: dict[str, Any], shown: str) -> list[Diagnostic]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(document.get("openapi", ""))
    if version.startswith("3.0"):
        validator_cls: Any = OpenAPIV30SpecValidator
    elif version.startswith("3.1"):
        validator_cls = OpenAPIV31SpecValidator
    else:
        where = "#/openapi" if "openapi" in document else "#"
        found = f"{version!r}" if version else "no 'openapi' field"
        return [Diagnostic(Level.ERROR, where, f"unsupported OpenAPI version {found}; expected 3.0.x or 3.1.x", shown)]
    diags: list[Diagnostic] = []
    try:
        errors = list(validator_cls(document).iter_errors())
    except Exception as exc:  # the validator itself failed on this input
        return [Diagnostic(Level.ERROR, "#", f"spec could not be validated: {exc}", shown)]
    for err in errors:
        path = list(getattr(err, "absolute_path", []) or getattr(err, "path", []))
        message = getattr(err, "message", str(err))
        if len(message) > 300:
            message = message[:297] + "..."
        diags.append(Diagnostic(Level.ERROR, pointer(*path), f"invalid spec: {message}", shown))
    return diags


def locate(path: Path, location: str) -> tuple[int | None, int | None]:
    """Line and column (1-based) of a JSON pointer in a YAML or JSON file, if it can be found."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None, None
    if node is None or not location.startswith("#"):
        return None, None
    best = node
    for raw in location[2:].split("/") if location.startswith("#/") else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if str(k.value) == token:
                    nxt = v
                    best = k
                    break
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            nxt = node.value[int(token)]
            best = nxt
        if nxt is None:
            break
        node = nxt
    return best.start_mark.line + 1, best.start_mark.column + 1


def _located(diags: list[Diagnostic], path: Path, shown: str) -> list[Diagnostic]:
    out = []
    for d in diags:
        if d.line is None and d.location and (not d.file or d.file == shown):
            line, col = locate(path, d.location)
            d = Diagnostic(d.level, d.location, d.message, d.file or shown, line, col)
        out.append(d if d.file else Diagnostic(d.level, d.location, d.message, shown, d.line, d.column))
    return out


def load_spec(path: Path, *, validate: bool = True) -> tuple[LoadedSpec | None, list[Diagnostic]]:
    """Read, bundle, check refs and validate one spec file."""
    shown = display_path(path)
    data, diags = read_document(path)
    if diags:
        return None, diags
    if not isinstance(data, dict):
        return None, [Diagnostic(Level.ERROR, "#", "a spec must be a mapping at the top level", shown)]
    bundler = _Bundler(path, data)
    document = bundler.rewrite(data, bundler.root_path, ())
    for section, comps in bundler.extra.items():
        target = document.setdefault("components", {}).setdefault(section, {})
        for name, value in comps.items():
            target.setdefault(name, value)
    diags = bundler.diagnostics + _check_local_refs(document, shown)
    if not has_errors(diags) and validate:
        diags += _validate(document, shown)
    diags = _located(diags, path, shown)
    files = tuple(sorted(p for p in bundler.docs if p is not None))
    if has_errors(diags):
        return None, diags
    return LoadedSpec(path, shown, document, files), diags
