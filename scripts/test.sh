#!/usr/bin/env bash
# Runs every test: unit and property tests, integration tests on SQLite and on PostgreSQL, and the
# Playwright suite in Chromium (with and without JavaScript, with axe-core checks).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "==> building the site (server + wasm)"
cargo leptos build --cargo-locked

# Same flags as cargo-leptos' debug build, so the tests reuse its compiled dependencies. The
# frontend crate is left out: it enables `hydrate`, which must not be unified with `ssr`.
echo "==> unit and integration tests (SQLite and PostgreSQL)"
RUSTFLAGS="${RUSTFLAGS:-} --cfg erase_components" cargo test --locked -p shared -p app -p server

echo "==> end-to-end tests in Chromium"
scripts/e2e.sh
