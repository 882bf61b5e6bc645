#!/usr/bin/env bash
# Runs every test: format and lints, native domain tests, component tests in headless Chromium,
# the release build with its size budget, and end-to-end journeys with accessibility audits.
# Sets up every tool first (scripts/setup.sh --test), installing only what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --test
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"

step() { printf '\n== %s\n' "$*"; }
started=$SECONDS

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native and wasm32)"
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings

step "core tests (native: the core and the QR reader, no web dependency)"
cargo test --locked -p kompass-core -p kompass-scan

step "fuzzing the file reader for 20 seconds (libFuzzer, fuzz/)"
bash scripts/fuzz.sh 20

step "component tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test components_in_browser --test components_widgets --test components_workshop

step "release build (trunk: the app and the participant page), service worker, Content-Security-Policy"
NVK_SET_UP=1 bash scripts/build.sh dist

step "bundle sizes and their budgets (the app, the participant page)"
node scripts/bundle-size.mjs dist

step "the benchmark's median and formatting helpers, the JS minifier, the wasm optimizer (node --test)"
node --test --test-timeout=60000 scripts/bench/format.test.mjs scripts/minify-js.test.mjs scripts/optimize-wasm.test.mjs

step "end-to-end in Chromium (Playwright + axe-core)"
# A hang fails instead of running into CI's limit. Under `node --test` (Node 20) the timeout bounds
# each test file as a whole: the slowest, accessibility.test.mjs, took 146 s on 2 shared cores under
# a load of 12 (its slowest test 40 s), so 450 s leaves three times that.
node --test --test-concurrency=1 --test-timeout=450000 tests/e2e/*.test.mjs

printf '\nAll tests passed in %ss.\n' "$((SECONDS - started))"
