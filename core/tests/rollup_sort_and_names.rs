//! The organisation view's sorting and heat map, and the names of exported files.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::names::{export_file_name, safe_part};
use kompass_core::results::scoring::Index;
use kompass_core::rollup::{heat_step, sort_rows, SortKey, UnitRow};

fn row(unit: &str, goal: Option<f64>, shift: Option<f64>, distance: Option<f64>) -> UnitRow {
    UnitRow {
        unit: unit.to_owned(),
        file: format!("{unit}.json"),
        goal_areas: vec![Index {
            percent: goal,
            rated: usize::from(goal.is_some()),
            total: 1,
        }],
        shifts: vec![shift],
        distance,
    }
}

fn units(rows: &[UnitRow]) -> Vec<&str> {
    rows.iter().map(|r| r.unit.as_str()).collect()
}

fn sample() -> Vec<UnitRow> {
    vec![
        row("Östhammar", Some(50.0), Some(25.0), Some(40.0)),
        row("Ånge", Some(75.0), None, Some(10.0)),
        row("ale", Some(25.0), Some(100.0), None),
        row("Älvdalen", None, Some(0.0), Some(40.0)),
        row("Borås", Some(50.0), Some(50.0), Some(75.0)),
    ]
}

#[test]
fn units_sort_in_swedish_order_either_way() {
    let mut rows = sample();
    sort_rows(&mut rows, SortKey::Unit, true);
    assert_eq!(
        units(&rows),
        ["ale", "Borås", "Ånge", "Älvdalen", "Östhammar"]
    );
    sort_rows(&mut rows, SortKey::Unit, false);
    assert_eq!(
        units(&rows),
        ["Östhammar", "Älvdalen", "Ånge", "Borås", "ale"]
    );
}

#[test]
fn numbers_sort_either_way_with_missing_values_last_and_ties_kept_in_order() {
    let mut rows = sample();
    sort_rows(&mut rows, SortKey::Distance, false);
    assert_eq!(
        units(&rows),
        ["Borås", "Östhammar", "Älvdalen", "Ånge", "ale"]
    );
    sort_rows(&mut rows, SortKey::Distance, true);
    assert_eq!(
        units(&rows),
        ["Ånge", "Östhammar", "Älvdalen", "Borås", "ale"]
    );
    let mut rows = sample();
    sort_rows(&mut rows, SortKey::GoalArea(0), true);
    assert_eq!(
        units(&rows),
        ["ale", "Östhammar", "Borås", "Ånge", "Älvdalen"]
    );
    sort_rows(&mut rows, SortKey::GoalArea(0), false);
    assert_eq!(
        units(&rows),
        ["Ånge", "Östhammar", "Borås", "ale", "Älvdalen"]
    );
    sort_rows(&mut rows, SortKey::Shift(0), false);
    assert_eq!(
        units(&rows),
        ["ale", "Borås", "Östhammar", "Älvdalen", "Ånge"]
    );
    // A column that is not there leaves the order as it is.
    let before = units(&rows).join(",");
    sort_rows(&mut rows, SortKey::Shift(9), true);
    assert_eq!(units(&rows).join(","), before);
}

#[test]
fn heat_steps_follow_the_levels_and_read_distance_the_other_way() {
    let steps: Vec<u8> = [0.0, 25.0, 50.0, 75.0, 100.0, 12.4, 12.6, -5.0, 130.0]
        .iter()
        .map(|p| heat_step(*p, true))
        .collect();
    assert_eq!(steps, [0, 1, 2, 3, 4, 0, 1, 0, 4]);
    assert_eq!(heat_step(0.0, false), 4);
    assert_eq!(heat_step(100.0, false), 0);
    assert_eq!(heat_step(75.0, false), 1);
}

#[test]
fn exported_file_names_carry_the_unit_and_date() {
    let more = |n: usize| format!("och {n} till");
    assert_eq!(
        export_file_name(&["Vårdcentralen Nyköping"], &more, "2026-03-01", "json"),
        "Nära vård-kompassen – Vårdcentralen Nyköping – 2026-03-01.json"
    );
    assert_eq!(
        export_file_name(&["A", "B", "A"], &more, "2026-03-01", "csv"),
        "Nära vård-kompassen – A, B – 2026-03-01.csv"
    );
    assert_eq!(
        export_file_name(&["A", "B", "C", "D"], &more, "2026-03-01", "csv"),
        "Nära vård-kompassen – A, B och 2 till – 2026-03-01.csv"
    );
    assert_eq!(
        export_file_name(&[], &more, "2026-03-01", "json"),
        "Nära vård-kompassen – 2026-03-01.json"
    );
    // Characters Windows refuses, control characters, runs of space and end dots.
    assert_eq!(
        export_file_name(
            &["Hälsa/Vård: \"Syd\" <1>|2?*\\ \t\n ..."],
            &more,
            "2026-03-01",
            "json"
        ),
        "Nära vård-kompassen – Hälsa-Vård- -Syd- -1--2--- – 2026-03-01.json"
    );
    assert_eq!(
        export_file_name(&["   ", "..."], &more, "2026-03-01", "json"),
        "Nära vård-kompassen – 2026-03-01.json"
    );
}

#[test]
fn safe_parts_hold_no_forbidden_character_and_keep_their_length() {
    let long = "Vårdcentralen ".repeat(10);
    let s = safe_part(&long, 60);
    assert!(s.chars().count() <= 60);
    assert!(!s.ends_with(' '));
    for text in ["a<b>c:d\"e/f\\g|h?i*j", "\u{0}\u{1f}x", "  . x .  "] {
        let s = safe_part(text, 60);
        assert!(
            !s.chars()
                .any(|c| "<>:\"/\\|?*".contains(c) || c.is_control()),
            "{s}"
        );
        assert!(
            !s.starts_with([' ', '.']) && !s.ends_with([' ', '.']),
            "{s}"
        );
    }
}
