//! Parsing and validation reject broken frameworks with the right error, all of them at once.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::PRESET_FILES;
use kompass_core::framework::validate::{MAX_FRAMEWORK_BYTES, MAX_TEXT_CHARS};
use kompass_core::{parse_framework, FrameworkError as E};
use serde_json::{json, Value};

/// The Sörmland preset as JSON, to break one piece at a time.
fn sormland() -> Value {
    serde_json::from_str(PRESET_FILES[0].1).expect("preset is JSON")
}

fn errors_of(v: &Value) -> Vec<E> {
    match parse_framework(&v.to_string()) {
        Ok(fw) => panic!("{} should have been rejected", fw.id),
        Err(errors) => errors,
    }
}

#[test]
fn every_preset_parses_and_round_trips() {
    for (file, json) in PRESET_FILES {
        let fw = parse_framework(json).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        let again = serde_json::to_string(&fw).expect("serializes");
        assert_eq!(parse_framework(&again), Ok(fw), "{file}");
    }
}

#[test]
fn not_json_reports_line_and_column() {
    let errors = parse_framework("{\n  \"format\": \"nara-vard-kompassen/framework\",\n  oops\n}")
        .expect_err("broken JSON");
    assert!(
        matches!(&errors[..], [E::Syntax { line: 3, .. }]),
        "{errors:?}"
    );
}

#[test]
fn json_of_the_wrong_shape_is_a_shape_error() {
    let mut v = sormland();
    v["shifts"] = json!("four");
    let errors = errors_of(&v);
    assert!(
        matches!(&errors[..], [E::Shape { detail, .. }] if detail.contains("sequence")),
        "{errors:?}"
    );
    let mut v = sormland();
    v.as_object_mut().expect("object").remove("shifts");
    let errors = errors_of(&v);
    assert!(
        matches!(&errors[..], [E::Shape { detail, .. }] if detail.contains("shifts")),
        "{errors:?}"
    );
}

#[test]
fn another_format_or_a_newer_version_is_refused_before_its_shape() {
    assert_eq!(
        errors_of(&json!({"name": "x"})),
        [E::WrongFormat {
            found: String::new()
        }]
    );
    let mut v = sormland();
    v["version"] = json!(3);
    v["shifts"] = json!(null); // would be a shape error, but the version decides first
    assert_eq!(
        errors_of(&v),
        [E::NewerVersion {
            found: 3,
            supported: 2
        }]
    );
}

#[test]
fn a_huge_file_is_refused_unread() {
    let huge = " ".repeat(MAX_FRAMEWORK_BYTES + 1);
    assert_eq!(
        parse_framework(&huge),
        Err(vec![E::TooLarge {
            bytes: MAX_FRAMEWORK_BYTES + 1,
            max: MAX_FRAMEWORK_BYTES
        }])
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let mut v = sormland();
    v["factors"][2]["id"] = json!("person"); // a shift's id
    assert_eq!(
        errors_of(&v),
        [E::DuplicateId {
            path: "factors[2].id".into(),
            id: "person".into(),
            first: "shifts[0].id".into()
        }]
    );
}

#[test]
fn a_repeated_id_names_its_first_well_formed_place() {
    let mut v = sormland();
    let area = v["goal_areas"][0]["id"].clone();
    let shift = v["shifts"][0]["id"].clone();
    v["shifts"][1]["id"] = area.clone();
    v["shifts"][2]["id"] = json!("Inte ett id");
    v["factors"][0]["id"] = area.clone();
    v["factors"][1]["id"] = json!("Inte ett id");
    v["factors"][3]["id"] = shift.clone();
    let (area, shift) = (
        area.as_str().unwrap_or_default(),
        shift.as_str().unwrap_or_default(),
    );
    assert_eq!(
        errors_of(&v),
        [
            E::DuplicateId {
                path: "shifts[1].id".into(),
                id: area.into(),
                first: "goal_areas[0].id".into()
            },
            E::BadId {
                path: "shifts[2].id".into(),
                id: "Inte ett id".into()
            },
            E::DuplicateId {
                path: "factors[0].id".into(),
                id: area.into(),
                first: "goal_areas[0].id".into()
            },
            E::BadId {
                path: "factors[1].id".into(),
                id: "Inte ett id".into()
            },
            E::DuplicateId {
                path: "factors[3].id".into(),
                id: shift.into(),
                first: "shifts[0].id".into()
            },
        ]
    );
}

#[test]
fn empty_wording_is_rejected_per_field() {
    let mut v = sormland();
    v["shifts"][1]["to"]["sv"] = json!("   ");
    v["goal_areas"][0]["name"]["sv"] = json!("");
    assert_eq!(
        errors_of(&v),
        [
            E::Empty {
                path: "goal_areas[0].name.sv".into()
            },
            E::Empty {
                path: "shifts[1].to.sv".into()
            },
        ]
    );
}

#[test]
fn a_mapping_must_point_at_a_real_goal_area() {
    let mut v = sormland();
    v["factors"][4]["goal_areas"] = json!(["tillsammans", "narhet"]);
    assert_eq!(
        errors_of(&v),
        [E::UnknownGoalArea {
            path: "factors[4].goal_areas[1]".into(),
            id: "narhet".into()
        }]
    );
}

#[test]
fn ids_years_counts_and_lengths_are_checked() {
    let mut v = sormland();
    v["id"] = json!("Sörmland 2035");
    v["horizon"] = json!(1999);
    v["questions"] = json!([]);
    v["factors"][0]["name"]["en"] = json!("x".repeat(MAX_TEXT_CHARS + 1));
    assert_eq!(
        errors_of(&v),
        [
            E::BadId {
                path: "id".into(),
                id: "Sörmland 2035".into()
            },
            E::HorizonOutOfRange { year: 1999 },
            E::Count {
                path: "questions".into(),
                found: 0,
                min: 1,
                max: 6
            },
            E::TooLong {
                path: "factors[0].name.en".into(),
                max: MAX_TEXT_CHARS
            },
        ]
    );
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let mut v = sormland();
    for i in 0..4 {
        v["shifts"][i]["from"]["sv"] = json!("");
    }
    v["shifts"][3]["goal_areas"] = json!(["nowhere"]);
    let errors = errors_of(&v);
    assert_eq!(errors.len(), 5, "{errors:?}");
}

#[test]
fn a_minimal_custom_framework_is_accepted() {
    let v = json!({
        "format": "nara-vard-kompassen/framework",
        "version": 1,
        "id": "min-enhet",
        "name": {"sv": "Min enhet"},
        "questions": [{"sv": "Vad behövs?"}],
        "factors_title": {"sv": "Faktorer"},
        "shifts": [{"id": "s1", "from": {"sv": "Reaktiv"}, "to": {"sv": "Proaktiv"}}]
    });
    let fw = parse_framework(&v.to_string()).expect("valid");
    assert_eq!(fw.horizon, None);
    assert!(fw.factors.is_empty() && fw.goal_areas.is_empty());
}

#[test]
fn the_shipped_example_framework_is_valid() {
    let text = include_str!("../../www/frameworks/exempel.json");
    let fw = parse_framework(text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(fw.goal_areas.len(), 4);
    assert!(
        fw.items().all(|(_, _, areas)| !areas.is_empty()),
        "every item is mapped"
    );
    let presets = kompass_core::framework::presets::presets();
    assert!(presets.iter().all(|p| p.id != fw.id), "its own id");
}
