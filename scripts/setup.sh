#!/usr/bin/env bash
# Installs what the app needs to build (and, with `--test`, to run its tests) on a fresh Debian
# machine. Installs only what is missing and reuses every tool already there at the right version,
# so a second run installs nothing. Sourced by scripts/serve.sh and scripts/test.sh.
#
#   scripts/setup.sh          build tools: wasm32 target, wasm-bindgen-cli, trunk, wasm-opt (npm binaryen)
#   scripts/setup.sh --test   also, from Debian's packages, Chromium + chromedriver for the browser tests,
#                             LibreOffice Calc (no GUI) for the CSV check and poppler-utils for the PDF
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root for: $*"; return 1; fi
}

apt_install() {
  say "installing Debian packages: $*"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Rust itself comes with the machine (rustup); nothing can download a toolchain here.
if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  say "cargo and rustup are required (install Rust with rustup first)"; exit 1
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The release wasm compiles the standard library again (scripts/release-env.sh): its source, and
# the crates it and the app depend on, are fetched now, so that the build itself runs offline.
if [ "${NVK_PLAIN_STD:-}" != 1 ]; then
  if ! rustup component list --installed | grep -q '^rust-src'; then
    say "adding the rust-src component (the standard library's source, for the release build)"
    rustup component add rust-src
  fi
  (cd "$ROOT" && RUSTC_BOOTSTRAP=1 cargo fetch --locked -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown -q)
fi

# wasm-bindgen-cli must be exactly the version in Cargo.lock. Installed without --locked:
# the registry here lacks one of its locked dependency versions.
wbg_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' "$ROOT/Cargo.lock")"
if [ -z "$wbg_version" ]; then say "no wasm-bindgen in Cargo.lock"; exit 1; fi
if ! grep -qx "wasm_bindgen = \"$wbg_version\"" "$ROOT/Trunk.toml"; then
  say "Trunk.toml [tools] wasm_bindgen must be \"$wbg_version\", the version in Cargo.lock"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg_version" ]; then
  say "installing wasm-bindgen-cli $wbg_version (about 12 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

# trunk 0.21.x (0.22 needs a newer rustc). --locked: newer dependency versions break its build.
case "$(trunk --version 2>/dev/null)" in
  "trunk 0.21."*) ;;
  *)
    say "installing trunk $TRUNK_VERSION (about 14 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls --force
    ;;
esac

# Node.js runs wasm-opt (npm binaryen) and the end-to-end tests.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
# npm packages from package-lock.json; reinstalled only when the lock file changed.
lock_sum="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$ROOT/node_modules/.lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages (binaryen, terser, playwright-core, axe-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > "$ROOT/node_modules/.lock-sum"
fi

if [ "${1:-}" = "--test" ]; then
  missing=()
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || missing+=(chromium chromium-driver)
  # LibreOffice opens the CSV export as Swedish Excel would; poppler reads the printed report.
  command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ "${#missing[@]}" -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | cut -d' ' -f1-3)"
