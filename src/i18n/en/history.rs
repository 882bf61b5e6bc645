//! English: the history's texts (a unit's assessments, comparing two, the trend).

use crate::i18n::{HistoryMsg as M, HistoryText as T};
use kompass_core::results::compare::Change as C;

pub fn text(key: T) -> &'static str {
    match key {
        T::UnitSwitchLabel => "Unit",
        T::UnitSearchLabel => "Find a unit",
        T::NewAssessment => "New assessment for the unit",
        T::NextDateLabel => "Date of the new assessment",
        T::NewAssessmentHint => "Targets and unfinished actions carry over. You rate today's levels anew.",
        T::NewUnit => "New unit",
        T::Open => "Open",
        T::DeleteAssessment => "Delete",
        T::AssessmentDeleted => "The assessment was deleted.",
        T::CurrentMarker => "Open now",
        T::ColDate => "Date",
        T::ColFramework => "Framework",
        T::ColRated => "Rated",
        T::ColActions => "Manage",
        T::CompareHeading => "Compare two assessments",
        T::CompareFrom => "Earlier assessment",
        T::CompareTo => "Later assessment",
        T::CompareButton => "Compare",
        T::ColChange => "Change",
        T::Same => "Unchanged",
        T::Unknown => "Cannot be compared",
        T::CompletedBetween => "Actions completed in between",
        T::NoCompleted => "No actions were completed between the assessments.",
        T::BackToHistory => "Back to the assessments",
        T::TrendIntro => "The trend is a straight line through your dated assessments (least squares). It hints at the pace; it is not a forecast.",
        T::TrendItemsHeading => "Shifts and factors over time",
        T::TrendTableCaption => "Level per assessment and latest target",
        T::SeriesTrend => "Trend",
        T::OnlyOne => "There is only one assessment for this unit and framework. Make a new one later to see the progress.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::LevelChange(C::Same) => text(T::Same).to_owned(),
        M::LevelChange(C::Unknown) => text(T::Unknown).to_owned(),
        M::LevelChange(C::Up(1)) => "Up 1 step".to_owned(),
        M::LevelChange(C::Up(n)) => format!("Up {n} steps"),
        M::LevelChange(C::Down(1)) => "Down 1 step".to_owned(),
        M::LevelChange(C::Down(n)) => format!("Down {n} steps"),
        M::TrendTitle { unit } => format!("Progress over time: {unit}"),
        M::UnitsListed { listed, matching, query } => match (query, matching) {
            ("", _) => format!("The list shows {listed} of {matching} units. Type part of a name to find the others."),
            (q, 0) => format!("No unit has “{q}” in its name."),
            (q, 1) => format!("1 unit has “{q}” in its name."),
            (q, n) if listed == n => format!("{n} units have “{q}” in their names."),
            (q, n) => format!("The list shows {listed} of the {n} units that have “{q}” in their names."),
        },
        M::CompareTitle { from, to } => format!("Comparison of {from} and {to}"),
    }
}
