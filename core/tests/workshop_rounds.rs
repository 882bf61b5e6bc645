//! Group rounds and the groups' summaries: the Kalmar deck's default plan, a chat taken apart
//! by group (hand-worked), two rounds of eight groups sorted from one pasted chat, text of no
//! group kept aside, the summaries saved with the consensus, and a workshop saved before
//! group work existed still loading.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;

use kompass_core::files::saved::{decode as load, encode as save};
use kompass_core::framework::presets::presets;
use kompass_core::workshop::rounds::{group_ranges, RoundsPlan};
use kompass_core::workshop::summaries::{heading, parse, text_step};
use kompass_core::workshop::{
    encode, grouped, Board, GroupCommand as G, GroupWork, Slot, WorkshopCommand as W,
};
use kompass_core::{Command, Date, Workspace};

mod support;
use support::{four_shifts, lvl};

fn shifts() -> Vec<String> {
    ["person", "samordning", "proaktiv", "medskapare"]
        .map(String::from)
        .to_vec()
}

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
fn a_heading_starts_a_groups_text_in_the_ways_people_write_it() {
    for (line, want) in [
        ("Grupp 3: Vi vill", Some((3, None, "Vi vill"))),
        ("grupp 3 - vi vill", Some((3, None, "vi vill"))),
        ("G3: kort", Some((3, None, "kort"))),
        ("g 12 – lång", Some((12, None, "lång"))),
        ("Gr. 4) text", Some((4, None, "text"))),
        ("GRUPP 7", Some((7, None, ""))),
        ("Group 2: We", Some((2, None, "We"))),
        ("- Grupp 5: punkt", Some((5, None, "punkt"))),
        ("Grupp 3, omgång 2: andra", Some((3, Some(2), "andra"))),
        ("Grupp 3 (runda 1): första", Some((3, Some(1), "första"))),
        ("Gruppen tyckte att", None),
        ("Grupp 3 tyckte att", None),
        ("Grupp 0: ingen", None),
        ("God morgon", None),
        ("Gå vidare", None),
        ("Grupp 123: för stor", None),
    ] {
        assert_eq!(heading(line), want, "{line}");
    }
}

#[test]
fn a_chat_is_taken_apart_by_hand() {
    let chat = "Hej alla!\nVälkomna\n\nGrupp 1: Tryggare vård\nmer tid för patienten\n\nsista raden\n[10:32] Anna Svensson\nG2 - Samverkan\n10:40:05 From Bo to Everyone: Glöm inte fikat\n10:41:00 From Bo to Everyone: grupp 4: Digitalt stöd";
    let p = parse(chat);
    let blocks: Vec<(u8, &str)> = p
        .blocks
        .iter()
        .map(|b| (b.group, b.text.as_str()))
        .collect();
    assert_eq!(
        blocks,
        [
            (1, "Tryggare vård\nmer tid för patienten\n\nsista raden"),
            (2, "Samverkan"),
            (4, "Digitalt stöd"),
        ]
    );
    assert_eq!(p.blocks[1].raw, "G2 - Samverkan");
    assert_eq!(
        p.unclaimed,
        ["Hej alla!\nVälkomna", "Anna Svensson", "Glöm inte fikat"]
    );
    // A time inside a summary is not a chat's time stamp.
    let p = parse("Grupp 2: Vi börjar\n10:30 varje dag med ett möte");
    assert_eq!(p.blocks[0].text, "Vi börjar\n10:30 varje dag med ett möte");
    assert!(p.unclaimed.is_empty());
    assert!(parse("  \n\n").blocks.is_empty() && parse("  \n\n").unclaimed.is_empty());
}

/// One chat of both rounds: each group writes once per round, in any order, plus noise.
fn chat() -> String {
    let mut out =
        String::from("[09:58] Facilitator\nVälkomna tillbaka! Skriv er summering nedan.\n");
    for round in 1..=2 {
        for group in [3, 1, 2, 4, 8, 6, 5, 7] {
            let head = match group % 3 {
                0 => format!("Grupp {group}:"),
                1 => format!("grupp {group} -"),
                _ => format!("G{group}:"),
            };
            let _ = write!(
                out,
                "[10:{round}{group}] Deltagare {group}\n{head} Runda {round} text från grupp {group}\nfortsättning {round}.{group}\n"
            );
        }
    }
    out.push_str("[11:30] Någon\nTack för idag!\n");
    out
}

#[test]
fn two_rounds_of_eight_groups_are_sorted_from_one_pasted_chat() {
    let mut work = GroupWork::default();
    assert!(work.apply(G::Rounds(true), &shifts()));
    let report = work.paste(&chat());
    assert_eq!(report.sorted, 16);
    assert_eq!(work.summaries.len(), 16);
    for s in &work.summaries {
        let want = format!(
            "Runda {} text från grupp {}\nfortsättning {}.{}",
            s.round + 1,
            s.group,
            s.round + 1,
            s.group
        );
        assert_eq!(s.text, want);
    }
    // Per shift: groups 1–4 on person (round 1) and proaktiv (round 2), 5–8 on the others.
    let groups = |shift: &str| -> Vec<(u8, usize)> {
        work.about(shift)
            .iter()
            .map(|s| (s.group, s.round))
            .collect()
    };
    assert_eq!(groups("person"), [(1, 0), (2, 0), (3, 0), (4, 0)]);
    assert_eq!(groups("samordning"), [(5, 0), (6, 0), (7, 0), (8, 0)]);
    assert_eq!(groups("proaktiv"), [(1, 1), (2, 1), (3, 1), (4, 1)]);
    assert_eq!(groups("medskapare"), [(5, 1), (6, 1), (7, 1), (8, 1)]);
    // Text of no group is kept aside, never lost: the greeting, the senders, the thanks.
    assert!(work
        .unclaimed
        .iter()
        .any(|u| u.contains("Välkomna tillbaka")));
    assert!(work.unclaimed.iter().any(|u| u == "Någon\nTack för idag!"));
    assert!(work.unclaimed.iter().any(|u| u == "Deltagare 3"));
    // The same chat again adds nothing.
    let again = work.paste(&chat());
    assert_eq!((again.sorted, again.aside, again.repeated), (0, 0, 16));
    assert_eq!(work.summaries.len(), 16);
    // A group not in the plan, or a third summary with two rounds, is kept aside whole.
    let more = work.paste("Grupp 9: nio\nGrupp 2: en tredje gång\nGrupp 1, omgång 3: fel runda");
    assert_eq!((more.sorted, more.aside), (0, 3));
    assert!(work.unclaimed.contains(&"Grupp 9: nio".to_owned()));
    assert!(work
        .unclaimed
        .contains(&"Grupp 1, omgång 3: fel runda".to_owned()));
    // The consensus note of a shift, group by group.
    assert!(work.note("person").starts_with(
        "Grupp 1 (omgång 1): Runda 1 text från grupp 1\nfortsättning 1.1\n\nGrupp 2 (omgång 1)"
    ));
    assert!(work.apply(G::ClearSummaries, &shifts()));
    assert!(work.summaries.is_empty() && work.unclaimed.is_empty());
}

#[test]
fn a_round_named_in_the_heading_wins_and_a_second_part_follows_the_first() {
    let mut work = GroupWork::default();
    assert!(work.apply(G::Rounds(true), &shifts()));
    work.paste("Grupp 2, omgång 2: sen\nGrupp 2: först");
    let got: Vec<(usize, &str)> = work
        .summaries
        .iter()
        .map(|s| (s.round, s.text.as_str()))
        .collect();
    assert_eq!(got, [(0, "först"), (1, "sen")]);
    work.paste("Grupp 2 omgång 2: och mer");
    assert_eq!(work.summaries[1].text, "sen\n\noch mer");
    // Without a plan, every group's text is kept aside.
    let mut none = GroupWork::default();
    let r = none.paste("Grupp 1: text");
    assert_eq!((r.sorted, r.aside), (0, 1));
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

#[test]
fn the_summaries_type_steps_down_with_more_text() {
    assert_eq!([0, 600, 601, 1400, 1401].map(text_step), [3, 3, 2, 2, 1]);
}
