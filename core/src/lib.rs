//! The core of Nära vård-kompassen: every rule and every computation, grouped by feature. No
//! yew, web-sys, gloo, wasm-bindgen or js-sys: this crate's `Cargo.toml` has none of them, so
//! the compiler keeps it pure and all of it is tested natively with plain `cargo test`.

pub mod assessment;
pub mod config;
pub mod files;
pub mod framework;
pub mod order;
pub mod results;
pub mod rollup;
pub mod workshop;
pub mod workspace;

pub use assessment::date::Date;
pub use assessment::{ActionStatus, Assessment, ItemAnswer, Level, PlanAction, Rating, Which};
pub use framework::text::{Lang, Localized};
pub use framework::validate::{parse_framework, FrameworkError};
pub use framework::{ContextBlock, Factor, Framework, GoalArea, ItemKind, Shift};
pub use workspace::command::{Command, NewAction};
pub use workspace::step::{step_sequence, Step};
pub use workspace::Workspace;
