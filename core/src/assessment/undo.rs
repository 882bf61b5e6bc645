//! The undo part of the workspace: what the last removal, deletion and import took away, kept
//! (never saved) so that one click can bring it back.

use crate::assessment::{Assessment, PlanAction};

/// The last undoable changes, one of each kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Undo {
    /// The last action removed from the open assessment's plan.
    pub removed: Option<RemovedAction>,
    /// The last deleted assessment.
    pub deleted: Option<DeletedAssessment>,
    /// The assessments as they were before the last import.
    pub before_import: Option<BeforeImport>,
}

/// An action removed from the plan, and its place there.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedAction {
    pub at: usize,
    pub action: PlanAction,
}

/// A deleted assessment, its place in the list, and whether it was the open one.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedAssessment {
    pub at: usize,
    pub assessment: Assessment,
    pub was_current: bool,
}

/// Every assessment and the open one's id as they were before an import.
#[derive(Clone, Debug, PartialEq)]
pub struct BeforeImport {
    pub assessments: Vec<Assessment>,
    pub current: Option<String>,
}
