"""Load a spec: read (YAML or JSON), bundle relative-file ``$ref``s, check refs, validate.

The result is one self-contained document whose only ``$ref``s are local
(``#/...``). Every failure is returned as a located :class:`Diagnostic`.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import math
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .background import Background
from .config import MAX_FILE_SIZE
from .diagnostics import Diagnostic, Level, escape_pointer, has_errors, pointer
from .mediatypes import encoding_of
from .repair import normalize
from .schemas import allof_cycle, child_is_name_map, is_literal_key, iter_objects

__all__ = [
    "MAX_FILE_BYTES",
    "LoadedSpec",
    "display_path",
    "load_spec",
    "locate",
    "read_document",
    "read_limited",
    "resolve_pointer",
]

JSON = Any


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML loader for spec data.

    * timestamps stay strings (a spec is JSON data);
    * a plain-scalar mapping key keeps its text (``200:``, ``on:``, ``null:`` are the keys
      ``"200"``, ``"on"``, ``"null"``, not an int, a bool or None);
    * a key repeated in one mapping is an error (YAML would silently keep the last one).
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping",
                        node.start_mark,
                        f"duplicate key {key_node.value!r}",
                        key_node.start_mark,
                    )
                seen.add(key_node.value)
                if not key_node.style and key_node.tag != "tag:yaml.org,2002:str":
                    key_node.tag = "tag:yaml.org,2002:str"  # keep the key's text
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_SURROGATE = re.compile("[\ud800-\udfff]")
# A document whose aliases expand beyond this many nodes is refused (a "billion laughs" YAML).
MAX_NODES = 5_000_000
MAX_FILE_BYTES = MAX_FILE_SIZE  # the largest spec or $ref'd file read ([tool.generator] max_file_size)


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _check_shape(data: JSON) -> str | None:
    """Refuse alias cycles and alias bombs: count the nodes of the expanded tree, sharing work by identity."""
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, dict | list):
            continue
        key = id(node)
        children = list(node.values()) if isinstance(node, dict) else node
        if not done and any(isinstance(c, float) and not math.isfinite(c) for c in children):
            return "a number is infinite or NaN (not valid in JSON)"
        if isinstance(node, dict) and not done:
            bad = next((k for k in node if not isinstance(k, str)), None)
            if bad is not None:
                return f"mapping key {bad!r} is not a string"
        if not done:
            texts = [*node, *children] if isinstance(node, dict) else children
            if any(isinstance(t, str) and not t.isascii() and _SURROGATE.search(t) for t in texts):
                return "a string holds a lone UTF-16 surrogate (not valid Unicode)"
        if done:
            active.discard(key)
            total = 1 + sum(sizes.get(id(c), 1) for c in children)
            if total > MAX_NODES:
                return f"the document expands to more than {MAX_NODES} nodes (YAML aliases)"
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in active:
            return "a YAML alias refers to a node containing itself"
        active.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if isinstance(c, dict | list) and id(c) not in sizes)
    return None


def _yaml_error(exc: yaml.YAMLError, shown: str, text: str = "") -> Diagnostic:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        msg = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem and not exc.problem.startswith("duplicate key"):
            msg = f"{exc.context}: {exc.problem}"
        if mark is not None and text:
            lines = text.splitlines()
            if mark.line < len(lines) and lines[mark.line][mark.column : mark.column + 1] == "\t":
                msg += " (a tab: YAML indents with spaces only)"
        return Diagnostic(Level.ERROR, "", f"invalid YAML: {msg}", shown, line, col)
    return Diagnostic(Level.ERROR, "", f"invalid YAML: {exc}", shown)


@dataclass(frozen=True)
class LoadedSpec:
    """A bundled, validated document and where it came from."""

    path: Path
    display: str
    document: dict[str, Any]
    files: tuple[Path, ...] = field(default=())
    # id of a bundled object -> (file, pointer in it) for objects pulled in from other files
    origins: dict[int, tuple[Path, tuple[str | int, ...]]] = field(default_factory=dict, compare=False, repr=False)
    shown_files: dict[Path, str] = field(default_factory=dict, compare=False, repr=False)

    def locate(self, diagnostics: Iterable[Diagnostic], *, max_bytes: int = 1_000_000) -> list[Diagnostic]:
        """Add file, line and column to diagnostics located by pointer only (e.g. from the IR builder).

        Finding a line means parsing the file again, so for big files (``max_bytes``) only errors are located.
        """
        diags = list(diagnostics)
        try:
            big = sum(p.stat().st_size for p in self.files or (self.path,)) > max_bytes
        except OSError:
            big = True
        wanted = [d for d in diags if d.line is None and (d.level is Level.ERROR or not big)]
        if not wanted:
            return diags
        shows = self.shown_files or {}
        located = iter(
            _located(
                wanted,
                self.path,
                self.display,
                self.document,
                self.origins,
                self.files,
                lambda p: shows.get(p, display_path(p)),
            )
        )
        return [next(located) if d.line is None and (d.level is Level.ERROR or not big) else d for d in diags]


def display_path(path: Path) -> str:
    """The path as written in headers and diagnostics: relative to the cwd, never absolute."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name


class _Refused(Exception):
    """A file the loader will not read (not a regular file, or too big); the message says why."""


def _size(n: int) -> str:
    return f"{n // 2**20} MiB" if n >= 2**20 and n % 2**20 == 0 else f"{n} bytes"


def read_limited(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises :class:`_Refused` or ``OSError``.

    Checked before reading: a device (``/dev/zero``) or a FIFO is never opened for a blocking read,
    and a file over the limit is never read at all.
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    too_big = _Refused(f"larger than the limit of {_size(max_bytes)} (max_file_size)")
    not_regular = _Refused("not a regular file (a device, FIFO or socket)")
    if not stat.S_ISREG(info.st_mode):
        raise not_regular
    if info.st_size > max_bytes:
        raise too_big
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped after the first look
            raise not_regular
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_big
    return data


def read_document(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[JSON, list[Diagnostic]]:
    """Parse one YAML or JSON file; a syntax error becomes a diagnostic with line and column.

    Only regular files up to ``max_bytes`` are read; anything else is refused (a message
    starting ``refused:``). Messages never quote the file's lines.
    """
    shown = display_path(path)
    try:
        raw = read_limited(path, max_bytes)
        text = raw.decode("utf-8-sig")
    except FileNotFoundError:
        return None, [Diagnostic(Level.ERROR, "", "file not found", shown)]
    except IsADirectoryError:
        return None, [Diagnostic(Level.ERROR, "", "is a directory, not a spec file", shown)]
    except _Refused as exc:
        return None, [Diagnostic(Level.ERROR, "", f"refused: {exc}", shown)]
    except UnicodeDecodeError as exc:
        start = exc.start
        line = raw[:start].count(b"\n") + 1
        column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
        return None, [Diagnostic(Level.ERROR, "", "not UTF-8 text", shown, line, column)]
    except OSError as exc:
        return None, [Diagnostic(Level.ERROR, "", f"cannot read file: {exc.strerror or exc}", shown)]
    try:
        data = _parse(text, path.suffix.lower() == ".json", shown)
    except _ParseError as exc:
        return None, [exc.diagnostic]
    except RecursionError:
        return None, [Diagnostic(Level.ERROR, "", "the document nests too deeply", shown)]
    problem = _check_shape(data)
    if problem:
        return None, [Diagnostic(Level.ERROR, "", problem, shown)]
    return data, []


class _ParseError(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def _parse(text: str, is_json: bool, shown: str) -> JSON:
    if is_json:
        try:
            return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            raise _ParseError(
                Diagnostic(Level.ERROR, "", f"invalid JSON: {exc.msg}", shown, exc.lineno, exc.colno)
            ) from None
        except _DuplicateKey as exc:
            # JSON is YAML: let the YAML loader find the line and column of the repeated key.
            try:
                yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader subclass
            except yaml.YAMLError as yexc:
                diag = _yaml_error(yexc, shown)
                if "duplicate key" in diag.message:
                    raise _ParseError(
                        Diagnostic(
                            Level.ERROR,
                            "",
                            f"invalid JSON: duplicate key {exc.args[0]!r}",
                            shown,
                            diag.line,
                            diag.column,
                        )
                    ) from None
            raise _ParseError(
                Diagnostic(Level.ERROR, "", f"invalid JSON: duplicate key {exc.args[0]!r}", shown)
            ) from None
        except ValueError as exc:
            raise _ParseError(Diagnostic(Level.ERROR, "", f"invalid JSON: {exc}", shown)) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        raise _ParseError(_yaml_error(exc, shown, text)) from None


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


# Keys whose value is a schema, and keys whose list items / map values are schemas.
_SCHEMA_KEYS = frozenset(
    {
        "schema",
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
    }
)
_SCHEMA_LISTS = frozenset({"allOf", "oneOf", "anyOf", "prefixItems"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})


def _schema_position(where: tuple[str | int, ...]) -> bool:
    """True when the node at ``where`` (root-document path) is a schema."""
    if len(where) == 3 and where[:2] == ("components", "schemas"):
        return True
    if where and where[-1] in _SCHEMA_KEYS:
        return True
    return len(where) >= 2 and (
        where[-2] in _SCHEMA_MAPS or (where[-2] in _SCHEMA_LISTS and isinstance(where[-1], int))
    )


class _Bundler:
    """Pulls relative-file ``$ref`` targets into the root document.

    A target under ``components/<section>/`` (in any file), or any schema a schema position
    refers to (``$ref: schemas/Pet.yaml`` or ``defs.yaml#/Pet``), becomes a named component
    of the root document (``Pet``; ``Pet2`` when the name is taken), so it is generated once
    as a named model and may be recursive. Other targets (a parameter, a response) are inlined.
    ``origins`` remembers which file and pointer each pulled-in object came from, for diagnostics.
    """

    def __init__(
        self,
        root_path: Path,
        root: dict[str, Any],
        root_shown: str = "",
        ref_roots: Iterable[Path] = (),
        max_bytes: int = MAX_FILE_BYTES,
    ) -> None:
        self.root_path = root_path.resolve()
        # A $ref may read files below the spec's own folder, and below roots allowed explicitly.
        self.roots = (self.root_path.parent, *(Path(r).resolve() for r in ref_roots))
        self.max_bytes = max_bytes
        self.root_shown = root_shown or display_path(root_path)
        self.root = root
        self.docs: dict[Path, JSON] = {self.root_path: root}
        self.diagnostics: list[Diagnostic] = []
        self.bundled: dict[tuple[Path, str], tuple[str, str]] = {}  # (file, fragment) -> (section, name)
        self.stack: list[tuple[Path, str]] = []
        self.extra: dict[str, dict[str, Any]] = {}  # components pulled in from other files
        self.origins: dict[int, tuple[Path, tuple[str | int, ...]]] = {}

    def show(self, path: Path) -> str:
        """How a file is named in diagnostics: relative to the cwd, else to the root spec's directory."""
        if path == self.root_path:
            return self.root_shown
        try:
            return path.relative_to(Path.cwd().resolve()).as_posix()
        except ValueError:
            rel = Path(os.path.relpath(path, self.root_path.parent)).as_posix()
            parent = Path(self.root_shown).parent.as_posix()
            return rel if parent == "." else f"{parent}/{rel}"

    def document(self, path: Path, where: str, origin: tuple[Path, tuple[str | int, ...]], ref: str) -> JSON:
        if path not in self.docs:
            data, diags = read_document(path, self.max_bytes)
            for d in diags:
                if d.message.startswith("refused: "):  # one line at the $ref, nothing read
                    self.diagnostics.append(self.at(origin, f"$ref {ref!r} {d.message}", where))
                elif d.line is None:  # missing, unreadable or refused as a whole: point at the $ref
                    self.diagnostics.append(
                        self.at(origin, f"unresolved $ref {ref!r}: {d.message} ({self.show(path)})", where)
                    )
                else:
                    self.diagnostics.append(
                        Diagnostic(d.level, d.location, d.message, self.show(path), d.line, d.column)
                    )
            self.docs[path] = data
        return self.docs[path]

    def at(self, origin: tuple[Path, tuple[str | int, ...]], message: str, where: str) -> Diagnostic:
        """A diagnostic at the ``$ref`` found at ``origin`` (a file and a pointer inside it)."""
        path, local = origin
        if path == self.root_path:
            return Diagnostic(Level.ERROR, where, message)
        return Diagnostic(Level.ERROR, pointer(*local), message, self.show(path))

    def rewrite(
        self,
        node: JSON,
        base: Path,
        where: tuple[str | int, ...],
        in_map: bool = False,
        local: tuple[str | int, ...] | None = None,
    ) -> JSON:
        """Return ``node`` with every ref made local to the root document.

        ``where`` is the node's path in the bundled document, ``local`` its path inside ``base``.
        """
        local = where if local is None else local
        if isinstance(node, list):
            return [self.rewrite(v, base, (*where, i), local=(*local, i)) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and (not ref.startswith("#") or base != self.root_path):
            # In a name map too: a property called "$ref" holds a schema (an object), never a string, so
            # ``properties: {$ref: attrs.yaml#/x}`` or ``content: {$ref: ...}`` is a reference to the whole
            # map, which JSON Reference allows and multi-file trees in the wild use.
            return self.external(ref, base, where, node, local, in_map)
        if in_map:  # keys are names chosen by the author (a property may be called "$ref")
            out = {k: self.rewrite(v, base, (*where, k), local=(*local, k)) for k, v in node.items()}
        else:
            out = {
                k: (self.example_file(v, base) if k in _EXAMPLE_KEYS else v)
                if is_literal_key(k, v)
                else self.rewrite(v, base, (*where, k), child_is_name_map(k, v), (*local, k))
                for k, v in node.items()
            }
        if base != self.root_path:
            self.origins[id(out)] = (base, local)
        return out

    def example_file(self, value: JSON, base: Path) -> JSON:
        """An example value that is only ``{$ref: file#/pointer}`` read from that file (as bundlers do).

        Anything else, and a ``$ref`` that names no readable file and pointer in the allowed folders,
        is example data as written (an example may show a JSON Schema with its own ``$ref``).
        """
        ref = value.get("$ref") if isinstance(value, dict) and len(value) == 1 else None
        if not isinstance(ref, str) or ref.startswith("#") or "://" in ref or ref.startswith("//"):
            return value
        file_part, _, frag = ref.partition("#")
        try:
            path = _ref_file(base, file_part)
        except (OSError, ValueError):
            return value
        if not path.is_file() or not any(path.is_relative_to(root) for root in self.roots):
            return value
        doc = self.docs[path] if path in self.docs else read_document(path, self.max_bytes)[0]
        try:
            return copy.deepcopy(resolve_pointer(doc, "#" + unquote(frag)))
        except KeyError:
            return value

    def component(
        self, section: str, name: str, key: tuple[Path, str], target: JSON, target_path: Path, frag: str
    ) -> str:
        """Home a pulled-in target as ``components/<section>/<name>`` (made unique) and return the name."""
        if key in self.bundled:
            return self.bundled[key][1]
        if target_path == self.root_path:
            self.bundled[key] = (section, name)
            return name
        local = (self.root.get("components") or {}).get(section) or {}
        extra = self.extra.setdefault(section, {})
        unique, n = name, 2
        while unique in local or unique in extra:
            unique, n = f"{name}{n}", n + 1
        self.bundled[key] = (section, unique)
        extra[unique] = {}  # reserved before the walk: the target may refer to itself
        tokens = (
            tuple(t.replace("~1", "/").replace("~0", "~") for t in frag[2:].split("/")) if frag.startswith("#/") else ()
        )
        extra[unique] = self.rewrite(copy.deepcopy(target), target_path, ("components", section, unique), local=tokens)
        return unique

    def outside(self, target: Path, ref: str, origin: tuple[Path, tuple[str | int, ...]], loc: str) -> bool:
        """True (and a diagnostic at the ``$ref``) when ``target`` is outside every allowed folder."""
        if any(target.is_relative_to(root) for root in self.roots):
            return False
        message = (
            f"$ref {ref!r} refused: outside the spec's folder tree "
            "(allow a folder with --allow-ref-root DIR or [tool.generator] ref_roots)"
        )
        self.diagnostics.append(self.at(origin, message, loc))
        return True

    def external(
        self,
        ref: str,
        base: Path,
        where: tuple[str | int, ...],
        node: dict[str, Any],
        local: tuple[str | int, ...],
        in_map: bool = False,
    ) -> JSON:
        file_part, _, frag = ref.partition("#")
        frag = "#" + unquote(frag)  # a URI fragment: ``#/paths/~1pets~1%7Bid%7D`` is the pointer /paths/~1pets~1{id}
        loc = pointer(*where)
        origin = (base, local)
        if "://" in file_part or file_part.startswith("//"):
            self.diagnostics.append(self.at(origin, f"remote $ref {ref!r} is not supported; use a local file", loc))
            return {}
        try:
            target_path = _ref_file(base, file_part)
        except (OSError, ValueError) as exc:
            self.diagnostics.append(self.at(origin, f"unresolved $ref {ref!r}: {exc}", loc))
            return {}
        if self.outside(target_path, ref, origin, loc):
            return {}
        if target_path.is_dir():
            self.diagnostics.append(
                self.at(origin, f"unresolved $ref {ref!r}: {self.show(target_path)} is a directory", loc)
            )
            return {}
        doc = self.document(target_path, loc, origin, ref)
        if doc is None:
            return {}
        try:
            target = resolve_pointer(doc, frag)
        except KeyError:
            self.diagnostics.append(
                self.at(origin, f"unresolved $ref {ref!r}: {frag} does not exist in {target_path.name}", loc)
            )
            return {}
        key = (target_path, frag)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        parts = [t.replace("~1", "/").replace("~0", "~") for t in frag[2:].split("/")] if frag.startswith("#/") else []
        if len(parts) == 3 and parts[0] == "components":
            # A reusable component: give it a home in the root document and point at it.
            name = self.component(parts[1], parts[2], key, target, target_path, frag)
            return {"$ref": "#/components/" + parts[1] + "/" + escape_pointer(name)} | siblings
        if not in_map and _schema_position(where) and isinstance(target, dict):
            stem = parts[-1] if parts else _COMPONENT_UNSAFE.sub("_", target_path.stem.split(".")[0]) or "Schema"
            name = self.component("schemas", stem, key, target, target_path, frag)
            return {"$ref": "#/components/schemas/" + escape_pointer(name)} | siblings
        if key in self.stack:
            self.diagnostics.append(
                self.at(origin, f"$ref cycle through {ref!r} cannot be inlined; move the target under components", loc)
            )
            return {}
        self.stack.append(key)
        try:
            return self.rewrite(copy.deepcopy(target), target_path, where, in_map, local=tuple(parts))
        finally:
            self.stack.pop()


_EXAMPLE_KEYS = frozenset({"example", "value"})  # an example's value (a Media Type's, an Example Object's)
_COMPONENT_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")  # what a component name may not hold (OpenAPI)


def _ref_file(base: Path, file_part: str) -> Path:
    """The file a ``$ref``'s path part names, relative to the referencing file ``base``.

    The path is a URI reference, so ``my%20pet.yaml`` names ``my pet.yaml`` (a file whose name really
    holds the ``%`` escape is still found when no decoded one exists).
    """
    if not file_part:
        return base
    literal = (base.parent / file_part).resolve()
    if "%" not in file_part:
        return literal
    decoded = (base.parent / unquote(file_part, errors="strict")).resolve()
    return decoded if decoded.exists() or not literal.exists() else literal


def _local(document: JSON, node: JSON) -> JSON:
    """``node``, or what its local ``$ref`` points at (one step; anything else as it is)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#"):
        with contextlib.suppress(KeyError):
            return resolve_pointer(document, ref)
    return node


def _mark_file(schema: JSON) -> None:
    if not isinstance(schema, dict) or "contentEncoding" in schema or "format" in schema:
        return
    if "contentMediaType" in schema and schema.get("type") == "string":
        schema["format"] = "binary"


def mark_files(document: dict[str, Any]) -> None:
    """OpenAPI 3.1 files: a string with ``contentMediaType`` (and no ``contentEncoding``) in a multipart
    body's properties (or array items), or as a whole non-JSON, non-text body, gains ``format: binary``.

    3.1 writes a file that way where 3.0 wrote ``format: binary``; the models, the server and the
    client then treat both alike (``bytes`` / ``UploadFile`` / ``FileInput``).
    """
    if not str(document.get("openapi", "")).startswith("3.1"):
        return
    for item in (document.get("paths") or {}).values():
        item = _local(document, item)
        for op in item.values() if isinstance(item, dict) else ():
            body = _local(document, op.get("requestBody")) if isinstance(op, dict) else None
            content = body.get("content") if isinstance(body, dict) else None
            for media, entry in content.items() if isinstance(content, dict) else ():
                schema = _local(document, entry.get("schema")) if isinstance(entry, dict) else None
                if not isinstance(schema, dict) or encoding_of(str(media)) not in ("multipart", "binary"):
                    continue
                _mark_file(schema)
                for prop in (schema.get("properties") or {}).values():
                    prop = _local(document, prop)
                    _mark_file(prop)
                    if isinstance(prop, dict) and prop.get("type") == "array":
                        _mark_file(_local(document, prop.get("items")))


def _check_local_refs(document: JSON, shown: str) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    for path, node in iter_objects(document):
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


_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "summary",
        "nullable",
        "deprecated",
        "readOnly",
        "writeOnly",
        "example",
        "examples",
        "default",
        "$comment",
    }
)


def _alias_of(schema: Any) -> str | None:
    """The ref a schema is nothing but (``{$ref: X}`` or ``{allOf: [{$ref: X}]}``, plus annotations), else None."""
    if not isinstance(schema, dict):
        return None
    keys = {k for k in schema if k not in _ANNOTATIONS and not k.startswith("x-")}
    if keys == {"$ref"} and isinstance(schema["$ref"], str):
        return schema["$ref"]
    if keys == {"allOf"} and isinstance(schema["allOf"], list) and len(schema["allOf"]) == 1:
        return _alias_of(schema["allOf"][0])
    return None


def _check_alias_cycles(document: JSON, shown: str) -> list[Diagnostic]:
    """A schema that is only a reference to itself (directly or through other such schemas) has no shape."""
    schemas = ((document.get("components") or {}).get("schemas") or {}) if isinstance(document, dict) else {}
    diags: list[Diagnostic] = []
    reported: set[str] = set()
    for name in schemas if isinstance(schemas, dict) else ():
        start = pointer("components", "schemas", name)
        chain, ref = [start], _alias_of(schemas[name])
        while ref is not None and ref.startswith("#") and ref not in chain:
            chain.append(ref)
            try:
                ref = _alias_of(resolve_pointer(document, ref))
            except KeyError:
                ref = None
        if ref is not None and ref in chain and ref == start and not reported & set(chain):
            reported |= set(chain)
            names = " -> ".join(c.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~") for c in [*chain, ref])
            diags.append(
                Diagnostic(
                    Level.ERROR, start, f"schema {name!r} is only a $ref cycle ({names}) and cannot be generated", shown
                )
            )
    return diags


def _validator_class(version: str) -> Any:
    """openapi-spec-validator's class for ``version``, with every error located where it was found.

    Its keyword validators (operations, parameters, schemas, defaults, ...) yield errors whose path
    is relative to the object they checked, or empty; each is wrapped to prefix the checked
    object's own location (a ``default`` error: the default itself).
    """
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    base: Any = OpenAPIV30SpecValidator if version.startswith("3.0") else OpenAPIV31SpecValidator

    def located(name: str, cls: Any) -> Any:
        extra = ["default"] if name == "default" else []

        def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            where = next((a for a in args if hasattr(a, "parts")), None)
            prefix = [*where.parts, *extra] if where is not None else None
            for err in cls.__call__(self, *args, **kwargs):
                if prefix is not None and not getattr(err, "_spec_located", False):
                    err.path.extendleft(reversed(prefix))
                    err._spec_located = True
                yield err

        return type(cls.__name__, (cls,), {"__call__": __call__})

    validators = {name: located(name, cls) for name, cls in base.keyword_validators.items()}
    return type(base.__name__, (base,), {"keyword_validators": validators})


def _short_message(err: Any) -> str:
    """One readable line: the first paragraph, with a long dump of the offending value shortened."""
    message = str(getattr(err, "message", None) or err).split("\n\n", 1)[0].strip()
    instance = getattr(err, "instance", None)
    if isinstance(instance, dict | list):
        kind = "the object" if isinstance(instance, dict) else "the array"
        for dumped in (json.dumps(instance, separators=(",", ":")), json.dumps(instance), repr(instance)):
            if message.startswith(dumped):
                message = kind + message[len(dumped) :]
                break
    if message.startswith(("{", "[")) and " is " in message and len(message) > 200:
        message = "the value" + message[message.rindex(" is ") :]
    if len(message) > 300:
        message = message[:297] + "..."
    return " ".join(message.split())


_GENERIC = re.compile(r"is not valid under any of the|schemas listed in the 'oneOf'|schemas listed in the 'anyOf'")


def _canonical(document: JSON, path: list[Any]) -> str:
    """A pointer into ``document`` for a validator path, following local ``$ref``s it passes through."""
    node, tokens = document, []
    for raw in path:
        token: str | int = raw
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and str(token) not in node:
            ref = node["$ref"]
            try:
                node = resolve_pointer(document, ref)
            except KeyError:
                break
            tokens = (
                [t.replace("~1", "/").replace("~0", "~") for t in ref[2:].split("/")] if ref.startswith("#/") else []
            )
        if isinstance(node, dict) and str(token) in node:
            node = node[str(token)]
        elif isinstance(node, list) and str(token).isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            node = None
        tokens.append(token)
    return pointer(*tokens)


def _validation_key(document: dict[str, Any], version: str) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        tool = package_version("openapi-spec-validator")
    except PackageNotFoundError:
        tool = "unknown"
    payload = json.dumps([version, tool, document], sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return "valid-" + hashlib.sha256(payload.encode()).hexdigest()


def _validator_failure(exc: Exception) -> str:
    """Why the validator failed, in one short line (never the document it was looking at)."""
    ref = getattr(exc, "ref", None)
    if isinstance(ref, str):
        return f"{type(exc).__name__}: the $ref {ref!r} cannot be followed"
    text = str(exc).split("\n", 1)[0]
    return f"{type(exc).__name__}: {text[:200] + '...' if len(text) > 200 else text}"


def _validate(document: dict[str, Any], shown: str) -> list[Diagnostic]:
    version = str(document.get("openapi", ""))
    if not (version.startswith("3.0") or version.startswith("3.1")):
        if "swagger" in document:
            return [
                Diagnostic(
                    Level.ERROR,
                    "#/swagger",
                    "Swagger 2.0 documents are not supported; convert to OpenAPI 3.0 or 3.1",
                    shown,
                )
            ]
        where = "#/openapi" if "openapi" in document else "#"
        found = f"{version!r}" if version else "no 'openapi' field"
        return [Diagnostic(Level.ERROR, where, f"unsupported OpenAPI version {found}; expected 3.0.x or 3.1.x", shown)]
    from .modelgen import cache_dir

    # A document that validated cleanly before (same bytes, same validator) is valid now: skip the ~2 s walk.
    cache = cache_dir()
    marker = cache / _validation_key(document, version) if cache is not None else None
    if marker is not None and marker.is_file():
        with contextlib.suppress(OSError):
            marker.touch()  # recently used entries survive pruning
        return []
    try:
        errors = list(_validator_class(version)(document).iter_errors())
    except RecursionError:
        cycle = allof_cycle(document)  # the usual cause: a schema including itself
        if cycle is not None:
            message = f"schema {cycle[1][0]!r} includes itself ({' -> '.join(cycle[1])}): it cannot be expanded"
            return [Diagnostic(Level.ERROR, cycle[0], message, shown)]
        return [Diagnostic(Level.ERROR, "#", "spec could not be validated: it nests too deeply", shown)]
    except Exception as exc:  # the validator itself failed on this input
        return [Diagnostic(Level.ERROR, "#", f"spec could not be validated: {_validator_failure(exc)}", shown)]
    from .repair import explain

    diags: list[Diagnostic] = []
    for err in errors:
        path, message = explain(err, document, version)
        diag = Diagnostic(Level.WARNING, _canonical(document, path), f"not valid OpenAPI {version}: {message}", shown)
        if diag not in diags:
            diags.append(diag)
    # "not valid under any of the given schemas" says little when a more precise error lies below it.
    diags = [
        d
        for d in diags
        if not (
            _GENERIC.search(d.message)
            and any(o is not d and o.location.startswith(d.location.rstrip("/") + "/") for o in diags)
        )
    ]
    if not diags and marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:
            pass  # a cache is an optimisation only
    return diags


def _compose(path: Path) -> yaml.Node | None:
    try:
        return yaml.compose(read_limited(path).decode("utf-8-sig"), Loader=_Loader)  # noqa: S506
    except (OSError, _Refused, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None


def locate(path: Path, location: str, *, _node: yaml.Node | None = None) -> tuple[int | None, int | None]:
    """Line and column (1-based) of a JSON pointer in a YAML or JSON file (its nearest existing ancestor)."""
    node = _node if _node is not None else _compose(path)
    if node is None or not location.startswith("#"):
        return None, None
    best, _ = _walk(node, location)
    return best.start_mark.line + 1, best.start_mark.column + 1


def _walk(node: yaml.Node, location: str) -> tuple[yaml.Node, yaml.Node | None]:
    """(the node showing ``location``'s nearest existing ancestor: a mapping key or a sequence item,
    the node at ``location``, None when it does not exist)."""
    best: yaml.Node = node
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
            return best, None
        node = nxt
    return best, node


def _ref_location(node: yaml.Node | None, location: str, message: str) -> str:
    """Where to show a diagnostic at ``location``: its ``$ref`` when the object there holds a ``$ref``
    the message names (an error about a bad ref is shown at the ref, not at the key holding it)."""
    at = _walk(node, location)[1] if node is not None and location.startswith("#") else None
    if isinstance(at, yaml.MappingNode):
        for k, v in at.value:
            if k.value == "$ref" and isinstance(v, yaml.ScalarNode) and repr(v.value) in message:
                return location.rstrip("/") + "/$ref"
    return location


def _origin(
    document: JSON, location: str, origins: dict[int, tuple[Path, tuple[str | int, ...]]]
) -> tuple[Path, str] | None:
    """The file and in-file pointer a location of the bundled document came from (None: the root file)."""
    if not origins or not location.startswith("#/"):
        return None
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in location[2:].split("/")]
    node, found = document, None
    for i, token in enumerate(tokens):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            break
        if id(node) in origins:
            found = (origins[id(node)], tokens[i + 1 :])
    if found is None:
        return None
    (path, local), rest = found
    return path, pointer(*local, *rest)


def _located(
    diags: list[Diagnostic],
    path: Path,
    shown: str,
    document: JSON = None,
    origins: dict[int, tuple[Path, tuple[str | int, ...]]] | None = None,
    files: Iterable[Path] = (),
    show: Callable[[Path], str] = display_path,
) -> list[Diagnostic]:
    """Fill in file, line and column: in the file each location really came from."""
    nodes: dict[Path, yaml.Node | None] = {}
    by_display = {show(p): p for p in files}
    out = []
    for d in diags:
        file, location, target = d.file or shown, d.location, path
        if d.file and d.file != shown:
            if d.file not in by_display:
                out.append(d)
                continue
            target = by_display[d.file]
        elif document is not None and origins:
            found = _origin(document, location, origins)
            if found is not None:
                target, location = found
                file = show(target)
        line, col = d.line, d.column
        if line is None and location:
            if target not in nodes:
                nodes[target] = _compose(target)
            shown_at = _ref_location(nodes[target], location, d.message)
            line, col = locate(target, shown_at, _node=nodes[target])
        out.append(Diagnostic(d.level, location, d.message, file, line, col))
    return out


def load_spec(
    path: Path,
    *,
    validate: bool = True,
    lenient: bool = False,
    ref_roots: Iterable[Path] = (),
    max_bytes: int = MAX_FILE_BYTES,
) -> tuple[LoadedSpec | None, list[Diagnostic]]:
    """Read, bundle, check refs and validate one spec file (never raises: failures are diagnostics).

    Violations of the OpenAPI schema are warnings (the document is still returned; ``--strict``
    makes warnings fail the run); ``lenient`` is accepted for compatibility and changes nothing.
    ``$ref``s read only regular files of at most ``max_bytes`` below the spec's folder or ``ref_roots``.
    """
    pending = start_loading(path, validate=validate, background=False, ref_roots=ref_roots, max_bytes=max_bytes)
    return pending.result()


class PendingSpec:
    """A read and bundled spec whose validation may still run on the other core (:func:`start_loading`).

    ``spec`` is the document to build from already (None when reading or bundling failed);
    :meth:`result` is what :func:`load_spec` returns, once validation is done.
    """

    def __init__(self, path: Path, lenient: bool) -> None:
        self.path, self.lenient = path, lenient
        self.spec: LoadedSpec | None = None
        self._early: tuple[LoadedSpec | None, list[Diagnostic]] | None = None
        self._diags: list[Diagnostic] = []
        self._bundler: _Bundler | None = None
        self._validation: Background[list[Diagnostic]] | None = None

    def result(self) -> tuple[LoadedSpec | None, list[Diagnostic]]:
        """(the loaded spec, or None on errors; its diagnostics, located and sorted)."""
        if self._early is not None:
            return self._early
        try:
            return self._finish()
        except RecursionError:
            return None, [Diagnostic(Level.ERROR, "#", "the document nests too deeply to process", self._shown)]
        except Exception as exc:  # a bug or an input we do not handle: still a diagnostic, never a traceback
            return None, [_internal(exc, self._shown)]

    @property
    def buildable(self) -> bool:
        """True when the document read and bundled cleanly (whatever validation will say)."""
        return self.spec is not None and not has_errors(self._diags)

    @property
    def _shown(self) -> str:
        return display_path(self.path)

    def _finish(self) -> tuple[LoadedSpec | None, list[Diagnostic]]:
        spec, bundler = self.spec, self._bundler
        assert spec is not None and bundler is not None
        diags = list(self._diags)
        if self._validation is not None:
            violations = self._validation.result()
            diags += violations  # warnings (``--strict`` makes them fail the run)
        diags = _located(diags, self.path, spec.display, spec.document, bundler.origins, bundler.docs, bundler.show)
        diags.sort(key=lambda d: (d.file != spec.display, d.file, d.line or 0, d.column or 0))
        return (None if has_errors(diags) else spec), diags


def start_loading(
    path: Path,
    *,
    validate: bool = True,
    lenient: bool = False,
    background: bool = True,
    ref_roots: Iterable[Path] = (),
    max_bytes: int = MAX_FILE_BYTES,
) -> PendingSpec:
    """Read and bundle a spec now; with ``background``, validate it in a forked child meanwhile.

    Building from ``pending.spec`` while validation runs is safe: the child validates the
    document as it was at the fork, and :meth:`PendingSpec.result` reports exactly what
    :func:`load_spec` would.
    """
    pending = PendingSpec(path, lenient)
    try:
        _bundle_into(pending, validate=validate, background=background, limits=(tuple(ref_roots), max_bytes))
    except RecursionError:
        pending._early = (
            None,
            [Diagnostic(Level.ERROR, "#", "the document nests too deeply to process", pending._shown)],
        )
    except Exception as exc:  # a bug or an input we do not handle: still a diagnostic, never a traceback
        pending._early = None, [_internal(exc, pending._shown)]
    if pending._early is not None:
        pending.spec = None
    return pending


def _internal(exc: Exception, shown: str) -> Diagnostic:
    return Diagnostic(Level.ERROR, "#", f"internal error while loading: {type(exc).__name__}: {exc}", shown)


def _bundle_into(
    pending: PendingSpec, *, validate: bool, background: bool, limits: tuple[tuple[Path, ...], int]
) -> None:
    path = pending.path
    ref_roots, max_bytes = limits
    shown = display_path(path)
    data, diags = read_document(path, max_bytes)
    if diags:
        pending._early = None, diags
        return
    if not isinstance(data, dict):
        pending._early = None, [Diagnostic(Level.ERROR, "#", "a spec must be a mapping at the top level", shown)]
        return
    bundler = _Bundler(path, data, shown, ref_roots, max_bytes)
    document = bundler.rewrite(data, bundler.root_path, ())
    for section, comps in bundler.extra.items():
        target = document.setdefault("components", {}).setdefault(section, {})
        for name, value in comps.items():
            target.setdefault(name, value)
    diags = bundler.diagnostics + _check_local_refs(document, shown)
    if not has_errors(diags):
        diags += _check_alias_cycles(document, shown)
    if not has_errors(diags):
        diags += normalize(document, shown)
        mark_files(document)
    files = tuple(sorted(p for p in bundler.docs if p is not None))
    shown_files = {p: bundler.show(p) for p in files}
    pending.spec = LoadedSpec(path, shown, document, files, bundler.origins, shown_files)
    pending._diags, pending._bundler = diags, bundler
    if not has_errors(diags) and validate:
        pending._validation = Background(lambda: _validate(document, shown), fork=background)
