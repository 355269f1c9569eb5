#!/usr/bin/env bash
# schemathesis against the running server: every operation of GET /v1/openapi.json, with
# generated valid and invalid requests. Fails on any 5xx, any response that breaks its
# documented schema, and any status code or content type the document does not list.
# Usage: scripts/schemathesis.sh BASE_URL SECRET_KEY [MAX_EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?base URL}"
key="${2:?secret key}"
examples="${3:-25}"
mkdir -p target/e2e
PYTHONPATH=.tools/schemathesis python3 -m schemathesis.cli run "$base/v1/openapi.json" \
  --url "$base" \
  -H "Authorization: Bearer $key" \
  --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
  --max-examples "$examples" \
  --seed 1 \
  --report junit --report-dir target/e2e/schemathesis \
  2>&1 | tee target/e2e/schemathesis.log
