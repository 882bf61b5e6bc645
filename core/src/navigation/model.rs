//! The navigation part of the workspace: the framework chosen for the next assessment, the
//! open assessment and the step shown, and the [`NavCommand`]s that change them.

use crate::framework::presets::DEFAULT_PRESET;
use crate::navigation::step::Step;

/// Where the user is.
#[derive(Clone, Debug, PartialEq)]
pub struct Navigation {
    /// The framework chosen for the next assessment.
    pub framework_id: String,
    /// Id of the assessment being worked on.
    pub current: Option<String>,
    pub step: Step,
}

impl Default for Navigation {
    fn default() -> Self {
        Navigation {
            framework_id: DEFAULT_PRESET.to_owned(),
            current: None,
            step: Step::Start,
        }
    }
}

/// Moving around: choosing the framework, going to a step, leaving for another unit.
#[derive(Clone, Debug, PartialEq)]
pub enum NavCommand {
    /// The framework for the next assessment (and the open one, while it has no answers).
    ChooseFramework(String),
    GoTo(Step),
    /// Leave the current assessment to start one for another unit.
    NewUnit,
}

/// The framework id of the open assessment, which follows a new choice while it has no
/// answers; `None` when no assessment is open.
pub type OpenFramework<'a> = Option<&'a mut String>;

impl Navigation {
    /// Applies `cmd`; false when nothing changed or it does not apply. `allowed` is the
    /// workspace's verdict: the chosen framework is on offer (and the open assessment has no
    /// answers), or the step can be shown.
    pub fn apply(&mut self, cmd: NavCommand, open: OpenFramework, allowed: bool) -> bool {
        match cmd {
            NavCommand::ChooseFramework(id) => {
                if !allowed {
                    return false;
                }
                if let Some(fw) = open {
                    fw.clone_from(&id);
                }
                replace(&mut self.framework_id, id)
            }
            NavCommand::GoTo(step) => allowed && replace(&mut self.step, step),
            NavCommand::NewUnit => {
                let changed = self.current.is_some() || self.step != Step::Start;
                self.current = None;
                self.step = Step::Start;
                changed
            }
        }
    }

    /// Opens the assessment `id`: its results when it has answers, else its start.
    pub fn open(&mut self, id: String, has_answers: bool) {
        self.step = if has_answers {
            Step::Results
        } else {
            Step::Start
        };
        self.current = Some(id);
    }
}

/// Puts `value` in `slot`; whether that changed it.
pub fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}
