# Routine tasks. `make run` and `make test` are the two set-up commands of the README:
# each builds what it needs into .venv on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE_STORE ?= .run/sample.db

.PHONY: run test test-later lint format install install-test bench screenshots package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

# The interface catalogues, compiled from their sources for a run from this folder (a build of
# the package compiles them itself: setup.py).
QMS := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
$(QMS): resources/translations/%.qm: resources/translations/%.ts | $(BIN)/python
	$(BIN)/pyside6-lrelease -silent -nounfinished $< -qm $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## Start the application on a sample store holding the sample dialogue.
run: install $(QMS)
	@missing="$$($(BIN)/python -c 'from dialoguetracker.cli.screen import missing_packages as m; print(" ".join(m()))')"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y -q $$missing; \
	  else echo "Install what the desktop needs first: sudo apt-get install $$missing"; exit 1; fi; \
	fi
	@mkdir -p $(dir $(SAMPLE_STORE))
	$(BIN)/dialoguetracker --db $(SAMPLE_STORE) demo
	$(BIN)/dialoguetracker --db $(SAMPLE_STORE)

## Lint, type-check and run the whole test suite.
test: install-test lint $(QMS)
	$(BIN)/python -m pytest

## The suite again with the system clock years ahead (Debian's faketime): a test that passes
## only until the day it was written for fails here first.
LATER ?= 2031-06-01 12:00:00
test-later: install-test $(QMS)
	faketime '$(LATER)' $(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging
	$(BIN)/mypy

format: install-test
	$(BIN)/ruff format src tests bench packaging
	$(BIN)/ruff check --fix src tests bench packaging

bench: install-test
	$(BIN)/python -m bench

## Every view of the sample dialogue as the guide shows it, in English and in Spanish; and
## All dialogues, with two illustrative dialogues imported beside the sample's.
VIEWS := overview meetings meeting commitments compliance people documents
## (commitment:side:score) scored for the sample's current period, so the compliance shows
SCORES := 8:US:0 8:MX:0 3:US:1 3:MX:0 5:US:1 1:US:1 1:MX:1 2:MX:-1 4:US:0 4:MX:1
SCREEN_STORE := .run/screenshots.db
SCREEN_SIZE := 1440x900
PORTFOLIO_STORE := .run/screenshots-portfolio.db
screenshots: export LOGNAME := officer
screenshots: export USER := officer
screenshots: install $(QMS)
	@mkdir -p $(dir $(SCREEN_STORE)) docs/screenshots/es
	rm -f $(SCREEN_STORE)
	$(BIN)/dialoguetracker --db $(SCREEN_STORE) demo
	for score in $(SCORES); do \
	  set -- $$(echo $$score | tr : ' '); \
	  $(BIN)/dialoguetracker --db $(SCREEN_STORE) assess --commitment $$1 --side $$2 \
	    --score=$$3 --evidence "(Illustrative) readout of the working-level call" \
	    >/dev/null || exit 1; \
	done
	for view in $(VIEWS); do \
	  $(BIN)/dialoguetracker --db $(SCREEN_STORE) --lang en screenshot --size $(SCREEN_SIZE) --view $$view --out docs/screenshots/$$view.png && \
	  $(BIN)/dialoguetracker --db $(SCREEN_STORE) --lang es screenshot --size $(SCREEN_SIZE) --view $$view --out docs/screenshots/es/$$view.png || exit 1; \
	done
	$(BIN)/dialoguetracker --db $(SCREEN_STORE) --lang en screenshot --size $(SCREEN_SIZE) --view commitments --palette dark --out docs/screenshots/commitments-dark.png
	rm -f $(PORTFOLIO_STORE)
	$(BIN)/dialoguetracker --db $(PORTFOLIO_STORE) demo
	$(BIN)/python docs/screenshots/more_dialogues.py .run/more-dialogues.json
	$(BIN)/dialoguetracker --db $(PORTFOLIO_STORE) import .run/more-dialogues.json
	$(BIN)/dialoguetracker --db $(PORTFOLIO_STORE) --lang en screenshot --size $(SCREEN_SIZE) --view portfolio --out docs/screenshots/portfolio.png
	$(BIN)/dialoguetracker --db $(PORTFOLIO_STORE) --lang es screenshot --size $(SCREEN_SIZE) --view portfolio --out docs/screenshots/es/portfolio.png

## The one-folder application (PyInstaller), run and checked: packaging/README.md.
package: install
	PYTHON=$(BIN)/python packaging/build

clean:
	rm -rf $(VENV) .run build dist packaging/out .pytest_cache .mypy_cache .ruff_cache .hypothesis
