//! Results of one assessment: goal-area progress, radars, lists, and what the printed report adds.

mod goal_progress;
mod report_extras;
mod results_step;

pub use goal_progress::GoalProgress;
pub use report_extras::ReportExtras;
pub use results_step::{ResultsBody, ResultsBodyProps, ResultsStep};
