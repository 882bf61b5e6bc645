//! The files part of the workspace: when everything was last saved as a file, and the
//! [`FileCommand`]s that mark an export and merge assessments in from a file (with undo).

use crate::assessment::lookup::first_same_assessment;
use crate::assessment::records::take_id;
use crate::assessment::undo::{BeforeImport, Undo};
use crate::assessment::{Assessment, Assessments};
use crate::files::working::{self, Resolution};
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

/// What a reminder to save a file says, when there is data not in any file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileReminder<'a> {
    /// Never saved as a file.
    Never,
    /// Changed since it was last saved as a file on this day (`YYYY-MM-DD`).
    ChangedSince(&'a str),
}

impl ExportStatus {
    /// The reminder to show when `has_data`: none when everything is in a file already.
    pub fn reminder(&self, has_data: bool) -> Option<FileReminder<'_>> {
        match (&self.last_export, self.unexported && has_data) {
            (_, false) => None,
            (None, true) => Some(FileReminder::Never),
            (Some(at), true) => Some(FileReminder::ChangedSince(at.get(..10).unwrap_or(at))),
        }
    }
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
    /// The user's choices about assessments that differ from the working file's.
    Resolve(Resolution),
}

/// Two assessments are "the same" when unit, framework and date agree.
pub fn same_assessment(a: &Assessment, b: &Assessment) -> bool {
    a.unit == b.unit && a.framework_id == b.framework_id && a.date == b.date
}

/// How many of `incoming` are the same as one of `existing` (the import's question).
pub fn count_duplicates(existing: &[Assessment], incoming: &[Assessment]) -> usize {
    let e = existing.len();
    let first = first_same_assessment(e + incoming.len(), &|i| both(existing, incoming, i));
    first[e..].iter().filter(|&&f| f < e).count()
}

/// Item `i` of `list` followed by `incoming`.
fn both<'a>(list: &'a [Assessment], incoming: &'a [Assessment], i: usize) -> &'a Assessment {
    match list.get(i) {
        Some(a) => a,
        None => &incoming[i - list.len()],
    }
}

/// Where each of `incoming` goes, as if added one by one to `list`: the position it takes
/// (the list's length at the time: added after the others) or `usize::MAX` (left out). The same
/// as one there (the first such, which may be one added before it) is skipped, kept beside, or
/// replaced. One sort instead of a search per assessment: a large file stays O(n log n).
fn places(list: &[Assessment], incoming: &[Assessment], on: OnDuplicate) -> Vec<usize> {
    let e = list.len();
    if on == OnDuplicate::KeepBoth {
        // Every one is added after the others: no need to know which are the same (the sort
        // took about 90 ms of one frozen stretch for 100,000).
        return (e..e + incoming.len()).collect();
    }
    let first = first_same_assessment(e + incoming.len(), &|i| both(list, incoming, i));
    let mut places: Vec<usize> = Vec::with_capacity(incoming.len());
    let mut len = e;
    for j in 0..incoming.len() {
        let head = first[e + j];
        let place = match on {
            _ if head == e + j => len,
            OnDuplicate::Skip => usize::MAX,
            OnDuplicate::Replace if head < e => head,
            // The first incoming one of a kind was added: it has a place in the list.
            OnDuplicate::Replace => places[head - e],
            OnDuplicate::KeepBoth => len,
        };
        if place == len {
            len += 1;
        }
        places.push(place);
    }
    places
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
            FileCommand::Resolve(r) => working::resolve::apply(r, assessments, nav, undo),
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
    let places = places(&to.list, &incoming, on_duplicate);
    let mut added = false;
    for (mut a, place) in incoming.into_iter().zip(places) {
        if place == usize::MAX {
            continue;
        }
        a.id = format!("a{}", take_id(&mut to.next_id));
        for action in &mut a.actions {
            action.id = take_id(&mut to.next_id);
        }
        if let Some(there) = to.list.get_mut(place) {
            if nav.current.as_deref() == Some(there.id.as_str()) {
                nav.current = Some(a.id.clone());
            }
            *there = a;
        } else {
            to.list.push(a);
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
