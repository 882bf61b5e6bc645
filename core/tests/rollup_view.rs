//! The organisation view's aggregation: latest per unit, files kept apart, distributions,
//! units sorted by their distance from the targets.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::presets;
use kompass_core::rollup::{distribution, sorted_unit_rows, unit_rows, Entry, Rollup, SortKey};
use kompass_core::{Assessment, Date, Level, Rating, Which};

fn assessment(unit: &str, date: &str, now: u8, target: u8) -> Assessment {
    let fw = &presets()[0];
    let mut a = Assessment::new(
        "x".into(),
        unit.into(),
        fw.id.clone(),
        Date::parse(date).expect("date"),
    );
    for (_, id, _) in fw.items() {
        let answer = a.items.entry(id.to_owned()).or_default();
        answer.now = Level::new(now).map(Rating::Level);
        answer.target = Level::new(target).map(Rating::Level);
    }
    a
}

#[test]
fn thirteen_files_make_thirteen_units_with_their_latest_assessment() {
    let fws = presets();
    let mut r = Rollup::default();
    for k in 0..13u8 {
        let unit = format!("Kommun {k}");
        let older = assessment(&unit, "2024-03-01", 1, 5);
        let newer = assessment(&unit, "2025-03-01", 1 + k % 5, 5);
        r.add_file(&format!("kommun-{k}.json"), vec![newer, older]);
    }
    assert_eq!(r.entries.len(), 13);
    assert!(r
        .entries
        .iter()
        .all(|e| e.assessment.date == Date::parse("2025-03-01").expect("date")));
    assert_eq!(r.frameworks(), [("sormland-2035".to_owned(), 13)]);
    // A later file with an older assessment of a unit does not replace the newer one …
    r.add_file(
        "gammal.json",
        vec![assessment("Kommun 0", "2023-01-01", 5, 5)],
    );
    assert_eq!(r.entries[0].file, "kommun-0.json");
    // … a newer one does.
    r.add_file("ny.json", vec![assessment("Kommun 0", "2026-01-01", 4, 5)]);
    assert_eq!(
        (r.entries[0].file.as_str(), r.entries.len()),
        ("ny.json", 13)
    );

    let entries: Vec<&Entry> = r.with_framework(&fws[0]).collect();
    let rows = unit_rows(&fws[0], &entries);
    assert_eq!(rows.len(), 13);
    // Kommun 1: level 2 everywhere → 25 % in every goal area and shift, 75 points from target 5.
    let k1 = rows.iter().find(|r| r.unit == "Kommun 1").expect("row");
    assert!(k1.goal_areas.iter().all(|g| g.percent == Some(25.0)));
    assert!(k1.shifts.iter().all(|s| *s == Some(25.0)));
    assert_eq!(k1.distance, Some(75.0));
    // Sorted by distance, furthest first: the units at level 1 (Kommun 5 and 10, a tie kept in
    // the order of the files), then level 2 (1, 6, 11).
    let far = sorted_unit_rows(&fws[0], &entries, SortKey::Distance, false, 4);
    let names: Vec<&str> = far.iter().map(|r| r.unit.as_str()).collect();
    assert_eq!(names[..2], ["Kommun 5", "Kommun 10"]);
    assert_eq!(names.len(), 4);
    // Levels: 0→4 (Kommun 0 now at 4), 1,6,11→2, 2,7,12→3, 3,8→4, 4,9→5, 5,10→1.
    let (levels, dont_know, missing) = distribution(&entries, "person", fws[0].scale_of("person"));
    assert_eq!((levels, dont_know, missing), (vec![2, 3, 3, 3, 2], 0, 0));
    assert_eq!(
        entries[0].assessment.rating("person", Which::Now),
        Level::new(4).map(Rating::Level)
    );
}

#[test]
fn vet_ej_and_missing_answers_are_counted_apart_and_distance_needs_both_ratings() {
    let fws = presets();
    let mut a = assessment("Enhet", "2025-01-01", 3, 5);
    a.items.get_mut("person").expect("person").now = Some(Rating::DontKnow);
    a.items.remove("samordning");
    let mut r = Rollup::default();
    r.add_file("a.json", vec![a]);
    let entries: Vec<&Entry> = r.with_framework(&fws[0]).collect();
    let five = fws[0].scale_of("person");
    assert_eq!(distribution(&entries, "person", five), (vec![0; 5], 1, 0));
    assert_eq!(
        distribution(&entries, "samordning", five),
        (vec![0; 5], 0, 1)
    );
    let rows = unit_rows(&fws[0], &entries);
    assert_eq!(rows[0].distance, Some(50.0));
    assert_eq!(rows[0].shifts[0], None);
}

#[test]
fn within_a_file_the_latest_date_wins_and_on_one_date_the_one_made_last() {
    let mut r = Rollup::default();
    r.add_file(
        "enheter.json",
        vec![
            assessment("Vårdcentralen", "2025-05-01", 2, 5),
            assessment("Hemtjänsten", "2024-01-01", 1, 5),
            assessment("Vårdcentralen", "2025-05-01", 3, 5),
            assessment("Hemtjänsten", "2025-01-01", 4, 5),
            assessment("Vårdcentralen", "2024-12-31", 5, 5),
        ],
    );
    let got: Vec<(&str, Option<Rating>)> = r
        .entries
        .iter()
        .map(|e| {
            let a = &e.assessment;
            (a.unit.as_str(), a.rating("person", Which::Now))
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Vårdcentralen", Level::new(3).map(Rating::Level)),
            ("Hemtjänsten", Level::new(4).map(Rating::Level)),
        ]
    );
}
