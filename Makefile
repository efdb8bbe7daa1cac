# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstalls whenever pyproject.toml changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The benchmarks reported in the README (minutes, not part of `make test`).
bench: $(STAMP)
	for name in extract generate export startup; do \
		QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_$$name.py || exit 1; done
	$(PY) tests/benchmarks/bench_review.py --cards 100000 --reviews 1000000 --db /tmp/studyapp-bench

clean:
	rm -rf $(VENV) build *.egg-info
