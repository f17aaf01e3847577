# generated from tests/golden/nullable_optional/spec.yaml — do not edit
"""Server for Nullable and optional (3.0) (placeholder until the server template lands)."""

__all__: list[str] = []
