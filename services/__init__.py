"""Hand-written, in-memory implementations of the generated ``Service`` protocols.

One module per API (``bandwidth_webrtc``, ``rooms``, ``twilio_proxy``), each with a ``Config``
dataclass, the service class and ``create_app(config=None)`` returning the ready ASGI app.
Run one with ``python -m services.serve <api> --port N``.
"""

API_NAMES = ("bandwidth_webrtc", "rooms", "twilio_proxy")

__all__ = ["API_NAMES"]
