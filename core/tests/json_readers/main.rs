//! The JSON readers written by `read_struct!` (`core/src/json_read.rs`) against serde's derived
//! readers: every value, message, line and column the same for the same text. `derived.rs` and
//! `derived_workshop.rs` hold the structs as serde derived them before, with the attributes
//! they had; a full document of each is read by both, changed in every way one missing,
//! wrong, doubled or unknown key can change it, and the results compared.

use kompass_core::json_write::{to_json, WriteJson};
use kompass_core::workshop::{Participation, Workshop, WorkshopSetup};
use kompass_core::{Assessment, Framework};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

#[path = "../support/mod.rs"]
mod support;

mod derived;
mod derived_workshop;
mod variants;

use support::every_step;
use variants::variants;

/// What a reader makes of `text`: the value's `Debug` text (the same for the real struct and
/// its derived twin, which have the same names and fields), or `serde_json`'s full message.
fn read<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> Result<String, String> {
    serde_json::from_str::<T>(text)
        .map(|v| format!("{v:?}"))
        .map_err(|e| e.to_string())
}

/// Reads each one-key change of `full` with both readers (the same value or message), and
/// writes each value both read with both writers: `write_struct!`'s (directly and through its
/// `Serialize`) and serde's derived one, byte for byte the same.
fn same_as_derived<Ours, Derived>(full: &Value) -> usize
where
    Ours: DeserializeOwned + std::fmt::Debug + WriteJson + Serialize,
    Derived: DeserializeOwned + std::fmt::Debug + Serialize,
{
    let texts = variants(full);
    let mut written = 0;
    for text in &texts {
        assert_eq!(read::<Ours>(text), read::<Derived>(text), "for:\n{text}");
        if let (Ok(ours), Ok(derived)) = (
            serde_json::from_str::<Ours>(text),
            serde_json::from_str::<Derived>(text),
        ) {
            let expected = serde_json::to_string(&derived).expect("derived writer");
            assert_eq!(to_json(&ours), expected, "written from:\n{text}");
            let through_serde = serde_json::to_string(&ours).expect("bridge");
            assert_eq!(through_serde, expected, "written from:\n{text}");
            written += 1;
        }
    }
    assert!(written > 1, "{written} texts written");
    texts.len()
}

fn localized(sv: &str) -> Value {
    json!({"sv": sv, "en": format!("{sv} (en)")})
}

/// A framework with every field there is, each list of one.
fn full_framework() -> Value {
    json!({
        "format": "nara-vard-kompassen/framework", "version": 2, "id": "fw",
        "name": localized("Namn"), "source": localized("Källa"), "horizon": 2035,
        "target_picture": localized("Målbild"), "questions": [localized("Fråga")],
        "factors_title": localized("Faktorer"),
        "goal_areas": [{"id": "g", "name": localized("Mål"), "summary": localized("Genom"),
            "description": [localized("Text")]}],
        "shifts": [{"id": "s", "from": localized("Från"), "to": localized("Till"),
            "goal_areas": ["g"], "rationale": localized("Varför"), "scale": "sc",
            "levels": [localized("Ett"), localized("Två")]}],
        "factors": [{"id": "f", "name": localized("Faktor"), "goal_areas": ["g"],
            "rationale": localized("Varför"), "scale": "sc", "levels": [localized("Ett")]}],
        "context": [{"title": localized("Rubrik"), "items": [localized("Punkt")]}],
        "scales": [{"id": "sc", "name": localized("Skala"), "steps": 2, "start": 0,
            "labels": [localized("Låg"), localized("Hög")]}],
        "based_on": {"id": "sormland", "name": localized("Sörmland")}
    })
}

#[test]
fn a_framework_reads_as_serde_derived_it_with_every_message_and_position() {
    let n = same_as_derived::<Framework, derived::Framework>(&full_framework());
    assert!(n > 500, "{n} texts");
}

#[test]
fn an_assessment_reads_as_serde_derived_it() {
    let full = json!({
        "id": "a1", "unit": "Vårdcentralen", "framework_id": "fw", "date": "2026-11-30",
        "items": {"s": {"now": {"level": 2}, "target": "dont_know", "answers": ["svar"],
            "note": "anteckning"}},
        "actions": [{"id": 1, "item": "s", "what": "Göra", "who": "Vem", "due": "2027-01-31",
            "status": "in_progress"}]
    });
    same_as_derived::<Assessment, derived::Assessment>(&full);
}

#[test]
fn a_workshop_setup_reads_as_serde_derived_it_with_its_defaults() {
    let full = json!({
        "id": "K7Q", "framework_id": "fw", "items": ["s"], "targets": true,
        "anonymous": false, "min_group": 5, "unit": "Enhet", "scales": [[1, 5]]
    });
    same_as_derived::<WorkshopSetup, derived_workshop::WorkshopSetup>(&full);
    // Left out, the two fields with a default of their own get it, not the type's default.
    let setup: WorkshopSetup =
        serde_json::from_str(r#"{"id":"K7Q","framework_id":"fw","items":[]}"#).expect("setup");
    assert!(setup.anonymous);
    assert_eq!(setup.min_group, 3);
}

#[test]
fn a_workshop_and_a_participation_read_as_serde_derived_them() {
    let setup = json!({"id": "K7Q", "framework_id": "fw", "items": ["s", "t"], "targets": true,
        "anonymous": false, "min_group": 4, "unit": "Enhet", "scales": [[1, 5], [0, 10]]});
    let slots = json!([{"level": 2}, null, "dont_know", {"level": 10}]);
    let workshop = json!({
        "setup": setup, "revealed": true, "slide": 2, "saved_as": "a1",
        "responses": [{"code": "K7Q-ABCD", "name": "Anna", "slots": slots}],
        "agreed": {"s": {"now": {"level": 3}, "target": "dont_know", "note": "enig"}},
        "round": {"slots": slots, "name": "Bo", "given": 1},
        "group_work": {"opening": true, "answers": "svar", "unclaimed": ["rest"],
            "plan": {"minutes": 10, "rounds": [["s", "t"]]},
            "summaries": [{"round": 0, "group": 1, "text": "sammanfattning"}]}
    });
    let n = same_as_derived::<Workshop, derived_workshop::Workshop>(&workshop);
    assert!(n > 300, "{n} texts");
    let participation = json!({"setup": setup, "slots": slots, "nonce": 42, "done": true});
    same_as_derived::<Participation, derived_workshop::Participation>(&participation);
    // Every field that may be left out, left out at once.
    let bare = json!({"setup": {"id": "K7Q", "framework_id": "fw", "items": []}});
    same_as_derived::<Workshop, derived_workshop::Workshop>(&bare);
}

#[test]
fn a_framework_with_every_optional_field_left_out_writes_as_serde_derived_it() {
    let sv = json!({"sv": "x"});
    let bare = json!({
        "format": "nara-vard-kompassen/framework", "version": 1, "id": "fw", "name": sv,
        "questions": [], "factors_title": sv,
        "shifts": [{"id": "s", "from": sv, "to": sv, "goal_areas": []}],
        "factors": [{"id": "f", "name": sv, "goal_areas": []}],
        "scales": [{"id": "sc", "steps": 2, "labels": [sv, sv]}],
        "goal_areas": [{"id": "g", "name": sv}]
    });
    same_as_derived::<Framework, derived::Framework>(&bare);
    let item = json!({"id": "a", "unit": "u", "framework_id": "fw", "date": "2026-01-02",
        "items": {"s": {}}, "actions": [{"id": 1, "item": "s", "what": "", "who": "",
        "due": null, "status": "done"}]});
    same_as_derived::<Assessment, derived::Assessment>(&item);
}

/// The enums written by hand in `json_write/variants.rs`: every variant as serde's derive writes it.
#[test]
fn the_hand_written_enums_write_as_serde_derived_them() {
    use kompass_core::{ActionStatus, Level, Rating};
    fn same<T: WriteJson + Serialize>(v: &T) {
        assert_eq!(to_json(v), serde_json::to_string(v).expect("derived"));
    }
    every_step("s\"1").iter().for_each(same);
    (Level::MIN..=Level::MAX)
        .filter_map(Level::new)
        .map(Rating::Level)
        .chain([Rating::DontKnow])
        .for_each(|r| same(&r));
    [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ]
    .iter()
    .for_each(same);
    same(&(3_u8, 250_u8));
    same(&vec![Some(Rating::DontKnow), None]);
}

#[test]
fn serde_messages_are_the_ones_the_app_has_always_shown() {
    let text = "{\n  \"sv\": \"a\",\n  \"sv\": \"b\"\n}";
    assert_eq!(
        read::<kompass_core::Localized>(text),
        Err("duplicate field `sv` at line 3 column 6".to_owned())
    );
    assert_eq!(
        read::<kompass_core::Localized>("{\"en\": \"x\"}"),
        Err("missing field `sv` at line 1 column 11".to_owned())
    );
    assert_eq!(
        read::<kompass_core::Localized>("\"text\""),
        Err(
            "invalid type: string \"text\", expected struct Localized at line 1 column 6"
                .to_owned()
        )
    );
}

/// The one behaviour that changed: serde's derived reader also read a struct from an array,
/// field by field in order; the app never wrote one, and now it is refused as a wrong type.
#[test]
fn a_struct_written_as_an_array_is_a_wrong_type() {
    let err = read::<kompass_core::Localized>("[\"a\", \"b\"]").expect_err("array");
    assert_eq!(
        err,
        "invalid type: sequence, expected struct Localized at line 1 column 0"
    );
}
