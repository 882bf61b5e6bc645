//! A unit's assessments over time: order, pre-filling the next one, and delete with undo
//! (comparison and goal-area trends: `compare_and_trends.rs`).
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::results::history::{
    of_unit, pick_units, previous, series, unit_choices, UnitChoice, UnitPick,
};
use kompass_core::{ActionStatus, Command as C, NewAction, Step, Which};
use kompass_core::{AnswerCommand, HistoryCommand};

mod support;
use support::{d, lv, started_at, three_years};

#[test]
fn assessments_are_kept_per_unit_in_date_order() {
    let (ws, fws) = three_years();
    let units: Vec<String> = unit_choices(&ws.assessments)
        .into_iter()
        .map(|c| c.unit)
        .collect();
    assert_eq!(units, ["Hemtjänsten Väst", "Vårdcentralen"]);
    let dates: Vec<String> = of_unit(&ws.assessments, "Hemtjänsten Väst")
        .iter()
        .map(|a| a.date.to_string())
        .collect();
    assert_eq!(dates, ["2024-03-01", "2025-03-01", "2026-03-01"]);
    assert_eq!(of_unit(&ws.assessments, "Vårdcentralen").len(), 1);
    let list = series(&ws.assessments, "Hemtjänsten Väst", &fws[0]);
    assert_eq!(
        previous(&ws.assessments, list[2])
            .map(|a| a.date.to_string())
            .as_deref(),
        Some("2025-03-01")
    );
    assert!(previous(&ws.assessments, list[0]).is_none());
}

#[test]
fn the_next_assessment_carries_targets_and_open_actions_but_not_levels() {
    let (mut ws, fws) = started_at("Enheten", "2025-03-01");
    assert!(ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: "person".into(),
            which: Which::Now,
            rating: lv(2)
        }),
        &fws
    ));
    assert!(ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: "person".into(),
            which: Which::Target,
            rating: lv(4)
        }),
        &fws
    ));
    assert!(ws.apply(
        C::Answers(AnswerCommand::Note {
            item: "tillit".into(),
            text: "Enkät".into()
        }),
        &fws
    ));
    for (what, status) in [
        ("Öppen", ActionStatus::InProgress),
        ("Klar", ActionStatus::Done),
    ] {
        let new = NewAction {
            item: "person".into(),
            what: what.into(),
            who: String::new(),
            due: None,
            status,
        };
        assert!(ws.apply(C::Answers(AnswerCommand::AddAction(new)), &fws));
    }
    let first_id = ws.nav.current.clone();
    assert!(ws.apply(
        C::History(HistoryCommand::StartNext {
            date: d("2026-03-01")
        }),
        &fws
    ));
    assert_ne!(ws.nav.current, first_id);
    let next = ws.current().expect("current");
    assert_eq!(next.unit, "Enheten");
    assert_eq!(next.date, d("2026-03-01"));
    assert_eq!(next.rating("person", Which::Target), lv(4));
    assert_eq!(next.rating("person", Which::Now), None, "to be confirmed");
    assert!(next.answer("tillit").is_none_or(|a| a.note.is_empty()));
    let carried: Vec<(&str, ActionStatus)> = next
        .actions
        .iter()
        .map(|a| (a.what.as_str(), a.status))
        .collect();
    assert_eq!(carried, [("Öppen", ActionStatus::InProgress)]);
    let ids: Vec<u32> = ws
        .assessments
        .iter()
        .flat_map(|a| a.actions.iter().map(|p| p.id))
        .collect();
    assert_eq!(ids.len(), 3);
    assert!(
        ids[2] != ids[0] && ids[2] != ids[1],
        "carried actions get ids of their own"
    );
    assert_eq!(ws.nav.step, Step::Item("person".into()));
    // Typing an existing unit's name on the start page continues that unit the same way.
    assert!(ws.apply(
        C::History(HistoryCommand::Start {
            unit: " Enheten ".into(),
            date: d("2027-03-01")
        }),
        &fws
    ));
    assert_eq!(
        ws.current().and_then(|a| a.rating("person", Which::Target)),
        lv(4)
    );
}

#[test]
fn delete_moves_on_and_undo_restores_everything() {
    let (mut ws, fws) = three_years();
    let before = ws.clone();
    let target = of_unit(&ws.assessments, "Hemtjänsten Väst")[1].id.clone();
    assert!(ws.apply(C::History(HistoryCommand::Open(target.clone())), &fws));
    assert_eq!(ws.nav.step, Step::Results);
    assert!(ws.apply(C::History(HistoryCommand::Delete(target.clone())), &fws));
    assert_eq!(of_unit(&ws.assessments, "Hemtjänsten Väst").len(), 2);
    let latest = of_unit(&ws.assessments, "Hemtjänsten Väst")
        .last()
        .map(|a| a.id.clone());
    assert_eq!(ws.nav.current, latest, "the unit's latest takes over");
    assert_eq!(ws.nav.step, Step::History);
    assert!(ws.apply(C::History(HistoryCommand::UndoDelete), &fws));
    assert_eq!(ws.assessments, before.assessments, "back in its place");
    assert_eq!(ws.nav.current.as_deref(), Some(target.as_str()));
    assert!(!ws.apply(C::History(HistoryCommand::UndoDelete), &fws));
    assert!(!ws.apply(C::History(HistoryCommand::Delete("nope".into())), &fws));
}

#[test]
fn deleting_the_last_assessment_returns_to_start() {
    let (mut ws, fws) = started_at("Ensam", "2025-01-01");
    let id = ws.nav.current.clone().expect("current");
    assert!(ws.apply(C::History(HistoryCommand::Delete(id)), &fws));
    assert_eq!(
        (ws.nav.current.as_ref(), &ws.nav.step),
        (None, &Step::Start)
    );
    assert!(ws.apply(C::History(HistoryCommand::UndoDelete), &fws));
    assert!(ws.current().is_some());
}

/// Units "E0" … "E{n-1}", each with its latest assessment "a{i}".
fn many_units(n: usize) -> Vec<UnitChoice> {
    (0..n)
        .map(|i| UnitChoice {
            unit: format!("E{i}"),
            latest: format!("a{i}"),
        })
        .collect()
}

fn names(pick: &UnitPick) -> Vec<String> {
    pick.shown.iter().map(|c| c.unit.clone()).collect()
}

#[test]
fn a_long_unit_list_shows_the_current_unit_first_then_at_most_the_limit() {
    let all = many_units(10_000);
    let pick = pick_units(&all, "E5000", "", 100);
    assert_eq!(pick.shown.len(), 100);
    assert_eq!(names(&pick)[..3], ["E5000", "E0", "E1"]);
    assert_eq!((pick.listed, pick.matching), (100, 10_000));
    // The current unit is not shown twice when it comes early.
    let pick = pick_units(&all, "E1", "", 100);
    assert_eq!(names(&pick)[..3], ["E1", "E0", "E2"]);
    assert_eq!(pick.shown.len(), 100);
}

#[test]
fn the_unit_search_finds_any_unit_among_many_in_any_case() {
    let mut all = many_units(10_000);
    all.push(UnitChoice {
        unit: "Vårdcentralen Åby".into(),
        latest: "v".into(),
    });
    // A unit far beyond the first hundred is found.
    let pick = pick_units(&all, "E0", "e9999", 100);
    assert_eq!(names(&pick), ["E0", "E9999"]);
    assert_eq!((pick.listed, pick.matching), (1, 1));
    let pick = pick_units(&all, "E0", "  åBY ", 100);
    assert_eq!(names(&pick), ["E0", "Vårdcentralen Åby"]);
    // More matches than fit: the first ones, and how many there are.
    let pick = pick_units(&all, "E0", "E1", 100);
    assert_eq!(pick.shown.len(), 100);
    assert_eq!(pick.matching, 1 + 10 + 100 + 1000);
    assert_eq!(pick.listed, 99);
    // The current unit counts when it matches; nothing matches: only the current unit.
    let pick = pick_units(&all, "E12", "E12", 100);
    assert_eq!(names(&pick)[..2], ["E12", "E120"]);
    assert_eq!((pick.listed, pick.matching), (100, 111));
    let pick = pick_units(&all, "E3", "xyz", 100);
    assert_eq!(names(&pick), ["E3"]);
    assert_eq!((pick.listed, pick.matching), (0, 0));
}
