//! The commands that change a [`Workspace`](crate::workspace::Workspace): everything the user
//! can do, as data, so the shell only forwards them.

use crate::assessment::date::Date;
use crate::assessment::{ActionStatus, Assessment, Rating, Which};
use crate::files::transfer::OnDuplicate;
use crate::framework::text::Lang;
use crate::workshop::WorkshopCommand;
use crate::workspace::step::Step;

/// A new action for the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAction {
    pub item: String,
    pub what: String,
    pub who: String,
    pub due: Option<Date>,
    pub status: ActionStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetLang(Lang),
    ChooseFramework(String),
    Start {
        unit: String,
        date: Date,
    },
    SetUnit(String),
    SetDate(Date),
    GoTo(Step),
    Rate {
        item: String,
        which: Which,
        rating: Option<Rating>,
    },
    Answer {
        item: String,
        question: usize,
        text: String,
    },
    Note {
        item: String,
        text: String,
    },
    AddAction(NewAction),
    SetActionStatus {
        id: u32,
        status: ActionStatus,
    },
    RemoveAction(u32),
    UndoRemoveAction,
    /// A new assessment of the current unit, pre-filled from its latest one.
    StartNext {
        date: Date,
    },
    /// Make another assessment the current one.
    Open(String),
    Delete(String),
    UndoDelete,
    /// Leave the current assessment to start one for another unit.
    NewUnit,
    /// Add assessments read from a file; ids are given anew.
    Import {
        assessments: Vec<Assessment>,
        on_duplicate: OnDuplicate,
    },
    UndoImport,
    /// Everything was saved as a file at this time.
    MarkExported(String),
    /// Forget everything ("Radera mina uppgifter"); the language stays.
    EraseAll,
    Workshop(WorkshopCommand),
}

impl Command {
    /// Whether the command leaves data that a reminder to save a file is about: not looking
    /// around, not the language, and not erasing everything (nothing is left to save).
    pub(crate) fn changes_data(&self) -> bool {
        !matches!(
            self,
            Command::SetLang(_)
                | Command::GoTo(_)
                | Command::Open(_)
                | Command::NewUnit
                | Command::MarkExported(_)
                | Command::EraseAll
        ) && match self {
            // Only saving the consensus makes an assessment that a file should hold.
            Command::Workshop(w) => matches!(w, WorkshopCommand::Save { .. }),
            _ => true,
        }
    }
}
