//! Own frameworks travel with the data: in an exported file, a share link, a framework file and
//! a framework link; the same id with other content is a conflict the user decides.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::editor::{EditorCommand as E, TextField as T};
use kompass_core::files::framework_link::{
    framework_file, framework_file_name, framework_fragment_of, framework_json, packed_framework,
};
use kompass_core::files::share::{read_share, share_fragment};
use kompass_core::files::transfer::{export, ImportError, OnDuplicate};
use kompass_core::files::travel::{
    is_framework_file, read_for_rollup, read_framework_file, read_with_frameworks, shared_import,
    FrameworkChoice,
};
use kompass_core::framework::presets::presets;
use kompass_core::{Command as C, FileCommand, Framework, Lang, Workspace};
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec;

mod support;
use support::own::{in_use_with_assessment, offered};
use support::rate_all_of;

/// A workspace with the small own framework in use and one rated assessment of it.
fn with_own() -> (Workspace, Framework) {
    let fws = presets();
    let (mut ws, all) = in_use_with_assessment(&fws);
    let fw = ws.own.list[0].clone();
    rate_all_of(&mut ws, &all, &fw, 3, 5);
    (ws, fw)
}

#[test]
fn an_export_carries_the_own_framework_into_a_browser_without_it() {
    let (ws, fw) = with_own();
    let file = export(&ws, "2026-11-29T22:00:00Z");
    let fresh = presets();
    let incoming = read_with_frameworks(&file, &fresh).expect("readable without the framework");
    assert_eq!(incoming.frameworks, std::slice::from_ref(&fw));
    assert!(incoming.conflicts.is_empty());
    assert_eq!(incoming.assessments, ws.assessments.list);
    // Installed, then imported: the fresh browser holds the same assessment and framework.
    let mut other = Workspace::default();
    assert!(other.apply(C::Editor(E::Install(incoming.frameworks)), &fresh));
    let all = offered(&fresh, &other);
    assert!(other.apply(
        C::Files(FileCommand::Import {
            assessments: incoming.assessments,
            on_duplicate: OnDuplicate::KeepBoth
        }),
        &all
    ));
    assert_eq!(other.own.list, [fw]);
    assert_eq!(
        other.assessments.list[0].items,
        ws.assessments.list[0].items
    );
    // Without the framework in the file the same assessments are refused, as before.
    let mut bare = ws.clone();
    bare.own.list.clear();
    assert!(matches!(
        read_with_frameworks(&export(&bare, "x"), &fresh),
        Err(ImportError::UnknownFramework { .. })
    ));
}

#[test]
fn the_same_framework_again_is_no_conflict_and_another_is_asked_about() {
    let (ws, fw) = with_own();
    let file = export(&ws, "2026-11-29T22:00:00Z");
    let mut here = presets();
    here.push(fw.clone());
    let same = read_with_frameworks(&file, &here).expect("readable");
    assert!(
        same.frameworks.is_empty() && same.conflicts.is_empty(),
        "already here as it is"
    );
    // The colleague changed a word: same id, other content.
    let mut changed = fw.clone();
    changed.name.sv = "Vår målbild, reviderad".into();
    let here = [presets(), vec![changed.clone()]].concat();
    let incoming = read_with_frameworks(&file, &here).expect("readable");
    assert_eq!(incoming.conflicts.len(), 1);
    let c = &incoming.conflicts[0];
    assert_eq!(
        (c.id.as_str(), c.here.sv.as_str(), c.there.sv.as_str()),
        ("eget-1", "Vår målbild, reviderad", "Vår målbild")
    );
    assert!(c.replaceable);
    // Keep both: the file's framework and its assessments move to a new id together.
    let mut both = incoming.clone();
    both.resolve(FrameworkChoice::KeepBoth, &here);
    assert!(both.conflicts.is_empty());
    assert_eq!(both.frameworks[0].id, "eget-1-2");
    assert!(both
        .assessments
        .iter()
        .all(|a| a.framework_id == "eget-1-2"));
    assert_eq!(both.frameworks[0].name, fw.name);
    // Replace: the file's framework takes the place of the one here, under its id.
    let mut replace = incoming;
    replace.resolve(FrameworkChoice::Replace, &here);
    assert_eq!(replace.frameworks, [fw]);
    assert!(replace
        .assessments
        .iter()
        .all(|a| a.framework_id == "eget-1"));
}

#[test]
fn a_built_in_framework_is_never_replaced_by_a_file() {
    let (mut ws, _) = with_own();
    let mut fake = presets()[0].clone();
    fake.name.sv = "Sörmland, ändrat".into();
    ws.own.list = vec![fake];
    ws.assessments.list[0].framework_id = "sormland-2035".into();
    ws.assessments.list[0].items.clear();
    let here = presets();
    let mut incoming = read_with_frameworks(&export(&ws, "x"), &here).expect("readable");
    assert!(!incoming.conflicts[0].replaceable);
    incoming.resolve(FrameworkChoice::Replace, &here);
    assert_eq!(
        incoming.frameworks[0].id, "sormland-2035-2",
        "kept beside, never in its place"
    );
    assert_eq!(incoming.assessments[0].framework_id, "sormland-2035-2");
}

#[test]
fn a_broken_framework_in_a_file_is_refused() {
    let (mut ws, _) = with_own();
    ws.own.list[0].shifts.clear();
    assert_eq!(
        read_with_frameworks(&export(&ws, "x"), &presets()),
        Err(ImportError::BadFramework {
            id: "eget-1".into()
        })
    );
}

#[test]
fn a_share_link_carries_its_own_framework() {
    let (ws, fw) = with_own();
    let fragment = share_fragment(&ws.assessments.list[0], Some(&fw));
    let shared = read_share(&fragment, &presets())
        .expect("a link")
        .expect("readable");
    assert_eq!(shared.framework, Some(fw));
    assert_eq!(shared.assessment, ws.assessments.list[0]);
    assert!(fragment.len() < 2000, "{} characters", fragment.len());
    // Read in where a changed copy of the framework is: kept beside it, under a new id.
    let mut changed = shared.framework.clone().unwrap();
    changed.name.sv = "Ändrad".into();
    let here = [presets(), vec![changed]].concat();
    let incoming = shared_import(shared.assessment.clone(), shared.framework.clone(), &here);
    assert_eq!(incoming.frameworks[0].id, "eget-1-2");
    assert_eq!(incoming.assessments[0].framework_id, "eget-1-2");
    // Where it is as it came, nothing is added.
    let same = [presets(), vec![shared.framework.clone().unwrap()]].concat();
    let incoming = shared_import(shared.assessment, shared.framework, &same);
    assert!(incoming.frameworks.is_empty());
    assert_eq!(incoming.assessments[0].framework_id, "eget-1");
}

#[test]
fn a_framework_travels_as_a_file_and_as_a_link() {
    let (mut ws, fw) = with_own();
    let file = framework_file(&fw);
    assert!(is_framework_file(&file));
    assert!(!is_framework_file(&export(&ws, "x")));
    assert_eq!(
        framework_file_name(&fw, "ramverk"),
        "Nära vård-kompassen – ramverk – Vår målbild.json"
    );
    let incoming = read_framework_file(&file, &presets()).expect("a valid framework file");
    assert_eq!(incoming.frameworks, std::slice::from_ref(&fw));
    assert!(
        read_framework_file("{\"format\":\"nara-vard-kompassen/framework\"}", &presets()).is_err()
    );
    // The link: compressed JSON in the fragment, read back to the same framework.
    let fragment = framework_fragment_of(&compress_to_vec(framework_json(&fw).as_bytes(), 9));
    let packed = packed_framework(&format!("#{fragment}"))
        .expect("a framework link")
        .expect("intact");
    let json = String::from_utf8(decompress_to_vec(&packed).expect("inflates")).expect("UTF-8");
    assert_eq!(
        read_framework_file(&json, &presets())
            .expect("valid")
            .frameworks,
        std::slice::from_ref(&fw)
    );
    assert_eq!(packed_framework("#dela=abc"), None);
    // Opened where a changed copy is: a conflict to ask about.
    let fws = presets();
    let all = offered(&fws, &ws);
    ws.apply(
        C::Editor(E::Edit {
            id: "eget-1".into(),
        }),
        &all,
    );
    ws.apply(
        C::Editor(E::SetText {
            field: T::Name,
            lang: Lang::Sv,
            value: "Ny".into(),
        }),
        &all,
    );
    ws.apply(C::Editor(E::Use), &all);
    let here = offered(&fws, &ws);
    assert_eq!(
        read_framework_file(&file, &here)
            .expect("valid")
            .conflicts
            .len(),
        1
    );
}

#[test]
fn the_organisation_view_reads_carried_frameworks_and_never_mixes_two_versions() {
    let (ws, fw) = with_own();
    let file = export(&ws, "x");
    let mut known = presets();
    let (list, carried) = read_for_rollup(&file, &known).expect("readable without the framework");
    assert_eq!((list.len(), carried.clone()), (1, vec![fw.clone()]));
    known.extend(carried);
    // A second unit's file with the same framework adds nothing new.
    assert_eq!(read_for_rollup(&file, &known).expect("readable").1, vec![]);
    // A file with another version of it is refused, named by the framework.
    let mut other = ws.clone();
    other.own.list[0].name.sv = "Vår målbild, ändrad".into();
    assert_eq!(
        read_for_rollup(&export(&other, "x"), &known),
        Err(ImportError::OtherVersion {
            id: "eget-1".into()
        })
    );
}
