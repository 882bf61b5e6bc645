//! The pure domain core: no yew, web-sys, gloo or wasm-bindgen in here, so all of it is
//! tested natively with plain `cargo test`.

mod answers;
pub mod assessment;
pub mod command;
pub mod compare;
pub mod config;
pub mod csv_export;
pub mod date;
pub mod framework;
pub mod history;
mod merge;
pub mod order;
pub mod presets;
pub mod projection;
pub mod qr;
pub mod radar;
pub mod rollup;
pub mod scoring;
pub mod share;
pub mod step;
pub mod storage;
mod tabs;
pub mod text;
pub mod timeline;
pub mod transfer;
pub mod validate;
pub mod workshop;
pub mod workspace;

pub use assessment::{ActionStatus, Assessment, ItemAnswer, Level, PlanAction, Rating, Which};
pub use command::{Command, NewAction};
pub use date::Date;
pub use framework::{ContextBlock, Factor, Framework, GoalArea, ItemKind, Shift};
pub use step::{step_sequence, Step};
pub use text::{Lang, Localized};
pub use validate::{parse_framework, FrameworkError};
pub use workspace::Workspace;
