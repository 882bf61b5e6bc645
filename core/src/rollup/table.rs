//! The organisation view's units table: a row per unit, the columns it sorts by, and the order.

use super::Entry;
use crate::assessment::{Assessment, Rating, Which};
use crate::framework::Framework;
use crate::order::{permute, sorted_positions};
use crate::results::scoring::{goal_area_scores, Index};

/// One unit in the table: goal-area indices, each shift's level as 0–100, and how far the unit
/// is from its targets on average (percentage points over items with both a level and a target).
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRow {
    pub unit: String,
    pub file: String,
    pub goal_areas: Vec<Index>,
    pub shifts: Vec<Option<f64>>,
    pub distance: Option<f64>,
}

pub fn unit_rows(fw: &Framework, entries: &[&Entry]) -> Vec<UnitRow> {
    entries
        .iter()
        .map(|e| {
            let a = &e.assessment;
            UnitRow {
                unit: a.unit.clone(),
                file: e.file.clone(),
                goal_areas: goal_area_scores(fw, a).into_iter().map(|g| g.now).collect(),
                shifts: fw
                    .shifts
                    .iter()
                    .map(|s| shift_percent(fw, a, &s.id))
                    .collect(),
                distance: distance(fw, a),
            }
        })
        .collect()
}

/// A shift's level as 0–100.
fn shift_percent(fw: &Framework, a: &Assessment, shift: &str) -> Option<f64> {
    Index::of([(a.rating(shift, Which::Now), fw.scale_of(shift))]).percent
}

/// How far `a` is from its targets on average: percentage points over the items with both a
/// level and a target.
fn distance(fw: &Framework, a: &Assessment) -> Option<f64> {
    let gaps: Vec<f64> = fw
        .items()
        .filter_map(|(_, id, _)| {
            let now = a.rating(id, Which::Now).and_then(Rating::level)?;
            let target = a.rating(id, Which::Target).and_then(Rating::level)?;
            let scale = fw.scale_of(id);
            Some(100.0 * (scale.progress(target) - scale.progress(now)))
        })
        .collect();
    (!gaps.is_empty()).then(|| gaps.iter().sum::<f64>() / gaps.len() as f64)
}

/// A column of the units table to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// The unit's name, in Swedish alphabetical order (å, ä, ö after z; case ignored).
    Unit,
    /// The average distance to the targets.
    Distance,
    /// The goal area at this position of the framework.
    GoalArea(usize),
    /// The shift at this position of the framework.
    Shift(usize),
}

/// The value of `row` in column `key`, for every column but the unit.
fn sort_value(row: &UnitRow, key: SortKey) -> Option<f64> {
    match key {
        SortKey::Unit => None,
        SortKey::Distance => row.distance,
        SortKey::GoalArea(i) => row.goal_areas.get(i).and_then(|g| g.percent),
        SortKey::Shift(i) => row.shifts.get(i).copied().flatten(),
    }
}

/// A character of a unit name as Swedish sorts it: case folded, and å, ä, ö after z in that
/// order. Only the letters unit names use are folded by hand: the library's case tables would
/// add kilobytes to the wasm.
fn collate(c: char) -> u32 {
    match c {
        'å' | 'Å' => u32::from('z') + 1,
        'ä' | 'Ä' | 'æ' | 'Æ' => u32::from('z') + 2,
        'ö' | 'Ö' | 'ø' | 'Ø' => u32::from('z') + 3,
        'é' | 'É' | 'è' | 'È' => u32::from('e'),
        'ü' | 'Ü' => u32::from('y'),
        c => u32::from(c.to_ascii_lowercase()),
    }
}

/// Whether unit name `a` comes before `b` in Swedish alphabetical order.
fn name_before(a: &str, b: &str) -> bool {
    a.chars().map(collate).lt(b.chars().map(collate))
}

/// Whether the unit named `a` with the value `x` in the sorted column comes before `b` with
/// `y`. Units with no value come last in either direction.
fn comes_before(
    key: SortKey,
    ascending: bool,
    (a, x): (&str, Option<f64>),
    (b, y): (&str, Option<f64>),
) -> bool {
    if key == SortKey::Unit {
        return if ascending {
            name_before(a, b)
        } else {
            name_before(b, a)
        };
    }
    match (x, y) {
        (Some(x), Some(y)) => {
            if ascending {
                x < y
            } else {
                x > y
            }
        }
        (Some(_), None) => true,
        _ => false,
    }
}

/// Sorts the rows by `key`, ascending or not. Rows with no value in that column come last in
/// either direction; rows that are equal keep their order.
/// A roll-up can hold 10,000 units: one stable merge sort over positions, O(n log n).
pub fn sort_rows(rows: &mut [UnitRow], key: SortKey, ascending: bool) {
    let at = |i: usize| (rows[i].unit.as_str(), sort_value(&rows[i], key));
    let order = sorted_positions(rows.len(), &|i, j| {
        comes_before(key, ascending, at(i), at(j))
    });
    permute(rows, &order);
}

/// The rows of the first `n` units in the order `sort_rows` gives all of them: only the sorted
/// column is worked out for every unit, and whole rows only for the `n` shown (10,000 rows cost
/// most of the frozen stretch that sorting 10,000 units took).
pub fn sorted_unit_rows(
    fw: &Framework,
    entries: &[&Entry],
    key: SortKey,
    ascending: bool,
    n: usize,
) -> Vec<UnitRow> {
    let values: Vec<Option<f64>> = entries
        .iter()
        .map(|e| column_value(fw, &e.assessment, key))
        .collect();
    let at = |i: usize| (entries[i].assessment.unit.as_str(), values[i]);
    let order = sorted_positions(entries.len(), &|i, j| {
        comes_before(key, ascending, at(i), at(j))
    });
    let shown: Vec<&Entry> = order.into_iter().take(n).map(|i| entries[i]).collect();
    unit_rows(fw, &shown)
}

/// `a`'s value in column `key`, as its row would have it (none for the unit's name).
fn column_value(fw: &Framework, a: &Assessment, key: SortKey) -> Option<f64> {
    match key {
        SortKey::Unit => None,
        SortKey::Distance => distance(fw, a),
        SortKey::GoalArea(i) => goal_area_scores(fw, a).get(i).and_then(|g| g.now.percent),
        SortKey::Shift(i) => fw.shifts.get(i).and_then(|s| shift_percent(fw, a, &s.id)),
    }
}
