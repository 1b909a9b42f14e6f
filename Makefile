# Relecture — every target creates .venv and installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ONEFILE ?=

.PHONY: run test lint bench package package-smoke clean system-deps grammalecte translations translations-update

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(STAMP)

# Qt needs a few system libraries on a bare Linux machine (root only; skipped otherwise).
system-deps:
	@bash packaging/system-deps.sh

# Grammalecte (grammar checking) comes from Debian's python3-grammalecte, not PyPI: expose it to the venv.
grammalecte: $(STAMP)
	@bash packaging/link-grammalecte.sh $(VENV)

# Interface translations: .ts sources are committed, .qm files are build outputs (git-ignored).
TS := $(wildcard resources/translations/relecture_*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing interface strings: collect them again, then translate (pyside6-linguist or fill_translations.py).
translations-update: $(STAMP)
	for ts in $(TS); do $(BIN)/pyside6-lupdate app/ui/*.py -no-obsolete -ts $$ts; done
	$(BIN)/python resources/translations/fill_translations.py

run: system-deps $(STAMP) grammalecte translations
	$(BIN)/relecture $(ARGS)

test: system-deps $(STAMP) grammalecte translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks
	$(BIN)/mypy app/core

bench: $(STAMP) grammalecte
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# One folder: dist/relecture/relecture.  ONEFILE=1: one executable, dist/relecture (the spec reads RELECTURE_ONEFILE).
package: system-deps $(STAMP) grammalecte translations
	rm -rf dist/relecture
	RELECTURE_ONEFILE=$(ONEFILE) $(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/$(if $(ONEFILE),onefile,onedir) packaging/relecture.spec
	@echo "built: dist/relecture$(if $(ONEFILE),, (folder; run dist/relecture/relecture)), $$(du -sm dist/relecture | cut -f1) MB"

# Runs the built bundle offscreen: --smoke, check, fix (see packaging/smoke.sh). Build it first with `make package`.
package-smoke: system-deps
	bash packaging/smoke.sh

clean:
	rm -rf build dist .venv
