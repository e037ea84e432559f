# The two quick-start commands:   make run   (set up and run spanwatch on its embedded defaults)
#                                  make test  (set up everything the tests need, peers included, and run them)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml setup.py $(sort $(wildcard processors/*.c)) | sha1sum | cut -c1-12)

.PHONY: run test setup peers lint typecheck bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,fast]"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/spanwatch run

peers: setup
	bash tests/infra/setup.sh

test: setup peers
	$(PY) -m pytest -q

lint: setup
	$(PY) -m ruff check .
	PY=$(PY) bash scripts/typecheck.sh

bench: setup peers
	$(PY) bench/otlp_bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info
