//! Everything the user works with in this browser, the commands that change it, and the steps
//! and views it can show.

pub mod command;
mod model;
pub mod step;

pub use model::*;
