//! Nära vård-kompassen: a self-assessment app for the Swedish nära vård transformation that
//! runs entirely in the browser. The core (`kompass_core`, in `core/`) holds every rule; this crate is the Yew shell.

pub mod app;
mod clipboard;
pub mod components;
mod custom_framework;
mod download;
mod file_read;
pub mod i18n;
mod join;
mod random;
pub mod state;
pub mod storage;
mod timing;
mod today;

pub use app::App;
