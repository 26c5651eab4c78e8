# Every target a developer or CI needs. `make test` and `make guide` set up what is missing first.
.DEFAULT_GOAL := help
VENV := .venv
BIN := $(VENV)/bin
# The runs folder: the features run edition E into $(RUN_DIR)/E/ (screens/, results/, run.json;
# build/run/nl/ for the Dutch guide), and each edition's guide reads its own run from there.
# pytest's --run-dir and the guide's PERSOPOINT_RUN_DIR both name this folder.
RUN_DIR := build/run
PYTEST_ARGS ?=
# DRAFT=1 (make site, make serve): build from whatever run exists, placeholders for missing
# figures, no PDF. make serve never prints the PDF.
DRAFT ?=
GUIDE_ENV := PERSOPOINT_RUN_DIR=$(RUN_DIR)$(if $(DRAFT), PERSOPOINT_DRAFT=true)
# Parallel pytest workers (pytest-xdist); JOBS=0 runs everything in one process.
JOBS ?= 2
# Every run writes its reports into build/reports/<edition>/ (build/reports/unit/ for the unit
# tests; fixtures/reports.py) and its Playwright traces into build/test-results/<edition>/.
# Recording every context's trace made a features run a quarter slower, so by default
# (TRACING=on-rerun) `make test` and `make features` trace nothing and then run the scenarios
# that failed again, alone, keeping their traces (`persopoint retrace`; the world is seeded, so
# a failure repeats): their report goes to build/reports/retrace/<edition>/. TRACING takes
# pytest-playwright's values too (retain-on-failure traces the first run; off, none at all).
# `make guide` traces nothing by default (GUIDE_TRACING).
TRACING ?= on-rerun
GUIDE_TRACING ?= off
TRACES := build/test-results
PYTEST = $(BIN)/pytest -n $(JOBS) --tracing $(if $(filter on-rerun,$(TRACING)),off,$(TRACING))
# The features of edition $(1), and with TRACING=on-rerun the failed ones again with tracing.
run_features = $(PYTEST) features --edition $(1) --run-dir $(2) --output $(TRACES)/$(1) \
	$(SPLIT_ARGS) $(PYTEST_ARGS) || { status=1; $(if $(filter on-rerun,$(TRACING)),\
	$(BIN)/persopoint retrace --junit build/reports/$(1)/junit.xml --output $(TRACES)/$(1) -- \
	--edition $(1) --run-dir build/retrace --reports-dir build/reports/retrace;,) }
# SHARD=K/N runs the K-th of N equal-time parts of every pytest run (pytest-split, durations in
# DURATIONS), the features into their own runs folder build/shards/K-of-N; `make merge-runs`
# joins the shards' runs of each edition into $(RUN_DIR) for the guide.
SHARD ?=
DURATIONS := tests/durations.json
shard_k = $(word 1,$(subst /, ,$(SHARD)))
shard_n = $(word 2,$(subst /, ,$(SHARD)))
SPLIT_ARGS = $(if $(SHARD),--splits $(shard_n) --group $(shard_k) --durations-path $(DURATIONS))
FEATURE_RUN_DIR = $(if $(SHARD),build/shards/$(shard_k)-of-$(shard_n) --replace-guide-run,$(RUN_DIR))
# The editions of the guide (one language each) that `make guide`, `make test`, `make features`
# and `make site` handle: `make guide EDITIONS=fr` builds the French one only. The features are
# the same Dutch ones for every edition; each edition has its MkDocs file (mkdocs.yml for Dutch,
# mkdocs.<edition>.yml for the others) and its site in site/<edition>/.
EDITIONS ?= nl fr de
mkdocs_file = $(if $(filter nl,$(1)),mkdocs.yml,mkdocs.$(1).yml)
# Material for MkDocs prints a banner about its successor on every build.
export NO_MKDOCS_2_WARNING := 1
# Python keeps compiled modules, and pytest the assertion-rewritten ones, between runs, even on
# machines whose environment sets PYTHONDONTWRITEBYTECODE: every run compiling the harness again
# cost each pytest process about 0.15 s (an empty value is "not set" for Python).
export PYTHONDONTWRITEBYTECODE :=

.PHONY: help setup test unit features guide site pdf serve goldens lint format bench bench-card bench-guide clean \
	baselines durations merge-runs

help:
	@echo "make guide   run every feature per edition, then build each edition into site/<edition>/ with its PDF"
	@echo "            (EDITIONS=\"nl fr de\" by default; make guide EDITIONS=fr builds one)"
	@echo "make test    run the unit tests once and every feature in every edition"
	@echo "make unit    unit and contract tests only (no browser)"
	@echo "make features  the Gherkin features only"
	@echo "make site    rebuild the editions' sites and PDFs from the last runs (no features run)"
	@echo "make pdf     the same, then print where the PDF is"
	@echo "make serve   preview the guide with live reload (no PDF; DRAFT=1: from a partial run)"
	@echo "make baselines  approve the last run's screenshots of each edition (SHOTS=a,b or APPROVE=file for some)"
	@echo "make durations  time every test again for SHARD=K/N ($(DURATIONS))"
	@echo "make merge-runs  merge the shards' runs (build/shards/*) of each edition into $(RUN_DIR) for the guide"
	@echo "make goldens rewrite the golden images of annotation drawing (look at them first)"
	@echo "make lint    ruff and mypy"
	@echo "make bench   side by side with shot-scraper from nothing, the browser's limit, the suite per scenario"
	@echo "make bench-card  time the virtual eID card through pcscd"
	@echo "make bench-guide  time rebuilding the guide and drawing one annotated figure"

setup:
	@scripts/setup

# The unit tests once, then the features once per edition (each run in build/run/<edition>/,
# so `make site` can follow); every part runs, and the target fails if any part failed.
test: setup
	@status=0; echo "== unit tests"; \
	$(PYTEST) tests --output $(TRACES)/unit $(SPLIT_ARGS) $(PYTEST_ARGS) || status=1; \
	for edition in $(EDITIONS); do \
		echo "== features, edition $$edition"; \
		$(call run_features,$$edition,$(FEATURE_RUN_DIR)); \
	done; \
	if [ $$status -ne 0 ]; then echo "test: some part failed (see above)"; fi; exit $$status

unit: setup
	$(PYTEST) tests --output $(TRACES)/unit $(PYTEST_ARGS)

features: setup
	@status=0; for edition in $(EDITIONS); do \
		echo "== features, edition $$edition"; \
		$(call run_features,$$edition,$(FEATURE_RUN_DIR)); \
	done; exit $$status

# Each edition's run, then each edition's site. A site is built even when its features failed,
# so that the build names the failed scenarios and the pages that show their screenshots; the
# target fails if any step failed.
guide: TRACING = $(GUIDE_TRACING)
guide: setup
	@status=0; for edition in $(EDITIONS); do \
		echo "== features, edition $$edition"; \
		$(PYTEST) features --edition $$edition --run-dir $(RUN_DIR) --output $(TRACES)/$$edition \
			$(PYTEST_ARGS) || { echo "guide: the features of edition $$edition failed"; status=1; }; \
	done; \
	$(MAKE) --no-print-directory site EDITIONS="$(EDITIONS)" || exit 1; \
	exit $$status

site: setup
	@for edition in $(EDITIONS); do \
		echo "== site, edition $$edition"; \
		$(GUIDE_ENV) $(BIN)/mkdocs build --strict \
			-f $$( [ $$edition = nl ] && echo mkdocs.yml || echo mkdocs.$$edition.yml ) || exit 1; \
	done
	@$(BIN)/python -m guidebook.site_index site
	@$(BIN)/python -m guidebook.site_language $(addprefix site/,$(EDITIONS))

pdf: site
	@echo "PDFs: site/nl/persopoint-handleiding.pdf, site/fr/persopoint-guide-fr.pdf," \
		"site/de/persopoint-leitfaden-de.pdf (print editions: site/<edition>/print.html)"

# One edition at a time (EDITION=fr for the French one).
EDITION ?= nl
serve: setup
	$(GUIDE_ENV) PERSOPOINT_PDF=false $(BIN)/mkdocs serve --strict -f $(call mkdocs_file,$(EDITION))

# Approve the screenshots of each edition's last run (all, or SHOTS=a,b, or the shots an
# approval file from the HTML report names: APPROVE=file) into tests/baselines/<edition>/.
baselines: setup
	@for edition in $(EDITIONS); do \
		$(BIN)/persopoint approve-baselines --run-dir $(RUN_DIR) --edition $$edition \
			$(if $(SHOTS),--shots $(SHOTS)) $(if $(APPROVE),--file $(APPROVE)) || exit 1; \
	done
	@echo "baselines: commit tests/baselines/ to keep the approval"

# Time every test again (unit tests and the Dutch features) for SHARD=K/N.
durations: setup
	$(PYTEST) tests features --store-durations --durations-path $(DURATIONS) \
		--run-dir $(RUN_DIR) $(PYTEST_ARGS)

# Merge each edition's shard runs (build/shards/K-of-N/<edition>) into one run the guide reads.
merge-runs: setup
	@for edition in $(EDITIONS); do \
		$(BIN)/persopoint merge-runs build/shards/*-of-*/$$edition --run-dir $(RUN_DIR) || exit 1; \
	done

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
	$(BIN)/python scripts/bench_logins.py

bench-card: setup
	$(BIN)/python scripts/bench_card.py

bench-guide: setup
	$(BIN)/python scripts/bench_guide.py --run-dir $(RUN_DIR)

clean:
	rm -rf build site
