//! Results of one assessment: goal-area progress, radars, lists, and what the printed report adds.

mod goal_progress;
mod report_extras;
mod report_summary;
mod result_list;
mod results_step;

pub use goal_progress::GoalProgress;
pub use report_extras::ReportExtras;
pub use report_summary::{ReportSummary, ReportSummaryProps};
pub use result_list::{ResultList, ResultListProps};
pub use results_step::{ResultsBody, ResultsBodyProps, ResultsStep};
