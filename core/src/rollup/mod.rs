//! The organisation view: many units' files side by side.

mod model;
mod table;

pub use model::*;
pub use table::*;
