//! Sorting the organisation view's units table works out only the sorted column for every unit
//! and whole rows only for those shown: the rows shown are exactly the first of all rows sorted.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::presets;
use kompass_core::rollup::{sort_rows, sorted_unit_rows, unit_rows, Entry, SortKey};
use kompass_core::{Assessment, Date, Framework, Level, Rating};

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// A rating that is often missing or "Vet ej", so that ties and empty cells are common.
fn rating(rng: &mut Rng) -> Option<Rating> {
    match rng.below(7) {
        0 => None,
        1 => Some(Rating::DontKnow),
        l => Level::new(l as u8 - 1).map(Rating::Level),
    }
}

fn entries(fw: &Framework, rng: &mut Rng, n: usize) -> Vec<Entry> {
    const NAMES: [&str; 8] = [
        "Åby", "äng", "Öster", "alby", "Borg", "borg", "Ängby", "Zeta",
    ];
    (0..n)
        .map(|i| {
            let unit = format!("{} {}", NAMES[rng.below(8) as usize], rng.below(4));
            let mut a = Assessment::new(
                format!("a{i}"),
                unit,
                fw.id.clone(),
                Date::parse("2025-03-01").expect("date"),
            );
            for (_, id, _) in fw.items() {
                let answer = a.items.entry(id.to_owned()).or_default();
                answer.now = rating(rng);
                answer.target = rating(rng);
            }
            Entry {
                file: format!("f{}.json", i % 3),
                assessment: a,
            }
        })
        .collect()
}

#[test]
fn the_rows_shown_are_the_first_of_all_rows_sorted_for_every_column_and_direction() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for fw in presets() {
        let mut keys = vec![SortKey::Unit, SortKey::Distance];
        keys.extend((0..fw.goal_areas.len()).map(SortKey::GoalArea));
        keys.extend((0..fw.shifts.len()).map(SortKey::Shift));
        for round in 0..20 {
            let owned = entries(&fw, &mut rng, 1 + round * 7);
            let entries: Vec<&Entry> = owned.iter().collect();
            for &key in &keys {
                for ascending in [true, false] {
                    let mut all = unit_rows(&fw, &entries);
                    sort_rows(&mut all, key, ascending);
                    for n in [0, 5, entries.len(), entries.len() + 10] {
                        let shown = sorted_unit_rows(&fw, &entries, key, ascending, n);
                        assert_eq!(
                            shown,
                            all[..n.min(all.len())],
                            "{} round {round}, {key:?}, ascending {ascending}, {n} shown",
                            fw.id
                        );
                    }
                }
            }
        }
    }
}
