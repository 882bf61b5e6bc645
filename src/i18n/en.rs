//! English: the second language of the app.

use super::T;

pub fn text(key: T) -> &'static str {
    match key {
        T::AppTitle => "Nära vård-kompassen",
        T::Tagline => "Self-assessment for the transition to good and close care (nära vård)",
        T::SkipToContent => "Skip to content",
        T::LanguageGroup => "Language",
        T::FrameworkLabel => "Framework",
        T::FrameworkHint => "Choose the target picture your unit works toward.",
        T::TargetPicture => "Target picture",
        T::HorizonYear => "Horizon year",
        T::NoHorizon => "The source sets no horizon year.",
        T::ShiftsHeading => "The shifts",
        T::ShiftsIntro => "Each shift goes from a FROM to a TO.",
        T::From => "From",
        T::To => "To",
        T::DialogueQuestions => "Dialogue questions for every shift",
        T::GoalAreasHeading => "Goal areas",
        T::Serves => "Serves",
        T::WhyMapped => "Why",
        T::Source => "Source",
        T::PrivacyNote => "Everything you enter stays in this browser. Nothing is sent anywhere.",
        T::BrokenPresets => {
            "No framework could be loaded. Reload the page or contact whoever published the app."
        }
    }
}
