//! Frameworks: the model (shifts, factors, goal areas, context), bilingual text, the built-in
//! presets traced to the seeds, and validation of framework files.

mod model;
pub mod presets;
pub mod scale;
pub mod text;
pub mod validate;

pub use model::*;
pub use scale::Scale;
