"""Run one in-memory API server: ``python -m services.serve <api> [--host H] [--port N]``.

Uses uvicorn with uvloop and httptools when they are installed, and prints the URL and the
development credentials before serving.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from typing import Any

from . import API_NAMES

__all__ = ["build", "main"]


def build(api: str, *, seed_examples: bool = False) -> tuple[Any, Any]:
    """The ``(app, config)`` of one API, by module name (dashes are accepted for underscores)."""
    name = api.replace("-", "_")
    if name not in API_NAMES:
        raise SystemExit(f"unknown API {api!r}; choose one of: {', '.join(API_NAMES)}")
    module = importlib.import_module(f"services.{name}")
    config = module.Config(seed_examples=True) if seed_examples else module.Config()
    return module.create_app(config), config


def _fastest(choice: str, module: str) -> str:
    return choice if importlib.util.find_spec(module) is not None else "auto"


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, print where to connect and with which credentials, then serve."""
    parser = argparse.ArgumentParser(prog="python -m services.serve", description=__doc__)
    parser.add_argument("api", help="one of: " + ", ".join(API_NAMES))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--log-level", default="warning")
    parser.add_argument(
        "--seed-examples",
        action="store_true",
        help="start with the resources the spec's examples name, so the documented examples work",
    )
    args = parser.parse_args(argv)

    import uvicorn

    app, config = build(args.api, seed_examples=args.seed_examples)
    url = getattr(config, "base_url", None) or f"http://{args.host}:{args.port}"
    print(f"{args.api} serving on {url}  (Swagger UI: {url}/docs, spec: {url}/openapi.json)")
    describe = getattr(config, "dev_credentials", None)
    if callable(describe):
        print(f"dev credentials: {describe()}")
    for header, value in config.dev_headers().items():
        print(f"dev header: {header}: {value}")
    sys.stdout.flush()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        loop=_fastest("uvloop", "uvloop"),
        http=_fastest("httptools", "httptools"),
        log_level=args.log_level,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
