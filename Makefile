# The two commands a person needs: `make run` and `make test` (`make test-fast`: the in-process tests only, for the inner loop).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint render bench clean dist test-dist

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m fast -q

render: $(STAMP)
	$(BIN)/python main.py render --select sale --out docs/screenshot.png --size 1280x760

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# The standalone one-folder app for this machine: dist/know-your-data/know-your-data (README, "Standalone build").
$(VENV)/.dist-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	touch $@

dist: $(VENV)/.dist-installed
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist \
		packaging/know-your-data.spec
	du -sh dist/know-your-data

# Build, then run the built program from a copy outside the repository in a clean environment (tests/test_dist.py).
test-dist: dist
	$(BIN)/python -m pytest -m dist tests/test_dist.py -q

clean:
	rm -rf $(VENV) build dist *.egg-info
