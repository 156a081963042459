#!/usr/bin/env bash
# Starts the built portal on a fresh data folder and a free port, runs Playwright against it, and
# stops it. Expects `cargo leptos build` to have run (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PORTAL_BIN:-target/debug/portal}
data=$(mktemp -d)
port=${E2E_PORT:-3137}
export PORTAL_DATA_DIR="$data" PORTAL_LISTEN="127.0.0.1:$port" PORTAL_BASE_URL="http://127.0.0.1:$port" PORTAL_DEMO_MAILBOX=true RUST_LOG=warn
"$bin" migrate >/dev/null
"$bin" seed >/dev/null
"$bin" serve >"$data/portal.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { cat "$data/portal.log"; exit 1; }
cd end2end
BASE_URL="http://127.0.0.1:$port" npx playwright test
