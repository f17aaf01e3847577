"""Generated API packages — do not edit; run `make generate`."""
