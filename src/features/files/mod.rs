//! Files and links: save and open files, CSV, share links and the shared read-only view.

mod file_bar;
mod file_menu;
mod incoming;
mod save_reminder;
mod share;
mod working_actions;
mod working_buttons;
mod working_notices;
mod working_question;
mod working_status;

pub use file_bar::{export_on_click, save_csv, FileBar};
pub use file_menu::file_menu;
pub use save_reminder::save_reminder;
pub use share::{share_panel, use_share_state, ShareState, SharedView};
pub use working_notices::working_notices;
pub use working_status::working_status;
