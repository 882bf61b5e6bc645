//! English: the assessment's texts (framework, start page, steps, scale, action plan).

use crate::i18n::{AssessmentMsg as M, AssessmentText as T};
use kompass_core::ItemKind;

pub fn text(key: T) -> &'static str {
    match key {
        T::FrameworkHint => "Choose the target picture your unit works toward.",
        T::FrameworkLocked => "The framework cannot be changed once the assessment has answers.",
        T::TargetPicture => "Target picture",
        T::HorizonYear => "Horizon year",
        T::NoHorizon => "The source sets no horizon year.",
        T::ShiftsIntro => "Each shift goes from a FROM to a TO.",
        T::GoalAreasHeading => "Goal areas",
        T::Serves => "Serves",
        T::WhyMapped => "Why",
        T::Source => "Source",
        T::StartHeading => "Where do you stand in the transition to close care?",
        T::IntroShifts => "The transition to close care is described as four shifts: from a focus on the organisation to a focus on the person and relationship, from isolated interventions to coordination around the person, from reactive to proactive and health-promoting, and from residents as passive recipients to active co-creators.",
        T::IntroHow => "Rate where your unit stands today and where you want to be, for every shift and every success factor. There are no right or wrong answers: your shared conversation is what counts. Answer \"Don't know\" when you don't know.",
        T::IntroPrivacy => "Everything is saved only in this browser, on this computer. Nothing is sent anywhere.",
        T::UnitLabel => "Unit or organisation (optional)",
        T::UnitHint => "For example Vårdcentralen Nyköping or Hemtjänsten Väst.",
        T::DateLabel => "Date of the assessment",
        T::StartButton => "Start the assessment",
        T::ContinueButton => "Continue the assessment",
        T::AboutFramework => "About the framework",
        T::StepsNav => "Steps of the assessment",
        T::StepStart => "Start",
        T::StepActions => "Action plan",
        T::StepResults => "Results",
        T::Previous => "Previous",
        T::Next => "Next",
        T::Answered => "answered",
        T::NoteLabel => "Note or evidence",
        T::NoteHint => "What is your rating based on?",
        T::ActionsForItem => "Actions",
        T::AddAction => "Add action",
        T::ActionWhat => "What is to be done?",
        T::ActionWho => "Who is responsible? (optional)",
        T::ActionDue => "Done by (optional)",
        T::ActionStatus => "Status",
        T::ActionItem => "Concerns",
        T::ActionWhatMissing => "Write what is to be done.",
        T::RemoveAction => "Remove",
        T::ActionRemoved => "The action was removed.",
        T::NoActions => "No actions yet.",
        T::ActionsIntro => "Every action of the assessment in one place. Add more here or from any step.",
        T::StatusPlanned => "Planned",
        T::StatusInProgress => "In progress",
        T::StatusDone => "Done",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::StepOf { n, total } => format!("Step {n} of {total}"),
        M::ItemPosition {
            kind: ItemKind::Shift,
            i,
            n,
        } => format!("Shift {i} of {n}"),
        M::ItemPosition {
            kind: ItemKind::Factor,
            i,
            n,
        } => format!("Factor {i} of {n}"),
        M::TargetLegend {
            horizon: Some(year),
        } => format!("Where do you want to be by {year}?"),
        M::TargetLegend { horizon: None } => "Where do you want to be?".to_owned(),
        M::PreviousLevel { level } => format!("Last time: {level}"),
    }
}
