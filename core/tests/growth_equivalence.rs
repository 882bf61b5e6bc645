//! Issue 17: the O(n log n) import, duplicate check, roll-up and unit lists give exactly what
//! the earlier quadratic code gave (kept here as the reference), on random inputs.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::transfer::{count_duplicates, same_assessment, OnDuplicate};
use kompass_core::framework::presets::presets;
use kompass_core::order::sorted_positions;
use kompass_core::results::history::{of_unit, unit_choices};
use kompass_core::rollup::{files_of, latest_per_unit, Entry, Rollup};
use kompass_core::{
    ActionStatus, Assessment, Command as C, Date, FileCommand, PlanAction, Workspace,
};

mod support;
use support::Rng;

/// Fewer than `max` assessments over few units, frameworks and dates, so that many are "the same".
fn random_list(rng: &mut Rng, max: u64, prefix: &str) -> Vec<Assessment> {
    let fws = presets();
    let n = rng.below(max);
    (0..n)
        .map(|i| {
            let fw = &fws[rng.below(fws.len() as u64) as usize];
            let date = Date {
                year: 2025,
                month: 1 + rng.below(2) as u8,
                day: 1 + rng.below(3) as u8,
            };
            let unit = format!("Enhet {}", rng.below(5));
            let mut a = Assessment::new(format!("{prefix}{i}"), unit, fw.id.clone(), date);
            for _ in 0..rng.below(3) {
                a.actions.push(PlanAction {
                    id: 0,
                    item: "x".into(),
                    what: format!("{prefix}{i}"),
                    who: String::new(),
                    due: None,
                    status: ActionStatus::Planned,
                });
            }
            a
        })
        .collect()
}

/// The earlier import: a search of the whole list for each incoming assessment.
fn reference_import(ws: &mut Workspace, incoming: Vec<Assessment>, on: OnDuplicate) -> bool {
    let to = &mut ws.assessments;
    let mut added = false;
    for mut a in incoming {
        let existing = to.list.iter().position(|x| same_assessment(x, &a));
        if existing.is_some() && on == OnDuplicate::Skip {
            continue;
        }
        a.id = format!("a{}", to.next_id.max(1));
        to.next_id = to.next_id.max(1) + 1;
        for action in &mut a.actions {
            action.id = to.next_id.max(1);
            to.next_id = to.next_id.max(1) + 1;
        }
        match existing {
            Some(at) if on == OnDuplicate::Replace => {
                if ws.nav.current.as_deref() == Some(to.list[at].id.as_str()) {
                    ws.nav.current = Some(a.id.clone());
                }
                to.list[at] = a;
            }
            _ => to.list.push(a),
        }
        added = true;
    }
    if added && ws.nav.current.is_none() {
        ws.nav.current = to.list.last().map(|a| a.id.clone());
    }
    added
}

/// The earlier latest-per-unit: a search of the kept units for each assessment.
fn reference_latest(assessments: Vec<Assessment>) -> Vec<Assessment> {
    let mut latest: Vec<Assessment> = Vec::new();
    for a in assessments {
        match latest.iter_mut().find(|l| l.unit == a.unit) {
            Some(l) if l.date <= a.date => *l = a,
            Some(_) => {}
            None => latest.push(a),
        }
    }
    latest
}

#[test]
fn import_gives_the_same_list_ids_and_current_as_the_quadratic_one() {
    let fws = presets();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..300 {
        let mut ws = Workspace::default();
        ws.assessments.list = random_list(&mut rng, 12, "e");
        ws.assessments.next_id = 1 + rng.below(40) as u32;
        if rng.below(2) == 0 {
            ws.nav.current = ws.assessments.list.first().map(|a| a.id.clone());
        }
        let incoming = random_list(&mut rng, 12, "i");
        assert_eq!(
            count_duplicates(&ws.assessments, &incoming),
            incoming
                .iter()
                .filter(|a| ws.assessments.iter().any(|x| same_assessment(x, a)))
                .count()
        );
        for on in [
            OnDuplicate::Skip,
            OnDuplicate::KeepBoth,
            OnDuplicate::Replace,
        ] {
            let (mut new, mut old) = (ws.clone(), ws.clone());
            let applied = new.apply(
                C::Files(FileCommand::Import {
                    assessments: incoming.clone(),
                    on_duplicate: on,
                }),
                &fws,
            );
            let added = reference_import(&mut old, incoming.clone(), on);
            assert_eq!(new.assessments, old.assessments, "round {round}, {on:?}");
            assert_eq!(applied, added, "round {round}, {on:?}");
            assert_eq!(new.nav.current, old.nav.current, "round {round}, {on:?}");
        }
    }
}

#[test]
fn roll_up_and_unit_lists_match_the_quadratic_ones() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for round in 0..300 {
        let list = random_list(&mut rng, 30, "a");
        assert_eq!(
            latest_per_unit(list.clone()),
            reference_latest(list.clone())
        );

        let mut names: Vec<&str> = Vec::new();
        for a in &list {
            if !names.contains(&a.unit.as_str()) {
                names.push(&a.unit);
            }
        }
        let choices: Vec<(String, String)> = unit_choices(&list)
            .into_iter()
            .map(|c| (c.unit, c.latest))
            .collect();
        let expected: Vec<(String, String)> = names
            .iter()
            .filter_map(|u| {
                let newest = of_unit(&list, u).last().map(|a| a.id.clone());
                newest.map(|id| ((*u).to_owned(), id))
            })
            .collect();
        assert_eq!(choices, expected, "round {round}");

        // Files added in several calls and in one go keep what the one-by-one merge kept.
        let files: Vec<Vec<Assessment>> = list.chunks(7).map(<[Assessment]>::to_vec).collect();
        let mut reference: Vec<Entry> = Vec::new();
        for (f, chunk) in files.iter().enumerate() {
            for assessment in reference_latest(chunk.clone()) {
                let entry = Entry {
                    file: format!("f{}", f % 3),
                    assessment,
                };
                match reference
                    .iter()
                    .position(|e| e.assessment.unit == entry.assessment.unit)
                {
                    Some(at) if reference[at].assessment.date <= entry.assessment.date => {
                        reference[at] = entry;
                    }
                    Some(_) => {}
                    None => reference.push(entry),
                }
            }
        }
        let (mut one_by_one, mut at_once) = (Rollup::default(), Rollup::default());
        for (f, chunk) in files.iter().enumerate() {
            one_by_one.add_file(&format!("f{}", f % 3), chunk.clone());
        }
        at_once.add_files(
            files
                .iter()
                .enumerate()
                .map(|(f, chunk)| (format!("f{}", f % 3), Ok(chunk.clone())))
                .collect(),
        );
        assert_eq!(one_by_one.entries, reference, "round {round}");
        assert_eq!(at_once.entries, reference, "round {round}");

        let entries: Vec<&Entry> = reference.iter().collect();
        let mut seen: Vec<&str> = Vec::new();
        for e in &entries {
            if !seen.contains(&e.file.as_str()) {
                seen.push(&e.file);
            }
        }
        assert_eq!(files_of(&entries), seen, "round {round}");
    }
}

#[test]
fn the_merge_sort_is_stable_like_the_library_sort() {
    let mut rng = Rng(7);
    for len in 0..200 {
        let v: Vec<(u64, usize)> = (0..len).map(|i| (rng.below(6), i)).collect();
        let ours: Vec<(u64, usize)> = sorted_positions(len, &|i, j| v[i].0 < v[j].0)
            .into_iter()
            .map(|i| v[i])
            .collect();
        let mut library = v.clone();
        library.sort_by_key(|p| p.0);
        assert_eq!(ours, library, "length {len}");
        let ours: Vec<(u64, usize)> = sorted_positions(len, &|i, j| v[i].0 > v[j].0)
            .into_iter()
            .map(|i| v[i])
            .collect();
        library.clone_from(&v);
        library.sort_by_key(|p| std::cmp::Reverse(p.0));
        assert_eq!(ours, library, "descending, length {len}");
    }
}
