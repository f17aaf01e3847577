"""``make bench``: side-by-side benchmarks of this toolkit against the alternatives.

Run ``python -m bench`` (or ``make bench``). Every ratio in the printed table is measured in the
same run, on the same machine: generation time and peak memory (ours vs openapi-python-client and
datamodel-code-generator), a no-op regenerate, generated-server throughput and latency (ours vs a
hand-written Starlette app and Prism's static mock), generated-client per-call overhead (vs raw
httpx) and import time of the generated Stripe package (vs openapi-python-client's).

Comparison tools are installed by the bench itself into ``bench/.tools/`` (a venv for
openapi-python-client, an npm prefix for Prism); results go to ``bench/results/latest.md``.
A tool that cannot be installed or run turns its rows into ``unavailable: <reason>``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["REPO", "RESULTS", "STRIPE_NAME", "TOOLS", "stripe_spec"]

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "bench" / ".tools"
RESULTS = REPO / "bench" / "results"
STRIPE_NAME = "stripe_spec3_2022-04-12.json"


def stripe_spec() -> Path | None:
    """The large public spec: ``$BENCH_STRIPE``, else ``shared/corpus/`` beside the repo, else ``/work/shared``."""
    import os

    for candidate in (
        os.environ.get("BENCH_STRIPE"),
        REPO.parent / "shared" / "corpus" / STRIPE_NAME,
        Path("/work/shared/corpus") / STRIPE_NAME,
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None
