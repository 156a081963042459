#!/usr/bin/env bash
# The byte budget (end2end/tests/budget.spec.ts) on the release build: what a browser transfers
# for the public pages and a signed-in draft, compressed. Expects `scripts/build.sh --release`
# to have run (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x target/release/portal ]] || { echo "build the release site first (scripts/build.sh --release)" >&2; exit 1; }
BUDGET=1 PORTAL_BIN=target/release/portal exec scripts/e2e.sh "$@"
