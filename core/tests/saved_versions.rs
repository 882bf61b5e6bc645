//! Every released schema version of the saved data, read from its golden file and migrated to
//! the current one, compared field by field.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::editor::{EditorCommand as E, TextField as T};
use kompass_core::files::saved::{decode, encode, SCHEMA_VERSION};
use kompass_core::framework::presets::presets;
use kompass_core::{Command as C, Lang, Rating, Step, Workspace};

mod support;
use support::own::in_use_with_assessment;
use support::{d, lv};

const V1: &str = include_str!("fixtures/saved-v1.json");
const V2: &str = include_str!("fixtures/saved-v2.json");

#[test]
fn version_1_migrates_field_by_field() {
    let ws = decode(V1).expect("version 1 reads");
    assert_eq!(ws.lang, Lang::Sv);
    assert_eq!(ws.nav.framework_id, "sormland-2035");
    assert_eq!(ws.nav.current.as_deref(), Some("a3"));
    assert_eq!(ws.nav.step, Step::Item("samordning".into()));
    assert_eq!(ws.assessments.next_id, 6);
    assert_eq!(
        ws.export.last_export.as_deref(),
        Some("2026-11-22T20:00:00.000Z")
    );
    assert!(!ws.export.unexported);
    let ids: Vec<&str> = ws.assessments.list.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a3", "a5"]);
    let a1 = &ws.assessments.list[0];
    assert_eq!(
        (a1.unit.as_str(), a1.framework_id.as_str()),
        ("Vårdcentralen Nyköping", "sormland-2035")
    );
    assert_eq!(a1.date, d("2025-03-01"));
    assert_eq!(a1.items["person"].now, lv(2));
    assert_eq!(a1.items["person"].target, lv(4));
    assert_eq!(a1.items["person"].answers, ["Kontinuitet", "Tid"]);
    assert_eq!(a1.items["tillit"].now, Some(Rating::DontKnow));
    assert_eq!(a1.items["tillit"].note, "Medarbetarenkät 2025");
    assert_eq!(a1.actions[0].what, "Inför fast vårdkontakt");
    assert_eq!(a1.actions[0].due, Some(d("2025-06-30")));
    assert_eq!(
        ws.assessments.list[1].items["samordning"].target,
        Some(Rating::DontKnow)
    );
    assert_eq!(ws.assessments.list[2].framework_id, "kalmar-lan");
    // Version 2's additions start empty, and the migrated workspace saves as version 2.
    assert!(ws.own.list.is_empty());
    assert!(ws.own.draft.is_none());
    assert!(ws.workshops.workshop.is_none());
    let again = encode(&ws);
    assert!(again.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
    assert_eq!(decode(&again), Ok(ws));
}

#[test]
fn a_version_1_document_never_brings_own_frameworks() {
    let sneaked = V1.replacen(
        "\"lang\": \"sv\",",
        "\"lang\": \"sv\", \"frameworks\": [], \"draft\": null,",
        1,
    );
    assert_eq!(decode(&sneaked), decode(V1));
}

/// The workspace the version-2 golden file was saved from: an own framework in use with an
/// assessment of it, and a draft copied from Sörmland 2035.
fn version_2_workspace() -> Workspace {
    let fws = presets();
    let (mut ws, all) = in_use_with_assessment(&fws);
    assert!(ws.apply(
        C::Editor(E::Copy {
            from: "sormland-2035".into(),
            id: "eget-2".into()
        }),
        &all
    ));
    assert!(ws.apply(
        C::Editor(E::SetText {
            field: T::Name,
            lang: Lang::Sv,
            value: "Sörmland, vår version".into()
        }),
        &all
    ));
    ws
}

#[test]
fn version_2_reads_as_saved() {
    let ws = decode(V2).expect("version 2 reads");
    assert_eq!(ws, version_2_workspace());
    assert_eq!(ws.own.list[0].name.sv, "Vår målbild");
    assert_eq!(
        ws.own
            .draft
            .as_ref()
            .unwrap()
            .fw
            .based_on
            .as_ref()
            .unwrap()
            .id,
        "sormland-2035"
    );
    assert_eq!(ws.own.draft.as_ref().unwrap().touched, ["name-sv"]);
    assert_eq!(decode(&encode(&ws)), Ok(ws));
}

#[test]
#[ignore = "writes the golden file; run once per new schema version"]
fn write_version_2_golden_file() {
    let text =
        kompass_core::files::transfer::export(&version_2_workspace(), "2026-11-29T22:00:00.000Z");
    std::fs::write("tests/fixtures/saved-v2.json", text).expect("write");
}
