# Relecture — every target creates .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ONEFILE ?=

.PHONY: run test lint bench package clean system-deps

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(STAMP)

# Qt needs a few system libraries on a bare Linux machine (root only; skipped otherwise).
system-deps:
	@bash packaging/system-deps.sh

run: system-deps $(STAMP)
	$(BIN)/relecture $(ARGS)

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks
	$(BIN)/mypy app/core

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: system-deps $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/relecture.spec $(if $(ONEFILE),-- --onefile,)

clean:
	rm -rf build dist .venv
