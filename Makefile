# Every target a developer or CI needs. `make test` and `make guide` set up what is missing first.
.DEFAULT_GOAL := help
VENV := .venv
BIN := $(VENV)/bin
RUN_DIR := build/run
PYTEST_ARGS ?=
# Material for MkDocs prints a banner about its successor on every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup test unit features guide site serve lint format bench bench-card clean

help:
	@echo "make guide   run every feature, then build the guide into site/ (and the PDF)"
	@echo "make test    run the unit tests and every feature"
	@echo "make unit    unit and contract tests only (no browser)"
	@echo "make features  the Gherkin features only"
	@echo "make site    rebuild site/ from the last run's screenshots, without a browser"
	@echo "make serve   preview the guide with live reload"
	@echo "make lint    ruff and mypy"
	@echo "make bench   time the suite and the guide build"
	@echo "make bench-card  time the virtual eID card through pcscd"

setup:
	@scripts/setup

test: setup
	$(BIN)/pytest $(PYTEST_ARGS)

unit: setup
	$(BIN)/pytest tests $(PYTEST_ARGS)

features: setup
	$(BIN)/pytest features --run-dir $(RUN_DIR) $(PYTEST_ARGS)

guide: setup
	$(BIN)/pytest features --run-dir $(RUN_DIR) $(PYTEST_ARGS)
	$(BIN)/mkdocs build --strict

site: setup
	$(BIN)/mkdocs build --strict

serve: setup
	$(BIN)/mkdocs serve --strict

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	$(BIN)/python scripts/bench.py

bench-card: setup
	$(BIN)/python scripts/bench_card.py

clean:
	rm -rf build site
