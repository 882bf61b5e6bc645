//! The printed report's first-page summary, by the results page's rules.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use kompass_core::results::summary::{summary, SUMMARY_ITEMS};
use kompass_core::{ActionStatus, AnswerCommand, Command as C, Which};
use support::{action, lv, rate_all, started};

#[test]
fn the_summary_names_goal_areas_the_three_strongest_the_three_largest_gaps_and_the_plan() {
    let (mut ws, fws) = started();
    let fw = &fws[0];
    rate_all(&mut ws, &fws, 2, 4);
    // Three items stronger than the rest, the first the strongest; three with a larger gap.
    let ids: Vec<String> = fw.items().map(|(_, id, _)| id.to_owned()).collect();
    for (id, now, target) in [
        (&ids[0], 5, 5),
        (&ids[1], 4, 5),
        (&ids[2], 4, 4),
        (&ids[5], 1, 5),
        (&ids[6], 1, 4),
    ] {
        for (which, level) in [(Which::Now, now), (Which::Target, target)] {
            assert!(ws.apply(
                C::Answers(AnswerCommand::Rate {
                    item: id.clone(),
                    which,
                    rating: lv(level)
                }),
                &fws
            ));
        }
    }
    for what in ["Fast vårdkontakt", "Gemensam plan", "Hälsosamtal"] {
        assert!(ws.apply(action(&ids[0], what), &fws));
    }
    let first = ws.current().expect("current").actions[0].id;
    assert!(ws.apply(
        C::Answers(AnswerCommand::SetActionStatus {
            id: first,
            status: ActionStatus::Done
        }),
        &fws
    ));
    let s = summary(fw, ws.current().expect("current"));
    assert_eq!(s.goal_areas.len(), fw.goal_areas.len());
    let strongest: Vec<&str> = s.strongest.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        strongest,
        [ids[0].as_str(), ids[1].as_str(), ids[2].as_str()]
    );
    // Gaps: 4 steps (ids[5]), then 3 (ids[6]), then the first of the many 2-step ones.
    let gaps: Vec<(&str, i8)> = s.gaps.iter().map(|(i, g)| (i.id.as_str(), *g)).collect();
    assert_eq!(
        gaps,
        [
            (ids[5].as_str(), 4),
            (ids[6].as_str(), 3),
            (ids[3].as_str(), 2)
        ]
    );
    assert_eq!(gaps.len(), SUMMARY_ITEMS);
    assert_eq!((s.actions, s.done), (3, 1));
    assert_eq!((s.rated, s.items), (ids.len(), ids.len()));
}

#[test]
fn an_empty_assessment_has_an_empty_summary() {
    let (ws, fws) = started();
    let s = summary(&fws[0], ws.current().expect("current"));
    assert!(s.strongest.is_empty() && s.gaps.is_empty());
    assert_eq!((s.actions, s.done, s.rated), (0, 0, 0));
}
