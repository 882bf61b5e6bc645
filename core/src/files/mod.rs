//! The user's data outside the running app: the saved form, exported and imported files,
//! merging, CSV for Excel, share links, and taking over another tab's saves.

pub mod csv;
mod merge;
pub mod saved;
pub mod share;
mod tabs;
pub mod transfer;
