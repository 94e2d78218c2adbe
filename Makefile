# factrack: `make all` sets up and runs the pipeline; `make test` runs the tests.
# Every target below has a `## what it does` line: `make help` lists them.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RAW    ?= data/raw
OUT    ?= data/processed
SHARED ?= ../shared

# The installed environment: rebuilt only when the project or the pins change.
STAMP    := $(VENV)/.installed
SOURCES  := $(shell find pipeline -name '*.py' -o -name '*.json' 2>/dev/null)
MANIFEST := $(OUT)/manifest.json

# What is in the raw folder (names, sizes, times), refreshed on every `make` but rewritten
# only when it changed: so adding, editing or deleting an article (even one whose name
# has spaces, even in a subfolder) reruns the pipeline, and nothing else does.
INPUTS := $(OUT)/.inputs
_ := $(shell mkdir -p $(OUT) && find $(RAW) -type f ! -path '*/.*' -printf '%P\t%s\t%T@\n' \
	2>/dev/null | LC_ALL=C sort > $(INPUTS).new && \
	{ cmp -s $(INPUTS).new $(INPUTS) || mv $(INPUTS).new $(INPUTS); }; rm -f $(INPUTS).new)

.DEFAULT_GOAL := help
.PHONY: help all setup run test lint eval bench lock clean distclean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

all: $(MANIFEST) ## set up, then run the whole pipeline on data/raw (does nothing if nothing changed)

setup: $(STAMP) ## create the virtual environment and install the pinned dependencies

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "factrack needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $@

$(MANIFEST): $(STAMP) $(SOURCES) $(INPUTS)
	$(BIN)/factrack run --raw $(RAW) --out $(OUT)

run: $(STAMP) ## run the pipeline even if nothing changed
	$(BIN)/factrack run --raw $(RAW) --out $(OUT)

test: $(STAMP) ## run the test suite (unit, end-to-end, property tests, doctests)
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff and mypy --strict on the package
	$(BIN)/ruff check pipeline tests
	$(BIN)/ruff format --check pipeline tests
	$(BIN)/mypy

eval: $(STAMP) ## score the extractors on the dev gold files in ../shared/corpus
	$(BIN)/factrack eval $(SHARED)/corpus/news_figures_dev.jsonl $(SHARED)/corpus/timebank_dev.jsonl

bench: $(STAMP) ## throughput and peak memory on ../shared/corpus/news (writes bench/)
	$(BIN)/python -m pipeline.bench --corpus $(SHARED)/corpus/news --out bench

lock: ## re-pin every dependency to its newest allowed version (constraints.txt)
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet '.[dev]'
	.venv-lock/bin/python -m pip freeze --exclude factrack > constraints.txt
	rm -rf .venv-lock

clean: ## remove outputs and interim files (keeps data/raw and the environment)
	rm -rf data/interim $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/*.xlsx $(OUT)/*.json \
	       $(OUT)/quarantine $(OUT)/validation $(OUT)/.interim

distclean: clean ## also remove the virtual environment
	rm -rf $(VENV)
