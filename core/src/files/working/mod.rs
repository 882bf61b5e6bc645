//! The working file ("arbetsfil"): a file the user chose, written after every change in the same
//! format as "Spara som fil". The rules here decide, before each write, whether the file is still
//! as this browser left it; the browser calls live in the shell (`src/platform/working_file.rs`).

mod differences;
pub(crate) mod resolve;

pub use differences::{differences, same_content, Change, Difference};
pub use resolve::{resolve, Choice, Resolution};

use crate::assessment::Assessment;
use crate::files::transfer::{read_import, ImportError};
use crate::framework::Framework;

/// What this browser last wrote to the working file (or read from it when connecting): the
/// whole text and the file's last-modified time afterwards (milliseconds since 1970).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub text: String,
    pub modified: u64,
}

/// Whether the file on disk, by its last-modified time and size alone, is what this browser
/// wrote last; when not, its content decides ([`decide`]).
pub fn untouched(last: Option<&Written>, modified: u64, size: u64) -> bool {
    last.is_some_and(|w| w.modified == modified && w.text.len() as u64 == size)
}

/// What to do before writing, given the file's content now.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    /// The file is empty (just created) or holds exactly what this browser wrote: write.
    Write,
    /// Someone else wrote it (another computer, a colleague on a synced file): these are its
    /// assessments, to be compared with ours before anything is written.
    Theirs(Vec<Assessment>),
    /// Not a file this version can read (damaged, another kind of file, a newer version):
    /// never written over.
    PutAside(ImportError),
}

/// The decision before a write: `text` is the file's content now, `last` what this browser
/// last wrote to it (none when the file was only just chosen).
pub fn decide<F: AsRef<Framework>>(
    last: Option<&Written>,
    text: &str,
    frameworks: &[F],
) -> Decision {
    if text.trim().is_empty() || last.is_some_and(|w| w.text == text) {
        return Decision::Write;
    }
    match read_import(text, frameworks) {
        Ok(read) => Decision::Theirs(read),
        // A working file may hold no assessment (everything was deleted).
        Err(ImportError::Empty) => Decision::Theirs(Vec::new()),
        Err(e) => Decision::PutAside(e),
    }
}

/// Why writing the working file stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteProblem {
    /// The browser no longer lets the app write (permission withdrawn or not yet given again).
    Permission,
    /// The file was moved, renamed or deleted.
    Missing,
    /// The disk (or the user's quota) is full.
    DiskFull,
    /// Another program (a sync client) holds the file.
    Locked,
    /// Anything else the browser reported.
    Other,
}

impl WriteProblem {
    /// The problem behind a browser error (`DOMException.name`).
    pub fn from_error_name(name: &str) -> WriteProblem {
        match name {
            "NotAllowedError" | "SecurityError" => WriteProblem::Permission,
            "NotFoundError" => WriteProblem::Missing,
            "QuotaExceededError" => WriteProblem::DiskFull,
            "NoModificationAllowedError" | "InvalidStateError" => WriteProblem::Locked,
            _ => WriteProblem::Other,
        }
    }
}

/// Where the working file stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Link {
    /// No working file (or the browser cannot keep one).
    #[default]
    None,
    /// A file chosen on an earlier visit: one click (and the browser's question) reconnects.
    Remembered,
    /// Every change is written to the file.
    Connected,
    /// The file and this browser both changed: waiting for the user's choice per assessment.
    Question,
    /// Writing stopped; the data stays in the browser and writing resumes on reconnecting.
    Failed(WriteProblem),
    /// The file cannot be read by this version: left untouched, not written.
    PutAside(ImportError),
}
