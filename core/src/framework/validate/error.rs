//! Every problem a framework file can have, each with the path of the field it concerns, so the
//! app can say where to look in the user's language.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrameworkError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not JSON at all (at line/column).
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not shaped like a framework (a missing field, a wrong type).
    Shape {
        line: usize,
        column: usize,
        detail: String,
    },
    WrongFormat {
        found: String,
    },
    NewerVersion {
        found: u32,
        supported: u32,
    },
    Empty {
        path: String,
    },
    TooLong {
        path: String,
        max: usize,
    },
    BadId {
        path: String,
        id: String,
    },
    DuplicateId {
        path: String,
        id: String,
        first: String,
    },
    UnknownGoalArea {
        path: String,
        id: String,
    },
    Count {
        path: String,
        found: usize,
        min: usize,
        max: usize,
    },
    HorizonOutOfRange {
        year: u16,
    },
    /// A scale with fewer than 2 or more than 11 steps.
    ScaleSteps {
        path: String,
        found: u8,
    },
    /// A scale that starts at neither 0 nor 1.
    ScaleStart {
        path: String,
        found: u8,
    },
    /// A scale whose highest step would be over 10 (11 steps from 1): levels are 0–10.
    ScaleAboveTen {
        path: String,
        max: u8,
    },
    /// A list of step texts (a scale's labels, an item's levels) that does not have one text per
    /// step.
    StepCount {
        path: String,
        found: usize,
        steps: u8,
    },
    /// An item names a scale that is neither the framework's own nor built in.
    UnknownScale {
        path: String,
        id: String,
    },
    /// A scale of the framework's own with the id of a built-in one.
    ReservedScale {
        path: String,
        id: String,
    },
    /// Scales used in a file of format version 1, which an older app would misread.
    ScalesNeedVersion {
        path: String,
        version: u32,
    },
}
