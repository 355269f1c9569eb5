#!/usr/bin/env bash
# Installs what building, running or testing VINR Portal needs, when it is missing.
# Idempotent: a second run only checks. Usage: scripts/ensure-tools.sh build|test|bench
#   build  wasm target, cargo-leptos, wasm-bindgen CLI (= the crate's version), wasm-opt (npm binaryen)
#   test   build + Chromium, PostgreSQL server binaries, qpdf and poppler-utils (PDF checks),
#          Playwright (end2end/node_modules),
#          Python's standardwebhooks (.tools/python), localstripe (.tools/localstripe),
#          schemathesis (.tools/schemathesis), the SDK's build tools (sdk/js/node_modules)
#   bench  build + test (Chromium, Playwright) + wrk
set -euo pipefail

cd "$(dirname "$0")/.."
what="${1:-build}"

CARGO_LEPTOS_VERSION=0.3.10  # 0.3.11 needs rustc >= 1.96
BINARYEN_VERSION=132.0.0     # npm's wasm-opt; Debian's (108) breaks hydration
LOCALSTRIPE_VERSION=1.15.10
SCHEMATHESIS_VERSION=4.32.5
TOOLS_DIR="$PWD/.tools"

log() { printf '\033[1;34m[tools]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; exit 1; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y --no-install-recommends "${missing[@]}" \
    || { as_root apt-get update && as_root apt-get install -y --no-install-recommends "${missing[@]}"; }
}

ensure_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    log "cargo install cargo-leptos@$CARGO_LEPTOS_VERSION (about 15 minutes, once per machine)"
    cargo install --locked "cargo-leptos@$CARGO_LEPTOS_VERSION"
  fi

  # The CLI must equal the wasm-bindgen crate in Cargo.lock. No --locked: its lock file
  # pins a crate version the registry here lacks.
  local wb_version
  wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$wb_version"; then
    log "cargo install wasm-bindgen-cli@$wb_version"
    cargo install --force "wasm-bindgen-cli@$wb_version"
  fi

  if [ ! -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ]; then
    command -v npm >/dev/null || apt_install nodejs npm
    log "npm install binaryen@$BINARYEN_VERSION (wasm-opt for release builds)"
    mkdir -p "$TOOLS_DIR"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" "binaryen@$BINARYEN_VERSION"
  fi
}

ensure_test_tools() {
  apt_install chromium postgresql qpdf poppler-utils
  if [ ! -d end2end/node_modules/@playwright/test ] || [ ! -d end2end/node_modules/@axe-core/playwright ]; then
    log "npm install in end2end/ (Playwright, without its browser download)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund)
  fi
  # The SDK's build tools (TypeScript, openapi-typescript): its tests run in `make e2e`.
  if [ ! -x sdk/js/node_modules/.bin/tsc ] || [ ! -d sdk/js/node_modules/openapi-typescript ]; then
    log "npm install in sdk/js/ (TypeScript and openapi-typescript, build-time only)"
    (cd sdk/js && npm install --no-audit --no-fund)
  fi
  # Python's `standardwebhooks` verifies our signatures independently in the tests.
  if ! PYTHONPATH="$TOOLS_DIR/python" python3 -c 'import standardwebhooks' 2>/dev/null; then
    command -v python3 >/dev/null || apt_install python3 python3-pip
    python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip
    log "pip install standardwebhooks (into .tools/python)"
    python3 -m pip install --quiet --disable-pip-version-check --target "$TOOLS_DIR/python" standardwebhooks
  fi
  # localstripe: a stateful fake Stripe (API, webhooks, Stripe.js) the live-mode tests start.
  if ! PYTHONPATH="$TOOLS_DIR/localstripe" python3 -c 'import localstripe' 2>/dev/null; then
    log "pip install localstripe==$LOCALSTRIPE_VERSION (into .tools/localstripe)"
    python3 -m pip install --quiet --disable-pip-version-check --target "$TOOLS_DIR/localstripe" \
      "localstripe==$LOCALSTRIPE_VERSION"
  fi
  # schemathesis: checks every operation of the live server against its OpenAPI document.
  if ! PYTHONPATH="$TOOLS_DIR/schemathesis" python3 -m schemathesis.cli --version 2>/dev/null \
      | grep -q "$SCHEMATHESIS_VERSION"; then
    log "pip install schemathesis==$SCHEMATHESIS_VERSION (into .tools/schemathesis)"
    python3 -m pip install --quiet --disable-pip-version-check --target "$TOOLS_DIR/schemathesis" \
      "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  # The Debian package starts a cluster of its own; tests run their own server instead.
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null
}

case "$what" in
  build) ensure_build_tools ;;
  test) ensure_build_tools; ensure_test_tools ;;
  bench) ensure_build_tools; ensure_test_tools; apt_install wrk ;;
  *) echo "usage: $0 build|test|bench" >&2; exit 2 ;;
esac
