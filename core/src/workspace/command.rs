//! The commands that change a [`Workspace`](crate::workspace::Workspace): everything the user
//! can do, as data, nested by feature, so the shell only forwards them.

use crate::assessment::{AnswerCommand, HistoryCommand};
use crate::editor::EditorCommand;
use crate::files::merge::FileCommand;
use crate::framework::text::Lang;
use crate::navigation::NavCommand;
use crate::workshop::WorkshopCommand;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetLang(Lang),
    /// Moving around: the framework, the step, another unit.
    Navigate(NavCommand),
    /// Starting, opening and deleting assessments.
    History(HistoryCommand),
    /// The open assessment's unit, date, answers, notes and action plan.
    Answers(AnswerCommand),
    /// Saving as a file and importing files.
    Files(FileCommand),
    /// Forget everything ("Radera mina uppgifter"); the language stays.
    EraseAll,
    Workshop(WorkshopCommand),
    /// The own framework's draft ("Eget ramverk").
    Editor(EditorCommand),
}

impl Command {
    /// Whether the command leaves data that a reminder to save a file is about: not looking
    /// around, not the language, and not erasing everything (nothing is left to save).
    pub(crate) fn changes_data(&self) -> bool {
        match self {
            Command::SetLang(_) | Command::EraseAll => false,
            Command::Navigate(n) => matches!(n, NavCommand::ChooseFramework(_)),
            Command::History(h) => {
                !matches!(h, HistoryCommand::Open(_) | HistoryCommand::OpenUnit(_))
            }
            Command::Answers(_) => true,
            Command::Files(f) => !matches!(f, FileCommand::MarkExported(_)),
            // Only saving the consensus makes an assessment that a file should hold.
            Command::Workshop(w) => matches!(w, WorkshopCommand::Save { .. }),
            // A framework put to use is data a file holds; a draft is not yet.
            Command::Editor(e) => matches!(e, EditorCommand::Use | EditorCommand::Install(_)),
        }
    }
}
