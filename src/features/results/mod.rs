//! Results of one assessment: goal-area progress, radars, lists, and what the printed report adds.

mod goal_progress;
mod report_extras;
mod report_summary;
mod result_list;
mod results_step;

pub use goal_progress::goal_progress;
pub use report_extras::report_extras;
pub use report_summary::report_summary;
pub use result_list::result_list;
pub use results_step::{results_body, ResultsStep};
