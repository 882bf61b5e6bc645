#!/usr/bin/env bash
# Builds the release bundle into dist/ (sets up tools first) and writes the exact
# Content-Security-Policy header for it to dist/csp-header.txt. Copy dist/ to any static host.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
trunk build --release --offline
node scripts/service-worker.mjs dist
node scripts/csp.mjs dist
