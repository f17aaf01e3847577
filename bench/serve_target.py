"""A server under test, in its own process: ``python -m bench.serve_target {ours,standin,baseline} API PORT``.

``ours`` serves ``services.<api>.create_app(Config())`` — the hand-written service on the
generated server. ``standin`` runs the whole stand-in as ``python -m services.serve API`` does
(the journal, faults, the control API, a request log line per request on stderr, the header
timeout). Run it with the working directory set to the folder that holds the freshly
generated ``generated/`` package so that one is imported, not the repo's. ``baseline`` serves the
hand-written Starlette app (``bench.baseline_app``) with the same tenants (API keys). Both run on one
uvicorn worker with uvloop and httptools, no access log. Prints one JSON line (what was loaded)
(and the development account id, when the API's paths need one) before serving.
"""

from __future__ import annotations

import importlib
import json
import sys


def main(argv: list[str]) -> int:
    kind, api, port = argv[0], argv[1], int(argv[2])
    module = importlib.import_module(f"services.{api}")
    config = module.Config()
    headers = config.dev_headers()
    if kind == "ours":
        app = module.create_app(config)
        generated = importlib.import_module(f"generated.{api}.server")
        loaded = generated.__file__
    elif kind == "standin":  # the whole stand-in, as ``make serve`` runs it (journal, faults, request log)
        from services.serve import Settings, run

        generated = importlib.import_module(f"generated.{api}.server")
        first = (getattr(config, "credentials", None) or [None])[0]
        account_id = getattr(first, "account_id", None)
        announced = {"kind": kind, "loaded": generated.__file__, "headers": headers, "account_id": account_id}
        print(json.dumps(announced), flush=True)
        return run(Settings(api=api, port=port))
    elif kind == "baseline":
        from .baseline_app import create_app

        app = create_app({t.api_key: str(t.uuid) for t in config.tenants})
        loaded = __file__
    else:
        raise SystemExit(f"unknown kind {kind!r}")
    first = (getattr(config, "credentials", None) or [None])[0]
    account_id = getattr(first, "account_id", None)  # Bandwidth's paths name the account
    print(json.dumps({"kind": kind, "loaded": loaded, "headers": headers, "account_id": account_id}), flush=True)

    import uvicorn

    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
        workers=None,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
