//! Ordering the short lists the app sorts (a framework's items, a unit's assessments, the units
//! of a roll-up): an insertion sort. Stable, and a few dozen bytes of wasm where each use of the
//! library's stable sort adds kilobytes.

/// Sorts `items` so that `before(a, b)` holds for no later `a` ahead of an earlier `b`; equal
/// items keep their order.
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
