# ory-facade developer tasks. `make help` lists them.
VENV ?= .venv
PYTHON ?= $(VENV)/bin/python
UPSTREAM_SPEC ?= ../shared/reference/kratos/kratos-v26.2.0.json

.DEFAULT_GOAL := help
.PHONY: test-slow test-all kratos kratos-v26-check conformance-report dist e2e example-django example-flask help venv generate check-generated update-spec spec-diff lint test demo bench bench-load bench-instructions conformance

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

venv: $(VENV)/.installed ## Create .venv and install the project with its dev extra (once; again when pyproject.toml changes)

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

generate: venv ## Regenerate generated/ory_kratos_api from openapi/kratos-api.json
	$(PYTHON) scripts/generate.py

check-generated: venv ## Fail if generated/ differs from a fresh generation
	$(PYTHON) scripts/check_generated.py

update-spec: venv ## Normalise SPEC=path (an upstream Kratos spec) into openapi/, then generate
	@test -n "$(SPEC)" || (echo "usage: make update-spec SPEC=path/to/kratos.json" >&2; exit 2)
	$(PYTHON) scripts/normalise_spec.py $(SPEC)
	$(PYTHON) scripts/generate.py

spec-diff: venv ## Compare two specs: make spec-diff OLD=a.json NEW=b.json [ARGS=--fail-on-breaking]
	@test -n "$(OLD)" -a -n "$(NEW)" || (echo "usage: make spec-diff OLD=a.json NEW=b.json" >&2; exit 2)
	$(PYTHON) scripts/spec_diff.py $(OLD) $(NEW) $(ARGS)

conformance: ## Check openapi/ against Ory's published spec (needs ../shared)
	$(PYTHON) ../shared/tools/spec_conformance.py openapi/kratos-api.json

lint: venv ## ruff format --check, ruff check, mypy --strict on ory_facade (README and examples: make test)
	$(PYTHON) -m ruff format --check ory_facade tests scripts examples
	$(PYTHON) -m ruff check ory_facade tests scripts examples
	$(PYTHON) -m mypy --strict ory_facade

test: venv ## Run the test suite without the soak variants (marked slow); ARGS=... go to pytest
	$(PYTHON) -m pytest -m "not slow" $(ARGS)

test-slow: venv ## Run only the soak variants (marked slow): `make test` + this = `make test-all`
	$(PYTHON) -m pytest -m slow $(ARGS)

test-all: venv ## Run every test, soak variants included (what CI runs, as `make test` then `make test-slow`)
	$(PYTHON) -m pytest $(ARGS)

demo: venv ## Register, log in, whoami, recover, change password, log out (fake Kratos; KRATOS=real, or KRATOS_* URLs)
	@if [ "$(KRATOS)" = real ]; then $(MAKE) --no-print-directory kratos; fi
	KRATOS=$(or $(KRATOS),fake) $(PYTHON) scripts/demo.py

example-flask: venv ## Flask example + embedded fake Kratos on http://127.0.0.1:5000 (PORT=...)
	$(PYTHON) examples/flask_app/run.py $(if $(PORT),--port $(PORT))

example-django: venv ## Django example + embedded fake Kratos on http://127.0.0.1:8000 (PORT=...)
	$(PYTHON) examples/django_project/run.py $(if $(PORT),--port $(PORT))

e2e: venv ## Browser tests only (headless Chromium: apt-get install chromium chromium-driver)
	$(PYTHON) -m pytest -m e2e tests/e2e

# Real Kratos, built from the Go module proxy by the wrapper module in kratos/ (see kratos/README.md).
KRATOS_BIN ?= .kratos/bin/kratos
KRATOS_VERSION := v1.3.1
KRATOS_COMMIT := 36e624c716e45ab405599c71b42c384dd45bdfbb
KRATOS_DATE := 2024-10-28T09:04:20Z
KRATOS_LDFLAGS := -X github.com/ory/kratos/driver/config.Version=$(KRATOS_VERSION) \
	-X github.com/ory/kratos/driver/config.Commit=$(KRATOS_COMMIT) \
	-X github.com/ory/kratos/driver/config.Date=$(KRATOS_DATE)

kratos: $(KRATOS_BIN) ## Build real Kratos (CGO, -tags sqlite) into .kratos/bin/kratos; again only when kratos/go.sum changes

$(KRATOS_BIN): kratos/go.mod kratos/go.sum
	@command -v go >/dev/null || (echo "make kratos needs Go (1.26): https://go.dev/doc/install" >&2; exit 1)
	mkdir -p $(dir $(KRATOS_BIN))
	cd kratos && CGO_ENABLED=1 GOFLAGS=-mod=readonly go build -tags sqlite -trimpath \
		-ldflags "$(KRATOS_LDFLAGS)" -o $(abspath $(KRATOS_BIN)) github.com/ory/kratos
	$(KRATOS_BIN) version

kratos-v26-check: ## Ask the Go module proxy for Kratos v26.2.0 (commit 9d7085948039) and print its answer
	@cd kratos && GOFLAGS=-mod=mod go list -m -json github.com/ory/kratos@9d7085948039ffb8960160d4979f71527b5cf4d5 2>&1 || true

conformance-report: venv kratos ## Differential scenarios against the fake and real Kratos; writes artifacts/conformance/report.md
	$(PYTHON) -m pytest -q tests/conformance --kratos=both

dist: venv ## Build the sdist and wheel into dist/
	$(PYTHON) -m build

# MODE=wall: wall-clock tables (bench/results.json) and the shared-cache load (bench/load.json); MODE=instructions:
# callgrind instruction counts around each timed loop (needs valgrind; bench/instructions.json), ratios that
# repeat on a loaded machine; MODE=all: both.
MODE ?= wall
bench: venv ## Benchmarks: whoami, parsing, cold import, load on app servers; MODE=instructions counts instructions
	$(PYTHON) -m pip install -q --group bench  # a dependency group (pip >= 25.1; make venv upgrades pip)
	@case "$(MODE)" in wall|instructions|all) ;; *) echo "make bench: MODE is wall, instructions or all" >&2; exit 2;; esac
	$(if $(filter wall all,$(MODE)),$(PYTHON) scripts/bench.py)
	$(if $(filter wall all,$(MODE)),$(PYTHON) scripts/bench_load.py)
	$(if $(filter instructions all,$(MODE)),$(PYTHON) scripts/bench_instructions.py)

bench-load: venv ## 4 app processes x 16 threads, one Kratos (fake, real), one Redis: requests/s, Kratos calls, p50/p99
	$(PYTHON) scripts/bench_load.py

bench-instructions: ## The same as make bench MODE=instructions
	@$(MAKE) --no-print-directory bench MODE=instructions
