//! Ordering and grouping lists that can be long (a unit's assessments, the units of a roll-up):
//! one stable merge sort over positions, O(n log n). It is not generic, so the wasm holds it
//! once, where each use of the library's sort or of a map would add kilobytes. Lists that stay
//! short whatever the input keep an insertion sort.

use std::cmp::Ordering;

/// The positions `0..len` in stable order: `before(i, j)` says item `i` goes ahead of item `j`;
/// items neither before the other keep their order.
pub fn sorted_positions(len: usize, before: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut from: Vec<usize> = (0..len).collect();
    let mut into = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut i, mut j) = (start, mid);
            // Indexed rather than over a sub-slice: the smaller wasm.
            let mut slot = start;
            while slot < end {
                // The right run's item goes first only when it is strictly before: stability.
                let side = if j < end && (i == mid || before(from[j], from[i])) {
                    &mut j
                } else {
                    &mut i
                };
                into[slot] = from[*side];
                *side += 1;
                slot += 1;
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    from
}

/// For each of `len` items, the first position whose item equals it by `cmp` (its own when none
/// comes earlier): what a map from key to first position gives, from one sort instead.
pub fn first_of_same(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let sorted = sorted_positions(len, &|i, j| cmp(i, j) == Ordering::Less);
    let mut first = vec![0; len];
    let (mut head, mut prev) = (0, usize::MAX);
    for i in sorted {
        // Stable: the first of a run of equal items is the earliest of them.
        if prev == usize::MAX || cmp(prev, i) != Ordering::Equal {
            head = i;
        }
        first[i] = head;
        prev = i;
    }
    first
}

/// Puts `items` in the order `order` gives (from [`sorted_positions`]): position `k` then holds
/// what was at `order[k]`. In place, by following each cycle of the permutation: O(n).
pub fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        let mut i = start;
        while !done[i] {
            done[i] = true;
            let from = order[i];
            if from == start {
                break;
            }
            items.swap(i, from);
            i = from;
        }
    }
}

/// Sorts a list that stays short whatever the input (a framework's items, a workshop group's
/// answers, the frameworks in use) so that `before(a, b)` holds for no later `a` ahead of an
/// earlier `b`; equal items keep their order. An insertion sort: inlined, a few dozen bytes of
/// wasm; lists of units or assessments go through [`sorted_positions`].
pub fn sort_small<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_small;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        sort_small(&mut empty, |a, b| a < b);
        let mut desc = [1, 5, 2];
        sort_small(&mut desc, |a, b| a > b);
        assert_eq!(desc, [5, 2, 1]);
    }
}
