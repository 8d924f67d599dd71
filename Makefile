# The human and CI entry points. Recipes are one-liners over the config in pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.DEFAULT_GOAL := help
NODE_STAMP := node_modules/.installed
SPEC       ?= spec/openapi.yaml
BASE       ?= HEAD

.PHONY: help install generate check-generated validate lint-spec lint check test fuzz fuzz-live \
        docs breaking bench bench-directory run migrate postgres redis lock deps-check clean distclean console-bundle

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-17s %s\n", $$1, $$2}'

# Every Python package is installed at the version uv.lock pins (with its hashes), by uv, which
# lives in a venv of its own (.uv) so that syncing .venv never touches it. Three profiles, each
# a superset of the one before: the service alone (make run), the quick loop's linters and test
# tools (make check), and the end-to-end tests' SDKs and browser driver (make test).
UV_VERSION := 0.13.9
UV         := .uv/bin/uv
SYNC        = @test -x $(UV) || { $(PYTHON) -m venv .uv && .uv/bin/pip install --quiet uv==$(UV_VERSION); }; \
              UV_PYTHON=$(PYTHON) UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --inexact --quiet
RUN_STAMP   := $(VENV)/.installed-run
CHECK_STAMP := $(VENV)/.installed-check
STAMP       := $(VENV)/.installed-test

$(RUN_STAMP): pyproject.toml uv.lock
	$(SYNC)
	@touch $@

$(CHECK_STAMP): pyproject.toml uv.lock
	$(SYNC) --extra lint --extra test
	@touch $@ $(RUN_STAMP)

$(STAMP): pyproject.toml uv.lock
	$(SYNC) --extra lint --extra test --extra e2e
	@touch $@ $(CHECK_STAMP) $(RUN_STAMP)

lock: ## refresh uv.lock from pyproject.toml (UPGRADE=1: the newest versions the ranges allow)
	@test -x $(UV) || { $(PYTHON) -m venv .uv && .uv/bin/pip install --quiet uv==$(UV_VERSION); }
	$(UV) lock $(if $(UPGRADE),--upgrade)

deps-check: $(STAMP) ## check that the installed packages' requirements are all met (pip check)
	$(UV) pip check --python $(BIN)/python

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# The browser tests drive Debian's Chromium (Playwright cannot download its own here).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	@echo "Installing Debian's chromium for the browser tests (needs root or sudo)..."
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq
	$(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

install: $(STAMP) $(NODE_STAMP) ## create .venv (every profile, as uv.lock pins it) and node_modules (spec tools)

generate: $(CHECK_STAMP) ## regenerate generated/ from the spec, scaffold stubs for new operationIds, and docs/configuration.md from Settings
	$(BIN)/datamodel-codegen
	$(BIN)/datamodel-codegen $(IDENTITY_CODEGEN)
	$(BIN)/python -m tools.handler_stubs
	$(BIN)/ruff check --quiet --fix --select I handlers
	$(BIN)/ruff format --quiet handlers
	$(BIN)/python -m tools.settings_reference

GENERATED_FILES := generated/__init__.py generated/models.py generated/identity.py
# The sign-in endpoints' spec has its own models: pyproject's options, its own input and output.
IDENTITY_CODEGEN := --input spec/identity.yaml --output generated/identity.py --custom-file-header \
  '\# DO NOT EDIT: generated from spec/identity.yaml by `make generate` (datamodel-code-generator).'

check-generated: $(CHECK_STAMP) ## fail if generated/ or docs/configuration.md is not what the spec and Settings generate
	@$(BIN)/datamodel-codegen --check || { echo "generated/ is out of date with spec/openapi.yaml: run 'make generate' and commit the result." >&2; exit 1; }
	@$(BIN)/datamodel-codegen $(IDENTITY_CODEGEN) --check || { echo "generated/identity.py is out of date with spec/identity.yaml: run 'make generate' and commit the result." >&2; exit 1; }
	@$(BIN)/python -m tools.settings_reference --check
	@extra=$$(ls generated/*.py | grep -v -x -F $(foreach f,$(GENERATED_FILES),-e $(f))); test -z "$$extra" || { echo "generated/ holds files the generator does not write: $$extra (move hand-written code out of generated/)." >&2; exit 1; }

validate: $(CHECK_STAMP) ## validate the spec with openapi-spec-validator
	$(BIN)/openapi-spec-validator $(SPEC)

lint-spec: validate $(NODE_STAMP) ## validator + Spectral with .spectral.yaml + every operationId has a handler
	node_modules/.bin/spectral lint $(SPEC) --ruleset .spectral.yaml --fail-severity=warn
	$(BIN)/python -m tools.handler_stubs --check --spec $(SPEC)
	$(BIN)/openapi-spec-validator spec/operations.yaml
	node_modules/.bin/spectral lint spec/operations.yaml --ruleset .spectral-operations.yaml --fail-severity=warn
	$(BIN)/python -m tools.handler_stubs --check --spec spec/operations.yaml
	$(BIN)/openapi-spec-validator spec/identity.yaml
	node_modules/.bin/spectral lint spec/identity.yaml --ruleset .spectral-operations.yaml --fail-severity=warn
	$(BIN)/python -m tools.handler_stubs --check --spec spec/identity.yaml

# The console's Graph Toolkit bundle is built from the pinned packages and committed, so that
# running the service needs no Node.js; tests/tooling checks that it is what this builds.
CONSOLE_BUNDLE := graph_photos/web/console/mgt.js
console-bundle: $(NODE_STAMP) ## rebuild the console's Graph Toolkit bundle (graph_photos/web/console/mgt.js) from package-lock.json's versions
	node_modules/.bin/esbuild graph_photos/web/console/entry.js --bundle --format=iife --minify \
	  --legal-comments=eof --log-level=warning --outfile=$(CONSOLE_BUNDLE) \
	  '--banner:js=/* DO NOT EDIT: built by `make console-bundle` from graph_photos/web/console/entry.js (esbuild). */'

docs: $(NODE_STAMP) ## self-contained HTML reference of the spec in build/docs/index.html
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly \
	  build-docs $(SPEC) --inlineBundle -o build/docs/index.html

breaking: $(NODE_STAMP) ## fail on breaking changes of the spec since BASE (default HEAD)
	@mkdir -p build
	$(if $(shell git rev-parse --verify --quiet "$(BASE)^{commit}" 2>/dev/null),,$(error make breaking: BASE=$(BASE) is not a commit, branch or tag of this repository (e.g. BASE=HEAD~1 or BASE=main)))
	@git show "$(BASE):spec/openapi.yaml" > build/openapi-base.yaml 2>/dev/null || { rm -f build/openapi-base.yaml; echo "make breaking: $(BASE) has no spec/openapi.yaml." >&2; exit 2; }
	@node tools/breaking.mjs build/openapi-base.yaml $(SPEC) "$(BASE)"

lint: $(CHECK_STAMP) ## ruff, mypy --strict, and the layering contracts (import-linter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

postgres: ## make sure PostgreSQL answers on 127.0.0.1:5432 (start or install it)
	tools/ensure_postgres.sh

redis: ## make sure Redis answers on 127.0.0.1:6379 (start or install it)
	tools/ensure_redis.sh

# On both cores, each test module in one worker (its servers, browser and Redis database are
# the module's alone): 13 min 51 s serially, 6 min 20 s so (4,171 tests, 2-core VM).
test: $(STAMP) deps-check check-generated lint-spec lint docs $(CHROMIUM) postgres redis ## everything CI checks: installed requirements, drift, spec lint, code lint, docs, all tests (SQLite, PostgreSQL, Redis)
	$(BIN)/pytest -n 2 --dist loadfile

check: check-generated lint-spec lint ## the quick loop: drift, spec lint, code lint, unit, API and contract tests on both cores (no root, PostgreSQL or browser)
	$(BIN)/pytest -q -n 2 tests/unit tests/api tests/contract -k "not postgresql"

fuzz: $(CHECK_STAMP) ## the schemathesis contract tests only, in-process
	$(BIN)/pytest tests/fuzz

fuzz-live: $(CHECK_STAMP) ## schemathesis CLI against a real server, all checks/phases; reports/fuzz-live/
	$(BIN)/python -m tools.fuzz_live

# wrk drives the throughput benchmark (Debian's package).
WRK := /usr/bin/wrk
$(WRK):
	$(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk

bench: $(CHECK_STAMP) $(NODE_STAMP) $(WRK) postgres ## photo timings and memory; throughput vs floor and Prism (BASELINE=<ref> adds that commit); finding people in 100,000 users
	$(BIN)/python -m bench.photos
	$(BIN)/python -m bench.throughput $(if $(BASELINE),--baseline $(BASELINE))
	$(BIN)/python -m bench.directory

bench-directory: $(CHECK_STAMP) $(WRK) postgres ## finding people in a synthetic tenant of 100,000 users, SQLite and PostgreSQL (USERS= another size)
	$(BIN)/python -m bench.directory $(if $(USERS),--users $(USERS))

migrate: $(RUN_STAMP) ## apply the schema migrations to PHOTOS_DATABASE_URL (default SQLite in ./data)
	$(BIN)/graph-photos migrate

PORT ?= 8000
HOST ?= 127.0.0.1
run: $(RUN_STAMP) ## serve on $(HOST):$(PORT) (default 127.0.0.1:8000) with SQLite in ./data
	$(BIN)/graph-photos serve --host $(HOST) --port $(PORT)

clean: ## remove caches, build output and reports (keeps .venv, node_modules and ./data)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis .import_linter_cache \
	  build dist *.egg-info reports
	find . -name __pycache__ -type d -prune -not -path './.venv/*' -not -path './.uv/*' \
	  -exec rm -rf {} +

distclean: clean ## also remove what `make install` made (.venv, .uv, node_modules) and ./data (the photos!)
	rm -rf $(VENV) .uv node_modules data
