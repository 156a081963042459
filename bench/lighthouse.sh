#!/usr/bin/env bash
# Lighthouse 12 (npm lighthouse@12.2.3) on Debian's Chromium, on its default mobile profile
# (a mid-range phone, simulated slow 4G and a 4x slower CPU), against the release build on a
# fresh, seeded data folder: the six public pages a citizen meets first. Prints a Markdown table
# of the four scores and the paint timings, and keeps each page's full report (JSON) in
# bench/results/lighthouse/. Not part of the tests: scores are measurements.
#
#   bench/lighthouse.sh            builds the release site if missing, then measures
#   PORTAL_BIN=target/release/portal bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/debian.sh

scripts/setup.sh --tests >&2
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
bin=${PORTAL_BIN:-target/release/portal}
[[ -x "$bin" ]] || env -u RUSTFLAGS scripts/build.sh --release >&2

# Lighthouse lives in its own folder (it is large and only this script needs it).
tools=bench/.lighthouse
LIGHTHOUSE_VERSION=12.2.3
if [[ "$("$tools/node_modules/.bin/lighthouse" --version 2>/dev/null || true)" != "$LIGHTHOUSE_VERSION" ]]; then
  say "installing lighthouse $LIGHTHOUSE_VERSION into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
server=""
trap 'if [[ -n $server ]]; then kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; fi; rm -rf "$data"' EXIT
export PORTAL_DATA_DIR="$data" PORTAL_LISTEN="127.0.0.1:$port" PORTAL_BASE_URL="$base" RUST_LOG=warn
"$bin" migrate >/dev/null
"$bin" seed >/dev/null
"$bin" serve >"$data/portal.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.2; done

out=bench/results/lighthouse
mkdir -p "$out"
pages=(
  "home|/"
  "catalog search|/thu-tuc?q=khai+sinh"
  "a procedure|/thu-tuc/1.001193"
  "lookup|/tra-cuu"
  "sign-in|/dang-nhap"
  "register|/dang-ky"
)
reports=()
for entry in "${pages[@]}"; do
  name=${entry%%|*} path=${entry#*|}
  file="$out/$(echo "$name" | tr ' ' '-').json"
  say "lighthouse: $name ($path)"
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$base$path" \
    --quiet --output=json --output-path="$file" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync"
  reports+=("$name|$file")
done

node - "${reports[@]}" <<'EOF'
const { readFileSync } = require('node:fs');
const rows = process.argv.slice(2).map((entry) => {
  const [name, file] = entry.split('|');
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const score = (c) => Math.round(r.categories[c].score * 100);
  const ms = (a) => (r.audits[a].numericValue / 1000).toFixed(1) + ' s';
  const kb = (r.audits['total-byte-weight'].numericValue / 1024).toFixed(1) + ' KB';
  return [name, score('performance'), score('accessibility'), score('best-practices'), score('seo'),
    ms('first-contentful-paint'), ms('largest-contentful-paint'), r.audits['total-blocking-time'].displayValue,
    r.audits['cumulative-layout-shift'].displayValue, kb];
});
const head = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'transferred'];
const version = JSON.parse(readFileSync(process.argv[2].split('|')[1], 'utf8')).lighthouseVersion;
console.log(`Lighthouse ${version}, mobile profile (simulated slow 4G, 4x CPU slowdown), Debian Chromium, release build\n`);
console.log(`| ${head.join(' | ')} |`);
console.log(`|${head.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
EOF
