#!/usr/bin/env bash
# Benchmark (not a test): importing a whole provincial catalog with `portal catalog import`.
# Generates N synthetic procedures (default 2,000, about a province's catalog) in one portal,
# exports them as the portal's JSON, then imports that file into an empty portal: a dry run, the
# import, and the same file again (everything unchanged). Prints the wall time and peak memory
# (GNU time) of each step, on SQLite and, if PostgreSQL answers on 127.0.0.1:5432 (or at
# BENCH_PG_URL), on PostgreSQL. Target (issue #14): under 60 s, memory bounded by the file.
#
#   bench/catalog-import.sh             uses target/release/portal if built, else target/debug/portal
#   BENCH_PROCEDURES=500 PORTAL_BIN=path bench/catalog-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PORTAL_BIN:-}
if [[ -z "$bin" ]]; then
  if [[ -x target/release/portal ]]; then bin=target/release/portal; else bin=target/debug/portal; fi
fi
[[ -x "$bin" ]] || { echo "build the portal first (cargo leptos build --release)" >&2; exit 1; }
if [[ ! -x /usr/bin/time ]]; then
  SUDO=""; if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time >/dev/null
fi
n=${BENCH_PROCEDURES:-2000}
work=$(mktemp -d)
pg_db="portal_bench_import_$$"
pg_server=${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
trap 'rm -rf "$work"; psql "$pg_server/postgres" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true' EXIT
export RUST_LOG=warn

echo "generating $n synthetic procedures and exporting them" >&2
PORTAL_DATA_DIR="$work/source" "$bin" migrate >/dev/null
PORTAL_DATA_DIR="$work/source" "$bin" seed --synthetic "$n" >/dev/null
PORTAL_DATA_DIR="$work/source" "$bin" catalog export "$work/catalog.json"
size=$(du -k "$work/catalog.json" | cut -f1)

# Runs "$@" under GNU time; prints a table row: step, seconds, peak resident memory.
measure() {
  local step=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r seconds kb <"$work/time"
  printf '| %s | %s | %s s | %s MB |\n' "$backend" "$step" "$seconds" "$((kb / 1024))"
}

run() {
  "$bin" migrate >/dev/null
  measure "dry run" "$bin" catalog import --dry-run "$work/catalog.json"
  measure "import" "$bin" catalog import "$work/catalog.json"
  measure "same file again" "$bin" catalog import "$work/catalog.json"
  grep -q "Thủ tục mới: 0; phiên bản mới: 0;" "$work/out" || { echo "the second import changed something:" >&2; cat "$work/out" >&2; exit 1; }
}

echo
echo "Importing $n procedures ($((size / 1024)) MB of JSON), $(basename "$bin") build:"
echo
echo "| backend | step | wall time | peak memory |"
echo "|---|---|---|---|"
backend=SQLite
PORTAL_DATA_DIR="$work/sqlite" run
if psql "$pg_server/postgres" -qc "CREATE DATABASE $pg_db" >/dev/null 2>&1; then
  backend=PostgreSQL
  PORTAL_DATA_DIR="$work/pg" DATABASE_URL="$pg_server/$pg_db" run
fi
