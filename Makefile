# The human and CI entry points. Recipes are one-liners over the config in pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install generate check-generated validate lint test fuzz bench run clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-17s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the service with its dev tools

generate: $(STAMP) ## regenerate generated/ from spec/openapi.yaml
	$(BIN)/datamodel-codegen

GENERATED_FILES := generated/__init__.py generated/models.py

check-generated: $(STAMP) ## fail if generated/ is not what the spec generates
	@$(BIN)/datamodel-codegen --check || { echo "generated/ is out of date with spec/openapi.yaml: run 'make generate' and commit the result." >&2; exit 1; }
	@extra=$$(ls generated/*.py | grep -v -x -F $(foreach f,$(GENERATED_FILES),-e $(f))); test -z "$$extra" || { echo "generated/ holds files the generator does not write: $$extra (move hand-written code out of generated/)." >&2; exit 1; }

validate: $(STAMP) ## validate the spec with openapi-spec-validator
	$(BIN)/openapi-spec-validator spec/openapi.yaml

lint: $(STAMP) ## ruff and mypy --strict
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: check-generated validate lint ## everything CI checks: drift, spec, lint, all tests
	$(BIN)/pytest

fuzz: $(STAMP) ## the schemathesis contract tests only, in-process
	$(BIN)/pytest tests/fuzz

bench: $(STAMP) ## upload/size-serving timings and peak memory of a real server (reports/)
	$(BIN)/python -m bench.photos

run: $(STAMP) ## serve on 127.0.0.1:8000 with SQLite in ./data
	$(BIN)/graph-photos serve --host 127.0.0.1 --port 8000

clean: ## remove the venv, caches and local data
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info data reports
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
