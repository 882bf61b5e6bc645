//! About the app: the accessibility statement, privacy, and erasing one's data.

mod about_view;

pub use about_view::AboutView;
