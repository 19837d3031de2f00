# Avise portal. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.DEFAULT_GOAL := help
.PHONY: help run install install-test setup demo serve test test-postgres test-browser bench bench-load lint diagram format messages check-deploy clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet ".[test,dev]"
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the project

install-test: $(VENV)/.installed-test ## Install the test and dev extras too

setup: install ## Migrate, load the gazetteer, set the site up and load the demo (idempotent)
	@$(MANAGE) compile_catalogues
	@$(MANAGE) migrate --noinput -v0
	@$(MANAGE) load_gazetteer
	@$(MANAGE) load_demo
	@$(MANAGE) dev_admin

run: setup ## Serve the site with demo content on http://127.0.0.1:8000
	@echo "Serving on http://$(HOST)/ (French: /fr/, English: /en/)"
	$(MANAGE) runserver $(HOST)

test: install-test ## Run the whole test suite on SQLite (or on $$DATABASE_URL)
	@$(MANAGE) compile_catalogues
	$(BIN)/pytest -q --ignore=tests/browser --ignore=tests/benchmarks

test-postgres: install-test ## The same suite on the local PostgreSQL
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(MAKE) test

test-browser: install-test ## Browser and accessibility tests (needs /usr/bin/chromium)
	@$(MANAGE) compile_catalogues
	$(BIN)/pytest -q tests/browser

bench: install-test ## Benchmarks: speed and memory figures, printed (not pass/fail)
	@$(MANAGE) compile_catalogues
	$(BIN)/pytest -q -s tests/benchmarks -p no:randomly

bench-load: install-test ## The resilience run on its own PostgreSQL, Redis and gunicorn (fails on a broken check)
	$(BIN)/python tests/benchmarks/load_faults.py

lint: install-test ## ruff check, ruff format --check, djhtml --check, lint-imports (the layers)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports

diagram: install-test ## Redraw docs/architecture.md's layers diagram from pyproject.toml
	$(BIN)/python -m tests.layers

format: install-test ## Format Python and templates in place
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

messages: install-test ## Update the .po catalogues (needs GNU gettext) and compile them
	$(MANAGE) makemessages -l fr -l en --no-location --ignore=.venv --ignore=tests
	$(MANAGE) compile_catalogues

check-deploy: install ## manage.py check --deploy under production settings
	SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	ALLOWED_HOSTS=portal.example.org REDIS_URL=redis://127.0.0.1:6379/0 \
	WAGTAILADMIN_BASE_URL=https://portal.example.org TRUSTED_PROXY_COUNT=1 \
	DJANGO_SETTINGS_MODULE=config.settings.production \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

clean: ## Remove the local database, media and virtualenv
	rm -rf $(VENV) db.sqlite3* media staticfiles
