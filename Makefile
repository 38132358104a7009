# Two commands do everything on a fresh Debian 12 machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TRANSLATIONS := $(wildcard resources/translations/*.ts)
QM := $(TRANSLATIONS:.ts=.qm)
LINT_PATHS := app tests main.py $(wildcard benchmarks)

.PHONY: run test lint format demo bench benchmarks screenshots translations clean system-deps dist dist-test

$(STAMP): pyproject.toml constraints.txt
	./scripts/install-system-deps.sh run
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[test,dist]'
	touch $@

system-deps:
	./scripts/install-system-deps.sh all

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@ >/dev/null

run: $(STAMP) translations
	$(BIN)/mentor-coordinator init
	$(BIN)/mentor-coordinator demo --if-empty
	$(BIN)/mentor-coordinator gui

demo: $(STAMP)
	$(BIN)/mentor-coordinator demo

# axe-core for the portal's accessibility test, from npm into a test-only folder (offline once installed).
AXE := tests/portal/axe/node_modules/axe-core/axe.min.js
$(AXE): tests/portal/axe/package.json tests/portal/axe/package-lock.json
	cd tests/portal/axe && npm ci --no-audit --no-fund --silent

test: system-deps $(STAMP) translations $(AXE)
	./scripts/ensure-postgres.sh
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/lint-imports
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy app/models app/matching app/services app/sync

format: $(STAMP)
	$(BIN)/ruff format $(LINT_PATHS)
	$(BIN)/ruff check --fix $(LINT_PATHS)

# Every benchmark, each in its own process; fails when any figure misses its budget (DESIGN.md §10).
bench: $(STAMP)
	./scripts/ensure-postgres.sh
	$(BIN)/python -m benchmarks all

benchmarks: bench

# The one-folder bundle of the desktop and its CLI (PyInstaller, offline from this venv), with a Linux archive.
VERSION = $(shell $(BIN)/python -c "import app; print(app.__version__)")
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/mentor-coordinator.spec
	./scripts/dist-linux.sh $(VERSION)

# Runs the built bundle (not the source tree) from a fresh data folder; the same steps run on Windows and macOS.
dist-test: $(STAMP)
	./scripts/dist-test.sh dist/mentor-coordinator/mentor-coordinator $(VERSION)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist
