//! Svenska: the group work's texts (opening question, word cloud, group rounds, summaries).

use std::fmt::Write as _;

use crate::i18n::{RoundsMsg as M, RoundsText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::OpeningHeading => "Inledande fråga",
        T::OpeningQuestion => "Välkommen! Vad betyder nära vård för dig?",
        T::OpeningShow => "Visa frågan på projektorn och gör ett ordmoln av svaren",
        T::AnswersLabel => "Svaren från chatten",
        T::AnswersHint => "Klistra in svaren. Ta gärna bort namn. Småord som ”och” och ”att” räknas inte, inte heller siffror.",
        T::CloudHeading => "Ordmoln",
        T::CloudCaption => "Orden i svaren och hur många gånger de finns med",
        T::ColWord => "Ord",
        T::ColCount => "Antal",
        T::CloudEmpty => "Inga ord ännu.",
        T::RoundsIntro => "Grupperna samtalar om en förflyttning per omgång utifrån två frågor. Efter varje omgång skriver varje grupp en kort sammanfattning i chatten.",
        T::RoundsOn => "Planera gruppdialoger",
        T::RoundsOff => "Ta bort gruppdialogerna",
        T::NoShifts => "Gruppdialogerna handlar om förflyttningarna, och den här workshopen skattar ingen förflyttning.",
        T::GroupsLabel => "Antal grupper",
        T::RoundsLabel => "Antal omgångar",
        T::MinutesLabel => "Minuter per omgång",
        T::PlanCaption => "Vilken förflyttning varje grupp samtalar om",
        T::ColGroup => "Grupp",
        T::Appoint => "Utse en samtalsledare och en som antecknar.",
        T::WriteSummary => "Skriv sedan en kort sammanfattning i chatten och börja med gruppens nummer, till exempel ”Grupp 3: …”. Var redo att berätta för de andra grupperna.",
        T::SummariesHeading => "Gruppernas sammanfattningar",
        T::SummariesLabel => "Klistra in chatten med sammanfattningarna",
        T::SummariesHint => "En rad som börjar med ”Grupp 3:”, ”grupp 3 -” eller ”G3:” inleder grupp 3:s text, och raderna efter hör till den. Grupp 3:s första text hamnar i omgång 1 och nästa i omgång 2, om inte raden säger ”Grupp 3, omgång 2:”. Klistra gärna in hela chatten igen – det som redan finns läggs inte till två gånger.",
        T::Sort => "Sortera sammanfattningarna",
        T::NothingSorted => "Ingen ny text hittades.",
        T::NoSummaries => "Inga sammanfattningar ännu.",
        T::AsideHeading => "Text utan grupp",
        T::AsideHelp => "Den här texten hörde inte till någon grupp i planen. Den sparas här och försvinner inte.",
        T::Clear => "Töm sammanfattningarna",
        T::ClearConfirm => "Ja, töm alla sammanfattningar",
        T::SavedWithNotes => "Sammanfattningarna sparas med anteckningarna för varje förflyttning när ni sparar det gemensamma resultatet.",
        T::SlideSummaries => "Gruppernas sammanfattningar",
        T::SlideNoSummaries => "Inga sammanfattningar om den här förflyttningen ännu.",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Round(n) => format!("Omgång {n}"),
        M::RoundOf { i, n } => format!("Gruppdialog – omgång {i} av {n}"),
        M::Groups { ranges, .. } => format!("Grupp {ranges}"),
        M::SummaryOf { group, round: None } => format!("Grupp {group}"),
        M::SummaryOf {
            group,
            round: Some(r),
        } => format!("Grupp {group}, omgång {r}"),
        M::ShiftFor { group, round } => format!("Grupp {group}, omgång {round}"),
        M::Sorted {
            sorted,
            aside,
            repeated,
        } => {
            let mut out = match sorted {
                1 => "1 sammanfattning sorterad.".to_owned(),
                n => format!("{n} sammanfattningar sorterade."),
            };
            match aside {
                0 => {}
                1 => out += " 1 stycke text utan grupp lagt åt sidan.",
                n => {
                    let _ = write!(out, " {n} stycken text utan grupp lagda åt sidan.");
                }
            }
            if repeated > 0 {
                let _ = write!(out, " {repeated} fanns redan och lades inte till igen.");
            }
            out
        }
        M::Words { words, distinct } => format!("{words} ord räknade, {distinct} olika."),
    }
}
