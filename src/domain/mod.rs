//! The pure domain core: no yew, web-sys, gloo or wasm-bindgen in here, so all of it is
//! tested natively with plain `cargo test`.

pub mod framework;
pub mod presets;
pub mod text;
pub mod validate;

pub use framework::{ContextBlock, Factor, Framework, GoalArea, ItemKind, Shift};
pub use text::{Lang, Localized};
pub use validate::{parse_framework, FrameworkError};
