"""Stand-ins as a developer tool: a service's generated server app plus a control API.

``create_standin(api, options)`` wraps the app of ``services/<api>.py`` (its ``create_app`` and
``Config``) in an ASGI app that also answers, under the reserved prefix ``/_standin/``:
reset, state, seed, the request journal, faults and health (see docs/local-server.md,
"Control API"). The layer adds CORS, a request log with the reasons of 4xx answers, an
accept-any-credentials mode, credentials from options, and seed/state files.
"""

from .app import PREFIX, Standin, StateUnsupported, create_standin
from .faults import ConnectionDropped, Fault
from .journal import Entry, JournalQuery
from .options import StandinOptions

__all__ = [
    "PREFIX",
    "ConnectionDropped",
    "Entry",
    "Fault",
    "JournalQuery",
    "Standin",
    "StandinOptions",
    "StateUnsupported",
    "create_standin",
]
