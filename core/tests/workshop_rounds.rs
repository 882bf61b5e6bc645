//! Group rounds: the Kalmar deck's default plan, changes to it, the summaries saved with the
//! consensus and kept over a reload, and a workshop saved before group work existed still
//! loading. (The chat taken apart by group: `chat_summaries.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::saved::{decode as load, encode as save};
use kompass_core::framework::presets::presets;
use kompass_core::workshop::rounds::{group_ranges, RoundsPlan};
use kompass_core::workshop::{
    encode, grouped, Board, GroupCommand as G, GroupWork, Slot, WorkshopCommand as W,
};
use kompass_core::{Command, Date, Workspace};

mod support;
use support::{four_shifts, group_chat as chat, lvl, rounds_shifts as shifts};

#[test]
fn the_default_plan_is_the_decks_two_rounds_of_groups_1_to_4_and_5_to_8() {
    let plan = RoundsPlan::kalmar(&shifts()).expect("plan");
    assert_eq!(plan.minutes, 20);
    assert_eq!(plan.groups(), 8);
    assert_eq!(plan.rounds.len(), 2);
    let bands: Vec<(String, String)> = (0..2)
        .flat_map(|r| plan.bands(r))
        .map(|b| (b.shift, group_ranges(&b.groups)))
        .collect();
    let want = [
        ("person", "1–4"),
        ("samordning", "5–8"),
        ("proaktiv", "1–4"),
        ("medskapare", "5–8"),
    ];
    assert_eq!(
        bands,
        want.map(|(s, g)| (s.to_owned(), g.to_owned())).to_vec()
    );
    assert_eq!(plan.shift(1, 5), Some("medskapare"));
    assert_eq!(plan.shift(0, 0), None);
    assert_eq!(plan.shift(0, 9), None);
    assert!(plan.fits(&shifts()));
    assert!(!plan.fits(&shifts()[..2]), "a shift not rated does not fit");
    // Two shifts: both rounds take them again; six groups split 1–3 and 4–6.
    let two = RoundsPlan::new(&shifts()[..2], 6, 2).expect("plan");
    assert_eq!(
        two.rounds[1],
        [
            "person",
            "person",
            "person",
            "samordning",
            "samordning",
            "samordning"
        ]
    );
    assert!(RoundsPlan::kalmar(&[]).is_none(), "no shift, no rounds");
    assert_eq!(group_ranges(&[1, 2, 3, 5, 7, 8]), "1–3, 5, 7–8");
}

#[test]
fn resizing_keeps_what_was_chosen() {
    let mut plan = RoundsPlan::kalmar(&shifts()).expect("plan");
    plan.rounds[0][0] = "medskapare".into();
    plan.minutes = 25;
    let more = plan.resized(&shifts(), 8, 3).expect("plan");
    assert_eq!(more.rounds.len(), 3);
    assert_eq!(more.rounds[0][0], "medskapare", "a chosen shift stays");
    assert_eq!(
        more.rounds[2][0], "person",
        "a new round starts over the shifts"
    );
    assert_eq!(more.minutes, 25);
    // Another number of groups starts the groups over in two halves.
    let smaller = plan.resized(&shifts(), 4, 1).expect("plan");
    assert_eq!(
        smaller.rounds,
        vec![vec!["person", "person", "samordning", "samordning"]]
    );
}

#[test]
fn the_plan_changes_only_to_what_fits() {
    let mut work = GroupWork::default();
    let s = shifts();
    assert!(!work.apply(G::Minutes(30), &s), "no plan yet");
    assert!(work.apply(G::Rounds(true), &s));
    assert!(!work.apply(G::Rounds(true), &s), "a plan is not replaced");
    assert!(work.apply(G::Minutes(30), &s));
    assert!(!work.apply(G::Minutes(0), &s));
    assert!(!work.apply(G::Minutes(91), &s));
    assert!(work.apply(
        G::Assign {
            round: 1,
            group: 8,
            shift: "person".into()
        },
        &s
    ));
    assert!(!work.apply(
        G::Assign {
            round: 1,
            group: 9,
            shift: "person".into()
        },
        &s
    ));
    assert!(!work.apply(
        G::Assign {
            round: 0,
            group: 1,
            shift: "samsyn".into()
        },
        &s
    ));
    assert!(work.apply(
        G::Resize {
            groups: 4,
            rounds: 3
        },
        &s
    ));
    let plan = work.plan.clone().expect("plan");
    assert_eq!((plan.groups(), plan.rounds.len(), plan.minutes), (4, 3, 30));
    assert!(
        !work.apply(
            G::Resize {
                groups: 0,
                rounds: 1
            },
            &s
        ) || work.plan.as_ref().is_some_and(|p| p.groups() == 1)
    );
    assert!(work.apply(G::Opening(true), &s));
    assert_eq!(work.board()[..2], [Board::Opening, Board::Round(0)]);
    assert!(work.apply(G::Rounds(false), &s));
    assert_eq!(work.board(), [Board::Opening]);
}

#[test]
fn summaries_are_saved_with_the_consensus_and_survive_a_reload() {
    let fws = presets();
    let fw = &fws[1];
    let mut ws = Workspace::default();
    let mut s = four_shifts(fw);
    s.targets = true;
    let run = |ws: &mut Workspace, cmd: W| ws.apply(Command::Workshop(cmd), &fws);
    assert!(run(&mut ws, W::Create(s.clone())));
    let slots: Vec<Slot> = (0..4).flat_map(|_| [lvl(2), lvl(4)]).collect();
    let codes: Vec<String> = (1..=3).map(|n| grouped(&encode(&s, &slots, n))).collect();
    assert!(run(&mut ws, W::Paste(codes.join(" "))));
    assert!(!run(&mut ws, W::Group(G::Minutes(20))), "no plan yet");
    assert!(run(&mut ws, W::Group(G::Rounds(true))));
    assert!(run(&mut ws, W::Group(G::Opening(true))));
    assert!(run(
        &mut ws,
        W::Group(G::Answers("Trygghet, trygghet och närhet".into()))
    ));
    assert!(run(&mut ws, W::Group(G::PasteSummaries(chat()))));
    let w = ws.workshops.workshop.clone().expect("workshop");
    // Join, opening, two rounds, four shifts' summaries, four shifts, results.
    assert_eq!(kompass_core::workshop::slides(&w, fw), 2 + 1 + 2 + 4 + 4);
    let reloaded = load(&save(&ws)).expect("loads");
    assert_eq!(
        reloaded.workshops.workshop.map(|w| w.group_work),
        ws.workshops.workshop.as_ref().map(|w| w.group_work.clone())
    );
    assert!(run(&mut ws, W::Reveal(true)));
    assert!(run(
        &mut ws,
        W::AgreeNote {
            item: "person".into(),
            text: "Vår egen notering".into()
        }
    ));
    assert!(run(
        &mut ws,
        W::Save {
            date: Date::parse("2026-05-04").expect("date")
        }
    ));
    assert!(
        run(
            &mut ws,
            W::Save {
                date: Date::parse("2026-05-04").expect("date")
            }
        ),
        "saving again"
    );
    let note = |ws: &Workspace, item: &str| {
        ws.assessments.iter().next().expect("saved").items[item]
            .note
            .clone()
    };
    let person = note(&ws, "person");
    assert!(
        person.starts_with("Vår egen notering\n\nGrupp 1 (omgång 1): Runda 1 text från grupp 1"),
        "{person}"
    );
    assert_eq!(
        person.matches("Grupp 1 (omgång 1)").count(),
        1,
        "saved twice, written once"
    );
    assert!(note(&ws, "medskapare").contains("Grupp 8 (omgång 2): Runda 2 text från grupp 8"));
    let reloaded = load(&save(&ws)).expect("loads");
    assert_eq!(note(&reloaded, "samordning"), note(&ws, "samordning"));
}

#[test]
fn a_workshop_saved_before_group_work_existed_still_loads() {
    let text = include_str!("fixtures/saved-workshop-v1.json");
    let ws = load(text).expect("the old saved form loads");
    let w = ws.workshops.workshop.clone().expect("workshop");
    assert_eq!(w.responses.len(), 3);
    assert_eq!(w.agreed["person"].note, "Vi behöver mer tid");
    assert!(w.group_work.is_empty());
    // Saved again it is the same form: nothing new is written for an empty group work.
    assert!(!save(&ws).contains("group_work"));
    assert_eq!(load(&save(&ws)).expect("loads"), ws);
}
