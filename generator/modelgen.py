"""Pydantic v2 models from datamodel-code-generator, configured for strict, spec-exact validation.

* optional is not nullable: an optional field defaults to ``MISSING``; only a
  nullable field admits ``None``;
* enums are ``Literal`` types, so values are plain strings in Python and JSON;
* models inherit ``StrictModel`` (``_base.py``): strict validation, no lax coercion.

datamodel-code-generator picks the final class names itself (a schema called ``Field`` or
``Any`` becomes ``FieldModel`` / ``AnyModel`` when it would shadow an import), so the
schema -> class mapping is read from its model metadata, never guessed. Its output is then
made ``mypy --strict`` clean (bare ``list``/``dict`` of self-recursive aliases get type
arguments; fields that allOf-inheritance narrows get a targeted ``type: ignore``).
"""

from __future__ import annotations

import ast
import bisect
import contextlib
import hashlib
import json
import keyword
import os
import re
import sys
import tempfile
import unicodedata
import warnings
from pathlib import Path
from typing import Any

from .background import Background
from .diagnostics import Diagnostic, GenerationError, Level, pointer
from .gcpolicy import frozen_heap
from .model_defaults import ADAPTER, ADAPTER_IMPORT, Edit, typed_defaults
from .model_views import Roots, unused_views, view_pair, view_renames
from .schemas import component_name, is_nullable

__all__ = ["BASE_IMPORT", "CACHE_ENV", "ModelSource", "Roots", "cache_dir", "generate_models"]

# datamodel-code-generator imports the base class from here; we rewrite it to a relative import.
_BASE_PLACEHOLDER = "generator_runtime_base.StrictModel"
BASE_IMPORT = "from ._base import StrictModel"
# Set to "0" to disable the model cache (``~/.cache/spec-first-generator``, or ``$XDG_CACHE_HOME``).
CACHE_ENV = "SPEC_GENERATOR_CACHE"
_CACHE_FORMAT = "models-v2"
_CACHE_KEEP = 200  # entries (model sources and validation markers) kept in the cache directory
_OVERRIDE_IGNORE = "  # type: ignore[assignment, unused-ignore]"
_BARE_GENERICS = {"list": "list[Any]", "dict": "dict[str, Any]", "set": "set[Any]", "tuple": "tuple[Any, ...]"}
_BARE_GENERIC_TEXT = re.compile(r"\b(?:list|dict|set|tuple)\b(?!\[)")


class ModelSource:
    """The generated models module body, what it defines, and which class each schema became."""

    def __init__(
        self,
        source: str,
        class_of: dict[str, str] | None = None,
        classes: dict[str, list[str]] | None = None,
        request_of: dict[str, str] | None = None,
    ) -> None:
        self.source = source
        # class (or module-level alias) name -> base expressions ("<alias>" for a plain assignment)
        self.classes: dict[str, list[str]] = classes if classes is not None else _module_names(ast.parse(source))
        # schema name (as passed in components/schemas) -> generated class name (the read view when split)
        self.class_of: dict[str, str] = dict(class_of or {})
        # schema name -> the class of its write view, for schemas with readOnly/writeOnly fields only
        self.request_of: dict[str, str] = dict(request_of or {})

    def is_record(self, name: str) -> bool:
        """True when the class ``name`` is a plain (non-root) model class."""
        bases = self.classes.get(name)
        return bases is not None and not any(b.startswith("RootModel") or b == "<alias>" for b in bases)

    def record_class(self, schema_name: str, *, request: bool = False) -> str | None:
        """The record class generated for the schema ``schema_name``, or None (root model, alias, collapsed).

        ``request``: the write view (readOnly fields left out) when the schema has one.
        """
        name = self.request_of.get(schema_name) if request else None
        if name is None:
            name = self.class_of.get(schema_name, schema_name if not self.class_of else None)
        return name if name is not None and self.is_record(name) else None


def _module_names(tree: ast.Module, renames: dict[str, str] | None = None) -> dict[str, list[str]]:
    renames = renames or {}
    names: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            bases = [ast.unparse(b) for b in node.bases]
            for old, new in renames.items():
                bases = [re.sub(rf"\b{old}\b", new, b) for b in bases]
            names[renames.get(node.name, node.name)] = bases
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    names.setdefault(renames.get(t.id, t.id), ["<alias>"])
    return names


def _options(split: bool = False) -> dict[str, Any]:
    """datamodel-code-generator's options; ``split``: the document has readOnly/writeOnly fields."""
    from datamodel_code_generator.enums import DataModelType, InputFileType, ReadOnlyWriteOnlyModelType
    from datamodel_code_generator.format import PythonVersion

    return {
        "input_file_type": InputFileType.OpenAPI,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "target_pydantic_version": "2.14",
        "field_extra_keys": {UNIQUE_KEY},
        "base_class": _BASE_PLACEHOLDER,
        "use_annotated": True,
        "use_union_operator": True,
        "use_standard_collections": True,
        "enum_field_as_literal": "all",
        "strict_nullable": True,
        "field_constraints": True,
        "use_missing_sentinel": True,
        "collapse_root_models": True,
        "snake_case_field": True,
        "use_schema_description": True,
        "use_field_description": True,
        "disable_timestamp": True,
        "keep_model_order": True,
        "output_datetime_class": "datetime",
        "formatters": [],
        "use_double_quotes": True,
        "disable_future_imports": False,
    } | (
        # a schema with readOnly/writeOnly fields becomes two classes, ``XRequest`` and ``XResponse``
        # (``model_views``). Only asked for when needed: the option changes how the whole document
        # is processed (inline class numbering), so documents without such fields stay as they were.
        {"read_only_write_only_model_type": ReadOnlyWriteOnlyModelType.RequestResponse} if split else {}
    )


def cache_dir() -> Path | None:
    """Where generated model sources are cached by content hash; None when caching is off."""
    if os.environ.get(CACHE_ENV, "1") in ("0", "", "off", "false", "no"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "spec-first-generator"


def _cache_key(document: dict[str, Any], split: bool) -> str:
    import datamodel_code_generator

    version = getattr(datamodel_code_generator, "__version__", "") or _dcg_version()
    payload = json.dumps(
        [
            _CACHE_FORMAT,
            version,
            repr(sorted((k, repr(v)) for k, v in _options(split).items())),
            document,
        ],
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _dcg_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("datamodel-code-generator")
    except PackageNotFoundError:
        return "unknown"


def _cache_read(key: str) -> tuple[str, dict[str, str], list[list[str]]] | None:
    directory = cache_dir()
    if directory is None:
        return None
    try:
        data = json.loads((directory / f"{key}.json").read_text(encoding="utf-8"))
        source, class_of, pairs = data["source"], data["class_of"], data["views"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(source, str) or not isinstance(class_of, dict) or not isinstance(pairs, list):
        return None
    if data.get("sha256") != hashlib.sha256(source.encode()).hexdigest():
        return None
    with contextlib.suppress(OSError):
        (directory / f"{key}.json").touch()  # recently used entries survive pruning
    return source, {str(k): str(v) for k, v in class_of.items()}, [[str(x) for x in p] for p in pairs]


def _cache_write(key: str, source: str, class_of: dict[str, str], pairs: list[list[str]]) -> None:
    directory = cache_dir()
    if directory is None:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(source.encode()).hexdigest()
        payload = {"source": source, "class_of": class_of, "views": pairs, "sha256": digest}
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, sort_keys=True)
        os.replace(tmp, directory / f"{key}.json")
        prune_cache(directory)
    except OSError:
        pass  # a cache is an optimisation only


def prune_cache(directory: Path, keep: int = _CACHE_KEEP) -> None:
    """Keep the cache small: only the ``keep`` most recently written entries survive."""
    entries = sorted(directory.glob("*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[keep:]:
        old.unlink(missing_ok=True)


def _run_dcg(document: dict[str, Any], split: bool) -> tuple[str, dict[str, str], list[list[str]]]:
    """datamodel-code-generator's module text, its schema -> class mapping and its read/write view pairs.

    A pair is ``[schema, request class, response class]``; ``schema`` is "" for an inline model.
    ``split``: the document has readOnly/writeOnly fields (:func:`_has_read_write`).
    """
    from datamodel_code_generator import generate

    with tempfile.TemporaryDirectory(prefix="spec-generator-") as tmp, warnings.catch_warnings(), frozen_heap():
        warnings.simplefilter("ignore")
        meta_path = Path(tmp) / "models.json"
        result = generate(document, **_options(split), emit_model_metadata=meta_path)
        try:
            metadata = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            metadata = {"models": []}
    if not isinstance(result, str):
        raise TypeError("model generation produced several modules")
    by_source: dict[tuple[str, ...], list[str]] = {}
    for model in metadata.get("models") or []:
        if not model.get("module"):
            by_source.setdefault(tuple(str(p) for p in model.get("source_path") or []), []).append(
                str(model["class_name"])
            )
    class_of: dict[str, str] = {}
    pairs: list[list[str]] = []
    for path, names in by_source.items():
        schema = path[2] if len(path) == 3 and path[:2] == ("components", "schemas") else None
        pair = view_pair(names)
        if pair is not None:
            pairs.append([schema or "", *pair])
        if schema is not None:
            class_of[schema] = pair[1] if pair is not None else names[0]
    return result, class_of, pairs


def _has_read_write(document: dict[str, Any]) -> bool:
    """True when some schema object says ``readOnly: true`` or ``writeOnly: true``."""
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("readOnly") is True or node.get("writeOnly") is True:
                return True
            stack += [v for k, v in node.items() if k not in ("example", "examples", "default", "enum", "const")]
        elif isinstance(node, list):
            stack += node
    return False


UNIQUE_KEY = "x-unique-items"  # carried to ``Field(json_schema_extra=...)``; ``StrictModel`` enforces it


def _mark_unique_items(node: Any) -> Any:
    """Copy of a schema tree where every ``uniqueItems: true`` also carries ``x-unique-items``, and every
    union with a nullable member is nullable itself.

    datamodel-code-generator drops ``uniqueItems``; as a field extra key it reaches the model,
    whose base class rejects duplicates (see ``_base.py``).
    """
    if isinstance(node, list):
        return [_mark_unique_items(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (v if k in ("example", "examples", "default", "enum", "const") else _mark_unique_items(v))
        for k, v in node.items()
    }
    if node.get("uniqueItems") is True:
        out[UNIQUE_KEY] = True
    if _null_branch(node) and node.get("nullable") is not True:
        out["nullable"] = True
    return _object_keywords_into_members(out)


_OBJECT_KEYWORDS = frozenset(
    {"properties", "required", "additionalProperties", "patternProperties", "minProperties", "maxProperties"}
)


def _object_keywords_into_members(node: dict[str, Any]) -> dict[str, Any]:
    """``oneOf: [{type: boolean}, {type: object}], properties: {...}`` as ``oneOf: [{type: boolean},
    {type: object, properties: {...}}]``.

    Object keywords beside a union constrain only its object values, so moving them into every
    member that may be an object means the same; datamodel-code-generator otherwise makes the whole
    union one model class and a ``false`` answer fails (Lob's ``return_envelope``).
    """
    key = next((k for k in ("oneOf", "anyOf") if isinstance(node.get(k), list)), None)
    moved = {k: v for k, v in node.items() if k in _OBJECT_KEYWORDS}  # in the document's order
    members = node.get(key) if key is not None else None
    if key is None or not moved or "type" in node or "allOf" in node or not isinstance(members, list):
        return node
    if not all(isinstance(m, dict) and "$ref" not in m and not set(m) & set(moved) for m in members):
        return node
    if all(m.get("type", "object") == "object" for m in members):
        return node  # every member is an object: the union's own properties are read as they are
    out = {k: v for k, v in node.items() if k not in moved}
    out[key] = [m | moved if m.get("type", "object") == "object" else m for m in members]
    return out


def _ref_defaults(schemas: dict[str, Any]) -> None:
    """A property that only refers to a schema with a default gets that default beside the reference.

    datamodel-code-generator types such a property ``T | None = default`` (admitting ``null`` the
    schema does not allow); with the default stated beside the reference it writes ``T = default``.
    Changes the (already copied) schemas in place.
    """
    stack: list[Any] = list(schemas.values())
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack += node
            continue
        if not isinstance(node, dict):
            continue
        props = node.get("properties")
        for prop in props.values() if isinstance(props, dict) else ():
            target = _ref_target(schemas, prop)
            if target is not None and "default" in target and not is_nullable(target):
                prop["default"] = target["default"]
        stack += [v for k, v in node.items() if k not in ("example", "examples", "default", "enum", "const")]


def _ref_target(schemas: dict[str, Any], prop: Any) -> dict[str, Any] | None:
    """The component schema a property that is only a reference (``$ref``, or ``allOf`` of one ``$ref``),
    without a default or ``nullable`` of its own, points at."""
    if not isinstance(prop, dict) or "default" in prop or is_nullable(prop):
        return None
    members = prop.get("allOf")
    ref = members[0] if isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict) else prop
    if not isinstance(ref.get("$ref"), str):
        return None
    name = component_name(ref["$ref"])
    target = schemas.get(name) if name is not None else None
    return target if isinstance(target, dict) else None


def _null_branch(schema: dict[str, Any]) -> bool:
    """True when a ``oneOf``/``anyOf`` member says ``nullable: true`` (OpenAPI 3.0).

    datamodel-code-generator reads ``nullable`` of the union, not of its members, so a member's
    ``null`` would be lost; the union itself is made nullable, which is what it accepts.
    """
    return any(
        isinstance(sub, dict) and sub.get("nullable") is True
        for key in ("oneOf", "anyOf")
        if isinstance(schema.get(key), list)
        for sub in schema[key]
    )


_REBUILD_LINE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\.model_rebuild\(\)\n", re.M)


def generate_models(document: dict[str, Any], source: str, roots: Roots | None = None) -> ModelSource:
    """Run datamodel-code-generator over an already bundled and renamed document.

    ``roots``: the schemas requests and responses use; a view of a schema with readOnly/writeOnly
    fields that no operation needs is left out (None: both views of every such schema are kept).
    """
    schemas = document.get("components", {}).get("schemas", {})
    if not schemas:
        return ModelSource("from __future__ import annotations\n\nfrom ._base import StrictModel  # noqa: F401\n")
    document = _mark_unique_items(document)
    _ref_defaults(document["components"]["schemas"])
    split = _has_read_write(document)
    key = _cache_key(document, split) if cache_dir() is not None else None  # hashing the document costs ~0.3 s
    cached = _cache_read(key) if key is not None else None
    if cached is not None:
        result, class_of, pairs = cached
    else:
        try:
            # In a forked child (here when profiled, so that the profile sees it): its ~200 MB of parser
            # state never stays in this process's heap. The heap is frozen at the fork, so the child's
            # collections never walk (and so never copy) the parent's pages.
            with frozen_heap():
                job = Background(lambda: _run_dcg(document, split), fork=sys.getprofile() is None)
            result, class_of, pairs = job.result()
        except Exception as exc:  # datamodel-code-generator failed on this input
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise GenerationError(
                [Diagnostic(Level.ERROR, "#/components/schemas", f"model generation failed: {message}", source)]
            ) from exc
        if key is not None:
            _cache_write(key, result, class_of, pairs)
    lines = result.splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    body = "\n".join(lines) + "\n"
    module, _, cls = _BASE_PLACEHOLDER.rpartition(".")
    body = body.replace(f"from {module} import {cls}", BASE_IMPORT)
    # Module-level ``X.model_rebuild()`` calls would build validators at import time and undo
    # ``defer_build``; pydantic resolves the same forward references lazily on first use.
    body = _REBUILD_LINE.sub("", body)
    try:
        tree = ast.parse(body)
    except SyntaxError as exc:
        raise GenerationError(
            [
                Diagnostic(
                    Level.ERROR,
                    "#/components/schemas",
                    f"model generation produced invalid Python: {exc.msg} (line {exc.lineno})",
                    source,
                )
            ]
        ) from exc
    _check_field_names(tree, body, source, class_of)
    return _finish(tree, body, class_of, pairs, roots)


# -- post-processing: one parse, then every edit at once ----------------------------------------------
#
# Edits are (line index, start byte, end byte, replacement) on the original lines, applied right
# to left, so none shifts another; ``type: ignore`` comments are appended to whole lines last.


def _finish(
    tree: ast.Module, body: str, class_of: dict[str, str], pairs: list[list[str]], roots: Roots | None
) -> ModelSource:
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    dropped = unused_views(classes, class_of, pairs, roots)
    kept = {name: node for name, node in classes.items() if name not in dropped}
    renames = _renames(classes, kept, class_of, pairs, dropped)
    view_of = {s: (req if resp in dropped else resp) for s, req, resp in pairs if s}
    class_of = {schema: renames.get(c, c) for schema, cls in class_of.items() for c in [view_of.get(schema, cls)]}
    request_of = {s: renames.get(req, req) for s, req, resp in pairs if s and not dropped & {req, resp}}
    edits = _rename_edits(tree, renames, body)
    edits += _unshadow_aliases(kept)
    if _BARE_GENERIC_TEXT.search(body):  # skip walking every annotation when none can match
        edits += [e for node in kept.values() for a in _annotations(node) for e in _bare_generics(a)]
    ignores = _override_lines(kept)
    lines = body.split("\n")
    typed = [e for node in kept.values() for e in typed_defaults(node)]
    if renames and typed:  # a default's ``TypeAdapter(X)`` names classes as they were before renaming
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, renames)) + r")\b")
        typed = [(line, a, b, pattern.sub(lambda m: renames[m.group(0)], text)) for line, a, b, text in typed]
    edits += typed
    for line, start, end, text in sorted(edits, reverse=True):
        raw = lines[line].encode()
        lines[line] = (raw[:start] + text.encode() + raw[end:]).decode()
    for line in ignores:
        lines[line] += _OVERRIDE_IGNORE
    gone = {i for name in dropped for i in _class_lines(classes[name], lines)}
    out = "\n".join(line for i, line in enumerate(lines) if i not in gone)
    if any(e[3] in _BARE_GENERICS.values() for e in edits) and not re.search(
        r"^from typing import [^\n]*\bAny\b", out, re.M
    ):
        out = out.replace(
            "from __future__ import annotations\n", "from __future__ import annotations\n\nfrom typing import Any\n", 1
        )
    if any(ADAPTER in e[3] for e in typed):
        out = out.replace(BASE_IMPORT + "\n", f"{BASE_IMPORT}\n{ADAPTER_IMPORT}\n", 1)
    names = {k: v for k, v in _module_names(tree, renames).items() if k not in dropped}
    return ModelSource(out, class_of, names, request_of)


def _renames(
    classes: dict[str, ast.ClassDef],
    kept: dict[str, ast.ClassDef],
    class_of: dict[str, str],
    pairs: list[list[str]],
    dropped: set[str],
) -> dict[str, str]:
    """Every class rename: read views take their schema's name (``model_views``), then each named schema
    gets its own name back from an inline model that took it (``_reclaim_schema_names``)."""
    views = view_renames(classes, pairs, dropped)
    view_of = {s: (req if resp in dropped else resp) for s, req, resp in pairs if s}
    named = {schema: views.get(c, c) for schema, cls in class_of.items() for c in [view_of.get(schema, cls)]}
    again = _reclaim_schema_names({views.get(n, n): node for n, node in kept.items()}, named)
    return {old: again.get(new, new) for old, new in views.items()} | {
        old: new for old, new in again.items() if old in kept and old not in views
    }


def _class_lines(node: ast.ClassDef, lines: list[str]) -> range:
    """The line indexes of a class definition and the blank lines before it."""
    first = node.decorator_list[0].lineno - 1 if node.decorator_list else node.lineno - 1
    while first > 0 and not lines[first - 1].strip():
        first -= 1
    return range(first, node.end_lineno or node.lineno)


def _reclaim_schema_names(classes: dict[str, ast.ClassDef], class_of: dict[str, str]) -> dict[str, str]:
    """Class renames that give each named schema its own name back when an inline model took it first.

    datamodel-code-generator names an inline model after its property (``Participants`` items
    become ``Participant``), which can push the component ``Participant`` to ``Participant1``.
    The two class names are swapped (a pure rename of Python names), so a schema's class is
    stable and never depends on which inline models happen to exist.
    """
    owner = {cls: schema for schema, cls in class_of.items()}
    renames: dict[str, str] = {}
    for schema, cls in sorted(class_of.items()):
        wanted = schema
        if cls == wanted or wanted not in classes or wanted in owner or not wanted.isidentifier():
            continue  # in place already, renamed for another reason (an import), or held by a named schema
        renames[wanted], renames[cls] = cls, wanted
        owner[wanted] = schema
        del owner[cls]
    return renames


def _rename_edits(tree: ast.Module, renames: dict[str, str], body: str) -> list[Edit]:
    """Edits renaming classes: their definitions and every ``Name`` that refers to them."""
    if not renames:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, renames)) + r")\b")
    starts = [0] + [m.end() for m in re.finditer("\n", body)]
    hit_lines = {bisect.bisect_right(starts, m.start()) for m in pattern.finditer(body)}  # 1-based line numbers

    def mentions(node: ast.AST) -> bool:
        first, last = getattr(node, "lineno", 0), getattr(node, "end_lineno", 0) or getattr(node, "lineno", 0)
        return any(line in hit_lines for line in range(first, last + 1))

    roots: list[ast.AST] = []  # small subtrees to walk: class headers' bases and statements
    edits: list[Edit] = []
    for top in tree.body:
        if isinstance(top, ast.ClassDef):
            if top.name in renames:
                start = top.col_offset + len("class ")
                edits.append((top.lineno - 1, start, start + len(top.name.encode()), renames[top.name]))
            roots += [b for b in top.bases if mentions(b)]
            roots += [stmt for stmt in top.body if mentions(stmt)]
        elif mentions(top):
            roots.append(top)
    for root in roots:
        for node in ast.walk(root):
            if isinstance(node, ast.Name) and node.id in renames:
                edits.append(
                    (node.lineno - 1, node.col_offset, node.col_offset + len(node.id.encode()), renames[node.id])
                )
            elif isinstance(node, ast.ClassDef) and node.name in renames:  # a nested class
                start = node.col_offset + len("class ")
                edits.append((node.lineno - 1, start, start + len(node.name.encode()), renames[node.name]))
    return edits


def _field_alias(stmt: ast.AnnAssign) -> str | None:
    """The ``alias=`` of a field declared ``x: Annotated[T, Field(alias=...)]`` or ``x: T = Field(alias=...)``."""
    calls = [stmt.value] if isinstance(stmt.value, ast.Call) else []
    if isinstance(stmt.annotation, ast.Subscript) and isinstance(stmt.annotation.slice, ast.Tuple):
        calls += [e for e in stmt.annotation.slice.elts if isinstance(e, ast.Call)]
    for call in calls:
        for kw in call.keywords:
            if kw.arg == "alias" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                return kw.value.value
    return None


def _fields(node: ast.ClassDef) -> dict[str, ast.AnnAssign]:
    return {s.target.id: s for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}


def _families(classes: dict[str, ast.ClassDef]) -> dict[str, list[str]]:
    """Each class -> every class related to it by inheritance within the module (itself included)."""
    links: dict[str, set[str]] = {name: set() for name in classes}
    for name, node in classes.items():
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id in classes:
                links[name].add(base.id)
                links[base.id].add(name)
    families: dict[str, list[str]] = {}
    for name in classes:
        if name in families:
            continue
        group, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in group:
                group.add(current)
                todo += links[current]
        members = sorted(group)
        for member in members:
            families[member] = members
    return families


def _unshadow_aliases(classes: dict[str, ast.ClassDef]) -> list[Edit]:
    """Rename a field whose Python name is another field's wire name.

    Models validate by name *or* alias, so with properties ``a-b`` (attribute ``a_b``) and
    ``a_b`` (attribute ``a_b_1``), a payload holding only ``a_b`` would fill both fields.
    The attribute of the first becomes ``a_b_`` (its wire name, the alias, is unchanged).
    """
    fields = {name: _fields(node) for name, node in classes.items()}
    edits: list[Edit] = []
    done: set[tuple[str, ...]] = set()
    for members in _families(classes).values():
        key = tuple(members)
        if key in done:
            continue
        done.add(key)
        view = {attr: _field_alias(stmt) or attr for c in members for attr, stmt in fields[c].items()}
        wires = set(view.values())
        taken = set(view) | wires
        for attr, wire in sorted(view.items()):
            if attr == wire or attr not in wires:
                continue
            new, n = attr + "_", 2
            while new in taken or keyword.iskeyword(new):
                new, n = f"{attr}_{n}", n + 1
            taken.add(new)
            for c in members:
                stmt = fields[c].get(attr)
                if stmt is not None:
                    start = stmt.target.col_offset
                    edits.append((stmt.lineno - 1, start, start + len(attr.encode()), new))
    return edits


def _annotations(node: ast.ClassDef) -> list[ast.expr]:
    return [b for b in node.bases if isinstance(b, ast.Subscript)] + [
        s.annotation for s in node.body if isinstance(s, ast.AnnAssign)
    ]


def _bare_generics(annotation: ast.expr) -> list[Edit]:
    """``list``/``dict``/... used without type arguments inside an annotation get ``Any`` arguments."""
    nodes = list(ast.walk(annotation))
    subscripted = {id(n.value) for n in nodes if isinstance(n, ast.Subscript)}
    return [
        (n.lineno - 1, n.col_offset, n.end_col_offset or n.col_offset, _BARE_GENERICS[n.id])
        for n in nodes
        if isinstance(n, ast.Name) and n.id in _BARE_GENERICS and id(n) not in subscripted
    ]


def _override_lines(classes: dict[str, ast.ClassDef]) -> set[int]:
    """Lines of fields a subclass redeclares (allOf narrowing a base's type): mypy calls that an
    incompatible override, pydantic is fine with it; they get a targeted ``type: ignore``."""
    fields = {name: set(_fields(node)) for name, node in classes.items()}
    bases = {
        name: [b.id for b in node.bases if isinstance(b, ast.Name) and b.id in classes]
        for name, node in classes.items()
    }
    memo: dict[str, set[str]] = {}

    def inherited(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        if name not in memo:
            out: set[str] = set()
            for base in bases[name]:
                if base not in seen:
                    out |= fields[base] | inherited(base, seen | {name})
            memo[name] = out
        return memo[name]

    lines: set[int] = set()
    for name, node in classes.items():
        if bases[name]:
            parent = inherited(name)
            lines |= {
                s.lineno - 1
                for s in node.body
                if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and s.target.id in parent
            }
    return lines


def _check_field_names(tree: ast.Module, body: str, source: str, class_of: dict[str, str]) -> None:
    """Two fields whose identifiers Python folds to the same name (NFKC) would silently merge: refuse."""
    if body.isascii():
        return
    schema_of = {v: k for k, v in class_of.items()}
    lines = body.split("\n")
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        seen: dict[str, str] = {}
        for stmt in node.body:
            if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
                continue
            raw = lines[stmt.lineno - 1].encode()
            name = raw[stmt.target.col_offset : stmt.target.end_col_offset].decode()  # as written, not normalised
            folded = unicodedata.normalize("NFKC", name)
            if folded in seen and seen[folded] != name:
                where = pointer("components", "schemas", schema_of.get(node.name, node.name))
                raise GenerationError(
                    [
                        Diagnostic(
                            Level.ERROR,
                            where,
                            f"properties {seen[folded]!r} and {name!r} are the same Python identifier after Unicode normalisation",
                            source,
                        )
                    ]
                )
            seen[folded] = name
