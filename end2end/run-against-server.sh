#!/usr/bin/env bash
# What `cargo leptos end-to-end` runs once the e2e server is up (the Makefile's `e2e`):
# the Chromium journeys, the SDK's tests, then schemathesis, last because its generated
# requests change the demo data the others start from.
set -euo pipefail
cd "$(dirname "$0")"
base="${VINR_E2E_BASE_URL:-http://127.0.0.1:3000}"
# `make e2e VINR_E2E_ONLY=accessibility` runs the named journeys only (while working on them).
if [ -n "${VINR_E2E_ONLY:-}" ]; then
  exec npx playwright test ${VINR_E2E_ONLY}
fi
npx playwright test
if [ -f ../sdk/js/package.json ]; then
  (cd ../sdk/js && VINR_BASE_URL="$base" VINR_SECRET_KEY="$VINR_DEMO_SECRET_KEY" \
    VINR_LIVE_SECRET_KEY="$VINR_DEMO_LIVE_SECRET_KEY" npm test)
fi
../scripts/schemathesis.sh "$base" "$VINR_DEMO_SECRET_KEY"
