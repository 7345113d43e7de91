# CP Hub — the two commands in the README are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
# Parallel test workers; 2 suits the 2-core CI machine.
TEST_WORKERS ?= 2

.PHONY: run serve test test-slow lint format bench bench-disclosure install install-dev system-packages \
	messages clean backup restore

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PIP) install -q -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

install: $(VENV)/.runtime-installed
install-dev: $(VENV)/.dev-installed

system-packages:
	@scripts/ensure-system-packages.sh chromium fonts-wqy-zenhei fonts-hanazono

## make run: set up everything on a fresh machine and serve on 127.0.0.1:8000
run: install
	@scripts/ensure-system-packages.sh fonts-wqy-zenhei fonts-hanazono
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput -v 0
	$(MANAGE) load_initial_data
	$(MANAGE) runserver 127.0.0.1:8000

## make serve: gunicorn, the background-task worker and the scheduler with production settings
## (needs SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL, SITE_BASE_URL); scripts/serve.sh
serve: install
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=config.settings.production scripts/serve.sh

## make test: install and run the whole suite (SQLite, or DATABASE_URL when set)
test: install-dev system-packages
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup -m "not slow"

## make test-slow: long drills kept out of the main suite
test-slow: install-dev system-packages
	$(PY) -m pytest -m slow

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint site/templates */templates --lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

$(VENV)/.bench-installed: requirements.txt requirements-bench.txt | $(PY)
	$(PIP) install -q -r requirements-bench.txt
	touch $@

## make bench: the whole benchmark, one command (docs/performance.md). Builds the large dataset
## once and caches it (SQLite in bench/results/; PostgreSQL database bench_cphub when
## DATABASE_URL is set), then wrk over a fixed URL mix and, on PostgreSQL, the exam day with
## locust; writes bench/results/<date>-<database>.json and .md. BENCH_ARGS=--rebuild rebuilds.
bench: install $(VENV)/.bench-installed
	@scripts/ensure-system-packages.sh wrk
	$(PY) bench/run.py $(BENCH_ARGS)

## make bench-disclosure: the portal and open data at 20,000 enterprises x 10 years, on SQLite
## and PostgreSQL (builds its own databases once; about an hour the first time)
bench-disclosure: install
	$(PY) bench/disclosure_bench.py --reuse
	$(PY) bench/disclosure_bench.py --reuse --postgres

## make backup: one archive (database, media, the issuer's public signing keys, a manifest of row
## counts and checksums) in BACKUP_DIR; SQLite or PostgreSQL as DATABASE_URL says
BACKUP_DIR ?= backups
backup: install
	$(MANAGE) backup --output-dir "$(BACKUP_DIR)"

## make restore ARCHIVE=backups/cphub-....tar.gz: into an EMPTY database (FORCE=1 replaces a
## non-empty one), then compares every table's row count and the published records' checksums
restore: install
	@test -n "$(ARCHIVE)" || { echo "usage: make restore ARCHIVE=path/to/backup.tar.gz [FORCE=1]"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)" $(if $(FORCE),--force)

## make messages: refresh and compile the Chinese translations
messages: install-dev
	$(MANAGE) makemessages -l zh_Hans --ignore=.venv --ignore=staticfiles
	$(MANAGE) compilemessages -l zh_Hans --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
