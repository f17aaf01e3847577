# generated from tests/golden/webhooks/spec.yaml — do not edit
"""Response views of Shop hooks 1.0 (import them from ``responses``)."""
