# generated from tests/golden/multi_file/spec.yaml — do not edit
"""Client for Multi-file (placeholder until the client template lands)."""

__all__: list[str] = []
