//! The [`AnswerCommand`]s that change the open assessment: its unit and date, answers, notes
//! and action plan.

use crate::assessment::date::Date;
use crate::assessment::records::take_id;
use crate::assessment::undo::RemovedAction;
use crate::assessment::{ActionStatus, Assessment, PlanAction, Rating, Which};
use crate::framework::Framework;

/// A new action for the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAction {
    pub item: String,
    pub what: String,
    pub who: String,
    pub due: Option<Date>,
    pub status: ActionStatus,
}

/// Changes to the open assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum AnswerCommand {
    SetUnit(String),
    SetDate(Date),
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
}

impl Assessment {
    /// Applies `cmd` to this (the open) assessment of framework `fw`; false when it does not
    /// apply (an id not in `fw`, an empty action, no such action). New action ids come from
    /// `next_id`; a removed action is kept in `removed` for undo.
    pub fn apply(
        &mut self,
        cmd: AnswerCommand,
        fw: &Framework,
        next_id: &mut u32,
        removed: &mut Option<RemovedAction>,
    ) -> bool {
        let is_item = |id: &str| fw.has_item(id);
        match cmd {
            AnswerCommand::SetUnit(unit) => self.unit = unit,
            AnswerCommand::SetDate(date) => self.date = date,
            AnswerCommand::Rate {
                item,
                which,
                rating,
            } => {
                if !is_item(&item) {
                    return false;
                }
                let answer = self.items.entry(item).or_default();
                match which {
                    Which::Now => answer.now = rating,
                    Which::Target => answer.target = rating,
                }
            }
            AnswerCommand::Answer {
                item,
                question,
                text,
            } => {
                if fw.shift(&item).is_none() || question >= fw.questions.len() {
                    return false;
                }
                let answers = &mut self.items.entry(item).or_default().answers;
                if answers.len() <= question {
                    answers.resize(question + 1, String::new());
                }
                answers[question] = text;
            }
            AnswerCommand::Note { item, text } => {
                if !is_item(&item) {
                    return false;
                }
                self.items.entry(item).or_default().note = text;
            }
            AnswerCommand::AddAction(new) => {
                if !is_item(&new.item) || new.what.trim().is_empty() {
                    return false;
                }
                self.actions.push(PlanAction {
                    id: take_id(next_id),
                    item: new.item,
                    what: new.what.trim().to_owned(),
                    who: new.who.trim().to_owned(),
                    due: new.due,
                    status: new.status,
                });
            }
            AnswerCommand::SetActionStatus { id, status } => {
                let Some(action) = self.actions.iter_mut().find(|p| p.id == id) else {
                    return false;
                };
                action.status = status;
            }
            AnswerCommand::RemoveAction(id) => {
                let Some(at) = self.actions.iter().position(|p| p.id == id) else {
                    return false;
                };
                let action = self.actions.remove(at);
                *removed = Some(RemovedAction { at, action });
            }
            AnswerCommand::UndoRemoveAction => {
                let Some(RemovedAction { at, action }) = removed.take() else {
                    return false;
                };
                let at = at.min(self.actions.len());
                self.actions.insert(at, action);
            }
        }
        true
    }
}
