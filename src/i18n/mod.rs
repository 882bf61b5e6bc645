//! User-interface text. Each language is one exhaustive `match` over [`T`], so adding a key
//! without translating it into every language does not compile.

mod en;
mod errors;
mod format;
mod sv;

pub use crate::domain::Lang;
pub use errors::{framework_error, store_error};
pub use format::*;

/// Every fixed text of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    AppTitle,
    Tagline,
    SkipToContent,
    LanguageGroup,
    FrameworkLabel,
    FrameworkHint,
    FrameworkLocked,
    TargetPicture,
    HorizonYear,
    NoHorizon,
    ShiftsHeading,
    ShiftsIntro,
    From,
    To,
    /// "till" between the two poles in running text.
    ToJoin,
    DialogueQuestions,
    GoalAreasHeading,
    Serves,
    WhyMapped,
    Source,
    PrivacyNote,
    BrokenPresets,
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
    NowLegend,
    DontKnow,
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
    StatusPlanned,
    StatusInProgress,
    StatusDone,
    RemoveAction,
    ActionRemoved,
    Undo,
    NoActions,
    ActionsIntro,
    ResultsHeading,
    NotRatedYet,
    SeriesNow,
    SeriesTarget,
    TableItem,
    Strongest,
    Weakest,
    Gaps,
    FindOut,
    NothingYet,
    AllEqual,
    NoGaps,
    NoFindOut,
    NotAnswered,
    ChartNote,
    Saved,
    NotSaved,
    StorageUnavailable,
    StorageRefused,
    SaveAsFile,
    UnreadableKept,
    UnreadableNotKept,
    DownloadUnreadable,
    Dismiss,
    ViewsNav,
    ViewAssessment,
    ViewTrend,
    ViewHistory,
    UnitLabel2,
    UnnamedUnit,
    NewAssessment,
    NewAssessmentHint,
    NewUnit,
    Open,
    DeleteAssessment,
    AssessmentDeleted,
    CurrentMarker,
    ColDate,
    ColFramework,
    ColRated,
    ColActions,
    CompareHeading,
    CompareFrom,
    CompareTo,
    CompareButton,
    ColChange,
    Same,
    Unknown,
    CompletedBetween,
    NoCompleted,
    BackToHistory,
    TrendIntro,
    TrendItemsHeading,
    TrendTableCaption,
    SeriesTrend,
    OnlyOne,
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
