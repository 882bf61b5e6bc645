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
        T::ShowFewer => "Visa färre",
        T::Print => "Skriv ut / spara som PDF",
        T::ReportNotes => "Dialog och anteckningar",
        T::ReportPlan => "Handlingsplan",
        T::ReportMadeWith => "Rapport från Nära vård-kompassen",
        T::SummaryHeading => "Sammanfattning",
        T::ReportTrend => "Utveckling över tid",
        T::NoNotes => "Inga svar på dialogfrågorna och inga anteckningar.",
        T::PlanWhat => "Åtgärd",
        T::PlanItem => "Gäller",
        T::PlanWho => "Ansvarig",
        T::PlanDue => "Klart senast",
        T::PlanStatus => "Status",
        T::PageWord => "sida",
        T::PageOf => "av",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::GoalHeading {
            horizon: Some(year),
        } => format!("Mot målbilden {year}"),
        M::GoalHeading { horizon: None } => "Mot målbilden".to_owned(),
        M::ShowAll { n } => format!("Visa alla {n}"),
        M::ReportMeta { framework, date, printed } => {
            format!("Ramverk: {framework}. Bedömningen gjordes {date}. Utskriven {printed}.")
        }
        M::SummaryStrongest { names } => format!("Starkast i dag: {}.", listed(names)),
        M::SummaryGaps { names } => format!("Störst avstånd till målet: {}.", listed(names)),
        M::SummaryActions { n: 0, .. } => "Handlingsplanen har inga åtgärder ännu.".to_owned(),
        M::SummaryActions { n: 1, done: 1 } => "Handlingsplanen har 1 åtgärd, och den är klar.".to_owned(),
        M::SummaryActions { n: 1, .. } => "Handlingsplanen har 1 åtgärd, och den är inte klar ännu.".to_owned(),
        M::SummaryActions { n, done } => format!("Handlingsplanen har {n} åtgärder. {done} av dem är klara."),
        M::SummaryRated { rated, total } => format!("{rated} av {total} frågor är skattade."),
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

/// "a", "a och b", "a, b och c".
fn listed(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} och {last}", rest.join(", ")),
    }
}
