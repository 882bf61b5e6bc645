//! The user's data outside the running app: the saved form, exported and imported files,
//! merging, CSV for Excel, share links and the working file. `merge` and `csv` work on the parts of the workspace;
//! `saved`, `transfer` and `share` write and read the whole of it.

pub mod csv;
pub mod errors;
pub mod framework_link;
pub mod merge;
pub mod names;
pub mod pretty;
pub mod save_steps;
pub mod saved;
pub mod share;
pub mod steps;
pub mod transfer;
pub mod travel;
pub mod working;
