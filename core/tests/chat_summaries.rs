//! Group summaries pasted from a chat: headings as people write them, a chat taken apart by
//! hand, two rounds of eight groups sorted from one pasted chat with text of no group kept
//! aside, and a round named in the heading.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::workshop::summaries::{heading, parse, text_step};
use kompass_core::workshop::{GroupCommand as G, GroupWork};

mod support;
use support::{group_chat as chat, rounds_shifts as shifts};

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
fn the_summaries_type_steps_down_with_more_text() {
    assert_eq!([0, 600, 601, 1400, 1401].map(text_step), [3, 3, 2, 2, 1]);
}
