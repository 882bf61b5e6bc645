//! Yew components. They read the shared state from context or take plain props, and leave
//! every computation to the domain.

pub mod action_form;
mod action_list;
mod actions_step;
mod compare_view;
mod framework_overview;
mod framework_picker;
mod goal_progress;
mod header;
mod history_view;
mod item_step;
mod language_switch;
mod localized;
mod radar_chart;
mod results_step;
mod scale_field;
mod shift_card;
mod start_step;
mod step_nav;
mod storage_banner;
mod timeline_chart;
mod trend_view;
mod view_nav;

pub use action_form::ActionForm;
pub use action_list::ActionList;
pub use actions_step::ActionsStep;
pub use compare_view::CompareView;
pub use framework_overview::{FrameworkOverview, FrameworkOverviewProps};
pub use framework_picker::FrameworkPicker;
pub use goal_progress::GoalProgress;
pub use header::AppHeader;
pub use history_view::HistoryView;
pub use item_step::ItemStep;
pub use language_switch::{LanguageSwitch, LanguageSwitchProps};
pub use localized::{item_label, item_title, loc};
pub use radar_chart::{RadarChart, RadarChartProps};
pub use results_step::ResultsStep;
pub use scale_field::{ScaleField, ScaleFieldProps};
pub use shift_card::{ShiftCard, ShiftCardProps};
pub use start_step::StartStep;
pub use step_nav::{StepButtons, StepNav};
pub use storage_banner::{SaveState, StorageBanner};
pub use timeline_chart::{TimelineChart, TimelineChartProps};
pub use trend_view::TrendView;
pub use view_nav::ViewNav;
