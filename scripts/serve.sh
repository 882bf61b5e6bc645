#!/usr/bin/env bash
# Builds the release bundle (the app and the participant page, scripts/build.sh) and serves it
# at http://127.0.0.1:8080 (sets up tools first). `trunk serve` would serve the app's page only,
# so join links would find no participant page.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/build.sh" dist
cd "$ROOT"
exec node scripts/serve-dist.mjs dist "${1:-8080}"
