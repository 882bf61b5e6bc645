//! Answer codes and workshop results on scales of 2, 4, 7 and 11 steps: every value survives
//! the trip, the codes are as long as worked out below, codes of five-step workshops made
//! before scales still read the same, and items are ordered by spread as a share of their range.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::saved::decode as decode_saved;
use kompass_core::framework::presets::presets;
use kompass_core::workshop::setup::SetupError;
use kompass_core::workshop::{code_len, decode, encode, results, Response, Slot, WorkshopSetup};
use kompass_core::{parse_framework, Framework, Level, Rating};
use serde_json::{json, Value};

const STATEMENTS: &str = include_str!("../../tests/fixtures/pastaenden-4.json");

/// The statements (one five-step shift, five statements) on `steps` steps from `start`.
fn statements_on(steps: u8, start: u8) -> Framework {
    let mut v: Value = serde_json::from_str(STATEMENTS).expect("fixture");
    v["scales"][0]["steps"] = json!(steps);
    v["scales"][0]["start"] = json!(start);
    v["scales"][0]["labels"] = json!((0..steps)
        .map(|i| json!({ "sv": format!("Steg {i}") }))
        .collect::<Vec<_>>());
    parse_framework(&v.to_string()).expect("valid")
}

/// Every value a rating on `min..=max` can hold: blank, each level, "Vet ej".
fn values(min: u8, max: u8) -> Vec<Slot> {
    let levels = (min..=max).map(|l| Level::new(l).map(Rating::Level));
    std::iter::once(None)
        .chain(levels)
        .chain([Some(Rating::DontKnow)])
        .collect()
}

#[test]
fn codes_round_trip_on_2_4_7_and_11_steps() {
    // With targets: 2 ratings of the shift (base 7) and 10 of the statements (base steps + 2).
    // 2 steps: 7² · 4¹⁰ − 1 needs 26 bits, + 20 random = 46 → 10 characters → 3 + 10 + 1 = 14.
    // 4 steps: 7² · 6¹⁰ → 32 bits → 52 → 11 → 15.  7 steps: 7² · 9¹⁰ → 38 → 58 → 12 → 16.
    // 11 steps (0–10): 7² · 13¹⁰ → 43 bits → 63 → 13 → 17.
    for (steps, start, len) in [(2u8, 1u8, 14usize), (4, 1, 15), (7, 1, 16), (11, 0, 17)] {
        let fw = statements_on(steps, start);
        let mut setup = WorkshopSetup::new(&fw, 0x0BAD);
        setup.targets = true;
        assert_eq!(setup.check(), Ok(()));
        assert_eq!(code_len(&setup), len, "{steps} steps");
        let statement = values(start, start + steps - 1);
        let shift = values(1, 5);
        // Every value in every place: slot r runs through its values, the others vary with it.
        for place in 0..setup.ratings() {
            let own = if place < 2 { &shift } else { &statement };
            for (k, value) in own.iter().enumerate() {
                let slots: Vec<Slot> = (0..setup.ratings())
                    .map(|r| {
                        let pool = if r < 2 { &shift } else { &statement };
                        if r == place {
                            *value
                        } else {
                            pool[(k + r) % pool.len()]
                        }
                    })
                    .collect();
                let code = encode(&setup, &slots, (k * 31 + place) as u64);
                assert_eq!(code.len(), len);
                assert_eq!(decode(&setup, &code), Ok(slots), "{steps} steps, {code}");
            }
        }
    }
}

#[test]
fn codes_made_before_scales_still_read_the_same() {
    // The saved workshop of version 1 holds four codes made by the app before scales.
    let text = include_str!("fixtures/saved-workshop-v1.json");
    let ws = decode_saved(text).expect("fixture");
    let w = ws.workshops.workshop.as_ref().expect("workshop");
    assert!(
        w.setup.scales.is_empty(),
        "five steps: nothing new is saved"
    );
    let coded: Vec<&Response> = w.responses.iter().filter(|r| r.code.is_some()).collect();
    assert!(!coded.is_empty());
    for r in coded {
        let code = r.code.as_deref().expect("code");
        assert_eq!(decode(&w.setup, code).as_ref(), Ok(&r.slots), "{code}");
    }
    // The same set-up made afresh from its framework is the same set-up.
    let fw = presets()
        .into_iter()
        .find(|f| f.id == w.setup.framework_id)
        .expect("preset");
    assert_eq!(w.setup.clone().fitted(&fw), w.setup);
}

#[test]
fn a_set_up_whose_ratings_do_not_fit_a_code_is_refused() {
    // 18 items of 11 steps rated now and target: 36 ratings in base 13 need 134 bits, more
    // than a code carries (105); on five steps the same 36 take 102 bits and fit.
    let mut v: Value = serde_json::from_str(STATEMENTS).expect("fixture");
    let statement = v["factors"][0].clone();
    let factors: Vec<Value> = (0..17)
        .map(|i| {
            let mut f = statement.clone();
            f["id"] = json!(format!("p{i}"));
            f
        })
        .collect();
    v["factors"] = json!(factors);
    v["scales"][0]["steps"] = json!(11);
    v["scales"][0]["labels"] = json!((0..11)
        .map(|i| json!({ "sv": format!("Steg {i}") }))
        .collect::<Vec<_>>());
    let fw = parse_framework(&v.to_string()).expect("valid");
    let mut setup = WorkshopSetup::new(&fw, 1);
    setup.targets = true;
    assert_eq!(setup.ratings(), 36);
    assert_eq!(setup.check(), Err(SetupError::TooManyRatings));
    setup.targets = false;
    assert_eq!(setup.check(), Ok(()));
}

#[test]
fn the_widest_disagreement_is_the_widest_share_of_the_scale() {
    // The 1–4 statements beside the five-step shift. The shift's answers 1 and 4 spread 3 of 4
    // steps (¾); "vi känner varandra" 1 and 4 spread 3 of 3 (all of it); "en väg in" 2 and 3
    // spread 1 of 3 (⅓); "vi planerar" 1 and 3, 2 of 3 (⅔). Widest first: vi känner, the
    // shift, vi planerar, en väg in — by bare steps the shift would tie with vi känner and
    // come first.
    let fw = statements_on(4, 1);
    let mut setup = WorkshopSetup::new(&fw, 7);
    setup.items = vec![
        "samverkan".into(),
        "vi-kanner-varandra".into(),
        "vi-planerar-tillsammans".into(),
        "en-vag-in".into(),
    ];
    setup = setup.fitted(&fw);
    assert_eq!(setup.scales, [(1, 5), (1, 4), (1, 4), (1, 4)]);
    let lv = |n: u8| Level::new(n).map(Rating::Level);
    let answer = |slots: [u8; 4]| Response {
        code: None,
        name: None,
        slots: slots.iter().map(|n| lv(*n)).collect(),
    };
    let responses = [answer([1, 1, 1, 2]), answer([4, 4, 3, 3])];
    let order: Vec<String> = results(&setup, &responses)
        .into_iter()
        .map(|r| r.item)
        .collect();
    assert_eq!(
        order,
        [
            "vi-kanner-varandra",
            "samverkan",
            "vi-planerar-tillsammans",
            "en-vag-in"
        ]
    );
}
