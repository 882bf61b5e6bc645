//! Interface text with values in it, one exhaustive `match` per language each.

use kompass_core::{ActionStatus, ItemKind, Lang, Level, Rating};

pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Sv => format!("Steg {n} av {total}"),
        Lang::En => format!("Step {n} of {total}"),
    }
}

pub fn item_position(lang: Lang, kind: ItemKind, i: usize, n: usize) -> String {
    match (lang, kind) {
        (Lang::Sv, ItemKind::Shift) => format!("Förflyttning {i} av {n}"),
        (Lang::Sv, ItemKind::Factor) => format!("Faktor {i} av {n}"),
        (Lang::En, ItemKind::Shift) => format!("Shift {i} of {n}"),
        (Lang::En, ItemKind::Factor) => format!("Factor {i} of {n}"),
    }
}

pub fn target_legend(lang: Lang, horizon: Option<u16>) -> String {
    match (lang, horizon) {
        (Lang::Sv, Some(year)) => format!("Vart vill ni ha nått år {year}?"),
        (Lang::Sv, None) => "Vart vill ni nå?".to_owned(),
        (Lang::En, Some(year)) => format!("Where do you want to be by {year}?"),
        (Lang::En, None) => "Where do you want to be?".to_owned(),
    }
}

/// The five steps of the scale for a shift (1 = as in FRÅN … 5 = TILL is everyday practice).
pub fn shift_level(lang: Lang, level: Level) -> &'static str {
    match (lang, level.get()) {
        (Lang::Sv, 1) => "Vi arbetar som i FRÅN",
        (Lang::Sv, 2) => "Enstaka steg mot TILL",
        (Lang::Sv, 3) => "Både FRÅN och TILL förekommer",
        (Lang::Sv, 4) => "TILL är det vanliga",
        (Lang::Sv, _) => "TILL är vardag, överallt",
        (Lang::En, 1) => "We work as in FROM",
        (Lang::En, 2) => "Occasional steps toward TO",
        (Lang::En, 3) => "FROM and TO both occur",
        (Lang::En, 4) => "TO is the usual way",
        (Lang::En, _) => "TO is everyday practice, everywhere",
    }
}

/// The five maturity steps for a success factor.
pub fn factor_level(lang: Lang, level: Level) -> &'static str {
    match (lang, level.get()) {
        (Lang::Sv, 1) => "Inte påbörjat",
        (Lang::Sv, 2) => "Påbörjat",
        (Lang::Sv, 3) => "Delvis på plats",
        (Lang::Sv, 4) => "Etablerat",
        (Lang::Sv, _) => "Hållbart och integrerat",
        (Lang::En, 1) => "Not started",
        (Lang::En, 2) => "Started",
        (Lang::En, 3) => "Partly in place",
        (Lang::En, 4) => "Established",
        (Lang::En, _) => "Sustained and integrated",
    }
}

pub fn level_text(lang: Lang, kind: ItemKind, level: Level) -> &'static str {
    match kind {
        ItemKind::Shift => shift_level(lang, level),
        ItemKind::Factor => factor_level(lang, level),
    }
}

pub fn status_name(lang: Lang, status: ActionStatus) -> &'static str {
    use super::{t, T};
    t(
        lang,
        match status {
            ActionStatus::Planned => T::StatusPlanned,
            ActionStatus::InProgress => T::StatusInProgress,
            ActionStatus::Done => T::StatusDone,
        },
    )
}

/// A rating for tables: the level's number, "Vet ej", or a dash.
pub fn rating_text(lang: Lang, rating: Option<Rating>) -> String {
    use super::{t, T};
    match rating {
        Some(Rating::Level(l)) => l.get().to_string(),
        Some(Rating::DontKnow) => t(lang, T::DontKnow).to_owned(),
        None => t(lang, T::NotAnswered).to_owned(),
    }
}

pub fn goal_heading(lang: Lang, horizon: Option<u16>) -> String {
    match (lang, horizon) {
        (Lang::Sv, Some(year)) => format!("Mot målbilden {year}"),
        (Lang::Sv, None) => "Mot målbilden".to_owned(),
        (Lang::En, Some(year)) => format!("Toward the {year} target picture"),
        (Lang::En, None) => "Toward the target picture".to_owned(),
    }
}

pub fn percent(lang: Lang, p: u32) -> String {
    match lang {
        Lang::Sv => format!("{p} %"),
        Lang::En => format!("{p}%"),
    }
}

pub fn share_of_way(lang: Lang, p: u32) -> String {
    match lang {
        Lang::Sv => format!("{p} % av vägen från FRÅN till TILL"),
        Lang::En => format!("{p}% of the way from FROM to TO"),
    }
}

pub fn target_share(lang: Lang, p: u32) -> String {
    match lang {
        Lang::Sv => format!("Mål: {p} %"),
        Lang::En => format!("Target: {p}%"),
    }
}

pub fn based_on(lang: Lang, rated: usize, total: usize) -> String {
    match lang {
        Lang::Sv => format!("Bygger på {rated} av {total} områden"),
        Lang::En => format!("Based on {rated} of {total} items"),
    }
}

pub fn gap_steps(lang: Lang, steps: i8) -> String {
    match lang {
        Lang::Sv => format!("+{steps} steg"),
        Lang::En if steps == 1 => "+1 step".to_owned(),
        Lang::En => format!("+{steps} steps"),
    }
}

pub fn chart_title(lang: Lang, subject: &str) -> String {
    match lang {
        Lang::Sv => format!("{subject}: i dag och mål"),
        Lang::En => format!("{subject}: today and target"),
    }
}

/// What the trend says about reaching the target `target` (in %).
pub fn projection_text(
    lang: Lang,
    outcome: kompass_core::results::projection::Outcome,
    horizon: Option<u16>,
    target: u32,
) -> String {
    use kompass_core::results::projection::Outcome as O;
    let h = horizon.unwrap_or(0);
    match (lang, outcome) {
        (Lang::Sv, O::TooFew) => {
            "Minst två daterade bedömningar behövs för att visa en trend.".to_owned()
        }
        (Lang::Sv, O::Reached) => format!("Målet ({target} %) är nått."),
        (Lang::Sv, O::Flat) => format!(
            "Ingen tydlig förändring över tid: i den här takten nås inte målet ({target} %)."
        ),
        (Lang::Sv, O::Falling) => {
            format!("Trenden går nedåt: i den här takten nås inte målet ({target} %).")
        }
        (Lang::Sv, O::ReachedIn(y)) => format!(
            "I den här takten nås målet ({target} %) år {}.",
            y.floor() as i32
        ),
        (Lang::Sv, O::NotByHorizon(y)) => format!(
            "I den här takten nås målet ({target} %) inte före {h}, utan först omkring {}.",
            y.floor() as i32
        ),
        (Lang::En, O::TooFew) => {
            "At least two dated assessments are needed to show a trend.".to_owned()
        }
        (Lang::En, O::Reached) => format!("The target ({target}%) is reached."),
        (Lang::En, O::Flat) => format!(
            "No clear change over time: at this pace the target ({target}%) is not reached."
        ),
        (Lang::En, O::Falling) => {
            format!("The trend is downward: at this pace the target ({target}%) is not reached.")
        }
        (Lang::En, O::ReachedIn(y)) => format!(
            "At this pace the target ({target}%) is reached in {}.",
            y.floor() as i32
        ),
        (Lang::En, O::NotByHorizon(y)) => format!(
            "At this pace the target ({target}%) is not reached before {h}, only around {}.",
            y.floor() as i32
        ),
    }
}

/// The change of a goal-area index since the previous assessment, in percentage points.
pub fn since_last(lang: Lang, delta: i32, date: &str) -> String {
    match (lang, delta) {
        (Lang::Sv, 0) => format!("Sedan förra gången ({date}): oförändrat"),
        (Lang::Sv, d) if d > 0 => format!("Sedan förra gången ({date}): +{d} procentenheter"),
        (Lang::Sv, d) => format!("Sedan förra gången ({date}): −{} procentenheter", -d),
        (Lang::En, 0) => format!("Since last time ({date}): unchanged"),
        (Lang::En, d) if d > 0 => format!("Since last time ({date}): +{d} percentage points"),
        (Lang::En, d) => format!("Since last time ({date}): −{} percentage points", -d),
    }
}

/// The previous assessment's level, shown as a hint when a new one is rated.
pub fn previous_level(lang: Lang, level: &str) -> String {
    match lang {
        Lang::Sv => format!("Förra gången: {level}"),
        Lang::En => format!("Last time: {level}"),
    }
}

pub fn level_change(lang: Lang, change: kompass_core::results::compare::Change) -> String {
    use super::{t, T};
    use kompass_core::results::compare::Change as C;
    match (lang, change) {
        (_, C::Same) => t(lang, T::Same).to_owned(),
        (_, C::Unknown) => t(lang, T::Unknown).to_owned(),
        (Lang::Sv, C::Up(n)) => format!("Upp {n} steg"),
        (Lang::Sv, C::Down(n)) => format!("Ned {n} steg"),
        (Lang::En, C::Up(n)) => format!("Up {n} {}", if n == 1 { "step" } else { "steps" }),
        (Lang::En, C::Down(n)) => format!("Down {n} {}", if n == 1 { "step" } else { "steps" }),
    }
}

pub fn history_title(lang: Lang, unit: &str) -> String {
    match lang {
        Lang::Sv => format!("Utveckling över tid: {unit}"),
        Lang::En => format!("Progress over time: {unit}"),
    }
}

pub fn compare_title(lang: Lang, from: &str, to: &str) -> String {
    match lang {
        Lang::Sv => format!("Jämförelse {from} och {to}"),
        Lang::En => format!("Comparison of {from} and {to}"),
    }
}

pub fn last_export(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Sv => format!("Senast sparad som fil {date}."),
        Lang::En => format!("Last saved as a file on {date}."),
    }
}

/// How many incoming assessments are the same as ones already here (unit, framework, date).
pub fn duplicates_found(lang: Lang, file: &str, n: usize) -> String {
    match (lang, n) {
        (Lang::Sv, 1) => format!("En bedömning i «{file}» finns redan här (samma enhet, ramverk och datum). Vad ska hända med den?"),
        (Lang::Sv, n) => format!("{n} bedömningar i «{file}» finns redan här (samma enhet, ramverk och datum). Vad ska hända med dem?"),
        (Lang::En, 1) => format!("One assessment in “{file}” is already here (same unit, framework and date). What should happen to it?"),
        (Lang::En, n) => format!("{n} assessments in “{file}” are already here (same unit, framework and date). What should happen to them?"),
    }
}

pub fn imported(lang: Lang, file: &str, n: usize) -> String {
    match lang {
        Lang::Sv => format!("{n} bedömningar lästes in från «{file}»."),
        Lang::En => format!("{n} assessments were read from “{file}”."),
    }
}

pub fn rollup_count(lang: Lang, units: usize, files: usize) -> String {
    match lang {
        Lang::Sv => format!("{units} enheter från {files} filer."),
        Lang::En => format!("{units} units from {files} files."),
    }
}

pub fn points(lang: Lang, p: f64) -> String {
    let p = p.round() as i32;
    match lang {
        Lang::Sv => format!("{p} procentenheter"),
        Lang::En => format!("{p} percentage points"),
    }
}

pub fn reading_progress(lang: Lang, i: usize, n: usize) -> String {
    match lang {
        Lang::Sv => format!("Läser in fil {i} av {n} …"),
        Lang::En => format!("Reading file {i} of {n} …"),
    }
}
