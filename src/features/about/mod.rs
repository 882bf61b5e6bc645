//! About the app: the accessibility statement, privacy, and erasing one's data.

mod about_view;
mod how_tested;
mod site_contact;
mod storage_usage;

pub use about_view::AboutView;
pub use site_contact::site_contact;
