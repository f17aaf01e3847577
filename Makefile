# Every target creates .venv from the pinned requirements when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
API ?= rooms
PORT ?= 8000

.PHONY: generate check test test-fast lint golden serve contract bench clean realworld

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator check

lint: $(STAMP)
	$(PY) -m ruff check generator services tests bench
	$(PY) -m ruff format --check generator services tests bench
	$(PY) -m mypy --strict generator generated services bench

test: $(STAMP)
	$(PY) -m generator check
	$(PY) -m ruff check generator services tests bench
	$(PY) -m ruff format --check generator services tests bench
	$(PY) -m mypy --strict generator generated services bench
	$(PY) -m pytest -q

# unit, golden and round-trip tests; the slow, contract and e2e tiers run in `make test` (CI)
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow and not contract and not e2e"

# public real-world specs (tests/realworld_corpus/SOURCES.md) from shared/realworld_corpus or $$REALWORLD_CORPUS
realworld: $(STAMP)
	$(PY) -m pytest -q tests/realworld_corpus_suite.py

golden: $(STAMP)
	$(PY) -m tests.golden_update

# make serve API=twilio_proxy PORT=8000 LOG_LEVEL=debug SEED=fixtures.yaml ARGS="--accept-any-credentials"
serve: $(STAMP)
	$(PY) -m services.serve $(API) --port $(PORT) $(if $(LOG_LEVEL),--log-level $(LOG_LEVEL)) $(if $(SEED),--seed $(SEED)) $(ARGS)

# the long contract run: `spec-generator contract` against each stand-in, 500 examples per operation
# (CONTRACT_SEED=n for another seed); `make test` runs the same with 25
contract: $(STAMP)
	CONTRACT_EXAMPLES=$${CONTRACT_EXAMPLES:-500} $(PY) -m pytest -q tests/test_contract.py

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .hypothesis
