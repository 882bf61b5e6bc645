//! Keys of the assessment's texts: framework, start page, steps, scale and action plan.

use kompass_core::{ActionStatus, ItemKind};

/// Every fixed text of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentText {
    FrameworkHint,
    FrameworkLocked,
    TargetPicture,
    HorizonYear,
    NoHorizon,
    ShiftsIntro,
    GoalAreasHeading,
    Serves,
    WhyMapped,
    Source,
    StartHeading,
    IntroShifts,
    IntroHow,
    IntroPrivacy,
    UnitLabel,
    UnitHint,
    DateLabel,
    StartButton,
    ContinueButton,
    AboutFramework,
    StepsNav,
    StepStart,
    StepActions,
    StepResults,
    Previous,
    Next,
    Answered,
    NoteLabel,
    NoteHint,
    ActionsForItem,
    AddAction,
    ActionWhat,
    ActionWho,
    ActionDue,
    ActionStatus,
    ActionItem,
    ActionWhatMissing,
    RemoveAction,
    ActionRemoved,
    NoActions,
    ActionsIntro,
    StatusPlanned,
    StatusInProgress,
    StatusDone,
}

impl AssessmentText {
    /// The name of an action's status.
    pub fn status(status: ActionStatus) -> Self {
        match status {
            ActionStatus::Planned => Self::StatusPlanned,
            ActionStatus::InProgress => Self::StatusInProgress,
            ActionStatus::Done => Self::StatusDone,
        }
    }
}

/// Assessment texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentMsg<'a> {
    /// "Steg 2 av 9" above the step navigation.
    StepOf { n: usize, total: usize },
    /// "Förflyttning 1 av 4" / "Faktor 1 av 4" above an item.
    ItemPosition { kind: ItemKind, i: usize, n: usize },
    /// The legend of the target scale, with the framework's horizon year if it has one.
    TargetLegend { horizon: Option<u16> },
    /// The previous assessment's level, shown as a hint when a new one is rated.
    PreviousLevel { level: &'a str },
}

localized_by!(AssessmentText, &'static str, assessment::text);

localized_by!(AssessmentMsg<'_>, String, assessment::message);
