//! One assessment: levels and ratings, answers and notes, the action plan, dates, and the
//! commands that change the open assessment's answers.

mod answers;
pub mod date;
mod model;

pub use model::*;
