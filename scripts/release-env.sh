# Sourced by scripts/build.sh and scripts/bench.sh before `trunk build --release`: the release
# wasm is built with the standard library compiled again for it, with panics that stop at once
# instead of formatting a message (see README, "Bundle size": about 25 KB of the full app's gzip).
#
# A panic already showed nothing to the user: the app is built with `panic = "abort"`, and on
# wasm32-unknown-unknown the standard library's message goes nowhere. What the flags remove is
# the code that formatted that message and the file names and lines it would have named.
#
# The flags are unstable options of the Rust compiler. RUSTC_BOOTSTRAP=1 lets the stable
# toolchain accept them; the component rust-src (scripts/setup.sh adds it) holds the standard
# library's source. Only the release wasm is built this way: native builds, tests and clippy are
# not. `NVK_PLAIN_STD=1` builds with the standard library as shipped, for a toolchain on which
# these options have changed (the bundle is then about 25 KB larger and over its budget).
if [ "${NVK_PLAIN_STD:-}" != 1 ]; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
fi
