# Souk Tadamon — the commands a new machine needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export FLASK_APP := wsgi
TRANSLATIONS := market/translations
PO_FILES := $(wildcard $(TRANSLATIONS)/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: install run test test-sqlite test-postgres lint translations extract-messages lock clean demo fuzz-api

install: $(VENV)/.installed $(MO_FILES)

$(VENV)/.installed: pyproject.toml requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev,postgres]'
	touch $@

$(TRANSLATIONS)/%/LC_MESSAGES/messages.mo: $(TRANSLATIONS)/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(BIN)/pybabel compile --statistics -i $< -o $@

run: install
	$(BIN)/flask db upgrade
	$(BIN)/flask demo load
	$(BIN)/flask search rebuild
	@echo ""
	@echo "  Souk Tadamon is running at http://127.0.0.1:$(PORT)/  (Ctrl+C to stop)"
	@echo ""
	$(BIN)/gunicorn --bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-2} --threads 4 --access-logfile - wsgi:app

test: install
	$(MAKE) --no-print-directory test-sqlite
	@if [ -n "$$TEST_DATABASE_URL" ]; then $(MAKE) --no-print-directory test-postgres; \
	  else echo "TEST_DATABASE_URL is not set: the PostgreSQL run is skipped (CI sets it)."; fi

test-sqlite: install
	env -u TEST_DATABASE_URL -u TEST_REDIS_URL $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install
	@test -n "$$TEST_DATABASE_URL" || { echo "set TEST_DATABASE_URL=postgresql://..."; exit 2; }
	$(BIN)/pytest $(PYTEST_ARGS)

# Schemathesis over the whole /api/v1 document against a live test server (also part of `make test`,
# with 50 examples per operation): FUZZ_EXAMPLES=500 make fuzz-api for a longer run.
fuzz-api: install
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-200} $(BIN)/pytest tests/api/test_schemathesis.py -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Developers: after changing user-visible strings, run this, then translate the new entries.
extract-messages: install
	$(BIN)/pybabel extract -F babel.cfg -k lazy_gettext -k _l --ignore-dirs='.*' --no-location --sort-output -o $(TRANSLATIONS)/messages.pot .
	$(BIN)/pybabel update -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) --no-fuzzy-matching --ignore-obsolete

lock: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^py-spy==' | sed '1i # Pinned versions for CI and new machines: make install uses this as pip constraints file.' > requirements/constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
