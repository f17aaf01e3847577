# generated from tests/golden/composition/spec.yaml — do not edit
"""Server for Composition (placeholder until the server template lands)."""

__all__: list[str] = []
