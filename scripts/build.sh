#!/usr/bin/env bash
# Builds the release bundle into dist/ (sets up tools first): the full app (www/index.html) and
# the participant page (www/join.html, a small bundle of its own that join links open), then
# runs wasm-opt on the app's wasm (scripts/optimize-wasm.mjs: its functions in an order that
# compresses better), minifies wasm-bindgen's JS (scripts/minify-js.mjs: terser; short names for
# what the wasm and the JS call each other by; new names and integrity values in the pages), writes the service worker and the exact Content-Security-Policy header in
# dist/csp-header.txt. Copy dist/ to any static host. Trunk 0.21 builds one page per run and
# empties its output folder first, so the participant page is built beside it and copied in.
# Usage: bash scripts/build.sh [dist-dir]   (NVK_SET_UP=1: the tools are set up already)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${1:-dist}"
JOIN="$ROOT/target/join-dist"
[ "${NVK_SET_UP:-}" = 1 ] || bash "$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
source "$ROOT/scripts/release-env.sh"
trunk build --release --offline --dist "$DIST" www/index.html
trunk build --release --offline --dist "$JOIN" --html-output join.html www/join.html
cp "$JOIN"/join.html "$JOIN"/participant-* "$DIST"/
# The participant page's stylesheets are the app's own files, under the same hashed names.
cp "$JOIN"/*.css "$DIST"/
# The app's wasm: wasm-opt with its functions in an order that compresses better (trunk's is off for it).
node scripts/optimize-wasm.mjs "$DIST"
# After both builds (the pages name the JS it renames), before the worker and the CSP (they read the result).
node scripts/minify-js.mjs "$DIST"
node scripts/service-worker.mjs "$DIST"
node scripts/csp.mjs "$DIST"
