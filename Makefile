# Maillage — two set-up commands: `make demo` (serve the sample graph) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
NODE_DEPS := tests/cypher_lint/node_modules/@neo4j-cypher/language-support

.PHONY: demo test install install-test lint-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python lint-deps
	$(BIN)/pip install --quiet -e '.[test]'

lint-deps: $(NODE_DEPS)

$(NODE_DEPS): tests/cypher_lint/package.json
	cd tests/cypher_lint && npm ci --no-audit --no-fund --loglevel=error

demo: install
	$(BIN)/maillage demo

test: install-test
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) tests/cypher_lint/node_modules
