//! Keys of the history's texts: a unit's assessments, comparing two of them, the trend.

use kompass_core::results::compare::Change;

/// Every fixed text of the history, the comparison and the trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryText {
    UnitSwitchLabel,
    /// The search field above the unit list, when there are too many units for one list.
    UnitSearchLabel,
    NewAssessment,
    NewAssessmentHint,
    /// The date field beside "new assessment": the follow-up is dated when it is made.
    NextDateLabel,
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

/// History texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMsg<'a> {
    /// How an item's level changed between two assessments.
    LevelChange(Change),
    /// The trend view's heading, naming the unit.
    TrendTitle { unit: &'a str },
    /// What the unit list shows of the units whose name has `query` in it (all when empty).
    UnitsListed {
        listed: usize,
        matching: usize,
        query: &'a str,
    },
    /// The comparison's heading, naming the two dates.
    CompareTitle { from: &'a str, to: &'a str },
}

localized_by!(HistoryText, &'static str, history::text);

localized_by!(HistoryMsg<'_>, String, history::message);
