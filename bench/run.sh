#!/usr/bin/env bash
# The benchmark suite: one command, not part of the tests. Installs its tools if missing (wrk,
# nginx, GNU time from Debian; moto from PyPI; pgbench comes with PostgreSQL), builds the
# release portal, then runs bench/lib/bench.py, which prints a Markdown report and writes it to
# bench/results/latest.md. The scale data (1,000,000 dossiers on PostgreSQL and on SQLite) is
# generated on the first run, kept in bench/data/ and in the database portal_bench_<N>, and reused.
#
#   bench/run.sh                                   everything (first run: data generation too)
#   BENCH_DOSSIERS=100000 BENCH_SECONDS=5 bench/run.sh     a quicker, smaller run
#   BENCH_BACKENDS=postgres bench/run.sh          one backend
#   BENCH_PG_URL=postgres://user:pw@host:5432 bench/run.sh  another PostgreSQL server
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/debian.sh
install_missing wrk:wrk nginx-light:nginx time:/usr/bin/time postgresql-client:pgbench
scripts/setup.sh --tests >&2

export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"  # wasm-opt comes from npm
say "building the release portal"
env -u RUSTFLAGS scripts/build.sh --release >&2

# An S3-protocol server for the upload measurement.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done

BENCH_S3_ENDPOINT="http://127.0.0.1:$port" python3 bench/lib/bench.py "$@"
