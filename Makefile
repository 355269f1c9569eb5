# VINR Portal. `make run` starts the demo; `make test` runs every test. Both install what
# they need first (scripts/ensure-tools.sh), so they work on a fresh machine.
SHELL := /bin/bash
# npm's wasm-opt first: cargo-leptos would otherwise try to download one.
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# The end-to-end server: its own port, a fresh SQLite file and a known demo key.
E2E_ADDR ?= 127.0.0.1:3100
E2E_KEY ?= sk_test_e2eDemoKeyForPlaywrightJourneys0000000000
E2E_LIVE_KEY ?= sk_live_e2eDemoLiveKeyForBrandingJourneys0000000
E2E_DASHBOARD_PASSWORD ?= e2e-dashboard-journeys-password
E2E_STRIPE_PORT ?= 3101
E2E_STRIPE_ADDR ?= 127.0.0.1:$(E2E_STRIPE_PORT)

.PHONY: run watch test unit e2e bench lint fmt tools

## run: the demo on SQLite (data/vinr.db), served on 127.0.0.1:3000 (release build)
run:
	scripts/ensure-tools.sh build
	@[ -n "$${VINR_ALLOW_PRIVATE_WEBHOOKS+set}" ] || echo "make run: VINR_ALLOW_PRIVATE_WEBHOOKS=1 for the demo (test-mode webhooks may reach this machine and its network; set it to 0 to refuse)"
	VINR_DEMO=1 VINR_ALLOW_PRIVATE_WEBHOOKS=$${VINR_ALLOW_PRIVATE_WEBHOOKS-1} cargo leptos serve --release

## watch: rebuild and reload on change, with the demo data
watch:
	scripts/ensure-tools.sh build
	@[ -n "$${VINR_ALLOW_PRIVATE_WEBHOOKS+set}" ] || echo "make watch: VINR_ALLOW_PRIVATE_WEBHOOKS=1 for the demo (test-mode webhooks may reach this machine and its network; set it to 0 to refuse)"
	VINR_DEMO=1 VINR_ALLOW_PRIVATE_WEBHOOKS=$${VINR_ALLOW_PRIVATE_WEBHOOKS-1} cargo leptos watch

## test: formatting, unit + integration tests (SQLite and PostgreSQL), Playwright journeys
test:
	scripts/ensure-tools.sh test
	cargo fmt --check
	scripts/check-module-cycles.py
	$(MAKE) unit
	$(MAKE) e2e

unit:
	cargo test --features ssr

e2e:
	rm -rf target/e2e && mkdir -p target/e2e
	# Live mode's journeys charge through localstripe (a fake Stripe with a fake Stripe.js),
	# started here on loopback and stopped when the journeys end.
	PYTHONPATH=.tools/localstripe python3 -m localstripe --port $(E2E_STRIPE_PORT) --from-scratch \
	  > target/e2e/localstripe.log 2>&1 & echo $$! > target/e2e/localstripe.pid
	# The journeys' webhook receiver listens on loopback.
	DATABASE_URL=sqlite://target/e2e/vinr.db VINR_DEMO=1 VINR_DEMO_SECRET_KEY=$(E2E_KEY) \
	VINR_DEMO_LIVE_SECRET_KEY=$(E2E_LIVE_KEY) VINR_DEMO_DASHBOARD_PASSWORD=$(E2E_DASHBOARD_PASSWORD) \
	VINR_ALLOW_PRIVATE_WEBHOOKS=1 VINR_SECRET_KEY_FILE=target/e2e/secret-key-base \
	VINR_ENCRYPTION_KEY_FILE=target/e2e/encryption-key \
	VINR_STRIPE_API_BASE=http://$(E2E_STRIPE_ADDR) VINR_STRIPE_JS_URL=http://$(E2E_STRIPE_ADDR)/js.stripe.com/v3/ \
	VINR_E2E_STRIPE_BASE=http://$(E2E_STRIPE_ADDR) \
	LEPTOS_SITE_ADDR=$(E2E_ADDR) VINR_E2E_BASE_URL=http://$(E2E_ADDR) \
	cargo leptos end-to-end 2>&1 | tee target/e2e/server.log; status=$${PIPESTATUS[0]}; \
	  kill $$(cat target/e2e/localstripe.pid) 2>/dev/null; test $$status -eq 0
	# The journeys typed card numbers, CVCs and IBANs: none may be in the database or log.
	scripts/check-no-card-data.py target/e2e

## bench: throughput and latency of /portal vs /healthz, session mints/s, client size
bench:
	scripts/ensure-tools.sh bench
	bench/run.sh

## lint: rustfmt, no import cycles between modules, and clippy on both features
lint:
	scripts/ensure-tools.sh build
	cargo fmt --check
	scripts/check-module-cycles.py
	cargo clippy --features ssr --all-targets -- -D warnings
	cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

fmt:
	cargo fmt

tools:
	scripts/ensure-tools.sh test
