"""Build the IR from a loaded spec: names, types, operations, and the models via datamodel-code-generator.

``build_api(spec, package)`` is the entry point. The work is split by what it owns:

* :mod:`.catalog` — the model schemas and the one place ``$ref``s are resolved and rewritten;
* :mod:`.typemap` — a schema becomes an ``ir.TypeInfo``;
* :mod:`.operations` — find, plan and finish operations (parameters, bodies, responses, links);
* :mod:`.security` — declared schemes and each operation's requirements;
* :mod:`.pagination` — pagination styles detected on list operations, and ``x-pagination``;
* :mod:`.checks` — whole-API checks (formats, model references, iterator names);
* :mod:`.plans` — the typed hand-over between the passes; :mod:`.report` — diagnostics;
* :mod:`.assemble` — the passes in order.
"""

from __future__ import annotations

from .assemble import build_api

__all__ = ["build_api"]
