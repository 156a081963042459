#!/usr/bin/env bash
# The statistics benchmark (issue #18): the public statistics page `/thong-ke` and its CSV and
# JSON for a year of 1,000,000 dossiers, on PostgreSQL and on SQLite, at 1 and 16 connections.
# The page sums the precomputed monthly rows (`monthly_stats`), never the dossiers; the target
# is a p99 under 200 ms. The data is generated once (`portal seed --synthetic 2000 --dossiers N
# --years 1`, counted into the statistics by the seeder) and kept in bench/data/ and in the
# database portal_bench_stats_<N>. Prints a Markdown table and writes bench/results/statistics.md.
#
#   bench/statistics.sh                              1,000,000 dossiers, both backends
#   BENCH_DOSSIERS=100000 BENCH_SECONDS=5 bench/statistics.sh    quicker
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/debian.sh
install_missing wrk:wrk postgresql-client:psql
scripts/setup.sh --tests >&2
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"  # wasm-opt comes from npm
say "building the release portal"
env -u RUSTFLAGS scripts/build.sh --release >&2
python3 bench/lib/statistics.py "$@"
