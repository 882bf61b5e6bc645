//! A unit over time: its assessments, the trend toward the target, and two assessments compared.

mod compare_view;
mod goal_trend_charts;
mod history_view;
mod trend_view;

pub use compare_view::compare_view;
pub use goal_trend_charts::goal_trend_charts;
pub use history_view::HistoryView;
pub use trend_view::trend_view;
