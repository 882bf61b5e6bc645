//! Two tabs of one browser: a tab takes over what the other saved and stays where it was.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::saved::{decode, encode};
use kompass_core::framework::presets::presets;
use kompass_core::{AnswerCommand, HistoryCommand, NavCommand};
use kompass_core::{Command as C, Date, Lang, Level, Rating, Step, Which, Workspace};

fn start(ws: &mut Workspace, unit: &str, day: &str) {
    let date = Date::parse(day).expect("date");
    assert!(ws.apply(
        C::History(HistoryCommand::Start {
            unit: unit.into(),
            date
        }),
        &presets()
    ));
}

fn rate(ws: &mut Workspace, item: &str, level: u8) {
    let rating = Level::new(level).map(Rating::Level);
    let cmd = C::Answers(AnswerCommand::Rate {
        item: item.into(),
        which: Which::Now,
        rating,
    });
    assert!(ws.apply(cmd, &presets()));
}

/// A tab with one assessment of Hemtjänsten Flen open, and that assessment's id.
fn tab_with_one_assessment() -> (Workspace, String) {
    let mut ws = Workspace::default();
    start(&mut ws, "Hemtjänsten Flen", "2026-03-01");
    let id = ws.nav.current.clone().expect("open");
    (ws, id)
}

/// How many assessments, and the first one's levels now for `items`.
fn now_ratings(ws: &Workspace, items: &[&str]) -> (usize, Vec<Option<u8>>) {
    let first = &ws.assessments[0];
    let levels = items
        .iter()
        .map(|i| {
            first
                .rating(i, Which::Now)
                .and_then(Rating::level)
                .map(Level::get)
        })
        .collect();
    (ws.assessments.len(), levels)
}

/// What the other tab saved, read back as this tab reads it.
fn saved_by(other: &Workspace) -> Workspace {
    decode(&encode(other)).expect("readable")
}

#[test]
fn a_tab_takes_over_the_other_tabs_work_and_keeps_its_own_place() {
    let fws = presets();
    // Both tabs opened on the same saved assessment; this tab goes on to its action plan.
    let (mut here, id) = tab_with_one_assessment();
    let mut there = saved_by(&here);
    assert!(here.apply(C::Navigate(NavCommand::GoTo(Step::Actions)), &fws));
    // The other tab is in English (an intranet page that asks for it); this one stays Swedish.
    assert!(there.apply(C::SetLang(Lang::En), &fws));
    // The other tab rates a factor, starts a second unit's assessment and goes to its results.
    rate(&mut there, "tillit", 4);
    start(&mut there, "Vårdcentralen Flen", "2026-04-01");
    assert!(there.apply(C::Navigate(NavCommand::GoTo(Step::Results)), &fws));

    here.adopt(saved_by(&there), &fws);
    assert_eq!(now_ratings(&here, &["tillit"]), (2, vec![Some(4)]));
    assert_eq!(
        here.nav.current.as_ref(),
        Some(&id),
        "still on its own assessment"
    );
    assert_eq!(here.nav.step, Step::Actions, "still on its own step");
    assert_eq!(here.lang, Lang::Sv, "still in its own language");

    // This tab's next change is made on top of the other tab's work, so saving it loses nothing.
    rate(&mut here, "person", 2);
    let both = saved_by(&here);
    assert_eq!(
        now_ratings(&both, &["tillit", "person"]),
        (2, vec![Some(4), Some(2)])
    );
}

#[test]
fn a_tab_whose_assessment_was_deleted_or_erased_elsewhere_goes_back_to_the_start() {
    let fws = presets();
    let (mut here, id) = tab_with_one_assessment();
    assert!(here.apply(C::Navigate(NavCommand::GoTo(Step::Results)), &fws));
    let mut there = saved_by(&here);
    assert!(there.apply(C::History(HistoryCommand::Delete(id)), &fws));

    here.adopt(saved_by(&there), &fws);
    assert!(here.assessments.is_empty());
    assert_eq!(
        (here.nav.current.clone(), here.nav.step.clone()),
        (None, Step::Start)
    );
    // Undo of this tab's own earlier steps cannot reach into the other tab's data.
    assert!(!here.apply(C::History(HistoryCommand::UndoDelete), &fws));

    // "Radera mina uppgifter" in the other tab: this tab takes over the empty workspace.
    let (mut here, _) = tab_with_one_assessment();
    here.adopt(Workspace::default(), &fws);
    assert!(here.assessments.is_empty());
    assert_eq!(here.nav.current, None);
}
