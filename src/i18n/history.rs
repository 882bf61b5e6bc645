//! Keys of the history's texts: a unit's assessments, comparing two of them, the trend.

use super::{en, sv, Lang, Localize};
use kompass_core::results::compare::Change;

/// Every fixed text of the history, the comparison and the trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryText {
    UnitSwitchLabel,
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

/// History texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMsg<'a> {
    /// How an item's level changed between two assessments.
    LevelChange(Change),
    /// The trend view's heading, naming the unit.
    TrendTitle { unit: &'a str },
    /// The comparison's heading, naming the two dates.
    CompareTitle { from: &'a str, to: &'a str },
}

impl Localize for HistoryText {
    type Output = &'static str;

    fn localize(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => sv::history::text(self),
            Lang::En => en::history::text(self),
        }
    }
}

impl Localize for HistoryMsg<'_> {
    type Output = String;

    fn localize(self, lang: Lang) -> String {
        match lang {
            Lang::Sv => sv::history::message(self),
            Lang::En => en::history::message(self),
        }
    }
}
