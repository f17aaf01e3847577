# generated from tests/golden/nullable_optional/spec.yaml — do not edit
"""Client for Nullable and optional (3.0) (placeholder until the client template lands)."""

__all__: list[str] = []
