# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstalls whenever pyproject.toml changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Static checks; `make test` runs them first and stops on the first failure.
lint: $(STAMP)
	$(VENV)/bin/ruff check studyapp tests main.py
	$(VENV)/bin/ruff format --check studyapp tests main.py

# The benchmarks reported in the README (minutes, not part of `make test`).
bench: $(STAMP)
	for name in extract generate export startup; do \
		QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_$$name.py || exit 1; done
	$(PY) tests/benchmarks/bench_review.py --cards 100000 --reviews 1000000 --db /tmp/studyapp-bench
	$(PY) tests/benchmarks/bench_units_simulation.py

clean:
	rm -rf $(VENV) build *.egg-info
