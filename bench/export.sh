#!/usr/bin/env bash
# The export benchmark (issue #19): exporting 100,000 dossiers with 2 documents each as CSV, XLSX
# and a ZIP with the documents; prints each export's size, time, throughput (MB/s) and the peak
# memory of the process that wrote it. The data is generated once and kept in bench/data/.
# Writes bench/results/export.md.
#
#   bench/export.sh                              100,000 dossiers
#   BENCH_DOSSIERS=10000 bench/export.sh         quicker
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests >&2
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"  # wasm-opt comes from npm
echo "==> building the release portal" >&2
env -u RUSTFLAGS scripts/build.sh --release >&2
python3 bench/lib/exports.py "$@"
