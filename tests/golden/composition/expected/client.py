# generated from tests/golden/composition/spec.yaml — do not edit
"""Client for Composition (placeholder until the client template lands)."""

__all__: list[str] = []
