//! The commands that change the open assessment's answers, notes and action plan.

use crate::assessment::{Assessment, PlanAction, Which};
use crate::framework::Framework;
use crate::workspace::command::Command;
use crate::workspace::Workspace;

impl Workspace {
    /// Applies an answer or action-plan command to the open assessment; false when it does not
    /// apply (no assessment open, an id not in `fw`, an empty action).
    pub(crate) fn apply_answer(&mut self, cmd: Command, fw: &Framework) -> bool {
        let is_item = |id: &str| fw.has_item(id);
        match cmd {
            Command::Rate {
                item,
                which,
                rating,
            } => {
                is_item(&item)
                    && self.edit(|a| {
                        let answer = a.items.entry(item).or_default();
                        match which {
                            Which::Now => answer.now = rating,
                            Which::Target => answer.target = rating,
                        }
                    })
            }
            Command::Answer {
                item,
                question,
                text,
            } => {
                let shift = fw.shift(&item).is_some();
                shift
                    && question < fw.questions.len()
                    && self.edit(|a| {
                        let answers = &mut a.items.entry(item).or_default().answers;
                        if answers.len() <= question {
                            answers.resize(question + 1, String::new());
                        }
                        answers[question] = text;
                    })
            }
            Command::Note { item, text } => {
                is_item(&item) && self.edit(|a| a.items.entry(item).or_default().note = text)
            }
            Command::AddAction(new) => {
                if !is_item(&new.item) || new.what.trim().is_empty() || self.current.is_none() {
                    return false;
                }
                let id = self.take_id();
                self.edit(|a| {
                    a.actions.push(PlanAction {
                        id,
                        item: new.item,
                        what: new.what.trim().to_owned(),
                        who: new.who.trim().to_owned(),
                        due: new.due,
                        status: new.status,
                    })
                })
            }
            Command::SetActionStatus { id, status } => self.edit_action(id, |p| p.status = status),
            Command::RemoveAction(id) => {
                let Some(a) = self.current_mut() else {
                    return false;
                };
                let Some(at) = a.actions.iter().position(|p| p.id == id) else {
                    return false;
                };
                let removed = a.actions.remove(at);
                self.removed = Some((at, removed));
                true
            }
            Command::UndoRemoveAction => {
                let Some((at, action)) = self.removed.take() else {
                    return false;
                };
                self.edit(|a| {
                    let at = at.min(a.actions.len());
                    a.actions.insert(at, action)
                })
            }
            // The other commands are applied in workspace.rs.
            _ => false,
        }
    }

    pub(crate) fn edit(&mut self, change: impl FnOnce(&mut Assessment)) -> bool {
        match self.current_mut() {
            Some(a) => {
                change(a);
                true
            }
            None => false,
        }
    }

    fn edit_action(&mut self, id: u32, change: impl FnOnce(&mut PlanAction)) -> bool {
        self.current_mut()
            .and_then(|a| a.actions.iter_mut().find(|p| p.id == id))
            .map(change)
            .is_some()
    }
}
