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
    /// JSON of the wrong shape, with serde's words for it.
    Shape { detail: String },
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
}
