//! The facilitator's side of answers: finding codes in pasted chat text, refusing bad ones
//! with a reason, and adding up the room.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::presets;
use kompass_core::workshop::extract::extract;
use kompass_core::workshop::setup::FIVE_STEPS;
use kompass_core::workshop::{
    code_len, encode, grouped, results, Agreement, Rejection, Response, Tally, Workshop,
    WorkshopSetup,
};
use kompass_core::{Level, Rating};

mod support;
use support::{four_shifts, lvl};

#[test]
#[allow(clippy::many_single_char_names)] // four codes a, b, c, d and the set-up s read best short
fn codes_are_found_in_a_noisy_chat() {
    let fws = presets();
    let s = four_shifts(&fws[0]);
    let len = code_len(&s);
    let a = encode(&s, &[lvl(1), lvl(2), lvl(3), lvl(4)], 11);
    let b = encode(&s, &[lvl(2); 4], 12);
    let c = encode(&s, &[None, Some(Rating::DontKnow), lvl(5), lvl(5)], 13);
    let d = encode(&s, &[lvl(3); 4], 14);
    let spaced = grouped(&c).replace('-', " ");
    let chat = format!(
        "Anna Svensson 09:41\nHej! Här är min kod: {}.\n\nPer Ek 09:42\n{}\n\
         Kim 09:43 (edited)\nkod {} tack\nLisa 09:44\nTillsammans för nära vård, 2035!\n\
         Olle: {} och en gång till: {}",
        grouped(&a),
        grouped(&b).to_lowercase(),
        spaced,
        d,
        grouped(&a)
    );
    let found = extract(&chat, &s.id, len);
    assert_eq!(found, vec![a.clone(), b, c, d, a]);
    assert!(extract("Tillsammans Nära God hälsa 09:41 2035", &s.id, len).is_empty());
}

#[test]
fn a_paste_adds_the_good_codes_and_refuses_the_rest_with_a_reason() {
    let fws = presets();
    let s = four_shifts(&fws[0]);
    let mut other = WorkshopSetup::new(&fws[0], 0x0BEE);
    other.items.truncate(6);
    let good: Vec<String> = (0..3)
        .map(|i| encode(&s, &[lvl(i + 1); 4], u64::from(i)))
        .collect();
    let foreign = encode(&other, &[lvl(3); 6], 5);
    let mut typo: Vec<char> = good[2].chars().collect();
    typo[5] = if typo[5] == 'X' { 'Y' } else { 'X' };
    let typo: String = typo.into_iter().collect();
    let mut w = Workshop::new(s.clone());
    w.paste(&format!(
        "{}\n{}\n{} {}",
        grouped(&good[0]),
        grouped(&good[1]),
        grouped(&foreign),
        good[0]
    ));
    let report = w.last_paste.clone().expect("report");
    assert_eq!(report.added, 2);
    assert_eq!(
        report.rejected,
        vec![
            (grouped(&foreign), Rejection::OtherWorkshop),
            (grouped(&good[0]), Rejection::Duplicate)
        ]
    );
    let before = w.responses.clone();
    w.paste(&format!("{} {}", grouped(&typo), grouped(&good[1])));
    let report = w.last_paste.clone().expect("report");
    assert_eq!(report.added, 0);
    assert_eq!(
        report.rejected,
        vec![
            (grouped(&typo), Rejection::Typo),
            (grouped(&good[1]), Rejection::Duplicate)
        ]
    );
    assert_eq!(w.responses, before, "refused codes change nothing");
    w.paste("Hej hej, jag har ingen kod");
    assert!(w.last_paste.as_ref().is_some_and(|r| r.nothing_found));
    w.paste(&good[2]);
    assert_eq!(w.responses.len(), 3);
    assert_eq!(w.responses[2].slots, vec![lvl(3); 4]);
    assert!(
        w.responses.iter().all(|r| r.name.is_none()),
        "codes carry no name"
    );
}

#[test]
fn tallies_give_median_spread_and_agreement_by_the_documented_thresholds() {
    let t = Tally::new(
        [lvl(2), lvl(3), lvl(3), lvl(4), Some(Rating::DontKnow), None].into_iter(),
        FIVE_STEPS,
    );
    assert_eq!(t.counts, [0, 1, 2, 1, 0]);
    assert_eq!(
        (t.dont_know, t.blank, t.median_x2, t.spread),
        (1, 1, Some(6), 2)
    );
    assert_eq!(
        t.agreement(3),
        Agreement::Consensus,
        "all within one step of the median"
    );
    let split = Tally::new([lvl(1), lvl(3), lvl(3), lvl(5)].into_iter(), FIVE_STEPS);
    assert_eq!(split.agreement(3), Agreement::Split);
    assert_eq!(split.spread, 4);
    let even = Tally::new([lvl(2), lvl(3)].into_iter(), FIVE_STEPS);
    assert_eq!(even.median_x2, Some(5));
    assert_eq!(even.median_level(), Level::new(2), "a half rounds down");
    assert_eq!(
        even.agreement(3),
        Agreement::Uncertain,
        "fewer levels than the group minimum"
    );
    assert_eq!(even.agreement(2), Agreement::Consensus);
    let unsure = Tally::new(
        [
            lvl(3),
            lvl(3),
            lvl(3),
            Some(Rating::DontKnow),
            Some(Rating::DontKnow),
        ]
        .into_iter(),
        FIVE_STEPS,
    );
    assert_eq!(
        unsure.agreement(3),
        Agreement::Uncertain,
        "Vet ej is a third or more"
    );
    let nearly = Tally::new(
        [lvl(3), lvl(3), lvl(3), lvl(3), Some(Rating::DontKnow)].into_iter(),
        FIVE_STEPS,
    );
    assert_eq!(nearly.agreement(3), Agreement::Consensus);
    assert_eq!(
        Tally::new(std::iter::empty(), FIVE_STEPS).median_level(),
        None
    );
}

#[test]
fn results_list_the_widest_disagreement_first() {
    let fws = presets();
    let s = four_shifts(&fws[0]);
    let rows = [[3, 1, 2, 4], [3, 5, 2, 4], [3, 3, 4, 4], [3, 2, 2, 4]];
    let responses: Vec<Response> = rows
        .iter()
        .map(|r| Response {
            code: None,
            name: None,
            slots: r.iter().map(|n| lvl(*n)).collect(),
        })
        .collect();
    let out = results(&s, &responses);
    let order: Vec<&str> = out.iter().map(|r| r.item.as_str()).collect();
    assert_eq!(
        order,
        vec![
            s.items[1].as_str(),
            s.items[2].as_str(),
            s.items[0].as_str(),
            s.items[3].as_str()
        ]
    );
    assert_eq!(out[0].agreement, Agreement::Split);
    assert_eq!(
        out[1].agreement,
        Agreement::Split,
        "4 is two steps from the median 2"
    );
    assert_eq!(out[2].agreement, Agreement::Consensus);
    assert!(out.iter().all(|r| r.target.is_none()));
}
