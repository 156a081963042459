#!/usr/bin/env bash
# Benchmark (not a test): the portal's peak memory growth while it refuses one 200 MB upload at
# the 20 MB limit, while it accepts one 19 MB upload, and while eight clients at once each post a
# 500 MB text part (as the form's CSRF token to the public verification form, and as a field of a
# signed-in draft); then the sign-in rate of a real user during a flood of made-up sign-ins from
# many addresses. Each case runs in a fresh server, and reads VmHWM (peak resident memory) from
# /proc before and after, the peak being reset just before (Linux: `echo 5 > /proc/PID/clear_refs`).
# Targets (docs/SECURITY.md): text parts under 30 MB of growth; the real user always gets in.
#
#   bench/upload-memory.sh            uses target/release/portal if built, else target/debug/portal
#   PORTAL_BIN=path bench/upload-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PORTAL_BIN:-}
if [[ -z "$bin" ]]; then
  if [[ -x target/release/portal ]]; then bin=target/release/portal; else bin=target/debug/portal; fi
fi
[[ -x "$bin" ]] || { echo "build the portal first (scripts/build.sh --release)" >&2; exit 1; }
port=${BENCH_PORT:-3181}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# Test files: a PDF header, then zeros (the content type is sniffed from the first bytes).
make_pdf() { { printf '%%PDF-1.7\n'; head -c "$2" /dev/zero; } >"$1"; }
make_pdf "$work/big.pdf" $((200 * 1024 * 1024))
make_pdf "$work/ok.pdf" $((19 * 1024 * 1024))

# 500 MB of text, read by curl as a field's value (`-F name=<file`).
head -c $((500 * 1024 * 1024)) /dev/zero | tr '\0' A >"$work/text"

kb() { awk -v k="$1" '$1 == k":" { print $2 }' "/proc/$server/status"; }

start_server() {
  local data=$1
  mkdir -p "$data"
  export PORTAL_DATA_DIR="$data" PORTAL_LISTEN="127.0.0.1:$port" PORTAL_BASE_URL="$base" RUST_LOG=warn
  export PORTAL_TRUSTED_PROXIES=127.0.0.1
  "$bin" migrate >/dev/null
  "$bin" seed >/dev/null
  "$bin" serve >"$data/portal.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.1; done
}

# Signs the demo citizen in with cookie jar $1 and starts a draft: sets `csrf` (the session's
# token) and `draft` (its path).
signed_in_draft() {
  local jar=$1
  curl -s -c "$jar" -b "$jar" "$base/dang-nhap" >/dev/null
  csrf=$(awk '$6 == "csrf" { print $7 }' "$jar")
  curl -s -c "$jar" -b "$jar" -H "Origin: $base" -o /dev/null \
    --data-urlencode "csrf=$csrf" --data-urlencode "dinh_danh=congdan@demo.sonla.vn" \
    --data-urlencode "mat_khau=hoa ban nở trắng núi rừng Tây Bắc" "$base/dang-nhap"
  # Signed in, the browser's token is its session's (the server set the new cookie).
  curl -s -c "$jar" -b "$jar" "$base/ho-so" >/dev/null
  csrf=$(awk '$6 == "csrf" { print $7 }' "$jar")
  local location
  location=$(curl -s -c "$jar" -b "$jar" -H "Origin: $base" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "csrf=$csrf" --data-urlencode "thu_tuc=1.001193" "$base/ho-so/tao")
  draft=${location#"$base"}
}

stop_server() {
  kill "$server"; wait "$server" 2>/dev/null || true
  unset server
}

run_case() {
  local label=$1 file=$2
  local data="$work/data-$label"
  start_server "$data"
  local jar="$data/cookies" csrf draft
  signed_in_draft "$jar"
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
  stop_server
}

# Eight clients at once, each posting a 500 MB text part: as the CSRF token of the public
# verification form (no sign-in), and after a valid token as a field of a signed-in draft. The
# bodies are sent chunked, with no declared length, so the server has to read them to refuse
# them (a declared length over the limit is refused before reading anything).
text_parts() {
  local data="$work/data-text"
  start_server "$data"
  local jar="$data/cookies" csrf draft
  signed_in_draft "$jar"
  echo 5 >"/proc/$server/clear_refs"
  local before after codes=""
  before=$(kb VmHWM)
  local pids=()
  for i in $(seq 1 8); do
    if (( i % 2 )); then
      curl -s -o /dev/null -w '%{http_code}\n' -H "Origin: $base" -H "Transfer-Encoding: chunked" -F "csrf=<$work/text" \
        "$base/xac-thuc/000.01.50.H52-261201-0001/tep" >"$data/code-$i" 2>/dev/null &
    else
      curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" -H "Origin: $base" -H "Transfer-Encoding: chunked" -F "csrf=$csrf" \
        -F "f.ho_ten_tre=<$work/text" "$base$draft" >"$data/code-$i" 2>/dev/null &
    fi
    pids+=($!)
  done
  wait "${pids[@]}" || true
  sleep 0.5
  after=$(kb VmHWM)
  codes=$(cat "$data"/code-* | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')
  awk -v b="$before" -v a="$after" -v c="$codes" 'BEGIN {
    printf "text     8 × 500 MB text parts -> %s; peak RSS %6.1f MB -> %6.1f MB (growth %5.1f MB; target < 30 MB)\n", c, b/1024, a/1024, (a-b)/1024 }'
  stop_server
}

# A real user signing in from a new browser during a flood of made-up sign-ins from many
# addresses (through the trusted proxy's X-Forwarded-For).
sign_in_flood() {
  start_server "$work/data-flood"
  python3 bench/lib/signin_flood.py "$base" "${BENCH_FLOOD_SECONDS:-15}" 16 || true
  stop_server
}

echo "portal: $bin (per-file limit 20 MB)"
run_case refused "$work/big.pdf"
run_case accepted "$work/ok.pdf"
text_parts
sign_in_flood
