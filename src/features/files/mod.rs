//! Files and links: save and open files, CSV, share links and the shared read-only view.

mod file_bar;
mod share;

pub use file_bar::{export_all, save_csv, FileBar};
pub use share::{SharePanel, SharedView};
