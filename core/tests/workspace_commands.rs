//! The workspace's commands: what each changes, and what it refuses.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::presets;
use kompass_core::{
    ActionStatus, Command as C, Date, Framework, Lang, Level, Rating, Step, Which, Workspace,
};
use kompass_core::{AnswerCommand, HistoryCommand, NavCommand};

mod support;
use support::{action, started};

fn fws() -> Vec<Framework> {
    presets()
}

fn date() -> Date {
    Date::parse("2026-03-01").expect("date")
}

#[test]
fn start_creates_an_assessment_and_opens_the_first_shift() {
    let (ws, _) = started();
    let a = ws.current().expect("current");
    assert_eq!(a.unit, "Vårdcentralen Nyköping");
    assert_eq!(a.framework_id, "sormland-2035");
    assert_eq!(a.date, date());
    assert_eq!(ws.nav.step, Step::Item("person".into()));
}

#[test]
fn ratings_answers_and_notes_are_kept_per_item() {
    let (mut ws, fws) = started();
    let three = Some(Rating::Level(Level::new(3).expect("level")));
    assert!(ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: "person".into(),
            which: Which::Now,
            rating: three
        }),
        &fws
    ));
    assert!(ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: "person".into(),
            which: Which::Target,
            rating: Some(Rating::DontKnow)
        }),
        &fws
    ));
    assert!(ws.apply(
        C::Answers(AnswerCommand::Answer {
            item: "person".into(),
            question: 1,
            text: "Tid och tillit".into()
        }),
        &fws
    ));
    assert!(ws.apply(
        C::Answers(AnswerCommand::Note {
            item: "tillit".into(),
            text: "Medarbetarenkät 2025".into()
        }),
        &fws
    ));
    let a = ws.current().expect("current");
    let person = a.answer("person").expect("answer");
    assert_eq!((person.now, person.target), (three, Some(Rating::DontKnow)));
    assert_eq!(person.answers, ["", "Tid och tillit"]);
    assert_eq!(
        a.answer("tillit").map(|t| t.note.as_str()),
        Some("Medarbetarenkät 2025")
    );
    // Clearing a rating.
    assert!(ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: "person".into(),
            which: Which::Now,
            rating: None
        }),
        &fws
    ));
    assert_eq!(
        ws.current().and_then(|a| a.rating("person", Which::Now)),
        None
    );
}

#[test]
fn unknown_items_questions_and_steps_are_refused() {
    let (mut ws, fws) = started();
    let before = ws.clone();
    assert!(!ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: "nope".into(),
            which: Which::Now,
            rating: None
        }),
        &fws
    ));
    assert!(!ws.apply(
        C::Answers(AnswerCommand::Answer {
            item: "person".into(),
            question: 2,
            text: "x".into()
        }),
        &fws
    ));
    assert!(!ws.apply(
        C::Answers(AnswerCommand::Answer {
            item: "tillit".into(),
            question: 0,
            text: "factors have notes".into()
        }),
        &fws
    ));
    assert!(!ws.apply(
        C::Navigate(NavCommand::GoTo(Step::Item("nope".into()))),
        &fws
    ));
    assert!(!ws.apply(action("nope", "Något"), &fws));
    assert!(!ws.apply(action("person", "   "), &fws));
    assert!(!ws.apply(
        C::Navigate(NavCommand::ChooseFramework("nowhere".into())),
        &fws
    ));
    assert_eq!(ws, before);
}

#[test]
fn nothing_but_start_and_language_before_an_assessment_exists() {
    let fws = fws();
    let mut ws = Workspace::default();
    assert!(!ws.apply(C::Navigate(NavCommand::GoTo(Step::Results)), &fws));
    assert!(!ws.apply(
        C::Answers(AnswerCommand::Note {
            item: "tillit".into(),
            text: "x".into()
        }),
        &fws
    ));
    assert!(ws.apply(C::SetLang(Lang::En), &fws));
    assert!(!ws.apply(C::SetLang(Lang::En), &fws), "no change, no save");
    assert!(ws.apply(
        C::Navigate(NavCommand::ChooseFramework("kalmar-lan".into())),
        &fws
    ));
    assert!(ws.apply(
        C::History(HistoryCommand::Start {
            unit: String::new(),
            date: date()
        }),
        &fws
    ));
    assert_eq!(
        ws.current().map(|a| a.framework_id.as_str()),
        Some("kalmar-lan")
    );
}

#[test]
fn the_framework_is_fixed_once_anything_is_answered() {
    let (mut ws, fws) = started();
    assert!(
        ws.apply(
            C::Navigate(NavCommand::ChooseFramework("jamtland-harjedalen".into())),
            &fws
        ),
        "no answers yet"
    );
    assert_eq!(ws.framework_id(), "jamtland-harjedalen");
    assert!(ws.apply(
        C::Answers(AnswerCommand::Note {
            item: "delaktighet".into(),
            text: "x".into()
        }),
        &fws
    ));
    assert!(!ws.apply(
        C::Navigate(NavCommand::ChooseFramework("sormland-2035".into())),
        &fws
    ));
    assert_eq!(ws.framework_id(), "jamtland-harjedalen");
}

#[test]
fn actions_are_added_updated_removed_and_restored_in_place() {
    let (mut ws, fws) = started();
    assert!(ws.apply(action("person", "Inför fast vårdkontakt"), &fws));
    assert!(ws.apply(action("tillit", "Gemensam APT med kommunen"), &fws));
    let ids: Vec<u32> = ws
        .current()
        .expect("current")
        .actions
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    assert!(ws.apply(
        C::Answers(AnswerCommand::SetActionStatus {
            id: ids[1],
            status: ActionStatus::Done
        }),
        &fws
    ));
    assert!(ws.apply(C::Answers(AnswerCommand::RemoveAction(ids[0])), &fws));
    assert_eq!(ws.current().expect("current").actions.len(), 1);
    assert!(ws.apply(C::Answers(AnswerCommand::UndoRemoveAction), &fws));
    let actions = &ws.current().expect("current").actions;
    assert_eq!(
        actions.iter().map(|a| a.id).collect::<Vec<_>>(),
        ids,
        "back in its place"
    );
    assert_eq!(actions[0].who, "Anna");
    assert_eq!(actions[1].status, ActionStatus::Done);
    assert!(
        !ws.apply(C::Answers(AnswerCommand::UndoRemoveAction), &fws),
        "one undo per removal"
    );
}

#[test]
fn erase_all_forgets_everything_but_the_language() {
    let (mut ws, fws) = started();
    assert!(ws.apply(C::SetLang(Lang::En), &fws));
    assert!(ws.apply(action("person", "Något"), &fws));
    assert!(ws.apply(C::EraseAll, &fws));
    assert!(ws.assessments.is_empty() && ws.nav.current.is_none());
    assert_eq!(
        (ws.lang, &ws.nav.step, ws.export.unexported),
        (Lang::En, &Step::About, false)
    );
    assert_eq!(ws.nav.framework_id, "sormland-2035");
}
