# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""Response views of Secured hooks 1.0 (import them from ``responses``)."""
