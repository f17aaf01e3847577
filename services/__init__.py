"""Hand-written, in-memory implementations of the generated ``Service`` protocols.

One module per API (``bandwidth_webrtc``, ``rooms``, ``twilio_proxy``), each with a ``Config``
dataclass, the service class and ``create_app(config=None)`` returning the ready ASGI app.
Run one with ``python -m services.serve <api> --port N``.
"""

from pathlib import Path


def _discover() -> tuple[str, ...]:
    """Every ``services/<api>.py`` module (not private, not a tool module): a file registers an API."""
    here = Path(__file__).resolve().parent
    tools = {"serve", "pytest_plugin", "inprocess"}
    return tuple(sorted(p.stem for p in here.glob("*.py") if not p.stem.startswith("_") and p.stem not in tools))


API_NAMES = _discover()

__all__ = ["API_NAMES"]
