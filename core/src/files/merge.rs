//! The files part of the workspace: when everything was last saved as a file, and the
//! [`FileCommand`]s that mark an export and merge assessments in from a file (with undo).

use crate::assessment::records::take_id;
use crate::assessment::undo::{BeforeImport, Undo};
use crate::assessment::{Assessment, Assessments};
use crate::navigation::step::Step;
use crate::navigation::Navigation;

/// Export bookkeeping: when the data was last saved as a file, and whether it changed since.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportStatus {
    /// When everything was last saved as a file (ISO 8601 from the browser's clock).
    pub last_export: Option<String>,
    /// Data changed since the last file export (or never exported).
    pub unexported: bool,
}

/// What to do with an incoming assessment that is the same as one already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDuplicate {
    /// Keep what is there, leave the incoming one out.
    Skip,
    /// Keep both.
    KeepBoth,
    /// The incoming one takes the place of what is there (undoable).
    Replace,
}

/// Moving data in and out of files.
#[derive(Clone, Debug, PartialEq)]
pub enum FileCommand {
    /// Add assessments read from a file; ids are given anew.
    Import {
        assessments: Vec<Assessment>,
        on_duplicate: OnDuplicate,
    },
    UndoImport,
    /// Everything was saved as a file at this time.
    MarkExported(String),
}

/// Two assessments are "the same" when unit, framework and date agree.
pub fn same_assessment(a: &Assessment, b: &Assessment) -> bool {
    a.unit == b.unit && a.framework_id == b.framework_id && a.date == b.date
}

/// How many of `incoming` are the same as one of `existing` (the import's question).
pub fn count_duplicates(existing: &[Assessment], incoming: &[Assessment]) -> usize {
    incoming
        .iter()
        .filter(|a| existing.iter().any(|x| same_assessment(x, a)))
        .count()
}

impl ExportStatus {
    /// Applies `cmd`; false when it does not apply (nothing imported, nothing to undo).
    pub fn apply(
        &mut self,
        cmd: FileCommand,
        assessments: &mut Assessments,
        nav: &mut Navigation,
        undo: &mut Undo,
    ) -> bool {
        match cmd {
            FileCommand::Import {
                assessments: incoming,
                on_duplicate,
            } => import(assessments, nav, undo, incoming, on_duplicate),
            FileCommand::UndoImport => match undo.before_import.take() {
                Some(before) => {
                    assessments.list = before.assessments;
                    nav.current = before.current;
                    true
                }
                None => false,
            },
            FileCommand::MarkExported(at) => {
                self.last_export = Some(at);
                self.unexported = false;
                true
            }
        }
    }
}

/// Merges imported assessments: each gets a new id (ids are per browser), and so do its
/// actions; one that is the same as an existing assessment is skipped, kept beside it, or
/// takes its place. What was there before can be restored with `UndoImport`.
fn import(
    to: &mut Assessments,
    nav: &mut Navigation,
    undo: &mut Undo,
    incoming: Vec<Assessment>,
    on_duplicate: OnDuplicate,
) -> bool {
    let before = BeforeImport {
        assessments: to.list.clone(),
        current: nav.current.clone(),
    };
    let mut added = false;
    for mut a in incoming {
        let existing = to.list.iter().position(|x| same_assessment(x, &a));
        if existing.is_some() && on_duplicate == OnDuplicate::Skip {
            continue;
        }
        a.id = format!("a{}", take_id(&mut to.next_id));
        for action in &mut a.actions {
            action.id = take_id(&mut to.next_id);
        }
        match existing {
            Some(at) if on_duplicate == OnDuplicate::Replace => {
                if nav.current.as_deref() == Some(to.list[at].id.as_str()) {
                    nav.current = Some(a.id.clone());
                }
                to.list[at] = a;
            }
            _ => to.list.push(a),
        }
        added = true;
    }
    if added {
        if nav.current.is_none() {
            nav.current = to.list.last().map(|a| a.id.clone());
        }
        undo.before_import = Some(before);
        nav.step = Step::History;
    }
    added
}
