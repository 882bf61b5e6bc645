//! Keys of the texts shared by the whole app: its chrome, navigation, banners and common words.

use kompass_core::Rating;

/// Every fixed text of the app's chrome and of words used by several features.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommonText {
    AppTitle,
    Tagline,
    SkipToContent,
    LanguageGroup,
    FrameworkLabel,
    ShiftsHeading,
    From,
    To,
    /// "till" between the two poles in running text.
    ToJoin,
    DialogueQuestions,
    PrivacyNote,
    BrokenPresets,
    NowLegend,
    DontKnow,
    Undo,
    SeriesNow,
    SeriesTarget,
    TableItem,
    NotAnswered,
    Saved,
    NotSaved,
    StorageUnavailable,
    StorageRefused,
    NewerInOtherTab,
    SaveAsFile,
    UnreadableKept,
    UnreadableNotKept,
    DownloadUnreadable,
    Dismiss,
    ViewsNav,
    ViewAssessment,
    ViewTrend,
    ViewHistory,
    UnnamedUnit,
    Cancel,
    ViewRollup,
    ViewWorkshop,
    CopyLink,
    Copied,
    CopyFailed,
    Close,
    UpdateReady,
    UpdateNow,
    AboutLink,
}

/// Shared texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CommonMsg {
    /// A share in per cent: "57 %" / "57%".
    Percent(u32),
    /// A difference in percentage points, rounded to a whole number.
    Points(f64),
    /// A rating for tables: the level's number, "Vet ej", or a dash.
    Rating(Option<Rating>),
    /// What a radar chart shows, for its description: the lowest and highest ring's level.
    ChartNote { min: u8, max: u8 },
}

localized_by!(CommonText, &'static str, common::text);

localized_by!(CommonMsg, String, common::message);
