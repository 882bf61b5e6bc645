//! Yew components. They read the shared state from context or take plain props, and never
//! compute anything the domain can compute for them.

mod framework_overview;
mod framework_picker;
mod header;
mod language_switch;
mod localized;
mod shift_card;

pub use framework_overview::{FrameworkOverview, FrameworkOverviewProps};
pub use framework_picker::FrameworkPicker;
pub use header::AppHeader;
pub use language_switch::{LanguageSwitch, LanguageSwitchProps};
pub use localized::loc;
pub use shift_card::{ShiftCard, ShiftCardProps};
