//! English: the editor's texts (the user's own framework).

use kompass_core::editor::ListKind as L;
use kompass_core::FrameworkError as E;

use crate::i18n::{EditorMsg as M, EditorText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Your own framework",
        T::Intro => "Write your own target picture with goal areas, shifts and factors. Everything is kept as a draft in this browser while you write. Nothing you use changes until you choose “Use”.",
        T::StartHeading => "Your own framework",
        T::StartIntro => "Do you have a target picture of your own? Write it here in the app. You do not need to write any file.",
        T::NewEmpty => "Start with an empty framework",
        T::ContinueDraft => "Continue with the draft",
        T::AboutHeading => "About the framework",
        T::Name => "Name",
        T::Source => "Source",
        T::SourceHint => "Which document or organisation the content comes from.",
        T::Horizon => "Target year",
        T::HorizonHint => "For example 2030. Leave it empty if the target picture has no year.",
        T::TargetPicture => "Target picture",
        T::FactorsTitle => "Heading for the factors",
        T::FactorsTitleHint => "For example “Success factors” or “Statements”.",
        T::Swedish => "In Swedish",
        T::English => "In English (optional)",
        T::QuestionsHeading => "Questions for the dialogue",
        T::GoalsHeading => "Goal areas",
        T::ShiftsHeading => "Shifts",
        T::FactorsHeading => "Factors or statements",
        T::ContextHeading => "Background",
        T::GoalName => "Name",
        T::GoalSummary => "Short summary (optional)",
        T::GoalDescription => "Description (optional)",
        T::DescriptionHint => "Leave an empty line between paragraphs.",
        T::From => "FROM",
        T::To => "TO",
        T::FactorName => "Text",
        T::Serves => "Goal areas it serves",
        T::NoGoalsYet => "Add goal areas first, then you can choose them here.",
        T::Rationale => "Why (optional)",
        T::ContextTitle => "Heading",
        T::ContextItems => "Text",
        T::ItemsHint => "One point per line.",
        T::Remove => "Remove",
        T::MoveUp => "Move up",
        T::MoveDown => "Move down",
        T::Undo => "Undo",
        T::Removed => "Removed.",
        T::Use => "Use",
        T::Preview => "Preview",
        T::BackToEditing => "Back to editing",
        T::Discard => "Discard the draft",
        T::DiscardConfirm => "Do you want to discard the draft? This cannot be undone.",
        T::DiscardYes => "Yes, discard the draft",
        T::Cancel => "Cancel",
        T::SummaryHeading => "Fix this before you use the framework",
        T::ErrorPrefix => "Error: ",
        T::DraftNote => "The draft is kept in this browser while you write.",
        T::PreviewNote => "This is how the start page will show the framework.",
        T::ShowEnglish => "Also write in English",
        T::ScalesHeading => "Own scales (optional)",
        T::ScalesIntro => "Without a scale of your own, shifts and factors are rated on the app's five steps (1–5). Add a scale if you want, for example, four steps from “Not true at all” to “Completely true”, then choose it for the statements that use it.",
        T::AppScale => "The app's scale",
        T::ScaleName => "Name of the scale (optional)",
        T::Steps => "Number of steps",
        T::StartLegend => "The first step has the number",
        T::ItemScale => "Scale",
        T::OwnWording => "Describe each step in your own words for this one",
        T::ConflictHeading => "Two different frameworks with the same id",
        T::KeepBoth => "Keep both",
        T::ReplaceMine => "Replace ours with the new one",
        T::SaveFrameworkFile => "Save the framework as a file",
        T::ShareFramework => "Share the framework as a link",
        T::FrameworkLinkExplain => "The link holds the whole framework but no assessments. Whoever opens it gets the framework in their browser.",
        T::FrameworkLinkLabel => "Link to the framework",
        T::FrameworkLinkDamaged => "The link to the framework cannot be read. It may have been cut short. Ask for a new link or a file.",
        T::ListFull => "There cannot be more.",
    }
}

fn entry(kind: L) -> &'static str {
    match kind {
        L::Question => "question",
        L::GoalArea => "goal area",
        L::Shift => "shift",
        L::Factor => "factor",
        L::Context => "section",
        L::Scale => "scale",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::CopyOf(name) => format!("Start from {name}"),
        M::EditOwn(name) => format!("Change {name}"),
        M::BasedOn(name) => format!("Own framework based on {name}"),
        M::Entry(kind, n) => {
            let word = match kind {
                L::Question => "Question",
                L::GoalArea => "Goal area",
                L::Shift => "Shift",
                L::Factor => "Factor",
                L::Context => "Section",
                L::Scale => "Scale",
            };
            format!("{word} {n}")
        }
        M::Add(kind) => format!("Add {}", entry(kind)),
        M::Problem(e) => problem(e),
        M::Step(n) => format!("Step {n}"),
        M::ScaleOption { name, min, max } => format!("{name} ({min}–{max})"),
        M::FrameworkAdded(name) => format!("The framework “{name}” is now among your frameworks."),
        M::Conflict { here, there } => format!("The framework “{there}” has the same id as “{here}”, which is here already, but the content differs. Do you want to keep both or replace yours with the new one?"),
    }
}

fn problem(e: &E) -> String {
    match e {
        E::Empty { .. } => "Write a text in Swedish.".to_owned(),
        E::TooLong { max, .. } => {
            format!("The text is too long. It can be at most {max} characters.")
        }
        E::Count {
            path,
            found,
            min,
            max,
        } if found < min => match path.as_str() {
            "questions" => "Write at least one question.".to_owned(),
            "shifts" => "Add at least one shift.".to_owned(),
            _ if path.ends_with("items") => "Write at least one line.".to_owned(),
            _ => format!("At least {min} are needed."),
        },
        E::Count { max, .. } => format!("There can be at most {max}."),
        E::HorizonOutOfRange { .. } => {
            "Write a year between 2000 and 2100, or leave the field empty.".to_owned()
        }
        E::UnknownGoalArea { .. } => {
            "One of the goal areas no longer exists. Choose goal areas again.".to_owned()
        }
        _ => "Something went wrong with this part. Remove it and add it again.".to_owned(),
    }
}
