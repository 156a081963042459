#!/usr/bin/env bash
# Benchmark (not a test): the portal's peak memory growth while it refuses one 200 MB upload at
# the 20 MB limit, and while it accepts one 19 MB upload. Each case runs in a fresh server, and
# reads VmHWM (peak resident memory) from /proc before and after the upload, the peak being reset
# just before it (Linux: `echo 5 > /proc/PID/clear_refs`).
#
#   bench/upload-memory.sh            uses target/release/portal if built, else target/debug/portal
#   PORTAL_BIN=path bench/upload-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PORTAL_BIN:-}
if [[ -z "$bin" ]]; then
  if [[ -x target/release/portal ]]; then bin=target/release/portal; else bin=target/debug/portal; fi
fi
[[ -x "$bin" ]] || { echo "build the portal first (cargo leptos build --release)" >&2; exit 1; }
port=${BENCH_PORT:-3181}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# Test files: a PDF header, then zeros (the content type is sniffed from the first bytes).
make_pdf() { { printf '%%PDF-1.7\n'; head -c "$2" /dev/zero; } >"$1"; }
make_pdf "$work/big.pdf" $((200 * 1024 * 1024))
make_pdf "$work/ok.pdf" $((19 * 1024 * 1024))

kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$server/status"; }

run_case() {
  local label=$1 file=$2
  local data="$work/data-$label"
  mkdir -p "$data"
  export PORTAL_DATA_DIR="$data" PORTAL_LISTEN="127.0.0.1:$port" PORTAL_BASE_URL="$base" RUST_LOG=warn
  "$bin" migrate >/dev/null
  "$bin" seed >/dev/null
  "$bin" serve >"$data/portal.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.1; done
  local jar="$data/cookies"
  curl -s -c "$jar" -b "$jar" "$base/dang-nhap" >/dev/null
  local csrf
  csrf=$(awk '$6 == "csrf" { print $7 }' "$jar")
  curl -s -c "$jar" -b "$jar" -H "Origin: $base" -o /dev/null \
    --data-urlencode "csrf=$csrf" --data-urlencode "dinh_danh=congdan@demo.sonla.vn" \
    --data-urlencode "mat_khau=hoa ban nở trắng núi rừng Tây Bắc" "$base/dang-nhap"
  local location
  location=$(curl -s -c "$jar" -b "$jar" -H "Origin: $base" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "csrf=$csrf" --data-urlencode "thu_tuc=1.001193" "$base/ho-so/tao")
  local draft=${location#"$base"}
  local before after status
  # Reset the peak to the current size (signing in hashed a password with 19 MiB, which would
  # otherwise hide anything smaller), so the peak after the upload is the upload's own.
  echo 5 >"/proc/$server/clear_refs"
  before=$(kb VmHWM)
  status=$(curl -s -b "$jar" -H "Origin: $base" -o "$data/answer.html" -w '%{http_code}' \
    -F "csrf=$csrf" -F "hanh_dong=luu" -F "tep.2=@$file;type=application/pdf" "$base$draft" || true)
  sleep 0.5
  after=$(kb VmHWM)
  local size_mb=$(( $(stat -c %s "$file") / 1024 / 1024 ))
  awk -v l="$label" -v s="$size_mb" -v h="$status" -v b="$before" -v a="$after" 'BEGIN {
    printf "%-8s %4d MB upload -> HTTP %s; peak RSS %6.1f MB -> %6.1f MB (growth %5.1f MB)\n", l, s, h, b/1024, a/1024, (a-b)/1024 }'
  kill "$server"; wait "$server" 2>/dev/null || true
  unset server
}

echo "portal: $bin (per-file limit 20 MB)"
run_case refused "$work/big.pdf"
run_case accepted "$work/ok.pdf"
