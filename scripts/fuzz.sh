#!/usr/bin/env bash
# Builds the libFuzzer target fuzz/fuzz_targets/import.rs on stable Rust, with the coverage
# instrumentation cargo-fuzz would add, and runs it for SECONDS (default 20) from the seed corpus.
#   bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_TO_RUN="${1:-20}"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$ROOT/fuzz"
# An explicit --target keeps the instrumentation out of build scripts and proc macros.
host="$(rustc -vV | sed -n 's/^host: //p')"
RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks" \
  cargo build --release --bin import --target "$host" --quiet
# New inputs go to a scratch corpus; the seeds in fuzz/corpus/import stay as committed.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A crash stops the run, fails this script, and leaves its input in fuzz/artifacts/.
mkdir -p artifacts
"./target/$host/release/import" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -print_final_stats=1 \
  -artifact_prefix=artifacts/ "$work" corpus/import 2>&1 | tail -n 12
