# Backtrack: `make run` and `make test` set themselves up (venv, install, migrations).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck unit migrate sandbox bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/backtrack run

migrate: $(STAMP)
	@$(BIN)/backtrack migrate

# Talk to the bot in this terminal, no token needed; stdin may be a script.
# Options through ARGS on the command line (not the environment, where it could be
# anything), e.g. make sandbox ARGS='--start 2026-01-05T07:55'
ARGS =
sandbox: $(STAMP)
	@$(BIN)/backtrack sandbox $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check bot tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest -q -rs -n auto --dist worksteal

unit: $(STAMP)
	$(BIN)/pytest -q tests/unit

bench: $(STAMP)
	$(BIN)/python benchmarks/parse_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
