//! Nära vård-kompassen: a self-assessment app for the Swedish nära vård transformation that
//! runs entirely in the browser. The core (`kompass_core`, in `core/`) holds every rule and
//! computation; this crate is the Yew shell that renders it.

pub mod app;
pub mod features;
pub mod hooks;
pub mod i18n;
pub mod platform;
mod router;
pub mod store;
pub mod ui;

pub use app::App;

// The app and the participant page link this crate, so this is their allocator: talc, smaller
// than the standard library's dlmalloc (README, "Bundle size"). The scanning worker keeps dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
