//! The user's own frameworks ("Eget ramverk"): the ones put to use, kept in the workspace and
//! saved with it, and the draft being edited. Every change to a draft is an [`EditorCommand`];
//! the editor's view only renders the draft and the problems the framework validator finds.

mod apply;
pub use apply::Outcome;
mod command;
mod draft;
mod edit;
mod texts;
pub use texts::text_of;
mod problems;
mod scales;
pub use scales::ScaleCommand;

pub use command::{EditorCommand, ListKind, TextField};
pub use draft::Draft;
pub use problems::{field_id, FieldProblem};

use serde::{Deserialize, Serialize};

use crate::framework::Framework;

/// The user's own frameworks and the draft, if one is being edited.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OwnFrameworks {
    /// Frameworks put to use with "Använd", in the order they were first used.
    #[serde(default)]
    pub list: Vec<Framework>,
    /// The framework being edited; nothing in use changes until it is used.
    #[serde(default)]
    pub draft: Option<Draft>,
}

impl OwnFrameworks {
    pub fn get(&self, id: &str) -> Option<&Framework> {
        self.list.iter().find(|f| f.id == id)
    }

    /// Adds `fw`, or puts it in the place of the own framework with the same id.
    pub fn put(&mut self, fw: Framework) {
        match self.list.iter_mut().find(|f| f.id == fw.id) {
            Some(slot) => *slot = fw,
            None => self.list.push(fw),
        }
    }
}
