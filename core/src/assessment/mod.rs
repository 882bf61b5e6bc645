//! One assessment: levels and ratings, answers and notes, the action plan, dates, and the
//! commands that change the open assessment's answers; the list of every assessment as a part
//! of the workspace, and what undo keeps of them.

mod answers;
pub mod date;
pub mod lookup;
mod model;
pub mod records;
pub mod undo;

pub use answers::{AnswerCommand, NewAction};
pub use model::*;
pub use records::{Assessments, HistoryCommand};
pub use undo::Undo;
