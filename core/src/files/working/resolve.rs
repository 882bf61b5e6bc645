//! The user's choice per differing assessment, turned into one change of the assessment list
//! (`FileCommand::Resolve`), undoable like an import.

use crate::assessment::records::take_id;
use crate::assessment::undo::{BeforeImport, Undo};
use crate::assessment::{Assessment, Assessments};
use crate::files::working::differences::{Change, Difference};
use crate::navigation::step::Step;
use crate::navigation::Navigation;

/// What to do with one assessment that differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep ours and add the file's beside it.
    KeepBoth,
    /// The file's version (or its deletion) wins.
    TakeTheirs,
    /// Ours stays as it is.
    KeepOurs,
}

impl Change {
    /// What is chosen until the user chooses otherwise: never a loss of anything made here.
    pub fn default_choice(self) -> Choice {
        match self {
            Change::AddedThere | Change::ChangedThere => Choice::TakeTheirs,
            Change::ChangedBoth => Choice::KeepBoth,
            Change::RemovedThere => Choice::KeepOurs,
        }
    }
}

/// The choices made, as a change of this browser's list: assessments to add, ours to replace
/// (by id) and ours to delete (by id).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolution {
    pub add: Vec<Assessment>,
    pub replace: Vec<(String, Assessment)>,
    pub remove: Vec<String>,
}

/// The change that `choices` (one per difference) make.
pub fn resolve(
    ours: &[Assessment],
    theirs: &[Assessment],
    diffs: &[Difference],
    choices: &[Choice],
) -> Resolution {
    let mut out = Resolution::default();
    for (d, &choice) in diffs.iter().zip(choices) {
        // Positions past the end (the list changed since) count as absent, never a panic.
        let (o, t) = (
            d.ours.and_then(|k| ours.get(k)),
            d.theirs.and_then(|k| theirs.get(k)),
        );
        match (choice, o, t) {
            (Choice::KeepOurs, ..) | (_, None, None) => {}
            (Choice::TakeTheirs, Some(o), None) => out.remove.push(o.id.clone()),
            (Choice::KeepBoth, Some(_), None) => {}
            (Choice::TakeTheirs, Some(o), Some(t)) => out.replace.push((o.id.clone(), t.clone())),
            (_, _, Some(t)) => out.add.push(t.clone()),
        }
    }
    out
}

/// Applies `r`: the file's assessments get this browser's ids (a replaced one keeps ours); what
/// was there before can be brought back with `UndoImport`. Where the user is stays; when the
/// open assessment was deleted (or none was open), the last one opens; a browser that had none
/// shows the list. False when nothing changed.
pub(crate) fn apply(
    r: Resolution,
    to: &mut Assessments,
    nav: &mut Navigation,
    undo: &mut Undo,
) -> bool {
    if r.add.is_empty() && r.replace.is_empty() && r.remove.is_empty() {
        return false;
    }
    let before = BeforeImport {
        assessments: to.list.clone(),
        current: nav.current.clone(),
    };
    let mut fresh = |mut a: Assessment, id: Option<String>| {
        a.id = id.unwrap_or_else(|| format!("a{}", take_id(&mut to.next_id)));
        for action in &mut a.actions {
            action.id = take_id(&mut to.next_id);
        }
        a
    };
    let mut added: Vec<Assessment> = Vec::new();
    let mut replaced: Vec<(String, Assessment)> = Vec::new();
    for (id, a) in r.replace {
        replaced.push((id.clone(), fresh(a, Some(id))));
    }
    for a in r.add {
        added.push(fresh(a, None));
    }
    for (id, mut a) in replaced {
        if let Some(there) = to.list.iter_mut().find(|x| x.id == id) {
            *there = a;
        } else {
            // Deleted here while the question was open: the file's version still comes in,
            // with an id of its own (undo may bring the deleted one back).
            a.id = format!("a{}", take_id(&mut to.next_id));
            added.push(a);
        }
    }
    to.list.retain(|a| !r.remove.contains(&a.id));
    to.list.extend(added);
    if nav
        .current
        .as_ref()
        .is_some_and(|id| !to.list.iter().any(|a| a.id == *id))
    {
        nav.current = None;
    }
    // As after an import: with none open, the last one is; a browser that had none (a file
    // opened on a new computer) shows the list of what came in.
    if nav.current.is_none() {
        nav.current = to.list.last().map(|a| a.id.clone());
    }
    if before.assessments.is_empty() {
        nav.step = Step::History;
    }
    undo.before_import = Some(before);
    true
}
