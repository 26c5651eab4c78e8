# Every target a developer or CI needs. `make test` and `make guide` set up what is missing first.
.DEFAULT_GOAL := help
VENV := .venv
BIN := $(VENV)/bin
# The runs folder: the features run edition E into $(RUN_DIR)/E/ (screens/, results/, run.json;
# build/run/nl/ for the Dutch guide), and each edition's guide reads its own run from there.
# pytest's --run-dir and the guide's PERSOPOINT_RUN_DIR both name this folder.
RUN_DIR := build/run
PYTEST_ARGS ?=
# Parallel pytest workers (pytest-xdist); JOBS=0 runs everything in one process.
JOBS ?= 2
# Every run writes its reports into build/reports/ (fixtures/reports.py) and keeps the
# Playwright trace of a failed scenario (TRACING=off to skip tracing).
TRACING ?= retain-on-failure
# SHARD=K/N runs the K-th of N equal-time parts (pytest-split, durations in DURATIONS) into
# its own runs folder build/shards/K-of-N; `persopoint merge-runs` joins the shards' runs.
SHARD ?=
DURATIONS := tests/durations.json
EDITION ?= nl
shard_k = $(word 1,$(subst /, ,$(SHARD)))
shard_n = $(word 2,$(subst /, ,$(SHARD)))
SHARD_ARGS = $(if $(SHARD),--splits $(shard_n) --group $(shard_k) --durations-path $(DURATIONS) \
	--run-dir build/shards/$(shard_k)-of-$(shard_n))
PYTEST = $(BIN)/pytest -n $(JOBS) --tracing $(TRACING)
# Material for MkDocs prints a banner about its successor on every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup test unit features guide site pdf serve goldens lint format bench bench-card bench-guide clean \
	baselines durations merge-runs

help:
	@echo "make guide   run every feature, then build the guide into site/ and its PDF"
	@echo "make test    run the unit tests and every feature"
	@echo "make unit    unit and contract tests only (no browser)"
	@echo "make features  the Gherkin features only"
	@echo "make site    rebuild site/ and the PDF from the last run's screenshots (no features run)"
	@echo "make pdf     the same, then print where the PDF is"
	@echo "make serve   preview the guide with live reload"
	@echo "make baselines  approve this run's screenshots (SHOTS=a,b or APPROVE=file for some)"
	@echo "make durations  time every test again for SHARD=K/N (tests/durations.json)"
	@echo "make merge-runs  merge the shards' runs (build/shards/*) into $(RUN_DIR) for the guide"
	@echo "make goldens rewrite the golden images of annotation drawing (look at them first)"
	@echo "make lint    ruff and mypy"
	@echo "make bench   time the suite and the guide build"
	@echo "make bench-card  time the virtual eID card through pcscd"
	@echo "make bench-guide  time rebuilding the guide and drawing one annotated figure"

setup:
	@scripts/setup

test: setup
	$(PYTEST) $(SHARD_ARGS) $(PYTEST_ARGS)

unit: setup
	$(PYTEST) tests $(PYTEST_ARGS)

features: setup
	$(PYTEST) features --run-dir $(RUN_DIR) $(SHARD_ARGS) $(PYTEST_ARGS)

# The guide is built even when features fail, so that the build names the failed scenarios
# and the pages that show their screenshots; the target fails if either step failed.
guide: setup
	@$(PYTEST) features --run-dir $(RUN_DIR) $(PYTEST_ARGS); features=$$?; \
	PERSOPOINT_RUN_DIR=$(RUN_DIR) $(BIN)/mkdocs build --strict || exit 1; \
	if [ $$features -ne 0 ]; then echo "guide: the features failed (pytest exit $$features)"; fi; \
	exit $$features

site: setup
	PERSOPOINT_RUN_DIR=$(RUN_DIR) $(BIN)/mkdocs build --strict

pdf: site
	@echo "PDF: site/persopoint-handleiding.pdf (print edition: site/print.html)"

serve: setup
	PERSOPOINT_RUN_DIR=$(RUN_DIR) $(BIN)/mkdocs serve --strict

baselines: setup
	$(BIN)/persopoint approve-baselines --run-dir $(RUN_DIR) --edition $(EDITION) \
		$(if $(SHOTS),--shots $(SHOTS)) $(if $(APPROVE),--file $(APPROVE))
	@echo "baselines: commit tests/baselines/$(EDITION) to keep the approval"

durations: setup
	$(PYTEST) --store-durations --durations-path $(DURATIONS) --run-dir $(RUN_DIR) $(PYTEST_ARGS)

merge-runs: setup
	$(BIN)/persopoint merge-runs $(wildcard build/shards/*-of-*/$(EDITION)) --into $(RUN_DIR)/$(EDITION)

goldens: setup
	PERSOPOINT_UPDATE_GOLDENS=1 $(BIN)/pytest tests/guide/test_figures.py -q
	@echo "goldens: rewritten in tests/guide/golden/; look at them before you commit"

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

bench-guide: setup
	$(BIN)/python scripts/bench_guide.py --run-dir $(RUN_DIR)

clean:
	rm -rf build site
