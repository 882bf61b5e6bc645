//! Keys of the working file's texts (the file updated after every change, its status, its
//! question and its problems) and of the browser storage shown on the about page.

use kompass_core::files::working::{Change, Choice, WriteProblem};

/// Every fixed text of the working file and of browser storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkingText {
    Choose,
    Open,
    /// Why a browser without the File System Access API is not offered the working file.
    Unsupported,
    Reconnect,
    ChooseAnother,
    TryAgain,
    Stop,
    QuestionHeading,
    QuestionIntro,
    Apply,
    Here,
    InFile,
    Missing,
    Change(Change),
    Choice(Choice),
    Problem(WriteProblem),
    StorageHeading,
    Persisted,
    NotPersisted,
    UsageUnknown,
}

/// Working-file and storage texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkingMsg<'a> {
    /// Connected: the file's name and when it was last written (`None`: not yet this visit).
    Connected { file: &'a str, at: Option<&'a str> },
    /// A file from an earlier visit, not yet allowed again.
    Remembered { file: &'a str },
    /// Writing has stopped.
    Stopped { file: &'a str },
    /// The file cannot be read by this version (`newer`: written by a newer one).
    PutAside { file: &'a str, newer: bool },
    /// One side of a differing assessment: how many items answered, how many actions.
    Side { items: usize, actions: usize },
    /// Bytes used and the most allowed.
    Usage { used: u64, quota: u64 },
}

localized_by!(WorkingText, &'static str, working::text);

localized_by!(WorkingMsg<'_>, String, working::message);

/// `bytes` in whole kB, MB or GB (integers only: float formatting would add kilobytes to the
/// app).
pub(crate) fn size(bytes: u64) -> String {
    let (step, unit) = match bytes {
        0..1_000_000 => (1_000, "kB"),
        1_000_000..1_000_000_000 => (1_000_000, "MB"),
        _ => (1_000_000_000, "GB"),
    };
    format!("{} {unit}", (bytes + step / 2) / step)
}
