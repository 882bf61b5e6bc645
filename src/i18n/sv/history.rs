//! Svenska: the history's texts (a unit's assessments, comparing two, the trend).

use crate::i18n::{HistoryMsg as M, HistoryText as T};
use kompass_core::results::compare::Change as C;

pub fn text(key: T) -> &'static str {
    match key {
        T::UnitSwitchLabel => "Enhet",
        T::UnitSearchLabel => "Sök enhet",
        T::NewAssessment => "Ny bedömning för enheten",
        T::NextDateLabel => "Datum för den nya bedömningen",
        T::NewAssessmentHint => "Målen och de åtgärder som inte är klara följer med. Nivåerna i dag skattar ni på nytt.",
        T::NewUnit => "Ny enhet",
        T::Open => "Öppna",
        T::DeleteAssessment => "Ta bort",
        T::AssessmentDeleted => "Bedömningen togs bort.",
        T::CurrentMarker => "Öppen nu",
        T::ColDate => "Datum",
        T::ColFramework => "Ramverk",
        T::ColRated => "Bedömda",
        T::ColActions => "Hantera",
        T::CompareHeading => "Jämför två bedömningar",
        T::CompareFrom => "Tidigare bedömning",
        T::CompareTo => "Senare bedömning",
        T::CompareButton => "Jämför",
        T::ColChange => "Förändring",
        T::Same => "Oförändrad",
        T::Unknown => "Kan inte jämföras",
        T::CompletedBetween => "Åtgärder som blev klara däremellan",
        T::NoCompleted => "Inga åtgärder blev klara mellan bedömningarna.",
        T::BackToHistory => "Tillbaka till bedömningarna",
        T::TrendIntro => "Trenden är en rak linje genom era daterade bedömningar (minsta kvadratmetoden). Den är en fingervisning om takten, inte en prognos.",
        T::TrendItemsHeading => "Förflyttningar och faktorer över tid",
        T::TrendTableCaption => "Nivå per bedömning och senaste mål",
        T::SeriesTrend => "Trend",
        T::OnlyOne => "Det finns bara en bedömning för den här enheten och det här ramverket. Gör en ny bedömning längre fram för att se utvecklingen.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::LevelChange(C::Same) => text(T::Same).to_owned(),
        M::LevelChange(C::Unknown) => text(T::Unknown).to_owned(),
        M::LevelChange(C::Up(n)) => format!("Upp {n} steg"),
        M::LevelChange(C::Down(n)) => format!("Ned {n} steg"),
        M::TrendTitle { unit } => format!("Utveckling över tid: {unit}"),
        M::UnitsListed { listed, matching, query } => match (query, matching) {
            ("", _) => format!("Listan visar {listed} av {matching} enheter. Skriv en del av ett namn för att hitta de andra."),
            (q, 0) => format!("Ingen enhet har ”{q}” i namnet."),
            (q, 1) => format!("1 enhet har ”{q}” i namnet."),
            (q, n) if listed == n => format!("{n} enheter har ”{q}” i namnet."),
            (q, n) => format!("Listan visar {listed} av de {n} enheter som har ”{q}” i namnet."),
        },
        M::CompareTitle { from, to } => format!("Jämförelse {from} och {to}"),
    }
}
