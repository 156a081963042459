#!/usr/bin/env bash
# Builds the site and the server, as `cargo leptos build [--release --precompress]` would, without
# cargo-leptos (compiling it took 21 of a newcomer's first 44 minutes):
#
#   1. the browser's crate (`frontend`, feature `hydrate`) to wasm32: the dev profile, or
#      `wasm-release` (size-optimised, LTO) with --release;
#   2. wasm-bindgen writes the module and its JavaScript glue into target/site/pkg/;
#      with --release wasm-opt shrinks the module (-Oz);
#   3. the stylesheet (style/main.css) and public/'s files are copied beside them;
#   4. scripts/site-files.mjs names /pkg/'s files by a hash of their content, lists the hashes in
#      hash.txt beside the server (where Leptos and server/src/http/assets.rs read them) and,
#      with --release, writes a brotli and a gzip copy of every site file;
#   5. the server (`portal`, feature `ssr`).
#
# The debug build uses the flags and output name of the test command (`--cfg erase_components`,
# LEPTOS_OUTPUT_NAME=portal), so it reuses the crates `cargo test` compiled. The settings mirror
# [[workspace.metadata.leptos]] in Cargo.toml, which cargo-leptos still reads for `cargo leptos
# watch` (optional, for a quick edit-reload loop).
#
#   scripts/build.sh             debug: target/debug/portal, target/site
#   scripts/build.sh --release   release: target/release/portal, target/site (precompressed)
#   scripts/build.sh --release --site-only    the site alone (the server reads it at start)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

release=false site_only=false
for arg in "$@"; do
  case "$arg" in
    --release) release=true ;;
    --site-only) site_only=true ;;
    *) echo "unknown argument: $arg (scripts/build.sh [--release] [--site-only])" >&2; exit 2 ;;
  esac
done

# Leptos reads the output name at compile time: it names the wasm and script the page loads.
export LEPTOS_OUTPUT_NAME=portal
site=target/site
pkg=$site/pkg
if $release; then
  profile_dir=release wasm_profile=wasm-release wasm_dir=wasm-release cargo_profile=(--release)
else
  profile_dir=debug wasm_profile=dev wasm_dir=debug cargo_profile=()
  # As cargo-leptos' debug build: smaller debug artefacts, quicker compiles.
  export RUSTFLAGS="${RUSTFLAGS:-} --cfg erase_components"
fi
step() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

step "compiling the browser's crate (wasm32, profile $wasm_profile)"
cargo build --locked -p frontend --lib --target wasm32-unknown-unknown --no-default-features --features hydrate \
  --profile "$wasm_profile"

step "writing the site to $site"
# The site is written aside and moved into place at the end, so a running server never reads a
# half-written folder at start, and no file of an earlier build lingers.
mkdir -p target
next=$(mktemp -d target/site.next.XXXXXX)
trap 'rm -rf "$next"' EXIT
chmod 755 "$next"
mkdir -p "$next/pkg"
wasm-bindgen --target web --no-typescript --out-name portal --out-dir "$next/pkg" \
  "target/wasm32-unknown-unknown/$wasm_dir/frontend.wasm"
# Leptos loads `<name>.wasm`, not wasm-bindgen's `<name>_bg.wasm`.
mv "$next/pkg/portal_bg.wasm" "$next/pkg/portal.wasm"
if $release; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$next/pkg/portal.wasm" -o "$next/pkg/portal.wasm"
fi
cp style/main.css "$next/pkg/portal.css"
cp -R public/. "$next/"
precompress=$($release && echo --precompress || true)
node scripts/site-files.mjs "$next" "target/$profile_dir/hash.txt" $precompress
# The one site folder is served by whichever build runs (debug or release), so both read the
# same hash file: otherwise the other build would name files of an earlier site.
for other in debug release; do
  [[ $other == "$profile_dir" ]] || { mkdir -p "target/$other"; cp "target/$profile_dir/hash.txt" "target/$other/hash.txt"; }
done
# Swapped in with two renames, so the site is never missing for long.
[[ -d $site ]] && mv "$site" "$next.old"
mv "$next" "$site"
rm -rf "$next.old"
trap - EXIT

if ! $site_only; then
  step "compiling the server (profile $profile_dir)"
  cargo build --locked -p server --bin portal --no-default-features --features ssr ${cargo_profile[@]+"${cargo_profile[@]}"}
fi
step "built: target/$profile_dir/portal, $site ($(du -sh "$site" | cut -f1))"
