//! The editor's state transitions: every [`EditorCommand`] applied to the own frameworks.

use crate::editor::command::EditorCommand;
use crate::editor::draft::Draft;
use crate::editor::edit::{add, move_entry, remove, set_serves};
use crate::editor::scales;
use crate::editor::texts::set_text;
use crate::editor::OwnFrameworks;
use crate::framework::Framework;

/// What a command did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Unchanged,
    Changed,
    /// The draft was put to use as the own framework with this id.
    Used(String),
}

impl OwnFrameworks {
    /// Applies `cmd`; `offered` finds a framework on offer by id (for a copy).
    pub fn apply<'a>(
        &mut self,
        cmd: EditorCommand,
        offered: &dyn Fn(&str) -> Option<&'a Framework>,
    ) -> Outcome {
        let changed = match cmd {
            EditorCommand::New { id } => {
                self.draft = Some(Draft::empty(id));
                true
            }
            EditorCommand::Copy { from, id } => match offered(&from) {
                Some(fw) => {
                    self.draft = Some(Draft::copy(fw, id));
                    true
                }
                None => false,
            },
            EditorCommand::Edit { id } => match self.get(&id) {
                Some(fw) => {
                    self.draft = Some(Draft::of(fw.clone()));
                    true
                }
                None => false,
            },
            EditorCommand::Discard => self.draft.take().is_some(),
            EditorCommand::Install(list) => {
                let changed = list.iter().any(|fw| self.get(&fw.id) != Some(fw));
                for fw in list {
                    self.put(fw);
                }
                changed
            }
            EditorCommand::Use => return self.use_draft(),
            cmd => match &mut self.draft {
                Some(draft) => edit_draft(draft, cmd),
                None => false,
            },
        };
        if changed {
            Outcome::Changed
        } else {
            Outcome::Unchanged
        }
    }

    /// Puts a draft with no problems to use; with problems, shows them all.
    fn use_draft(&mut self) -> Outcome {
        let Some(draft) = &mut self.draft else {
            return Outcome::Unchanged;
        };
        if !draft.problems().is_empty() {
            let first_try = !draft.tried;
            draft.tried = true;
            return if first_try {
                Outcome::Changed
            } else {
                Outcome::Unchanged
            };
        }
        let fw = draft.fw.clone();
        let id = fw.id.clone();
        self.put(fw);
        self.draft = None;
        Outcome::Used(id)
    }
}

/// One edit of the draft; the undo of the last removal lasts until the next change.
fn edit_draft(draft: &mut Draft, cmd: EditorCommand) -> bool {
    if cmd == EditorCommand::Undo {
        return match draft.removed.take() {
            Some(before) => {
                draft.fw = *before;
                true
            }
            None => false,
        };
    }
    let before = draft.fw.clone();
    let changed = match cmd {
        EditorCommand::SetText { field, lang, value } => {
            let done = set_text(&mut draft.fw, field, lang, value);
            if done {
                draft.touch(field.id(lang));
            }
            done
        }
        EditorCommand::SetHorizon(text) => {
            draft.fw.horizon = text.trim().parse().ok();
            draft.horizon_text = text;
            draft.touch("horizon".to_owned());
            true
        }
        EditorCommand::SetServes {
            kind,
            index,
            goal,
            serves,
        } => set_serves(&mut draft.fw, kind, index, &goal, serves),
        EditorCommand::Add(kind) => add(draft, kind),
        EditorCommand::Remove(kind, index) => {
            let done = remove(&mut draft.fw, kind, index);
            if done {
                draft.removed = Some(Box::new(before));
            }
            return done;
        }
        EditorCommand::Move { list, index, up } => move_entry(&mut draft.fw, list, index, up),
        EditorCommand::Scale(cmd) => scales::apply(&mut draft.fw, cmd),
        _ => false,
    };
    if changed {
        draft.removed = None;
    }
    changed
}
