//! The saved form of the workspace: it round-trips with its schema, and unreadable saved data
//! is refused with the reason.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::saved::{decode, encode, ShapeProblem, StoreError, SCHEMA_VERSION};
use kompass_core::{AnswerCommand, Command as C, NavCommand, Rating, Step, Which};

mod support;
use support::{action, started};

#[test]
fn the_saved_form_round_trips_and_carries_its_schema() {
    let (mut ws, fws) = started();
    assert!(ws.apply(
        C::Answers(AnswerCommand::Rate {
            item: "samsyn".into(),
            which: Which::Now,
            rating: Some(Rating::DontKnow)
        }),
        &fws
    ));
    assert!(ws.apply(action("samsyn", "Workshop om målbilden"), &fws));
    assert!(ws.apply(C::Navigate(NavCommand::GoTo(Step::Actions)), &fws));
    let text = encode(&ws);
    assert!(
        text.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")),
        "{text}"
    );
    assert_eq!(decode(&text), Ok(ws));
}

#[test]
fn unreadable_saved_data_is_refused_with_the_reason() {
    assert!(matches!(
        decode("{\"schema\":1,"),
        Err(StoreError::NotJson { .. })
    ));
    assert_eq!(decode("{\"workspace\":{}}"), Err(StoreError::NoSchema));
    assert!(
        matches!(
            decode("{\"schema\":1,\"workspace\":42}"),
            Err(StoreError::Shape {
                problem: ShapeProblem::WrongType,
                ..
            })
        ),
        "a wrong shape is named as a cause, not in the reader's words"
    );
    assert!(matches!(
        decode("{\"schema\":1,\"workspace\":[\"sv\"]}"),
        Err(StoreError::Shape {
            problem: ShapeProblem::WrongType,
            ..
        })
    ));
    assert_eq!(
        decode("{\"schema\":7,\"workspace\":42}"),
        Err(StoreError::NewerSchema {
            found: 7,
            supported: 2
        })
    );
    let bad_level = r#"{"schema":1,"workspace":{"framework_id":"sormland-2035","assessments":[{"id":"a1","framework_id":"sormland-2035","date":"2026-03-01","items":{"person":{"now":{"level":11}}}}]}}"#;
    // Over 10 is on no scale; whether 0–10 is on the item's scale is checked on import, where
    // the frameworks are known (files_import.rs).
    assert!(
        matches!(decode(bad_level), Err(StoreError::Shape { problem: ShapeProblem::Level { found }, .. }) if found == "11")
    );
    let bad_date = bad_level
        .replace("2026-03-01", "2026-02-30")
        .replace("11", "3");
    assert!(
        matches!(decode(&bad_date), Err(StoreError::Shape { problem: ShapeProblem::Date { found }, .. }) if found == "2026-02-30")
    );
}
