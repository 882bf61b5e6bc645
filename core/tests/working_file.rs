//! The working file's rules: when a write may go ahead, what differs from a file someone else
//! changed (every case of the three-way comparison), what each choice does, and browser errors
//! in the user's terms.

mod support;

use kompass_core::assessment::Assessment;
use kompass_core::files::transfer::{export, ImportError};
use kompass_core::files::working::{
    decide, differences, resolve, same_content, untouched, Change, Choice, Decision, Difference,
    WriteProblem, Written,
};
use kompass_core::{Command as C, FileCommand, Step, Workspace};
use support::{action, d, rate_all, three_years};

/// An assessment of `unit` on `date` with every item at `now`, and id `id`.
fn one(id: &str, unit: &str, date: &str, now: u8) -> Assessment {
    let (mut ws, fws) = support::started_at(unit, date);
    if now > 0 {
        rate_all(&mut ws, &fws, now, 5);
    }
    let mut a = ws.assessments.list.remove(0);
    a.id = id.into();
    a
}

fn diff(change: Change, ours: Option<usize>, theirs: Option<usize>) -> Difference {
    Difference {
        change,
        ours,
        theirs,
    }
}

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

/// A browser with A (changed here) and B; a file with A changed there, C added and B deleted.
fn conflict() -> (
    Workspace,
    Vec<kompass_core::Framework>,
    Vec<Assessment>,
    Vec<Difference>,
) {
    let (mut ws, fws) = support::started_at("A", "2026-01-01");
    rate_all(&mut ws, &fws, 3, 5);
    ws.apply(action("person", "Fast vårdkontakt"), &fws);
    ws.apply(
        C::History(kompass_core::HistoryCommand::Start {
            unit: "B".into(),
            date: d("2026-01-01"),
        }),
        &fws,
    );
    let base = vec![
        one("a1", "A", "2026-01-01", 2),
        ws.assessments.list[1].clone(),
    ];
    // The file's A has the same action, with the same id as ours.
    let mut a_file = one("x1", "A", "2026-01-01", 4);
    a_file.actions.clone_from(&ws.assessments.list[0].actions);
    let theirs = vec![a_file, one("x3", "C", "2026-01-01", 1)];
    let diffs = differences(Some(&base), &ws.assessments.list, &theirs);
    assert_eq!(
        diffs,
        vec![
            diff(Change::ChangedBoth, Some(0), Some(0)),
            diff(Change::RemovedThere, Some(1), None),
            diff(Change::AddedThere, None, Some(1)),
        ]
    );
    (ws, fws, theirs, diffs)
}

#[test]
fn a_file_opened_in_an_empty_browser_comes_in_whole_and_shows_the_list() {
    let (_, fws) = three_years();
    let (theirs_ws, _) = three_years();
    let theirs = theirs_ws.assessments.list.clone();
    let mut ws = Workspace::default();
    let diffs = differences(None, &[], &theirs);
    let choices: Vec<Choice> = diffs.iter().map(|d| d.change.default_choice()).collect();
    let r = resolve(&[], &theirs, &diffs, &choices);
    assert!(ws.apply(C::Files(FileCommand::Resolve(r)), &fws));
    assert_eq!(ws.assessments.list.len(), theirs.len());
    assert!(ws
        .assessments
        .list
        .iter()
        .zip(&theirs)
        .all(|(a, b)| same_content(a, b)));
    assert_eq!(
        ws.nav.current.as_deref(),
        ws.assessments.list.last().map(|a| a.id.as_str())
    );
    assert_eq!(ws.nav.step, Step::History);
}

/// The conflict resolved with `choices`: the workspace after, our list before, the file's
/// list, and whether anything changed.
fn resolved(choices: [Choice; 3]) -> (Workspace, Vec<Assessment>, Vec<Assessment>, bool) {
    let (mut ws, fws, theirs, diffs) = conflict();
    let before = ws.assessments.list.clone();
    let r = resolve(&ws.assessments.list, &theirs, &diffs, &choices);
    let changed = ws.apply(C::Files(FileCommand::Resolve(r)), &fws);
    (ws, before, theirs, changed)
}

#[test]
fn keep_ours_changes_nothing() {
    let (ws, before, _, changed) = resolved([Choice::KeepOurs; 3]);
    assert!(!changed);
    assert_eq!(ws.assessments.list, before);
}

#[test]
fn take_theirs_replaces_deletes_and_adds_and_can_be_undone() {
    let (mut ws, fws, theirs, diffs) = conflict();
    let before = ws.assessments.list.clone();
    ws.nav.step = Step::Results;
    let current = ws.nav.current.clone();
    let r = resolve(
        &ws.assessments.list,
        &theirs,
        &diffs,
        &[Choice::TakeTheirs; 3],
    );
    assert_eq!(r.remove, vec![before[1].id.clone()]);
    assert!(ws.apply(C::Files(FileCommand::Resolve(r)), &fws));
    let list = &ws.assessments.list;
    assert_eq!(list.len(), 2);
    // A keeps its id here and takes the file's content; C is added with a new id.
    assert_eq!(list[0].id, before[0].id);
    assert!(same_content(&list[0], &theirs[0]));
    assert!(same_content(&list[1], &theirs[1]));
    assert!(!before.iter().any(|a| a.id == list[1].id));
    // The open assessment (B) was deleted there: the last one opens; the step stays.
    assert_eq!(current.as_deref(), Some(before[1].id.as_str()));
    assert_eq!(ws.nav.current, Some(list[1].id.clone()));
    assert_eq!(ws.nav.step, Step::Results);
    assert!(ws.export.unexported);
    assert!(ws.apply(C::Files(FileCommand::UndoImport), &fws));
    assert_eq!(ws.assessments.list, before);
}

#[test]
fn keep_both_adds_the_files_version_beside_ours() {
    let (ws, before, theirs, changed) = resolved([Choice::KeepBoth; 3]);
    assert!(changed);
    let list = &ws.assessments.list;
    assert_eq!(list.len(), 4);
    assert_eq!(list[..2], before[..]);
    assert!(same_content(&list[2], &theirs[0]));
    assert!(same_content(&list[3], &theirs[1]));
    // Every action has an id of its own in this browser.
    let mut ids: Vec<u32> = list
        .iter()
        .flat_map(|a| a.actions.iter().map(|p| p.id))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn a_choice_per_assessment() {
    let (ws, before, _, changed) =
        resolved([Choice::KeepOurs, Choice::TakeTheirs, Choice::KeepOurs]);
    assert!(changed);
    assert_eq!(ws.assessments.list, before[..1]);
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
