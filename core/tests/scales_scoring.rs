//! Scoring and agreement on scales other than 1–5, with the values worked out by hand in the
//! comments: 0–5 (the B3-like fixture), 1–4 (statements) and 1–7 (the same statements on seven
//! steps). A level counts as (level − min) / (max − min); the room agrees when every level is
//! within a quarter of the scale's range of the median.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::results::scoring::{gaps, goal_area_scores, item_scores, ranking};
use kompass_core::workshop::Agreement;
use kompass_core::workshop::Tally;
use kompass_core::{parse_framework, Assessment, Date, Framework, Level, Rating};
use serde_json::{json, Value};

const B3: &str = include_str!("../../tests/fixtures/b3-mognad.json");
const STATEMENTS: &str = include_str!("../../tests/fixtures/pastaenden-4.json");

fn lv(n: u8) -> Option<Rating> {
    Level::new(n).map(Rating::Level)
}

/// The statements on a scale of `steps` steps from 1 instead of four.
fn statements_on(steps: u8) -> Framework {
    let mut v: Value = serde_json::from_str(STATEMENTS).expect("fixture");
    v["scales"][0]["steps"] = json!(steps);
    v["scales"][0]["labels"] = json!((1..=steps)
        .map(|i| json!({ "sv": format!("Steg {i}") }))
        .collect::<Vec<_>>());
    parse_framework(&v.to_string()).expect("valid")
}

fn rated(fw: &Framework, ratings: &[(&str, Option<Rating>, Option<Rating>)]) -> Assessment {
    let date = Date::parse("2026-03-01").expect("date");
    let mut a = Assessment::new("a1".into(), "Enheten".into(), fw.id.clone(), date);
    for (id, now, target) in ratings {
        assert!(fw.has_item(id), "{id}");
        let answer = a.items.entry((*id).to_owned()).or_default();
        (answer.now, answer.target) = (*now, *target);
    }
    a
}

fn percent(fw: &Framework, a: &Assessment, area: &str) -> (Option<u32>, Option<u32>, usize) {
    let s = goal_area_scores(fw, a)
        .into_iter()
        .find(|g| g.goal_area == area)
        .expect("area");
    (s.now.rounded(), s.target.rounded(), s.now.rated)
}

#[test]
fn goal_areas_on_0_to_5() {
    let fw = parse_framework(B3).expect("fixture");
    // "Invånaren": the shift and four dimensions. Now 2, 0, 5, 3 and "Vet ej" on 0–5:
    // 2/5 = 40 %, 0 %, 100 %, 3/5 = 60 %; "Vet ej" left out → (40 + 0 + 100 + 60) / 4 = 50 %.
    // Targets 5, 4, 5, 5, 5: 100, 80, 100, 100, 100 → 480 / 5 = 96 %.
    let a = rated(
        &fw,
        &[
            ("integrerad-vard", lv(2), lv(5)),
            ("processer", lv(0), lv(4)),
            ("befolkning", lv(5), lv(5)),
            ("egenmakt", lv(3), lv(5)),
            ("bredd", Some(Rating::DontKnow), lv(5)),
        ],
    );
    assert_eq!(percent(&fw, &a, "invanaren"), (Some(50), Some(96), 4));
    // Level 0 is a level (0 %), not "no answer": "Styrning och struktur" rests on it alone.
    let b = rated(&fw, &[("beredskap", lv(0), lv(1))]);
    assert_eq!(
        percent(&fw, &b, "styrning-och-struktur"),
        (Some(0), Some(20), 1)
    );
}

#[test]
fn goal_areas_on_1_to_4_beside_a_five_step_shift() {
    let fw = statements_on(4);
    // "Samarbete": the shift on 1–5 at 3 → (3 − 1) / 4 = 50 %; statements on 1–4 at 2, 4, 1
    // → 1/3 = 33.3 %, 100 %, 0 % → (50 + 33.33 + 100 + 0) / 4 = 45.83 → 46 %.
    // "Invånarna": 3 → 2/3 = 66.7 %, "Vet ej" left out, 1 → 0 % → 33.3 → 33 %.
    let a = rated(
        &fw,
        &[
            ("samverkan", lv(3), lv(5)),
            ("vi-kanner-varandra", lv(2), lv(4)),
            ("vi-planerar-tillsammans", lv(4), lv(4)),
            ("invanaren-ar-med", lv(3), lv(4)),
            ("en-vag-in", Some(Rating::DontKnow), None),
            ("vi-foljer-upp", lv(1), lv(3)),
        ],
    );
    assert_eq!(percent(&fw, &a, "samarbete"), (Some(46), Some(92), 4));
    // Targets: 100, 100, 100, and 3 on 1–4 = 66.7 → 366.7 / 4 = 91.7 → 92 % (above).
    assert_eq!(percent(&fw, &a, "invanare"), (Some(33), Some(83), 2));
    // Invånarna's targets: 4 → 100 %, 3 → 66.7 % → 83.3 → 83 %.

    // Strongest and weakest by the share of the scale, not the bare number: 4/4 = 1,
    // 3/4 on 1–4 = 2/3, 3 on 1–5 = 1/2, 2 on 1–4 = 1/3, 1 = 0. By numbers alone the shift's 3
    // would tie with "invånaren är med" and come first.
    let scores = item_scores(&fw, &a);
    let ids = |v: &[kompass_core::results::scoring::ItemScore]| {
        v.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
    };
    let rank = ranking(&scores);
    assert_eq!(
        ids(&rank.strongest),
        ["vi-planerar-tillsammans", "invanaren-ar-med", "samverkan"]
    );
    assert_eq!(ids(&rank.weakest), ["vi-foljer-upp", "vi-kanner-varandra"]);
    // Gaps in steps, ordered by share: 2 of 3 steps (vi-känner, vi-följer-upp: 2/3) before 2 of
    // 4 (the shift: 1/2) before 1 of 3 (invånaren är med: 1/3); ties in framework order.
    let g: Vec<(String, i8)> = gaps(&scores).into_iter().map(|(s, g)| (s.id, g)).collect();
    assert_eq!(
        g,
        [
            ("vi-kanner-varandra".to_owned(), 2),
            ("vi-foljer-upp".to_owned(), 2),
            ("samverkan".to_owned(), 2),
            ("invanaren-ar-med".to_owned(), 1),
        ]
    );
}

#[test]
fn goal_areas_on_1_to_7() {
    let fw = statements_on(7);
    // "Samarbete": shift 3 on 1–5 = 50 %; statements 4, 7, 2 on 1–7 → 3/6 = 50 %, 100 %,
    // 1/6 = 16.7 % → (50 + 50 + 100 + 16.67) / 4 = 54.17 → 54 %.
    let a = rated(
        &fw,
        &[
            ("samverkan", lv(3), None),
            ("vi-kanner-varandra", lv(4), None),
            ("vi-planerar-tillsammans", lv(7), None),
            ("vi-foljer-upp", lv(2), None),
        ],
    );
    assert_eq!(percent(&fw, &a, "samarbete"), (Some(54), None, 4));
}

#[test]
fn radar_rings_follow_the_scale() {
    use kompass_core::results::radar::radar;
    let fw = statements_on(4);
    let scale = fw.scale_of("en-vag-in").clone();
    let values = [(lv(1), lv(4)), (lv(4), lv(4)), (lv(2), None)];
    let r = radar(&values, &[scale]).expect("radar");
    assert_eq!(r.rings.len(), 4);
    let numbers: Vec<u8> = r.ring_labels.iter().map(|l| l.1).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
    // Level 1 of 4 on the innermost ring: 130 / 4 = 32.5 from the centre (200, 200), up the
    // first axis → y = 167.5, rounded 168 (an .5 rounds away from zero: 200 − 32.5 = 167.5 → 168).
    assert_eq!(r.now.dots[0].y, 168);
    // Eleven steps, 0–10: eleven rings, numbered every other one from 10 down (≈ 12 units apart
    // each, less than a number's height).
    let eleven = statements_on(11).scale_of("en-vag-in").clone();
    let mut eleven = eleven;
    eleven.start = 0;
    let r = radar(&values, &[eleven]).expect("radar");
    assert_eq!(r.rings.len(), 11);
    let numbers: Vec<u8> = r.ring_labels.iter().map(|l| l.1).collect();
    assert_eq!(numbers, [0, 2, 4, 6, 8, 10]);
}

fn tally(levels: &[u8], span: (u8, u8)) -> Tally {
    Tally::new(levels.iter().map(|l| lv(*l)), span)
}

#[test]
fn agreement_means_a_quarter_of_the_range_on_every_scale() {
    // 0–5, range 5: within 1¼ steps. 2, 3, 3, 4 → median 3, all 1 away → consensus.
    let t = tally(&[2, 3, 3, 4, 0, 0], (0, 5));
    assert_eq!(t.counts, [2, 0, 1, 2, 1, 0]);
    assert_eq!(
        (t.median_x2, t.spread),
        (Some(5), 4),
        "median (2 + 3) / 2 = 2.5"
    );
    assert_eq!(
        tally(&[2, 3, 3, 4], (0, 5)).agreement(3),
        Agreement::Consensus
    );
    // 1, 3, 3, 3 → median 3, 1 is 2 away (> 1¼) → split.
    assert_eq!(tally(&[1, 3, 3, 3], (0, 5)).agreement(3), Agreement::Split);
    // 1–4, range 3: within ¾ step. 2, 2, 3, 3 → median 2.5, all ½ away → consensus;
    // 2, 2, 2, 3 → median 2, 3 is 1 away (> ¾) → split (on 1–5 it would be consensus).
    assert_eq!(
        tally(&[2, 2, 3, 3], (1, 4)).agreement(3),
        Agreement::Consensus
    );
    assert_eq!(tally(&[2, 2, 2, 3], (1, 4)).agreement(3), Agreement::Split);
    assert_eq!(
        tally(&[2, 2, 2, 3], (1, 5)).agreement(3),
        Agreement::Consensus
    );
    // 1–7, range 6: within 1½ steps. 3, 4, 5, 5 → median 4.5, 3 is 1½ away → consensus;
    // 2, 4, 4, 4 → median 4, 2 is 2 away → split.
    assert_eq!(
        tally(&[3, 4, 5, 5], (1, 7)).agreement(3),
        Agreement::Consensus
    );
    assert_eq!(tally(&[2, 4, 4, 4], (1, 7)).agreement(3), Agreement::Split);
    // A level off the scale is blank, not a level.
    let off = tally(&[0, 2, 2], (1, 4));
    assert_eq!((off.levels(), off.blank), (2, 1));
}
