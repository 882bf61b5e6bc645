//! Where each unit or assessment first appears in a long list, and each unit's latest
//! assessment: O(n log n) by one sort, instead of searching the list for each item.

use crate::assessment::Assessment;
use crate::order::first_of_same;

/// For each of `len` assessments (`at` reads one), the first position of one that is "the same":
/// unit, framework and date agree.
pub fn first_same_assessment<'a>(len: usize, at: &dyn Fn(usize) -> &'a Assessment) -> Vec<usize> {
    first_of_same(len, &|i, j| {
        let (a, b) = (at(i), at(j));
        (a.unit.as_str(), a.framework_id.as_str(), a.date).cmp(&(
            b.unit.as_str(),
            b.framework_id.as_str(),
            b.date,
        ))
    })
}

/// The position of each unit's latest assessment among `len` (`at` reads one), units in the
/// order they first appear: a later date wins, and on the same date the later one. Not generic,
/// so every list of assessments shares this code.
pub fn latest_positions<'a>(len: usize, at: &dyn Fn(usize) -> &'a Assessment) -> Vec<usize> {
    // The names read once: the sort compares each about 2 log2(len) times.
    let units: Vec<&str> = (0..len).map(|i| at(i).unit.as_str()).collect();
    let mut first = first_of_same(len, &|i, j| units[i].cmp(units[j]));
    let mut latest: Vec<usize> = Vec::new();
    for i in 0..len {
        let head = first[i];
        if head == i {
            // A unit's first position now holds its slot in `latest` (read by those after it).
            first[i] = latest.len();
            latest.push(i);
        } else {
            let slot = first[head];
            if at(latest[slot]).date <= at(i).date {
                latest[slot] = i;
            }
        }
    }
    latest
}

/// `items` cut down to those at `latest` (from [`latest_positions`]), in that order. In place:
/// the `k`-th position there is at least `k` (a unit comes no earlier than the units before it)
/// and none repeats, so swapping each into place never moves one still to come.
pub fn keep_latest<T>(mut items: Vec<T>, latest: &[usize]) -> Vec<T> {
    for (k, &at) in latest.iter().enumerate() {
        items.swap(k, at);
    }
    items.truncate(latest.len());
    items
}
