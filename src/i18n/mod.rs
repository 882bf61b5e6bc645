//! User-interface text. Each language is one exhaustive `match` over [`T`], so adding a key
//! without translating it into every language does not compile.

mod en;
mod errors;
mod sv;

pub use crate::domain::Lang;
pub use errors::framework_error;

/// Every fixed text of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    AppTitle,
    Tagline,
    SkipToContent,
    LanguageGroup,
    FrameworkLabel,
    FrameworkHint,
    TargetPicture,
    HorizonYear,
    NoHorizon,
    ShiftsHeading,
    ShiftsIntro,
    From,
    To,
    DialogueQuestions,
    GoalAreasHeading,
    Serves,
    WhyMapped,
    Source,
    PrivacyNote,
    BrokenPresets,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: T) -> &'static str {
    match lang {
        Lang::Sv => sv::text(key),
        Lang::En => en::text(key),
    }
}

/// The name of a language in that language itself (for the language switch).
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Svenska",
        Lang::En => "English",
    }
}
