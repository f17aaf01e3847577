# generated from specs/bandwidth_webrtc.yaml — do not edit
# runtime: spec-first-generator 0.1.0, source sha256 dd026f9b6dd62d1b (copied verbatim; do not edit)
"""Runtime of the generated ``webhooks.py``: the requests an API sends to its users (webhooks, callbacks).

Two halves, both spec-independent:

- the receiver app is the generated server's own machinery (``_server_runtime.build_app``) serving
  each hook at a route; :class:`Routes` checks the routes a user chooses instead of the defaults;
- :class:`Parser` is for code that receives the request itself (any web framework, a queue, a
  test): it turns the raw body and headers into the documented type with the same parsing, strict
  validation and error messages as the receiver app, raising :class:`WebhookError` otherwise.
  JSON, form and text bodies are read directly; multipart and ndjson ones by the server runtime's
  own (asynchronous) reader, run to completion on an event loop of their own.

``webhooks.py`` hands the server runtime's body reader in, so this module imports nothing of it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

__all__ = ["BodyReader", "Parser", "Routes", "WebhookError", "run_to_completion"]


class WebhookError(ValueError):
    """An incoming request that does not match what the spec documents for ``hook``.

    ``status`` is what the receiver app answers for it (400 bad body, 415 wrong media type);
    ``reason`` says what is wrong and where (``invalid request body pet.id: Field required``).
    """

    def __init__(self, hook: str, status: int, reason: str) -> None:
        super().__init__(f"{hook}: {reason}")
        self.hook = hook
        self.status = status
        self.reason = reason


class BodyReader(Protocol):
    """What :class:`Parser` needs of the server runtime's ``Body``: pick an encoding, then parse in it."""

    required: bool

    def pick(self, content_type: str | None) -> str: ...

    def validate_json(self, raw: bytes | str) -> object: ...

    def form(self, raw: bytes) -> object: ...

    def text(self, raw: bytes) -> object: ...

    async def parse(self, scope: dict[str, Any], raw: bytes, content_type: str | None) -> object: ...


def header(headers: Mapping[str, str] | Iterable[tuple[str, str]], name: str) -> str | None:
    """The value of header ``name`` (any case) in a mapping or a list of pairs; None when absent."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    return next((value for key, value in pairs if key.lower() == wanted), None)


class Parser:
    """Parses one hook's request body: ``parser(body, headers)`` -> the validated value.

    ``reader`` builds the body reader on first use (validators are compiled once, when first needed);
    ``error`` is the server runtime's error class, whose ``status`` and ``message`` become a
    :class:`WebhookError`. A hook without a request body parses to None.
    """

    __slots__ = ("_error", "_make", "_reader", "hook")

    def __init__(self, hook: str, reader: Callable[[], BodyReader] | None, error: type[Exception]) -> None:
        self.hook = hook
        self._make = reader
        self._reader: BodyReader | None = None
        self._error = error

    def reader(self) -> BodyReader | None:
        """The body reader, built on first use; None when the hook has no body."""
        if self._reader is None and self._make is not None:
            self._reader = self._make()
        return self._reader

    def __call__(self, body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> object:
        reader = self.reader()
        if reader is None:
            return None
        raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        content_type = header(headers, "content-type")
        if not raw:
            if reader.required:
                raise WebhookError(self.hook, 400, "request body is required")
            return None
        try:
            return self._parse(reader, raw, content_type)
        except self._error as exc:
            status = getattr(exc, "status", 400)
            raise WebhookError(self.hook, status, str(getattr(exc, "message", exc))) from None

    def _parse(self, reader: BodyReader, raw: bytes, content_type: str | None) -> object:
        encoding = reader.pick(content_type)
        if encoding == "json":
            return reader.validate_json(raw)
        if encoding == "form":
            return reader.form(raw)
        if encoding in ("text", "binary"):
            return reader.text(raw)
        # multipart, ndjson: the receiver app's reader itself, given the request's Content-Type
        headers = [(b"content-type", (content_type or "").encode("latin-1", "replace"))]
        scope: dict[str, Any] = {"type": "http", "method": "POST", "path": "/", "headers": headers}
        return run_to_completion(reader.parse(scope, raw, content_type))


T = TypeVar("T")


def run_to_completion(coroutine: Coroutine[Any, Any, T]) -> T:
    """The result of ``coroutine``, run on a new event loop: in this thread, or in another one when
    this thread already runs a loop (a parse helper called from an ``async`` endpoint)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(1, thread_name_prefix="webhook-parse") as pool:
        return pool.submit(asyncio.run, coroutine).result()


class Routes:
    """The receiver's route of each hook: its default unless the user's ``chosen`` mapping names another.

    ``chosen`` maps receiver method names to paths; an unknown name, a path that does not start
    with ``/`` or two hooks of one method on one path are a ``ValueError`` when the app is built.
    """

    __slots__ = ("_paths",)

    def __init__(self, chosen: Mapping[str, str], defaults: Mapping[str, tuple[str, str]]) -> None:
        unknown = sorted(set(chosen) - set(defaults))
        if unknown:
            raise ValueError(f"no hook named {', '.join(map(repr, unknown))}; hooks: {', '.join(sorted(defaults))}")
        self._paths: dict[str, str] = {}
        taken: dict[tuple[str, str], str] = {}
        for name, (method, default) in defaults.items():
            path = chosen.get(name, default)
            if not isinstance(path, str) or not path.startswith("/"):
                raise ValueError(f"the route of {name!r} must be a path starting with '/', not {path!r}")
            if (method, path) in taken:
                raise ValueError(f"{name!r} and {taken[method, path]!r} would both be {method} {path}")
            taken[method, path] = name
            self._paths[name] = path

    def __getitem__(self, name: str) -> str:
        return self._paths[name]
