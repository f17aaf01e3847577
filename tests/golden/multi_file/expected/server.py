# generated from tests/golden/multi_file/spec.yaml — do not edit
"""Server for Multi-file (placeholder until the server template lands)."""

__all__: list[str] = []
