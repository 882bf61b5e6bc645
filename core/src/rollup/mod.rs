//! The organisation view: many units' files side by side.

mod model;

pub use model::*;
