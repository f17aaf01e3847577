# generated from tests/golden/enums_and_params/spec.yaml — do not edit
"""Server for Enums and parameters (3.1) (placeholder until the server template lands)."""

__all__: list[str] = []
