#!/usr/bin/env bash
# Starts the built portal on a fresh data folder and a free port, and a local OpenID provider
# standing in for VNeID (end2end/oidc/provider.mjs), runs Playwright against them, and stops both.
# Expects scripts/build.sh to have run (scripts/test.sh does) and end2end/node_modules.
# Arguments go to Playwright (e.g. `scripts/e2e.sh tests/oidc.spec.ts`).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PORTAL_BIN:-target/debug/portal}
data=$(mktemp -d)
port=${E2E_PORT:-3137}
oidc_port=${E2E_OIDC_PORT:-3139}
oidc_issuer="http://127.0.0.1:$oidc_port"
export PORTAL_DATA_DIR="$data" PORTAL_LISTEN="127.0.0.1:$port" PORTAL_BASE_URL="http://127.0.0.1:$port" PORTAL_DEMO_MAILBOX=true RUST_LOG=warn
# The portal signs citizens in through the local provider, registered there as this client.
export PORTAL_OIDC_ISSUER="$oidc_issuer" PORTAL_OIDC_CLIENT_ID=portal-e2e PORTAL_OIDC_CLIENT_SECRET=e2e-secret PORTAL_OIDC_ID_CLAIM=so_dinh_danh
server="" oidc=""
trap 'for pid in $server $oidc; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$data"' EXIT

# A provider left over from another run would answer for this one, with another redirect URI.
if curl -fs "$oidc_issuer/.well-known/openid-configuration" >/dev/null 2>&1; then
  echo "something already answers at $oidc_issuer: stop it, or set E2E_OIDC_PORT" >&2
  exit 1
fi
# Started first, so that node loads it while the portal migrates and seeds. Launched directly (not
# in a subshell) so that $! is node itself and the trap's SIGTERM reaches it. It registers the
# redirect URI under PORTAL_BASE_URL, exported above.
OIDC_PORT="$oidc_port" node end2end/oidc/provider.mjs >"$data/oidc.log" 2>&1 &
oidc=$!

"$bin" migrate >/dev/null
"$bin" seed >/dev/null
"$bin" serve >"$data/portal.log" 2>&1 &
server=$!

# Waits until URL answers, giving up early if process PID dies (say, on a port already taken).
# On failure, shows LOG and fails.
wait_for() {
  local url=$1 pid=$2 log=$3
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    curl -fs "$url" >/dev/null && return 0
    sleep 0.2
  done
  echo "not ready: $url" >&2
  cat "$log" >&2
  exit 1
}
wait_for "http://127.0.0.1:$port/readyz" "$server" "$data/portal.log"
wait_for "$oidc_issuer/.well-known/openid-configuration" "$oidc" "$data/oidc.log"

cd end2end
BASE_URL="http://127.0.0.1:$port" OIDC_ISSUER="$oidc_issuer" npx playwright test "$@"
