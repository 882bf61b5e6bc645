//! Scales in framework files: what a framework may say about its scales and what it may not,
//! each problem with its place; and frameworks without scales (every preset, format version 1)
//! rated exactly as before scales existed.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::{presets, PRESET_FILES};
use kompass_core::framework::scale::{FACTOR_SCALE, SHIFT_SCALE};
use kompass_core::{parse_framework, FrameworkError as E, ItemKind, Lang, Level, Scale};
use serde_json::{json, Value};

const B3: &str = include_str!("../../tests/fixtures/b3-mognad.json");
const STATEMENTS: &str = include_str!("../../tests/fixtures/pastaenden-4.json");

fn b3() -> Value {
    serde_json::from_str(B3).expect("fixture is JSON")
}

fn errors_of(v: &Value) -> Vec<E> {
    match parse_framework(&v.to_string()) {
        Ok(fw) => panic!("{} should have been rejected", fw.id),
        Err(errors) => errors,
    }
}

#[test]
fn the_fixtures_parse_with_their_scales_and_wording() {
    let fw = parse_framework(B3).expect("B3 fixture");
    let scale = fw.scale_of("beredskap");
    assert_eq!((scale.id.as_str(), scale.min(), scale.max()), ("b3", 0, 5));
    assert_eq!(
        scale
            .label(Level::new(0).expect("0"))
            .map(|l| l.get(Lang::Sv)),
        Some("Saknas")
    );
    assert_eq!(
        scale.label(Level::new(6).expect("6")),
        None,
        "6 is off a 0–5 scale"
    );
    assert_eq!(fw.level_texts("beredskap").len(), 6);
    assert!(
        fw.level_texts("finansiering").is_empty(),
        "only some items word their steps"
    );
    assert_eq!(
        fw.scale_of("integrerad-vard").id,
        "b3",
        "a shift may name a scale too"
    );
    let st = parse_framework(STATEMENTS).expect("statements fixture");
    let agree = st.scale_of("en-vag-in");
    assert_eq!((agree.min(), agree.max()), (1, 4));
    assert_eq!(agree.labels[0].sv, "Stämmer inte alls");
    assert_eq!(agree.labels[3].sv, "Stämmer helt");
    // The one shift names no scale: the five-step FRÅN → TILL scale, as always.
    assert_eq!(st.scale_of("samverkan").id, SHIFT_SCALE);
}

#[test]
fn steps_start_and_one_label_per_step() {
    for steps in [1, 12, 0] {
        let mut v = b3();
        v["scales"][0]["steps"] = json!(steps);
        assert_eq!(
            errors_of(&v),
            [E::ScaleSteps {
                path: "scales[0].steps".into(),
                found: steps
            }],
            "{steps} steps"
        );
    }
    let mut v = b3();
    v["scales"][0]["start"] = json!(2);
    assert_eq!(
        errors_of(&v),
        [E::ScaleStart {
            path: "scales[0].start".into(),
            found: 2
        }]
    );
    let mut v = b3();
    v["scales"][0]["labels"]
        .as_array_mut()
        .expect("labels")
        .pop();
    assert_eq!(
        errors_of(&v),
        [E::StepCount {
            path: "scales[0].labels".into(),
            found: 5,
            steps: 6
        }]
    );
    let mut v = b3();
    v["scales"][0]["labels"][2]["sv"] = json!(" ");
    assert_eq!(
        errors_of(&v),
        [E::Empty {
            path: "scales[0].labels[2].sv".into()
        }]
    );
    // 2 and 11 steps are the limits, and a scale may start at 0 or 1.
    for (steps, start) in [(2u8, 0u8), (11, 0), (11, 1), (2, 1)] {
        let mut v = b3();
        v["scales"][0]["steps"] = json!(steps);
        v["scales"][0]["start"] = json!(start);
        v["scales"][0]["labels"] = json!((0..steps)
            .map(|i| json!({ "sv": format!("Steg {i}") }))
            .collect::<Vec<_>>());
        for f in v["factors"].as_array_mut().expect("factors") {
            f.as_object_mut().expect("factor").remove("levels");
        }
        let fw = parse_framework(&v.to_string()).expect("valid");
        assert_eq!(fw.scale_of("beredskap").max(), start + steps - 1);
    }
}

#[test]
fn an_items_own_wording_has_one_text_per_step_of_its_scale() {
    let mut v = b3();
    v["factors"][0]["levels"]
        .as_array_mut()
        .expect("levels")
        .pop();
    assert_eq!(
        errors_of(&v),
        [E::StepCount {
            path: "factors[0].levels".into(),
            found: 5,
            steps: 6
        }]
    );
    let mut v = b3();
    v["factors"][1]["levels"][4]["sv"] = json!("");
    assert_eq!(
        errors_of(&v),
        [E::Empty {
            path: "factors[1].levels[4].sv".into()
        }]
    );
    // An item on the built-in five-step scale may word its five steps (format version 2).
    let mut v: Value = serde_json::from_str(PRESET_FILES[0].1).expect("preset");
    v["version"] = json!(2);
    v["factors"][0]["levels"] = json!([{"sv": "a"}, {"sv": "b"}, {"sv": "c"}, {"sv": "d"}]);
    assert_eq!(
        errors_of(&v),
        [E::StepCount {
            path: "factors[0].levels".into(),
            found: 4,
            steps: 5
        }]
    );
    v["factors"][0]["levels"]
        .as_array_mut()
        .expect("levels")
        .push(json!({"sv": "e"}));
    let fw = parse_framework(&v.to_string()).expect("five texts for five steps");
    assert_eq!(fw.level_texts(&fw.factors[0].id)[4].sv, "e");
}

#[test]
fn unknown_reserved_and_repeated_scale_ids_and_the_version_they_need() {
    let mut v = b3();
    v["factors"][1]["scale"] = json!("finns-inte");
    assert_eq!(
        errors_of(&v),
        [E::UnknownScale {
            path: "factors[1].scale".into(),
            id: "finns-inte".into()
        }]
    );
    let mut v = b3();
    let copy = v["scales"][0].clone();
    v["scales"]
        .as_array_mut()
        .expect("scales")
        .push(copy.clone());
    let mut reserved = copy;
    reserved["id"] = json!(FACTOR_SCALE);
    v["scales"].as_array_mut().expect("scales").push(reserved);
    assert_eq!(
        errors_of(&v),
        [
            E::DuplicateId {
                path: "scales[1].id".into(),
                id: "b3".into(),
                first: "scales[0].id".into()
            },
            E::ReservedScale {
                path: "scales[2].id".into(),
                id: FACTOR_SCALE.into()
            },
        ]
    );
    // A built-in scale may be named outright.
    let mut v = b3();
    v["factors"][4]["scale"] = json!(FACTOR_SCALE);
    let fw = parse_framework(&v.to_string()).expect("built-in scale by id");
    assert_eq!(fw.scale_of("finansiering").max(), 5);
    // Version 1 files cannot have scales: an older app would read 0–5 as 1–5.
    let mut v = b3();
    v["version"] = json!(1);
    assert_eq!(
        errors_of(&v),
        [E::ScalesNeedVersion {
            path: "version".into(),
            version: 2
        }]
    );
}

#[test]
fn several_problems_are_listed_at_once_each_at_its_place() {
    let mut v = b3();
    v["scales"][0]["start"] = json!(3);
    v["factors"][2]["levels"] = json!([{ "sv": "bara en" }]);
    v["shifts"][0]["scale"] = json!("B3");
    let paths: Vec<String> = errors_of(&v)
        .iter()
        .map(|e| match e {
            E::ScaleStart { path, .. }
            | E::StepCount { path, .. }
            | E::UnknownScale { path, .. } => path.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        paths,
        ["scales[0].start", "shifts[0].scale", "factors[2].levels"]
    );
}

#[test]
fn a_framework_without_scales_is_rated_on_todays_five_steps_with_todays_wording() {
    let shift = [
        "Vi arbetar som i FRÅN",
        "Enstaka steg mot TILL",
        "Både FRÅN och TILL förekommer",
        "TILL är det vanliga",
        "TILL är vardag, överallt",
    ];
    let factor = [
        "Inte påbörjat",
        "Påbörjat",
        "Delvis på plats",
        "Etablerat",
        "Hållbart och integrerat",
    ];
    for fw in presets() {
        assert_eq!(fw.version, 1, "{}", fw.id);
        assert!(!fw.uses_scales(), "{}", fw.id);
        for (kind, id, _) in fw.items() {
            let scale = fw.scale_of(id);
            let want: &[&str] = if kind == ItemKind::Shift {
                &shift
            } else {
                &factor
            };
            assert_eq!((scale.min(), scale.max(), scale.steps), (1, 5, 5), "{id}");
            let labels: Vec<&str> = scale.labels.iter().map(|l| l.sv.as_str()).collect();
            assert_eq!(labels, want, "{id}");
            assert!(fw.level_texts(id).is_empty());
        }
        // Written out again, a preset gains no scale field.
        let json = serde_json::to_string(&fw).expect("serializes");
        for field in ["\"scales\"", "\"scale\"", "\"levels\""] {
            assert!(!json.contains(field), "{}: {field}", fw.id);
        }
    }
    let factor_en: Vec<&str> = Scale::default_for(ItemKind::Factor)
        .labels
        .iter()
        .map(|l| l.get(Lang::En))
        .collect();
    assert_eq!(
        factor_en,
        [
            "Not started",
            "Started",
            "Partly in place",
            "Established",
            "Sustained and integrated"
        ]
    );
}
