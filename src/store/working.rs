//! The working file's part of the store: the handle, where it stands, what was last written and
//! a question waiting for the user. Changed only through [`WorkingEvent`]s, which the effect
//! (`use_working_file`) and the file bar's buttons dispatch.

use std::rc::Rc;

use crate::platform::working_file::FileHandle;
use kompass_core::files::transfer::ImportError;
use kompass_core::files::working::{Choice, Difference, Link, Resolution, WriteProblem, Written};
use kompass_core::Assessment;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkingFile {
    /// The browser can keep a working file (the File System Access API is there).
    pub supported: bool,
    pub handle: Option<FileHandle>,
    pub link: Link,
    /// What was last written to the file (or read from it): the base of the next comparison.
    pub last: Option<Rc<Written>>,
    /// When this browser last wrote the file (local time, `14:32`).
    pub written_at: Option<String>,
    /// The file changed elsewhere: what differs, waiting for the user's choices.
    pub question: Option<Rc<Question>>,
}

/// A file changed elsewhere: our assessments and the file's as they were compared (changes made
/// meanwhile cannot shift the positions in `diffs`; the choices apply by id), each that differs,
/// and the file as read.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub ours: Vec<Assessment>,
    pub theirs: Vec<Assessment>,
    pub diffs: Vec<Difference>,
    pub file: Written,
    /// The user's choice per difference so far (the defaults at first).
    pub choices: Vec<Choice>,
}

pub enum WorkingEvent {
    /// A file chosen on an earlier visit, not yet allowed again.
    Remembered(FileHandle, Written),
    /// Write every change to this file; `last` is what was last written to it, if known.
    Connect(FileHandle, Option<Written>),
    /// The file was written (at this local time).
    Wrote(Written, String),
    Ask(Question),
    /// The user's choice for the `usize`-th difference of the question.
    Choose(usize, Choice),
    /// The user's choices, and the file they were made against (now the base).
    Answered(Resolution, Written),
    Failed(WriteProblem),
    PutAside(ImportError),
    /// No working file any more.
    Forget,
}

impl WorkingFile {
    /// Every change is being written to the file: nothing needs saving as a file besides.
    pub fn connected(&self) -> bool {
        self.link == Link::Connected
    }

    /// This part after `event` (an `Answered` changes the workspace too: see `store.rs`).
    #[must_use]
    pub fn after(&self, event: WorkingEvent) -> WorkingFile {
        let mut next = WorkingFile {
            supported: self.supported,
            ..self.clone()
        };
        match event {
            WorkingEvent::Remembered(handle, last) => {
                next.handle = Some(handle);
                next.last = Some(Rc::new(last));
                next.link = Link::Remembered;
            }
            WorkingEvent::Connect(handle, last) => {
                next.handle = Some(handle);
                next.last = last.map(Rc::new);
                next.link = Link::Connected;
                next.question = None;
            }
            WorkingEvent::Wrote(written, at) => {
                next.last = Some(Rc::new(written));
                next.written_at = Some(at);
            }
            WorkingEvent::Ask(question) => {
                next.question = Some(Rc::new(question));
                next.link = Link::Question;
            }
            WorkingEvent::Choose(i, choice) => {
                if let Some(q) = &self.question {
                    let mut q = (**q).clone();
                    if let Some(slot) = q.choices.get_mut(i) {
                        *slot = choice;
                    }
                    next.question = Some(Rc::new(q));
                }
            }
            WorkingEvent::Answered(_, file) => {
                next.last = Some(Rc::new(file));
                next.question = None;
                next.link = Link::Connected;
            }
            WorkingEvent::Failed(problem) => next.link = Link::Failed(problem),
            WorkingEvent::PutAside(err) => {
                next.link = Link::PutAside(err);
                next.question = None;
            }
            WorkingEvent::Forget => {
                next = WorkingFile {
                    supported: self.supported,
                    ..WorkingFile::default()
                };
            }
        }
        next
    }
}
