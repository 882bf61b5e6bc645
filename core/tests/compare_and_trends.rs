//! Two assessments of a unit side by side, and the unit's goal-area trends with their
//! projection toward the target.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::results::compare::{compare, Change};
use kompass_core::results::history::{completed_between, goal_trends, series};
use kompass_core::results::projection::Outcome;
use kompass_core::{ActionStatus, Command as C, Framework, NewAction, Rating, Which, Workspace};
use kompass_core::{AnswerCommand, HistoryCommand};

mod support;
use support::{d, lv, started_at, three_years};

fn rate_now(ws: &mut Workspace, fws: &[Framework], item: &str, rating: Option<Rating>) {
    assert!(ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: item.into(),
            which: Which::Now,
            rating
        }),
        fws
    ));
}

#[test]
fn comparison_tells_up_down_same_and_unknown() {
    let (mut ws, fws) = started_at("U", "2024-01-01");
    for (item, n) in [
        ("person", lv(2)),
        ("samordning", lv(4)),
        ("proaktiv", lv(3)),
        ("medskapare", lv(3)),
    ] {
        rate_now(&mut ws, &fws, item, n);
    }
    let done = NewAction {
        item: "person".into(),
        what: "Hembesök".into(),
        who: String::new(),
        due: None,
        status: ActionStatus::Planned,
    };
    assert!(ws.apply(C::Answers(AnswerCommand::AddAction(done)), &fws));
    assert!(ws.apply(
        C::History(HistoryCommand::StartNext {
            date: d("2026-01-01")
        }),
        &fws
    ));
    for (item, n) in [
        ("person", lv(4)),
        ("samordning", lv(3)),
        ("proaktiv", lv(3)),
        ("medskapare", Some(Rating::DontKnow)),
    ] {
        rate_now(&mut ws, &fws, item, n);
    }
    let carried = ws
        .current()
        .map(|a| a.actions[0].id)
        .expect("carried action");
    assert!(ws.apply(
        C::Answers(AnswerCommand::SetActionStatus {
            id: carried,
            status: ActionStatus::Done
        }),
        &fws
    ));
    let list = series(&ws.assessments, "U", &fws[0]);
    let changes = compare(&fws[0], list[0], list[1]);
    let first4: Vec<Change> = changes.iter().take(4).map(|c| c.change).collect();
    assert_eq!(
        first4,
        [
            Change::Up(2),
            Change::Down(1),
            Change::Same,
            Change::Unknown
        ]
    );
    assert_eq!(changes.len(), 13);
    assert_eq!(
        completed_between(&ws.assessments, list[0], list[1]),
        ["Hembesök"]
    );
    assert!(completed_between(&ws.assessments, list[1], list[1]).is_empty());
    // Done in a middle assessment (and so not carried on): still completed between first and last.
    assert!(ws.apply(
        C::History(HistoryCommand::StartNext {
            date: d("2027-01-01")
        }),
        &fws
    ));
    let list = series(&ws.assessments, "U", &fws[0]);
    assert!(
        list[2].actions.is_empty(),
        "done actions are not carried over"
    );
    assert_eq!(
        completed_between(&ws.assessments, list[0], list[2]),
        ["Hembesök"]
    );
    assert!(
        completed_between(&ws.assessments, list[1], list[2]).is_empty(),
        "already done in the earlier one"
    );
}

#[test]
fn goal_trends_fit_the_dated_indices_and_project_to_the_target() {
    let (ws, fws) = three_years();
    let list = series(&ws.assessments, "Hemtjänsten Väst", &fws[0]);
    let trends = goal_trends(&fws[0], &list);
    assert_eq!(trends.len(), 3);
    for t in &trends {
        // Levels 2, 3, 4 → 25, 50, 75 % on the first of March each year.
        let values: Vec<f64> = t.points.iter().map(|p| p.1).collect();
        assert_eq!(values, [25.0, 50.0, 75.0]);
        assert_eq!(t.target, Some(100.0));
        let Some(projection) = t.projection else {
            panic!("projection")
        };
        // 25 % a year from 75 % in March 2026: 100 % in March 2027.
        assert!(
            matches!(projection.outcome, Outcome::ReachedIn(y) if (y - d("2027-03-01").as_year()).abs() < 0.01),
            "{projection:?}"
        );
    }
}
