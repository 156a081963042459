#!/usr/bin/env bash
# Benchmark (not a test): importing a whole provincial catalog with `portal catalog import`.
# Generates N synthetic procedures (default 2,000, about a province's catalog) in one portal,
# exports them as the portal's JSON and as an XLSX spreadsheet (the national layout), then
# imports each into a portal that has the demo catalog: a dry run, the import, and the same file
# again (everything unchanged). Prints the wall time and peak memory (GNU time) of each step, on
# SQLite and, if PostgreSQL answers on 127.0.0.1:5432 (or at BENCH_PG_URL), on PostgreSQL; and
# the catalog search's latency (p50, p99 of /thu-tuc?q=…) before the import (the demo's 11
# procedures) and after it. Target (issue #14): under 60 s, memory bounded by the file.
#
#   bench/catalog-import.sh             uses target/release/portal if built, else target/debug/portal
#   BENCH_PROCEDURES=500 PORTAL_BIN=path bench/catalog-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PORTAL_BIN:-}
if [[ -z "$bin" ]]; then
  if [[ -x target/release/portal ]]; then bin=target/release/portal; else bin=target/debug/portal; fi
fi
[[ -x "$bin" ]] || { echo "build the portal first (scripts/build.sh --release)" >&2; exit 1; }
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
PORTAL_DATA_DIR="$work/source" "$bin" catalog export "$work/catalog.xlsx"
size=$(du -k "$work/catalog.json" | cut -f1)
xlsx_size=$(du -k "$work/catalog.xlsx" | cut -f1)
# A spreadsheet names agencies by code: the portal must know them first (the JSON without its
# procedures brings the synthetic province's units, agencies and fields).
python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); c["procedures"]=[]; json.dump(c,open(sys.argv[2],"w"))' \
  "$work/catalog.json" "$work/references.json"

# Latency of the catalog search: `portal serve` on the portal, 4 clients × 150 searches.
search_latency() {
  local label=$1 port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  PORTAL_LISTEN="127.0.0.1:$port" "$bin" serve >"$work/serve.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/thu-tuc" >/dev/null 2>&1 && break; sleep 0.2; done
  python3 - "$port" "$backend" "$label" <<'PY'
import sys, threading, time, urllib.parse, urllib.request
port, backend, label = sys.argv[1:]
words = ["giấy phép", "hộ tịch", "đăng ký", "khai sinh", "xây dựng", "chứng thực", "đất đai", "kinh doanh", "1.00"]
times, lock = [], threading.Lock()
def client(k):
    for i in range(150):
        q = urllib.parse.quote(words[(i + k) % len(words)])
        start = time.perf_counter()
        urllib.request.urlopen(f"http://127.0.0.1:{port}/thu-tuc?q={q}").read()
        with lock:
            times.append(time.perf_counter() - start)
threads = [threading.Thread(target=client, args=(k,)) for k in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
times.sort()
p = lambda q: times[int(q * (len(times) - 1))] * 1000
print(f"| {backend} | search, {label} | p50 {p(0.5):.1f} ms | p99 {p(0.99):.1f} ms |")
PY
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# Runs "$@" under GNU time; prints a table row: step, seconds, peak resident memory.
measure() {
  local step=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r seconds kb <"$work/time"
  printf '| %s | %s | %s s | %s MB |\n' "$backend" "$step" "$seconds" "$((kb / 1024))"
}

# Imports FILE under GNU time: a dry run, the import, the same file again (nothing changes).
import_file() {
  local kind=$1 file=$2
  measure "$kind dry run" "$bin" catalog import --dry-run "$file"
  measure "$kind import" "$bin" catalog import "$file"
  measure "$kind same file again" "$bin" catalog import "$file"
  grep -q "Thủ tục mới: 0; phiên bản mới: 0;" "$work/out" || { echo "the second import changed something:" >&2; cat "$work/out" >&2; exit 1; }
}

run() {
  "$bin" migrate >/dev/null
  "$bin" seed >/dev/null
  search_latency "before (the demo catalog)"
  import_file JSON "$work/catalog.json"
  search_latency "after ($n more procedures)"
}

run_xlsx() {
  "$bin" migrate >/dev/null
  "$bin" seed >/dev/null
  "$bin" catalog import "$work/references.json" >/dev/null
  import_file XLSX "$work/catalog.xlsx"
}

echo
echo "Importing $n procedures ($((size / 1024)) MB of JSON, ${xlsx_size} KB of XLSX), $(basename "$bin") build:"
echo
echo "| backend | step | wall time | peak memory |"
echo "|---|---|---|---|"
backend=SQLite
PORTAL_DATA_DIR="$work/sqlite" run
PORTAL_DATA_DIR="$work/sqlite-xlsx" run_xlsx
if psql "$pg_server/postgres" -qc "CREATE DATABASE $pg_db" >/dev/null 2>&1; then
  backend=PostgreSQL
  PORTAL_DATA_DIR="$work/pg" DATABASE_URL="$pg_server/$pg_db" run
  psql "$pg_server/postgres" -qc "DROP DATABASE $pg_db" >/dev/null
  psql "$pg_server/postgres" -qc "CREATE DATABASE $pg_db" >/dev/null
  PORTAL_DATA_DIR="$work/pg-xlsx" DATABASE_URL="$pg_server/$pg_db" run_xlsx
fi
