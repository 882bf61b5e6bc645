#!/usr/bin/env bash
# The benchmark: builds the app and a Yew hello world with the same profile, measures both in
# headless Chromium on localhost, and writes BENCHMARKS.md. Reports; fails only if it cannot measure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --test
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
NVK_SET_UP=1 bash scripts/build.sh dist
# The yardstick is built as the app is, with the standard library compiled for it.
source "$ROOT/scripts/release-env.sh"
(cd bench/hello && CARGO_TARGET_DIR="$ROOT/target/bench-hello" trunk build --release --offline --dist "$ROOT/bench/out/hello")
# Its wasm optimized and its JS minified as the app's are (scripts/build.sh does that for the app).
node scripts/optimize-wasm.mjs bench/out/hello
node scripts/minify-js.mjs bench/out/hello
# A build whose wasm keeps its names, for the list of largest functions.
wasm-bindgen --keep-debug --target web --out-dir bench/out/named target/wasm32-unknown-unknown/release/nara-vard-kompassen.wasm
wasm-opt -Oz -g bench/out/named/nara-vard-kompassen_bg.wasm -o bench/out/named/app-named.wasm
node scripts/bench/run.mjs "$@"
