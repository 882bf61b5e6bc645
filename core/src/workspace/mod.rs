//! Everything the user works with in this browser, composed of its parts by concern, and the
//! commands that change it.

pub mod command;
mod model;

pub use model::*;
