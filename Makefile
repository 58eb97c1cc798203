# make run   create .venv if missing, install the package, build seeds/ into out/
# make test  create .venv if missing, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  ?= seeds
OUT    ?= out

.PHONY: run test install system clean

run: $(STAMP)
	$(BIN)/kg build $(SEEDS) -o $(OUT)
	@echo
	@echo "graph view:   $(abspath $(OUT)/graph.html)"
	@echo "graph Turtle: $(abspath $(OUT)/graph.ttl)"

test: $(STAMP) system
	$(BIN)/python -m pytest -q

# system packages the browser tests need (Debian's chromium, a CJK font); root installs them when missing
system:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto.*cjk" || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# reinstall only when pyproject.toml changed
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(OUT)
