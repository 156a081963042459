#!/usr/bin/env bash
# Installs what building and testing the portal needs, skipping whatever is already there, so a
# warm machine passes through in seconds. Debian-like machine, run as root (or with sudo).
#
#   scripts/setup.sh            build tools: wasm target, wasm-bindgen-cli, npm tools (wasm-opt)
#
# cargo-leptos is not needed: scripts/build.sh builds the site. It stays usable for a watch loop
# (`cargo install cargo-leptos --version 0.3.10 --locked --features no_downloads`, then
# `cargo leptos watch`), reading the same [workspace.metadata.leptos].
#   scripts/setup.sh --tests    also Chromium and a running PostgreSQL, for scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=false
[[ "${1:-}" == "--tests" ]] && want_tests=true

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then SUDO="sudo"; fi
apt_updated=false
apt_install() {
  if ! $apt_updated; then $SUDO apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { say "installing Node.js and npm"; apt_install nodejs npm; }
# ClamAV's daemon scans every upload (scripts/clamd.sh starts it for the demo and the tests).
if ! command -v clamd >/dev/null && [[ ! -x /usr/sbin/clamd ]]; then
  say "installing ClamAV's daemon (clamav-daemon)"
  apt_install clamav-daemon
  # Debian starts its own clamd (which waits for databases this machine cannot download); the
  # project runs its own, so the system's is stopped where a service manager started it.
  $SUDO systemctl disable --now clamav-daemon clamav-freshclam >/dev/null 2>&1 || true
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# The test command's gates: rustfmt and clippy (rustup's default profile has them; a minimal one not).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WBG_VERSION"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# npm tools: wasm-opt (binaryen) for release builds, Playwright and axe-core for end-to-end tests.
if [[ ! -x end2end/node_modules/.bin/wasm-opt || end2end/package-lock.json -nt end2end/node_modules/.installed ]]; then
  say "installing npm packages (end2end/)"
  (cd end2end && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed)
fi

if $want_tests; then
  if [[ ! -x /usr/bin/chromium ]]; then
    say "installing Chromium from Debian"
    apt_install chromium
  fi
  if [[ ! -x /usr/sbin/nginx ]] && ! command -v nginx >/dev/null; then
    say "installing nginx (the load balancer of the two-replica test)"
    apt_install nginx-light || apt_install nginx
    # Debian starts it on port 80; the test runs its own.
    $SUDO systemctl disable --now nginx >/dev/null 2>&1 || $SUDO service nginx stop >/dev/null 2>&1 || true
  fi
  if ! command -v pdfsig >/dev/null; then
    say "installing poppler-utils (pdfsig checks the signed PDFs)"
    apt_install poppler-utils
  fi
  if ! command -v moto_server >/dev/null; then
    say "installing moto (an S3-protocol server for the storage tests)"
    pip install --quiet 'moto[server]'
  fi
  if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
    say "installing aiosmtpd (the SMTP sink for the mail tests)"
    python3 -m pip install --quiet 'aiosmtpd>=1.4,<2'
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if ! command -v pg_ctlcluster >/dev/null; then
      say "installing PostgreSQL"
      apt_install postgresql
    fi
    say "starting PostgreSQL"
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
    echo "PostgreSQL is running but user postgres cannot connect over 127.0.0.1 without a password;" >&2
    echo "set PORTAL_TEST_PG_URL=postgres://USER:PASSWORD@127.0.0.1:5432 (a user allowed to CREATE DATABASE)." >&2
    [[ -n "${PORTAL_TEST_PG_URL:-}" ]] || exit 1
  fi
fi
say "tools ready"
