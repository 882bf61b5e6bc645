//! Svenska: the results' texts (summary, charts, goal areas, printed report).

use crate::i18n::{ResultsMsg as M, ResultsText as T};
use kompass_core::results::projection::Outcome as O;

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Resultat",
        T::NotRatedYet => "Inte bedömt ännu",
        T::Strongest => "Starkast i dag",
        T::Weakest => "Svagast i dag",
        T::Gaps => "Störst avstånd till målet",
        T::FindOut => "Att ta reda på (”Vet ej”)",
        T::NothingYet => "Inga skattningar ännu. Gå igenom stegen och skatta var ni står.",
        T::AllEqual => "Alla bedömda områden ligger på samma nivå.",
        T::NoGaps => "Inga mål ligger över dagens nivå.",
        T::NoFindOut => "Inga ”Vet ej”.",
        T::Print => "Skriv ut / spara som PDF",
        T::ReportNotes => "Dialog och anteckningar",
        T::ReportPlan => "Handlingsplan",
        T::ReportMadeWith => "Rapport från Nära vård-kompassen",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::GoalHeading {
            horizon: Some(year),
        } => format!("Mot målbilden {year}"),
        M::GoalHeading { horizon: None } => "Mot målbilden".to_owned(),
        M::Progress {
            area,
            now,
            target: Some(target),
        } => format!("Ni har kommit {now} % av vägen mot {area} – ert mål är {target} %."),
        M::Progress {
            area,
            now,
            target: None,
        } => format!("Ni har kommit {now} % av vägen mot {area}."),
        M::FewAnswers { rated, total } => format!(
            "Obs! Siffran bygger på få svar: {rated} av {total} frågor är skattade. Skatta fler för en säkrare bild."
        ),
        M::SingleAnswer { total } => format!(
            "Bara en av {total} frågor är skattad. Det räcker inte för en siffra – skatta fler."
        ),
        M::TargetShare(p) => format!("Mål: {p} %"),
        M::BasedOn { rated, total } => format!("{rated} av {total} skattade frågor"),
        M::GapSteps(steps) => format!("+{steps} steg"),
        M::ChartTitle { subject } => format!("{subject}: i dag och mål"),
        M::Projection {
            outcome,
            horizon,
            target,
        } => projection(outcome, horizon.unwrap_or(0), target),
        M::SinceLast { delta: 0, date } => format!("Sedan förra gången ({date}): oförändrat"),
        M::SinceLast { delta, date } if delta > 0 => {
            format!("Sedan förra gången ({date}): +{delta} procentenheter")
        }
        M::SinceLast { delta, date } => {
            format!("Sedan förra gången ({date}): −{} procentenheter", -delta)
        }
    }
}

/// What the trend says about reaching the target `target` (in %) by the horizon year `h`.
fn projection(outcome: O, h: u16, target: u32) -> String {
    match outcome {
        O::TooFew => "Minst två daterade bedömningar behövs för att visa en trend.".to_owned(),
        O::Reached => format!("Målet ({target} %) är nått."),
        O::Flat => format!(
            "Ingen tydlig förändring över tid: i den här takten nås inte målet ({target} %)."
        ),
        O::Falling => {
            format!("Trenden går nedåt: i den här takten nås inte målet ({target} %).")
        }
        O::ReachedIn(y) => format!(
            "I den här takten nås målet ({target} %) år {}.",
            y.floor() as i32
        ),
        O::NotByHorizon(y) => format!(
            "I den här takten nås målet ({target} %) inte före {h}, utan först omkring {}.",
            y.floor() as i32
        ),
        O::Rising => format!(
            "Om takten håller i sig närmar ni er målet ({target} %). När det finns tre daterade bedömningar visas vilket år målet nås."
        ),
    }
}
