#!/usr/bin/env bash
# Builds the portal (release), migrates and seeds the demo catalog, and serves it on the
# embedded default: SQLite file and object folder under data/, built-in payment sandbox.
# Stop with Ctrl-C. Settings: docs/CONFIGURATION.md (e.g. PORTAL_LISTEN=0.0.0.0:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "==> building (release)"
scripts/build.sh --release
./target/release/portal migrate
./target/release/portal seed
# ClamAV scans the uploads as in production; if it cannot start here, the demo takes files unscanned.
if scripts/clamd.sh 3310 data/clamd; then
  export PORTAL_ANTIVIRUS=${PORTAL_ANTIVIRUS:-clamd://127.0.0.1:3310}
else
  echo "clamd did not start: uploads are accepted unscanned in this demo" >&2
fi
export PORTAL_ANTIVIRUS_WHEN_DOWN=${PORTAL_ANTIVIRUS_WHEN_DOWN:-accept}
# The embedded default shows sent mail at /hop-thu so registration works on one machine.
PORTAL_DEMO_MAILBOX=${PORTAL_DEMO_MAILBOX:-true} exec ./target/release/portal serve
