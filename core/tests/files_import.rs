//! Files: golden fixtures of every released format, lossless export/import, every class of bad
//! file, and merging (property tests of the reader: `files_properties.rs`).
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::saved::{decode, ShapeProblem, StoreError};
use kompass_core::files::transfer::{
    export, read_import, ImportError, OnDuplicate, MAX_IMPORT_BYTES,
};
use kompass_core::framework::presets::presets;
use kompass_core::{
    ActionStatus, Assessment, Command as C, Date, Framework, Level, NewAction, Rating, Step, Which,
    Workspace,
};
use kompass_core::{AnswerCommand, FileCommand, HistoryCommand, NavCommand};

const V1: &str = include_str!("fixtures/saved-v1.json");

fn fws() -> Vec<Framework> {
    presets()
}

#[test]
fn golden_v1_file_reads_as_it_was_written() {
    let ws = decode(V1).expect("v1 reads");
    assert_eq!(ws.assessments.len(), 3);
    assert_eq!(ws.nav.current.as_deref(), Some("a3"));
    assert_eq!(ws.nav.step, Step::Item("samordning".into()));
    let a1 = &ws.assessments[0];
    assert_eq!(a1.date, Date::parse("2025-03-01").expect("date"));
    assert_eq!(
        a1.rating("person", Which::Now),
        Some(Rating::Level(Level::new(2).expect("level")))
    );
    assert_eq!(a1.rating("tillit", Which::Now), Some(Rating::DontKnow));
    assert_eq!(
        a1.answer("person").map(|p| p.answers.clone()),
        Some(vec!["Kontinuitet".into(), "Tid".into()])
    );
    assert_eq!(a1.actions[0].status, ActionStatus::Done);
    assert_eq!(ws.assessments[1].actions[0].due, None);
    assert_eq!(ws.assessments[2].framework_id, "kalmar-lan");
    assert_eq!(
        ws.export.last_export.as_deref(),
        Some("2026-11-22T20:00:00.000Z")
    );
    // And as an import: every assessment is valid against the presets.
    assert_eq!(read_import(V1, &fws()).map(|v| v.len()), Ok(3));
}

#[test]
fn export_then_import_gives_back_an_identical_state() {
    let fws = fws();
    let ws = decode(V1).expect("v1");
    let file = export(&ws, "2026-11-22T21:00:00.000Z");
    assert!(file.contains("\"exported\": \"2026-11-22T21:00:00.000Z\""));
    assert_eq!(decode(&file), Ok(ws.clone()));
    // Into an empty browser: the same assessments (with ids of its own).
    let mut fresh = Workspace::default();
    let incoming = read_import(&file, &fws).expect("import");
    assert!(fresh.apply(
        C::Files(FileCommand::Import {
            assessments: incoming,
            on_duplicate: OnDuplicate::Skip
        }),
        &fws
    ));
    let strip = |v: &[Assessment]| {
        v.iter()
            .map(|a| {
                let mut a = a.clone();
                a.id.clear();
                a.actions.iter_mut().for_each(|p| p.id = 0);
                a
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&fresh.assessments), strip(&ws.assessments));
}

fn import_error(text: &str) -> ImportError {
    read_import(text, &fws()).expect_err("refused")
}

#[test]
fn every_kind_of_bad_file_is_refused_with_its_reason() {
    // Not JSON at all (a binary or a text file), with the place.
    assert!(matches!(
        import_error("PK\u{3}\u{4}binary"),
        ImportError::Unreadable(StoreError::NotJson { line: 1, .. })
    ));
    assert!(matches!(
        import_error("{\"schema\":1,\n\"workspace\": {"),
        ImportError::Unreadable(StoreError::NotJson { line: 2, .. })
    ));
    // JSON of the wrong shape.
    let shape = import_error("[1, 2, 3]");
    assert!(
        matches!(shape, ImportError::Unreadable(StoreError::Shape { .. })),
        "{shape:?}"
    );
    assert_eq!(
        import_error("{\"name\": \"x\"}"),
        ImportError::Unreadable(StoreError::NoSchema)
    );
    // A newer format.
    assert_eq!(
        import_error("{\"schema\": 9, \"workspace\": {}}"),
        ImportError::Unreadable(StoreError::NewerSchema {
            found: 9,
            supported: 2
        })
    );
    // A level on no scale at all (over 10) with serde's place; one off its item's five-step
    // scale, with the item and the scale.
    let bad_level = V1.replace("{ \"level\": 2 }", "{ \"level\": 11 }");
    let level = import_error(&bad_level);
    assert!(
        matches!(&level, ImportError::Unreadable(StoreError::Shape { line: 20, problem: ShapeProblem::Level { found } }) if found == "11"),
        "{level:?}"
    );
    let off_scale = import_error(&V1.replace("{ \"level\": 2 }", "{ \"level\": 7 }"));
    assert!(
        matches!(
            &off_scale,
            ImportError::LevelOffScale {
                assessment: 1,
                found: 7,
                min: 1,
                max: 5,
                ..
            }
        ),
        "{off_scale:?}"
    );
    let zero = import_error(&V1.replace("{ \"level\": 2 }", "{ \"level\": 0 }"));
    assert!(
        matches!(&zero, ImportError::LevelOffScale { found: 0, .. }),
        "{zero:?}"
    );
    let bad_date = V1.replace("2025-03-01", "2025-02-30");
    assert!(
        matches!(import_error(&bad_date), ImportError::Unreadable(StoreError::Shape { problem: ShapeProblem::Date { found }, .. }) if found == "2025-02-30")
    );
    // Every other cause the app can know, each as a cause and never as the reader's words.
    let missing = V1.replacen("\"framework_id\"", "\"ramverk\"", 1);
    assert!(
        matches!(import_error(&missing), ImportError::Unreadable(StoreError::Shape { problem: ShapeProblem::MissingField { field }, .. }) if field == "framework_id"),
        "{:?}",
        import_error(&missing)
    );
    let wrong_type = V1.replace("{ \"level\": 2 }", "{ \"level\": \"två\" }");
    assert!(matches!(
        import_error(&wrong_type),
        ImportError::Unreadable(StoreError::Shape {
            problem: ShapeProblem::WrongType,
            ..
        })
    ));
    assert_eq!(
        import_error("[1, 2, 3]"),
        ImportError::Unreadable(StoreError::Shape {
            line: 1,
            problem: ShapeProblem::NotObject
        })
    );
    // Unknown item and framework ids.
    assert_eq!(
        import_error(&V1.replace("\"tillit\"", "\"tilit\"")),
        ImportError::UnknownItem {
            assessment: 1,
            id: "tilit".into()
        }
    );
    assert_eq!(
        import_error(&V1.replace("\"item\": \"samverkan\"", "\"item\": \"nope\"")),
        ImportError::UnknownItem {
            assessment: 2,
            id: "nope".into()
        }
    );
    assert_eq!(
        import_error(&V1.replace("\"kalmar-lan\"", "\"gotland\"")),
        ImportError::UnknownFramework {
            assessment: 3,
            id: "gotland".into()
        }
    );
    // Nothing in it, or far too much.
    assert_eq!(
        import_error(r#"{"schema":1,"workspace":{"framework_id":"sormland-2035"}}"#),
        ImportError::Empty
    );
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(
        import_error(&huge),
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        }
    );
}

/// A workspace with one assessment of "Vårdcentralen Nyköping" dated 2026-03-01 and one action.
fn local() -> Workspace {
    let fws = fws();
    let mut ws = Workspace::default();
    assert!(ws.apply(
        C::History(HistoryCommand::Start {
            unit: "Vårdcentralen Nyköping".into(),
            date: Date::parse("2026-03-01").expect("date")
        }),
        &fws
    ));
    let new = NewAction {
        item: "person".into(),
        what: "Lokal".into(),
        who: String::new(),
        due: None,
        status: ActionStatus::Planned,
    };
    assert!(ws.apply(C::Answers(AnswerCommand::AddAction(new)), &fws));
    ws
}

#[test]
fn an_import_merges_without_overwriting_and_asks_about_the_same_assessment() {
    let fws = fws();
    let incoming = read_import(V1, &fws).expect("import");
    // Skip: the local 2026-03-01 assessment stays, the two others are added.
    let mut ws = local();
    assert!(ws.apply(
        C::Files(FileCommand::Import {
            assessments: incoming.clone(),
            on_duplicate: OnDuplicate::Skip
        }),
        &fws
    ));
    assert_eq!(ws.assessments.len(), 3);
    assert_eq!(ws.assessments[0].actions[0].what, "Lokal");
    // Keep both.
    let mut ws = local();
    assert!(ws.apply(
        C::Files(FileCommand::Import {
            assessments: incoming.clone(),
            on_duplicate: OnDuplicate::KeepBoth
        }),
        &fws
    ));
    assert_eq!(ws.assessments.len(), 4);
    let mut ids: Vec<&str> = ws.assessments.iter().map(|a| a.id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 4, "every assessment has an id of its own");
    // Replace, then undo: the local one is back exactly.
    let mut ws = local();
    let before = ws.assessments.list.clone();
    assert!(ws.apply(
        C::Files(FileCommand::Import {
            assessments: incoming.clone(),
            on_duplicate: OnDuplicate::Replace
        }),
        &fws
    ));
    assert_eq!(ws.assessments.len(), 3);
    assert_eq!(
        ws.assessments[0].actions[0].what,
        "Gemensam APT med kommunen"
    );
    assert_eq!(
        ws.nav.current.as_deref(),
        Some(ws.assessments[0].id.as_str()),
        "current follows its replacement"
    );
    assert!(ws.export.unexported);
    assert!(ws.apply(C::Files(FileCommand::UndoImport), &fws));
    assert_eq!(ws.assessments.list, before);
    // An import that adds nothing changes nothing.
    let mut ws = Workspace::default();
    let one = vec![incoming[0].clone()];
    assert!(ws.apply(
        C::Files(FileCommand::Import {
            assessments: one.clone(),
            on_duplicate: OnDuplicate::Skip
        }),
        &fws
    ));
    assert!(!ws.apply(
        C::Files(FileCommand::Import {
            assessments: one,
            on_duplicate: OnDuplicate::Skip
        }),
        &fws
    ));
}

#[test]
fn exporting_clears_the_reminder_and_data_changes_set_it() {
    let fws = fws();
    let mut ws = local();
    assert!(ws.export.unexported);
    assert!(ws.apply(
        C::Files(FileCommand::MarkExported("2026-11-22T21:00:00Z".into())),
        &fws
    ));
    assert!(!ws.export.unexported);
    assert!(ws.apply(C::Navigate(NavCommand::GoTo(Step::Results)), &fws));
    assert!(ws.apply(C::SetLang(kompass_core::Lang::En), &fws));
    assert!(!ws.export.unexported, "looking around is not a change");
    assert!(ws.apply(
        C::Answers(AnswerCommand::Note {
            item: "tillit".into(),
            text: "x".into()
        }),
        &fws
    ));
    assert!(ws.export.unexported);
}

#[test]
fn the_reminder_says_never_or_changed_since_and_an_opened_file_counts_as_saved() {
    use kompass_core::files::merge::FileReminder;
    let fws = fws();
    let mut ws = local();
    assert_eq!(ws.export.reminder(true), Some(FileReminder::Never));
    assert_eq!(
        ws.export.reminder(false),
        None,
        "nothing to save, nothing to remind of"
    );
    assert!(ws.apply(
        C::Files(FileCommand::MarkExported("2026-11-22T21:00:00Z".into())),
        &fws
    ));
    assert_eq!(ws.export.reminder(true), None);
    assert!(ws.apply(
        C::Answers(AnswerCommand::Note {
            item: "tillit".into(),
            text: "x".into()
        }),
        &fws
    ));
    assert_eq!(
        ws.export.reminder(true),
        Some(FileReminder::ChangedSince("2026-11-22"))
    );
    // A file opened into an empty browser: everything here is in that file.
    let incoming = read_import(V1, &fws).expect("import");
    let mut fresh = Workspace::default();
    assert!(fresh.apply(
        C::Files(FileCommand::Import {
            assessments: incoming.clone(),
            on_duplicate: OnDuplicate::KeepBoth
        }),
        &fws
    ));
    assert!(!fresh.export.unexported);
    assert_eq!(fresh.export.reminder(true), None);
    // Merged into data of this browser's own, the whole is in no one file.
    let mut ws = local();
    assert!(ws.apply(
        C::Files(FileCommand::Import {
            assessments: incoming,
            on_duplicate: OnDuplicate::KeepBoth
        }),
        &fws
    ));
    assert!(ws.export.unexported);
}
