#!/usr/bin/env bash
# Refreshes the pictures of the administrators' guide (docs/images/admin/*.png) from a real run
# of the catalog editor's journey in Chromium (end2end/tests/catalog-editor.spec.ts takes them
# when PORTAL_SCREENSHOTS is set). Expects scripts/build.sh to have run (debug site).
set -euo pipefail
cd "$(dirname "$0")/.."
export PORTAL_SCREENSHOTS="$PWD/docs/images/admin"
mkdir -p "$PORTAL_SCREENSHOTS"
exec scripts/e2e.sh tests/catalog-editor.spec.ts --project=chromium
