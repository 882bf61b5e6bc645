//! What can go wrong reading the user's data: a saved workspace that cannot be read, and an
//! imported file that cannot be used. Named apart from the reading itself, so that the parts
//! that only report them (the roll-up) need not know the whole workspace.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Not JSON (at line/column).
    NotJson { line: usize, column: usize },
    /// No schema version: not something this app saved.
    NoSchema,
    /// Saved by a newer app.
    NewerSchema { found: u32, supported: u32 },
    /// JSON of the wrong shape: what is wrong, on which line (0 when not known).
    Shape { line: usize, problem: ShapeProblem },
}

/// What is wrong in JSON of the wrong shape, in terms the user can act on. The reader's own
/// words stay out of it, so that every message can be worded in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeProblem {
    /// Not an object at the top (a list, a number, a text).
    NotObject,
    /// A level outside every scale (0–10).
    Level { found: String },
    /// A date that is not a real day written YYYY-MM-DD.
    Date { found: String },
    /// A field that must be there is not.
    MissingField { field: String },
    /// A value that is not one of the words allowed there (a status, `"dont_know"` …).
    UnknownValue { found: String },
    /// A value of the wrong kind: text where a number belongs, a list where a text belongs …
    WrongType,
    /// Anything else.
    Other,
}

impl ShapeProblem {
    /// The problem in a message from the JSON reader (its position already cut off). The
    /// messages of `Level` and `Date` are the app's own (see their `TryFrom`), the rest serde's.
    pub fn from_message(message: &str) -> ShapeProblem {
        let between = |start: &str, end: char| {
            let rest = message.strip_prefix(start)?;
            Some(rest.split(end).next().unwrap_or(rest).to_owned())
        };
        if let Some(found) = message
            .strip_prefix("level ")
            .and_then(|r| r.strip_suffix(" is outside 0–10"))
        {
            ShapeProblem::Level {
                found: found.to_owned(),
            }
        } else if let Some(found) = between("invalid date \"", '"') {
            ShapeProblem::Date { found }
        } else if let Some(field) = between("missing field `", '`') {
            ShapeProblem::MissingField { field }
        } else if let Some(found) = between("unknown variant `", '`') {
            ShapeProblem::UnknownValue { found }
        } else if message.starts_with("invalid type")
            || message.starts_with("invalid value")
            || message.starts_with("invalid length")
        {
            ShapeProblem::WrongType
        } else {
            ShapeProblem::Other
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// The file could not be read as one of ours (not JSON, wrong shape, newer schema …).
    Unreadable(StoreError),
    /// The file holds no assessment.
    Empty,
    UnknownFramework {
        assessment: usize,
        id: String,
    },
    UnknownItem {
        assessment: usize,
        id: String,
    },
    /// A framework the file carries breaks the framework format's rules.
    BadFramework {
        id: String,
    },
    /// The file carries framework `id` with other content than the one already read or here
    /// (the organisation view never mixes two versions).
    OtherVersion {
        id: String,
    },
    /// A level that is not on its item's scale (a 9 where the scale is 1–5).
    LevelOffScale {
        assessment: usize,
        item: String,
        found: u8,
        min: u8,
        max: u8,
    },
}
