//! The core of Nära vård-kompassen: every rule and every computation, grouped by feature. No
//! yew, web-sys, gloo, wasm-bindgen or js-sys: this crate's `Cargo.toml` has none of them, so
//! the compiler keeps it pure and all of it is tested natively with plain `cargo test`.
//!
//! Layers, each importing only those before it: `framework`, `navigation`, `assessment`,
//! `files::merge`, `workshop`, `config`; then `workspace`, which composes their parts; then
//! `files::{saved, transfer, share}`, which write and read the whole workspace. `results` and
//! `rollup` compute from assessments and never see the workspace.

pub mod accessibility;
pub mod assessment;
pub mod config;
pub mod editor;
pub mod files;
pub mod framework;
mod json_read;
pub mod json_write;
pub mod navigation;
pub mod order;
pub mod results;
pub mod rollup;
pub mod site;
pub mod workshop;
pub mod workspace;

pub use assessment::date::Date;
pub use assessment::{
    ActionStatus, AnswerCommand, Assessment, Assessments, HistoryCommand, ItemAnswer, Level,
    NewAction, PlanAction, Rating, Which,
};
pub use files::merge::FileCommand;
pub use framework::text::{Lang, Localized};
pub use framework::validate::{parse_framework, FrameworkError};
pub use framework::{ContextBlock, Factor, Framework, GoalArea, ItemKind, Scale, Shift};
pub use navigation::step::{step_sequence, PageView, Step};
pub use navigation::NavCommand;
pub use workspace::command::Command;
pub use workspace::Workspace;
