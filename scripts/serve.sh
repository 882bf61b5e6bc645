#!/usr/bin/env bash
# Builds the release bundle and serves the app at http://127.0.0.1:8080 (sets up tools first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
cd "$ROOT"
echo "Serving Nära vård-kompassen at http://127.0.0.1:8080/ (Ctrl-C stops)"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080 "$@"
