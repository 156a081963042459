#!/usr/bin/env bash
# Runs every test: unit and property tests, integration tests on SQLite and on PostgreSQL, and the
# Playwright suite in Chromium (with and without JavaScript, with axe-core checks).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "==> unit and integration tests (SQLite and PostgreSQL)"
cargo test --workspace --locked

echo "==> end-to-end tests in Chromium"
cargo leptos build
scripts/e2e.sh
