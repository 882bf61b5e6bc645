//! The user's choices about a working file changed elsewhere, per assessment (keep both, take
//! the file's, keep ours), as one undoable change of the list; and a file opened in an empty
//! browser, which comes in whole.

mod support;

use kompass_core::assessment::Assessment;
use kompass_core::files::working::{
    differences, resolve, same_content, Change, Choice, Difference,
};
use kompass_core::{Command as C, FileCommand, Step, Workspace};
use support::{action, assessment as one, d, diff, rate_all, three_years};

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
fn the_files_version_comes_in_even_when_ours_was_deleted_while_asking() {
    let (mut ws, fws, theirs, diffs) = conflict();
    let r = resolve(
        &ws.assessments.list,
        &theirs,
        &diffs,
        &[Choice::TakeTheirs, Choice::KeepOurs, Choice::KeepOurs],
    );
    let a_id = ws.assessments.list[0].id.clone();
    assert!(ws.apply(
        C::History(kompass_core::HistoryCommand::Delete(a_id.clone())),
        &fws
    ));
    assert!(ws.apply(C::Files(FileCommand::Resolve(r)), &fws));
    let list = &ws.assessments.list;
    assert_eq!(list.len(), 2);
    assert!(same_content(&list[1], &theirs[0]));
    assert_ne!(list[1].id, a_id);
}

#[test]
fn a_choice_per_assessment() {
    let (ws, before, _, changed) =
        resolved([Choice::KeepOurs, Choice::TakeTheirs, Choice::KeepOurs]);
    assert!(changed);
    assert_eq!(ws.assessments.list, before[..1]);
}
