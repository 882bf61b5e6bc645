//! The self-assessment: the start step, one step per shift or factor, the action plan, the step list.

pub mod action_form;
mod action_list;
mod actions_step;
mod framework_overview;
mod framework_picker;
mod item_step;
mod shift_card;
mod start_step;
mod step_nav;

pub use action_form::ActionForm;
pub use action_list::action_list;
pub use actions_step::actions_step;
pub use framework_overview::framework_overview;
pub use framework_picker::framework_picker;
pub use item_step::item_step;
pub use shift_card::{shift_card, ShiftCardProps};
pub use start_step::StartStep;
pub use step_nav::{step_buttons, step_nav};
