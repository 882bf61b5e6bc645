//! Where the user is: the framework chosen for the next assessment, the open assessment and
//! the step shown, and the commands that move between them.

mod model;
pub mod step;

pub use model::*;
