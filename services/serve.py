"""Run one stand-in: ``python -m services.serve API`` (or ``spec-generator serve API``, ``make serve``).

Every option has an environment variable (``STANDIN_<NAME>``; a flag wins over its variable).
The socket is bound before anything is printed: ``<api> serving on <url>`` appears only once
the server accepts connections, and a port that cannot be bound is one line on stderr, exit 1.
Idle keep-alive connections are closed after ``--idle-timeout`` seconds, and a connection whose
request headers have not all arrived ``--header-timeout`` seconds after it opened (or after its
previous answer), or that are larger than ``--max-header-bytes``, is dropped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import logging
import math
import os
import socket
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import API_NAMES

if TYPE_CHECKING:
    import uvicorn

    from .standin import StandinOptions

__all__ = ["ENVIRONMENT", "Settings", "build", "main", "parse", "run"]

PROG = "python -m services.serve"
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}
# option -> environment variable (docs/local-server.md lists them)
ENVIRONMENT: dict[str, str] = {
    "api": "STANDIN_API",
    "host": "STANDIN_HOST",
    "port": "STANDIN_PORT",
    "credentials": "STANDIN_CREDENTIALS",
    "accept_any_credentials": "STANDIN_ACCEPT_ANY_CREDENTIALS",
    "log_level": "STANDIN_LOG_LEVEL",
    "request_log": "STANDIN_REQUEST_LOG",
    "cors_origin": "STANDIN_CORS_ORIGINS",
    "seed": "STANDIN_SEED",
    "seed_examples": "STANDIN_SEED_EXAMPLES",
    "latency_ms": "STANDIN_LATENCY_MS",
    "state_file": "STANDIN_STATE_FILE",
    "admin_token": "STANDIN_ADMIN_TOKEN",
    "base_url": "STANDIN_BASE_URL",
    "idle_timeout": "STANDIN_IDLE_TIMEOUT",
    "header_timeout": "STANDIN_HEADER_TIMEOUT",
    "max_header_bytes": "STANDIN_MAX_HEADER_BYTES",
}
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


@dataclass(frozen=True)
class Settings:
    """Everything one run needs: where to listen, how the stand-in behaves, the connection limits."""

    api: str
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "info"
    request_log: bool = True
    credentials: tuple[str, ...] = ()
    accept_any_credentials: bool = False
    cors_origins: tuple[str, ...] = ()
    seed: Path | None = None
    seed_examples: bool = False
    latency_ms: int = 0
    state_file: Path | None = None
    admin_token: str | None = None
    base_url: str | None = None
    idle_timeout: float = 5.0
    header_timeout: float = 10.0
    max_header_bytes: int = 64 * 1024

    def options(self) -> StandinOptions:
        """The stand-in's options (``services.standin.StandinOptions``)."""
        from .standin import StandinOptions

        config: dict[str, Any] = {}
        if self.seed_examples:
            config["seed_examples"] = True
        if self.base_url:
            config["base_url"] = self.base_url
        return StandinOptions(
            credentials=self.credentials,
            accept_any_credentials=self.accept_any_credentials,
            config=config,
            cors_origins=self.cors_origins,
            latency_ms=self.latency_ms,
            seed_file=self.seed,
            state_file=self.state_file,
            admin_token=self.admin_token,
            log_requests=self.request_log,
        )


# -- arguments and environment ------------------------------------------------------------------------
class _Env:
    """Defaults read from the environment, each checked like its flag (a bad value names the variable)."""

    def __init__(self, environ: Mapping[str, str], parser: argparse.ArgumentParser) -> None:
        self.environ = environ
        self.parser = parser

    def text(self, name: str, default: str | None = None) -> str | None:
        return self.environ.get(ENVIRONMENT[name], default)

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.environ.get(ENVIRONMENT[name])
        if value is None:
            return default
        if value.strip().lower() not in _TRUE | _FALSE:
            self.parser.error(f"{ENVIRONMENT[name]}={value!r}: expected 1/0, true/false, yes/no or on/off")
        return value.strip().lower() in _TRUE

    def number(self, name: str, default: float, kind: type[int] | type[float] = int) -> Any:
        return self.converted(name, default, _non_negative(kind))

    def converted(self, name: str, default: Any, convert: Any) -> Any:
        value = self.environ.get(ENVIRONMENT[name])
        if value is None:
            return default
        try:
            return convert(value)
        except argparse.ArgumentTypeError as exc:
            self.parser.error(f"{ENVIRONMENT[name]}={value!r}: {exc}")

    def items(self, name: str) -> list[str]:
        return [item.strip() for item in self.environ.get(ENVIRONMENT[name], "").split(",") if item.strip()]


def _non_negative(kind: type[int] | type[float]) -> Any:
    def convert(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a {'whole ' if kind is int else ''}number: {text!r}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
        return value

    convert.__name__ = kind.__name__
    return convert


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {text!r}")
    return int(text)


def _parser(prog: str, env: Mapping[str, str]) -> argparse.ArgumentParser:
    import textwrap

    variables = ", ".join(f"{v} (--{k.replace('_', '-')})" for k, v in ENVIRONMENT.items() if k != "api")
    epilog = "\n".join(
        [
            *textwrap.wrap(f"environment: {variables}; STANDIN_API names the API when the argument is left out.", 100),
            "exit codes: 0 stopped, 1 the port could not be bound, 2 usage error or unusable options",
        ]
    )
    parser = argparse.ArgumentParser(
        prog=prog,
        description=__doc__.split("\n\n")[0].strip() if __doc__ else None,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e = _Env(env, parser)
    parser.add_argument("api", nargs="?", default=e.text("api"), metavar="API", help="one of: " + ", ".join(API_NAMES))
    _listen_arguments(parser, e)
    _behaviour_arguments(parser, e)
    return parser


def _listen_arguments(parser: argparse.ArgumentParser, e: _Env) -> None:
    parser.add_argument("--host", default=e.text("host", "127.0.0.1"), help="interface to listen on (127.0.0.1)")
    port = e.converted("port", 8000, _port)
    parser.add_argument("--port", type=_port, default=port, help="port, 0 for any free one (8000)")
    parser.add_argument("--log-level", choices=LOG_LEVELS, default=(e.text("log_level", "info") or "info").lower())
    parser.add_argument(
        "--request-log",
        action=argparse.BooleanOptionalAction,
        default=e.flag("request_log", True),
        help="one line per request, 4xx with the validation reasons (on)",
    )
    seconds = _non_negative(float)
    parser.add_argument(
        "--idle-timeout",
        type=seconds,
        default=e.number("idle_timeout", 5.0, float),
        metavar="SECONDS",
        help="close a keep-alive connection idle this long (5)",
    )
    parser.add_argument(
        "--header-timeout",
        type=seconds,
        default=e.number("header_timeout", 10.0, float),
        metavar="SECONDS",
        help="drop a connection whose request headers take longer than this (10)",
    )
    parser.add_argument(
        "--max-header-bytes",
        type=_non_negative(int),
        default=e.number("max_header_bytes", 64 * 1024),
        metavar="BYTES",
        help="drop a connection whose request line and headers are larger (65536)",
    )


def _behaviour_arguments(parser: argparse.ArgumentParser, e: _Env) -> None:
    parser.add_argument(
        "--credentials",
        action="append",
        default=None,
        metavar="CRED",
        help="a principal, repeatable (first = development principal): AccountSid:AuthToken (twilio_proxy), "
        "username:password[:accountId] (bandwidth_webrtc), tenant:apiKey (rooms); env: comma-separated",
    )
    parser.add_argument(
        "--accept-any-credentials",
        action=argparse.BooleanOptionalAction,
        default=e.flag("accept_any_credentials"),
        help="take any credentials as the development principal (missing ones are still refused)",
    )
    parser.add_argument("--cors-origin", action="append", default=None, metavar="ORIGIN", help="repeatable; * = any")
    parser.add_argument(
        "--seed", type=Path, default=e.text("seed"), metavar="FILE", help="YAML/JSON state to start with"
    )
    parser.add_argument(
        "--seed-examples",
        action=argparse.BooleanOptionalAction,
        default=e.flag("seed_examples"),
        help="start with the resources the spec's examples name",
    )
    parser.add_argument(
        "--latency-ms", type=_non_negative(int), default=e.number("latency_ms", 0), help="added to every answer"
    )
    parser.add_argument(
        "--state-file",
        type=Path,
        default=e.text("state_file"),
        metavar="FILE",
        help="state loaded at start (when it exists) and saved at shutdown (JSON, the shape of /_standin/state)",
    )
    parser.add_argument(
        "--admin-token", default=e.text("admin_token"), help="bearer token of /_standin/* (default: API credentials)"
    )
    parser.add_argument("--base-url", default=e.text("base_url"), help="public base URL, when behind a proxy")
    parser.set_defaults(env_credentials=e.items("credentials"), env_cors=e.items("cors_origin"))


def parse(argv: Sequence[str] | None = None, *, prog: str = PROG, environ: Mapping[str, str] | None = None) -> Settings:
    """The settings of ``argv`` over the environment (``os.environ`` when None); usage errors exit 2."""
    parser = _parser(prog, os.environ if environ is None else environ)
    args = parser.parse_args(argv)
    if args.api is None:
        parser.error(f"missing API (one of: {', '.join(API_NAMES)}; or set STANDIN_API)")
    api = str(args.api).replace("-", "_")
    if api not in API_NAMES:
        parser.error(f"unknown API {args.api!r}; choose one of: {', '.join(API_NAMES)}")
    return Settings(
        api=api,
        host=args.host,
        port=int(args.port),
        log_level=args.log_level,
        request_log=args.request_log,
        credentials=tuple(args.credentials if args.credentials is not None else args.env_credentials),
        accept_any_credentials=args.accept_any_credentials,
        cors_origins=tuple(args.cors_origin if args.cors_origin is not None else args.env_cors),
        seed=None if args.seed is None else Path(args.seed),
        seed_examples=args.seed_examples,
        latency_ms=args.latency_ms,
        state_file=None if args.state_file is None else Path(args.state_file),
        admin_token=args.admin_token or None,
        base_url=args.base_url or None,
        idle_timeout=args.idle_timeout,
        header_timeout=args.header_timeout,
        max_header_bytes=args.max_header_bytes,
    )


# -- serving ----------------------------------------------------------------------------------------
def build(api: str, *, seed_examples: bool = False) -> tuple[Any, Any]:
    """The plain ``(app, config)`` of one API (no control API), by module name (dashes for underscores)."""
    import importlib

    name = api.replace("-", "_")
    if name not in API_NAMES:
        raise SystemExit(f"unknown API {api!r}; choose one of: {', '.join(API_NAMES)}")
    module = importlib.import_module(f"services.{name}")
    config = module.Config(seed_examples=True) if seed_examples else module.Config()
    return module.create_app(config), config


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket (IPv6 when ``host`` is an IPv6 address); OSError when the port cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=2048)


def _fastest(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def guarded_protocol(header_timeout: float, max_header_bytes: int) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol (httptools when installed, else h11) with a header-read timeout and size limit.

    uvicorn arms its keep-alive timer only after an answer: a client that connects and sends nothing,
    or trickles its headers, would hold the connection forever. The timer here runs from the
    connection (and from each answer) until a request's headers are complete.
    """
    if _fastest("httptools"):
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as Base
    else:
        from uvicorn.protocols.http.h11_impl import H11Protocol as Base  # type: ignore[assignment]

    class Guarded(Base):
        _header_timer: asyncio.TimerHandle | None = None
        _header_bytes = 0
        _started: object = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._wait_for_headers()

        def _wait_for_headers(self) -> None:
            self._stop_waiting()
            self._header_bytes = 0
            self._header_timer = self.loop.call_later(header_timeout, self._drop, "headers too slow")

        def _stop_waiting(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _drop(self, reason: str) -> None:
            self._header_timer = None
            if not self.transport.is_closing():
                logging.getLogger("standin").info("dropped a connection from %s: %s", self.client, reason)
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            waiting = self._header_timer is not None
            super().data_received(data)
            if not waiting or self.transport.is_closing():
                return
            if self.cycle is not None and self.cycle is not self._started:
                self._started = self.cycle  # a new request's headers are complete
                self._stop_waiting()
                return
            self._header_bytes += len(data)
            if self._header_bytes > max_header_bytes:
                self._drop(f"request headers over {max_header_bytes} bytes")

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._wait_for_headers()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_waiting()
            super().connection_lost(exc)

    return Guarded


def _configure_logging(level: str) -> None:
    """The stand-in's request log on stderr, at the chosen level (uvicorn configures its own loggers)."""
    logger = logging.getLogger("standin")
    logger.setLevel(5 if level == "trace" else getattr(logging, level.upper()))
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s: [standin] %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


def _server_class() -> type[uvicorn.Server]:
    import uvicorn

    class StandinServer(uvicorn.Server):
        """Prints ``serving on`` once the socket accepts connections."""

        announce: Any = None

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started and not self.should_exit and self.announce is not None:
                self.announce()

    return StandinServer


def _announce(settings: Settings, sock: socket.socket, standin: Any) -> None:
    """What to connect with, then (last, so that a tool waiting for it has read everything) ``serving on``."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    url = settings.base_url or f"http://{shown}:{port}"
    config = getattr(standin, "config", None)
    describe = getattr(config, "dev_credentials", None)
    if callable(describe):
        mode = "  (any credentials accepted)" if settings.accept_any_credentials else ""
        print(f"dev credentials: {describe()}{mode}")
    dev_headers = getattr(config, "dev_headers", None)
    if callable(dev_headers):
        for header, value in dev_headers().items():
            print(f"dev header: {header}: {value}")
    print(f"control API: {url}/_standin/ (health, state, requests, faults, reset, seed)")
    print(f"{settings.api} serving on {url}  (Swagger UI: {url}/docs, spec: {url}/openapi.json)")
    sys.stdout.flush()


def run(settings: Settings) -> int:
    """Bind, start the stand-in, serve until SIGINT/SIGTERM (then save ``--state-file``).

    1 (and one line on stderr) when the port cannot be bound; 2 when the options are unusable
    (bad credentials, an unreadable seed or state file).
    """
    from .standin import create_standin

    try:
        standin = create_standin(settings.api, settings.options())
    except (OSError, ValueError) as exc:
        print(f"{settings.api}: error: {exc}", file=sys.stderr)
        return 2
    try:
        sock = bind(settings.host, settings.port)
    except OSError as exc:
        print(
            f"{settings.api}: cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}", file=sys.stderr
        )
        return 1
    import uvicorn

    with contextlib.closing(sock):
        _configure_logging(settings.log_level)
        config = uvicorn.Config(
            standin,
            loop="uvloop" if _fastest("uvloop") else "asyncio",
            http=guarded_protocol(settings.header_timeout, settings.max_header_bytes),
            ws="none",
            lifespan="on",  # the stand-in saves --state-file at lifespan shutdown
            log_level=settings.log_level,
            access_log=not settings.request_log,
            timeout_keep_alive=max(1, math.ceil(settings.idle_timeout)),  # uvicorn takes whole seconds
            h11_max_incomplete_event_size=settings.max_header_bytes,
            server_header=False,
        )
        server = _server_class()(config)
        server.announce = lambda: _announce(settings, sock, standin)  # type: ignore[attr-defined]
        with contextlib.suppress(KeyboardInterrupt):
            server.run(sockets=[sock])
    return 0 if server.started else 1


def main(argv: Sequence[str] | None = None, *, prog: str = PROG) -> int:
    """Parse the arguments and the environment, then serve; the exit code."""
    return run(parse(argv, prog=prog))


if __name__ == "__main__":
    raise SystemExit(main())
