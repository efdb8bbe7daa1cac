# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-suite test-packaging lint typecheck dist bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstalls whenever pyproject.toml changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

# The static checks, then the suite and the packaging tests side by side (the second mostly waits on the
# builds and commands it starts); each one's output is printed whole when it ends.
test: lint
	$(MAKE) --no-print-directory --jobs=2 --output-sync=target test-suite test-packaging

test-suite: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not packaging" -n auto

# Builds the sdist and the wheel, installs the wheel in a fresh virtualenv and runs its commands.
test-packaging: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m packaging tests/test_packaging.py

# Static checks; `make test` runs them first and stops on the first failure.
lint: $(STAMP)
	$(VENV)/bin/ruff check studyapp tests main.py
	$(VENV)/bin/ruff format --check studyapp tests main.py
	$(VENV)/bin/lint-imports --no-logo --no-cache
	$(VENV)/bin/mypy

# Types alone (strict; configured in pyproject.toml, where every exception is named). `make lint` runs it too.
typecheck: $(STAMP)
	$(VENV)/bin/mypy

# The sdist and the wheel, in dist/.
dist: $(STAMP)
	$(PY) -m build --no-isolation --outdir dist .

# The benchmarks reported in the README (minutes, not part of `make test`).
bench: $(STAMP)
	for name in extract generate export startup practice; do \
		QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_$$name.py || exit 1; done
	$(PY) tests/benchmarks/bench_review.py --cards 100000 --reviews 1000000 --db /tmp/studyapp-bench
	$(PY) tests/benchmarks/bench_units_simulation.py

clean:
	rm -rf $(VENV) build dist *.egg-info
