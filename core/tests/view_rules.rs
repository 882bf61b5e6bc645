//! The rules the views used to hold, now in the core: counting an import's duplicates, the
//! units to switch to, the printed report's trend, the roll-up's small radars and files, and
//! offering a custom framework.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::transfer::{count_duplicates, ImportError};
use kompass_core::framework::presets::{offer, presets};
use kompass_core::results::history::{report_trend, unit_choices, UnitChoice};
use kompass_core::results::projection::Outcome;
use kompass_core::rollup::{files_of, unit_radars, Entry, Rollup};
use kompass_core::{Assessment, Date, Framework, Level, Rating};

fn made(id: &str, unit: &str, date: &str) -> Assessment {
    Assessment::new(
        id.into(),
        unit.into(),
        "sormland-2035".into(),
        Date::parse(date).expect("date"),
    )
}

/// Every item of the first preset at level `now`, with target `target`.
fn rated(id: &str, date: &str, now: u8, target: u8) -> Assessment {
    let mut a = made(id, "U", date);
    for (_, item, _) in presets()[0].items() {
        let answer = a.items.entry(item.to_owned()).or_default();
        answer.now = Level::new(now).map(Rating::Level);
        answer.target = Level::new(target).map(Rating::Level);
    }
    a
}

fn level(n: u8) -> Option<Rating> {
    Level::new(n).map(Rating::Level)
}

#[test]
fn duplicates_are_the_incoming_assessments_already_there() {
    let existing = [made("a1", "U", "2026-01-01"), made("a2", "V", "2026-02-01")];
    let mut changed = made("x9", "V", "2026-02-01");
    changed.items.entry("person".into()).or_default().now = level(3);
    let incoming = [
        made("x1", "U", "2026-01-01"),
        made("x2", "U", "2026-03-01"),
        changed,
        made("x3", "U", "2026-01-01"),
    ];
    // x1 and x3 are both the same as a1 (unit, framework, date), the changed one as a2.
    assert_eq!(count_duplicates(&existing, &incoming), 3);
    assert_eq!(count_duplicates(&existing, &incoming[1..2]), 0);
    assert_eq!(count_duplicates(&[], &incoming), 0);
}

#[test]
fn each_unit_is_offered_with_its_latest_assessment() {
    let list = [
        made("a1", "U", "2026-01-01"),
        made("a2", "V", "2026-02-01"),
        made("a3", "U", "2026-03-01"),
        made("a4", "U", "2026-03-01"),
        made("a5", "V", "2025-12-01"),
    ];
    let choice = |unit: &str, latest: &str| UnitChoice {
        unit: unit.into(),
        latest: latest.into(),
    };
    // U: a3 and a4 share the latest date, a4 was made last; V: a2 is newer than a5.
    assert_eq!(unit_choices(&list), [choice("U", "a4"), choice("V", "a2")]);
    assert!(unit_choices(&[]).is_empty());
}

#[test]
fn the_report_trend_needs_two_assessments_and_a_target() {
    let fw = &presets()[0];
    let first = rated("a1", "2026-01-01", 1, 5);
    let second = rated("a2", "2027-01-01", 3, 5);
    assert!(report_trend(fw, &[&first]).is_empty(), "one is no trend");
    // Every goal area goes 0 % → 50 % in a year: rising, but two assessments name no year.
    let lines = report_trend(fw, &[&first, &second]);
    let areas: Vec<&str> = lines.iter().map(|l| l.goal_area.id.as_str()).collect();
    assert_eq!(areas, ["tillsammans", "nara", "god-halsa"]);
    for line in &lines {
        assert_eq!(line.target, 100);
        assert_eq!(line.outcome, Outcome::Rising);
    }
    // A third on the same line (75 % in 2027-07-02): 100 % is met in the middle of 2028.
    let third = rated("a3", "2027-07-02", 4, 5);
    for line in report_trend(fw, &[&first, &third, &second]) {
        match line.outcome {
            Outcome::ReachedIn(year) => assert!((2027.9..2028.4).contains(&year), "{year}"),
            other => panic!("{other:?}"),
        }
    }
    // Without targets there is nothing to head for.
    let untargeted = [
        rated("b1", "2026-01-01", 1, 0),
        rated("b2", "2027-01-01", 3, 0),
    ];
    assert!(report_trend(fw, &[&untargeted[0], &untargeted[1]]).is_empty());
}

#[test]
fn a_small_radar_per_unit_over_the_shifts() {
    let fw = &presets()[0];
    let mut a = made("a1", "Vårdcentralen", "2026-01-01");
    let answer = a.items.entry("person".into()).or_default();
    answer.now = level(2);
    answer.target = level(4);
    a.items.entry("ledarskap".into()).or_default().now = level(5);
    let b = made("a2", "Hemtjänsten", "2026-01-01");
    let entries = [
        Entry {
            file: "a.json".into(),
            assessment: a,
        },
        Entry {
            file: "b.json".into(),
            assessment: b,
        },
    ];
    let refs: Vec<&Entry> = entries.iter().collect();
    let radars: Vec<_> = unit_radars(fw, &refs).collect();
    assert_eq!(radars.len(), 2);
    assert_eq!(radars[0].unit, "Vårdcentralen");
    assert_eq!(radars[0].values.len(), fw.shifts.len());
    // "person" is the first shift; the factor "ledarskap" is no axis of the shifts' radar.
    assert_eq!(radars[0].values[0], (level(2), level(4)));
    assert!(radars[0].values[1..].iter().all(|v| *v == (None, None)));
    assert_eq!(radars[1].unit, "Hemtjänsten");
    assert!(radars[1].values.iter().all(|v| *v == (None, None)));
}

#[test]
fn files_are_listed_once_and_refused_ones_apart() {
    let mut rollup = Rollup::default();
    rollup.add_files(vec![
        ("a.json".into(), Ok(vec![made("a1", "U", "2026-01-01")])),
        ("b.json".into(), Err(ImportError::Empty)),
        ("c.json".into(), Ok(vec![made("c1", "V", "2026-01-01")])),
        ("d.json".into(), Ok(vec![made("d1", "U", "2026-05-01")])),
    ]);
    assert_eq!(rollup.refused, [("b.json".to_owned(), ImportError::Empty)]);
    // U's newer assessment from d.json took the place of a.json's.
    let files: Vec<&str> = rollup.entries.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, ["d.json", "c.json"]);
    let twice = [&rollup.entries[0], &rollup.entries[1], &rollup.entries[0]];
    assert_eq!(files_of(&twice), ["d.json", "c.json"]);
}

#[test]
fn a_custom_framework_is_offered_last_and_replaces_its_namesake() {
    let list = presets();
    let ids = |l: &[Framework]| l.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    let mut custom = list[0].clone();
    custom.id = "egen".into();
    let offered = offer(&list, custom.clone());
    assert_eq!(
        ids(&offered),
        ["sormland-2035", "kalmar-lan", "jamtland-harjedalen", "egen"]
    );
    let mut again = custom;
    again.horizon = Some(2040);
    let offered = offer(&offered, again);
    assert_eq!(ids(&offered).len(), 4);
    assert_eq!(offered[3].horizon, Some(2040), "the newer file counts");
    let mut kalmar = list[1].clone();
    kalmar.horizon = Some(2050);
    let offered = offer(&list, kalmar);
    assert_eq!(
        ids(&offered),
        ["sormland-2035", "jamtland-harjedalen", "kalmar-lan"]
    );
}
