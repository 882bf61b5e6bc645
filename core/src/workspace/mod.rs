//! Everything the user works with in this browser, composed of its parts; the commands that
//! change it, and the page it shows.

pub mod command;
mod model;

pub use model::*;
