//! The working file's rules before a write: when it may go ahead (last-modified time, size and
//! content against what this browser wrote), what is put aside, every case of the three-way
//! comparison by assessment, and browser errors in the user's terms. The choices the user then
//! makes: `working_file_choices.rs`.

mod support;

use kompass_core::files::transfer::{export, ImportError};
use kompass_core::files::working::{
    decide, differences, untouched, Change, Choice, Decision, WriteProblem, Written,
};
use kompass_core::Workspace;
use support::{assessment as one, diff, three_years};

#[test]
fn a_write_goes_ahead_only_over_an_empty_file_or_what_this_browser_wrote() {
    let (ws, fws) = three_years();
    let text = export(&ws, "2026-03-01T10:00:00.000Z");
    let last = Written {
        text: text.clone(),
        modified: 1000,
    };
    // The time and size alone say the file is untouched; a new time or size does not.
    assert!(untouched(Some(&last), 1000, text.len() as u64));
    assert!(!untouched(Some(&last), 1001, text.len() as u64));
    assert!(!untouched(Some(&last), 1000, text.len() as u64 + 1));
    assert!(!untouched(None, 1000, text.len() as u64));
    // A newly created file, and the same content with a new time (a sync client touched it).
    assert_eq!(decide(None, "", &fws), Decision::Write);
    assert_eq!(decide(Some(&last), "  \n", &fws), Decision::Write);
    assert_eq!(decide(Some(&last), &text, &fws), Decision::Write);
    // Another content: its assessments, to compare before anything is written.
    let other = export(&ws, "2026-03-02T10:00:00.000Z");
    assert_eq!(
        decide(Some(&last), &other, &fws),
        Decision::Theirs(ws.assessments.list.clone())
    );
    // A file chosen on another computer, never written here.
    assert_eq!(
        decide(None, &text, &fws),
        Decision::Theirs(ws.assessments.list.clone())
    );
    // Everything deleted there is a file with no assessment, not a bad file.
    let empty = export(&Workspace::default(), "2026-03-02T10:00:00.000Z");
    assert_eq!(
        decide(Some(&last), &empty, &fws),
        Decision::Theirs(Vec::new())
    );
}

#[test]
fn an_unreadable_or_newer_file_is_put_aside() {
    let (_, fws) = three_years();
    let last = Written {
        text: "{}".into(),
        modified: 1,
    };
    for bad in ["not json", "[1, 2]", "{\"name\": \"another app\"}"] {
        assert!(
            matches!(
                decide(Some(&last), bad, &fws),
                Decision::PutAside(ImportError::Unreadable(_))
            ),
            "{bad}"
        );
    }
    let newer = "{\"schema\": 9, \"workspace\": {}}";
    assert!(matches!(
        decide(None, newer, &fws),
        Decision::PutAside(ImportError::Unreadable(
            kompass_core::files::saved::StoreError::NewerSchema { found: 9, .. }
        ))
    ));
    let unknown = export(&three_years().0, "x").replace("sormland-2035", "okant");
    assert!(matches!(
        decide(None, &unknown, &fws),
        Decision::PutAside(ImportError::UnknownFramework { .. })
    ));
}

#[test]
fn every_case_of_the_three_way_comparison() {
    let a = one("a1", "A", "2026-01-01", 2);
    let a_local = one("a1", "A", "2026-01-01", 3);
    let a_file = one("x9", "A", "2026-01-01", 4);
    let b = one("a2", "B", "2026-01-01", 2);
    let c = one("a3", "C", "2026-01-01", 2);
    let base = vec![a.clone(), b.clone()];
    // Nothing differs (ids differ: each browser has its own).
    let mut a_ids = a.clone();
    a_ids.id = "q7".into();
    assert_eq!(differences(Some(&base), &base, &[a_ids, b.clone()]), vec![]);
    // Changed only here: ours is written, no question.
    assert_eq!(
        differences(Some(&base), &[a_local.clone(), b.clone()], &base),
        vec![]
    );
    // Added only here: no question.
    assert_eq!(
        differences(Some(&base), &[a.clone(), b.clone(), c.clone()], &base),
        vec![]
    );
    // Deleted here, untouched there: our deletion stands.
    assert_eq!(
        differences(Some(&base), std::slice::from_ref(&b), &base),
        vec![]
    );
    // Changed there only.
    assert_eq!(
        differences(Some(&base), &base, &[a_file.clone(), b.clone()]),
        vec![diff(Change::ChangedThere, Some(0), Some(0))]
    );
    // Changed in both.
    assert_eq!(
        differences(
            Some(&base),
            &[a_local.clone(), b.clone()],
            &[a_file.clone(), b.clone()]
        ),
        vec![diff(Change::ChangedBoth, Some(0), Some(0))]
    );
    // Added there.
    assert_eq!(
        differences(Some(&base), &base, &[a.clone(), b.clone(), c.clone()]),
        vec![diff(Change::AddedThere, None, Some(2))]
    );
    // Deleted there (changed here or not).
    assert_eq!(
        differences(Some(&base), &base, std::slice::from_ref(&b)),
        vec![diff(Change::RemovedThere, Some(0), None)]
    );
    assert_eq!(
        differences(
            Some(&base),
            &[a_local.clone(), b.clone()],
            std::slice::from_ref(&b)
        ),
        vec![diff(Change::RemovedThere, Some(0), None)]
    );
    // Deleted here, changed there: theirs comes back as added there.
    assert_eq!(
        differences(
            Some(&base),
            std::slice::from_ref(&b),
            &[a_file.clone(), b.clone()]
        ),
        vec![diff(Change::AddedThere, None, Some(0))]
    );
    // Both added the same assessment with the same content: nothing to ask.
    assert_eq!(
        differences(
            Some(&base),
            &[a.clone(), b.clone(), c.clone()],
            &[c.clone(), a.clone(), b.clone()]
        ),
        vec![]
    );
}

#[test]
fn without_a_base_everything_that_differs_is_asked_and_what_is_only_here_is_kept() {
    let a = one("a1", "A", "2026-01-01", 2);
    let a2 = one("x1", "A", "2026-01-01", 4);
    let b = one("a2", "B", "2026-01-01", 2);
    let c = one("x3", "C", "2026-01-01", 2);
    assert_eq!(
        differences(None, &[a.clone(), b.clone()], &[c.clone(), a2.clone()]),
        vec![
            diff(Change::ChangedBoth, Some(0), Some(1)),
            diff(Change::AddedThere, None, Some(0))
        ]
    );
    // An empty browser opening a file: everything is added there.
    assert_eq!(
        differences(None, &[], &[c.clone(), a2.clone()]),
        vec![
            diff(Change::AddedThere, None, Some(0)),
            diff(Change::AddedThere, None, Some(1))
        ]
    );
}

#[test]
fn two_assessments_with_the_same_unit_framework_and_date_are_matched_in_order() {
    let a = one("a1", "A", "2026-01-01", 2);
    let a_second = one("a2", "A", "2026-01-01", 3);
    let a_second_there = one("x2", "A", "2026-01-01", 5);
    let base = vec![a.clone(), a_second.clone()];
    assert_eq!(
        differences(Some(&base), &base, &[a.clone(), a_second_there]),
        vec![diff(Change::ChangedThere, Some(1), Some(1))]
    );
}

#[test]
fn the_default_choice_never_loses_anything_made_here() {
    assert_eq!(Change::ChangedBoth.default_choice(), Choice::KeepBoth);
    assert_eq!(Change::RemovedThere.default_choice(), Choice::KeepOurs);
    assert_eq!(Change::ChangedThere.default_choice(), Choice::TakeTheirs);
    assert_eq!(Change::AddedThere.default_choice(), Choice::TakeTheirs);
}

#[test]
fn browser_errors_in_the_users_terms() {
    for (name, problem) in [
        ("NotAllowedError", WriteProblem::Permission),
        ("SecurityError", WriteProblem::Permission),
        ("NotFoundError", WriteProblem::Missing),
        ("QuotaExceededError", WriteProblem::DiskFull),
        ("NoModificationAllowedError", WriteProblem::Locked),
        ("InvalidStateError", WriteProblem::Locked),
        ("AbortError", WriteProblem::Other),
        ("", WriteProblem::Other),
    ] {
        assert_eq!(WriteProblem::from_error_name(name), problem, "{name}");
    }
}
