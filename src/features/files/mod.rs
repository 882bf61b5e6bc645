//! Files and links: save and open files, CSV, share links and the shared read-only view.

mod file_bar;
mod share;

pub use file_bar::{csv_labels, export_all, FileBar};
pub use share::{SharePanel, SharedView};
