# generated from tests/golden/enums_and_params/spec.yaml — do not edit
"""Client for Enums and parameters (3.1) (placeholder until the client template lands)."""

__all__: list[str] = []
