//! Scoring rules (also in README, "Scoring"):
//!
//! - A level L on the five-step scale counts as `(L − 1) / 4` of the way from FRÅN to TILL:
//!   level 1 = 0 %, 3 = 50 %, 5 = 100 %.
//! - An **index** over a set of items is the mean of that over the items that have a level, as a
//!   percentage. "Vet ej" and unanswered items are *left out*, never counted as zero; the index
//!   says how many items it rests on (`rated` of `total`), and is `None` when none has a level.
//! - The **goal-area index** is the index over the shifts and factors mapped to that goal area;
//!   the same over the targets gives the goal area's **target index**.
//! - **Strongest** and **weakest** items: the highest and lowest current levels, at most three
//!   each, ties in framework order; an item at the lowest level present is never "strongest", one
//!   at the highest never "weakest", and no item is in both lists (strongest wins), so when every
//!   level is equal both lists are empty.
//! - **Gaps**: target level minus current level where both are levels, largest first.
//! - **To find out**: every item with "Vet ej" as its current level or its target.

use crate::assessment::{Assessment, Rating, Which};
use crate::framework::{Framework, ItemKind};
use crate::order::sort_small;

/// An index 0–100 over a set of items.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Index {
    /// Mean progress in percent, `None` when no item has a level.
    pub percent: Option<f64>,
    /// Items with a level.
    pub rated: usize,
    /// Items in the set.
    pub total: usize,
}

/// What a figure rests on: enough of its items rated, few (under three quarters), or a single
/// answer among several, which is no figure at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    Enough,
    Few,
    Single,
}

impl Index {
    /// How much this index rests on (see [`Basis`]); a set of one item rated is enough.
    pub fn basis(&self) -> Basis {
        if self.rated <= 1 && self.total > 1 {
            Basis::Single
        } else if self.rated * 4 < self.total * 3 {
            Basis::Few
        } else {
            Basis::Enough
        }
    }

    pub fn of(ratings: impl IntoIterator<Item = Option<Rating>>) -> Index {
        let (mut sum, mut rated, mut total) = (0.0, 0, 0);
        for rating in ratings {
            total += 1;
            if let Some(level) = rating.and_then(Rating::level) {
                sum += level.progress();
                rated += 1;
            }
        }
        let percent = (rated > 0).then(|| 100.0 * sum / rated as f64);
        Index {
            percent,
            rated,
            total,
        }
    }

    /// The percentage rounded to a whole number, for display.
    pub fn rounded(&self) -> Option<u32> {
        self.percent.map(|p| p.round().clamp(0.0, 100.0) as u32)
    }
}

/// Current and target index of one goal area.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalAreaScore {
    pub goal_area: String,
    pub now: Index,
    pub target: Index,
}

/// One item's place in the results.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemScore {
    pub kind: ItemKind,
    pub id: String,
    pub now: Option<Rating>,
    pub target: Option<Rating>,
}

impl ItemScore {
    pub fn gap(&self) -> Option<i8> {
        let now = self.now.and_then(Rating::level)?;
        let target = self.target.and_then(Rating::level)?;
        Some(target.get() as i8 - now.get() as i8)
    }
}

/// Every item of the framework with its ratings, in framework order.
pub fn item_scores(fw: &Framework, a: &Assessment) -> Vec<ItemScore> {
    fw.items()
        .map(|(kind, id, _)| ItemScore {
            kind,
            id: id.to_owned(),
            now: a.rating(id, Which::Now),
            target: a.rating(id, Which::Target),
        })
        .collect()
}

/// The index over all items of one kind (all shifts, or all factors).
pub fn kind_index(fw: &Framework, a: &Assessment, kind: ItemKind, which: Which) -> Index {
    Index::of(
        fw.items()
            .filter(|(k, _, _)| *k == kind)
            .map(|(_, id, _)| a.rating(id, which)),
    )
}

/// Current and target index per goal area, in framework order.
pub fn goal_area_scores(fw: &Framework, a: &Assessment) -> Vec<GoalAreaScore> {
    fw.goal_areas
        .iter()
        .map(|g| {
            let of = |which| Index::of(fw.items_serving(&g.id).map(|(_, id)| a.rating(id, which)));
            GoalAreaScore {
                goal_area: g.id.clone(),
                now: of(Which::Now),
                target: of(Which::Target),
            }
        })
        .collect()
}

/// Strongest and weakest items by current level (see the rules above).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ranking {
    pub strongest: Vec<ItemScore>,
    pub weakest: Vec<ItemScore>,
}

pub fn ranking(scores: &[ItemScore]) -> Ranking {
    let leveled: Vec<(u8, &ItemScore)> = scores
        .iter()
        .filter_map(|s| s.now.and_then(Rating::level).map(|l| (l.get(), s)))
        .collect();
    let (Some(min), Some(max)) = (
        leveled.iter().map(|(l, _)| *l).min(),
        leveled.iter().map(|(l, _)| *l).max(),
    ) else {
        return Ranking::default();
    };
    let high: Vec<_> = leveled.iter().filter(|(l, _)| *l > min).copied().collect();
    let strongest: Vec<ItemScore> = ordered_by(high, |l| -i32::from(*l))
        .into_iter()
        .take(3)
        .collect();
    let low: Vec<_> = leveled
        .iter()
        .filter(|(l, s)| *l < max && !strongest.iter().any(|st| st.id == s.id))
        .copied()
        .collect();
    let weakest = ordered_by(low, |l| i32::from(*l))
        .into_iter()
        .take(3)
        .collect();
    Ranking { strongest, weakest }
}

/// The items sorted by `key`, ascending, equal keys keeping their order.
fn ordered_by<K>(mut items: Vec<(K, &ItemScore)>, key: impl Fn(&K) -> i32) -> Vec<ItemScore> {
    sort_small(&mut items, |a, b| key(&a.0) < key(&b.0));
    items.into_iter().map(|(_, s)| s.clone()).collect()
}

/// Items whose target is above their current level, largest gap first.
pub fn gaps(scores: &[ItemScore]) -> Vec<(ItemScore, i8)> {
    let open: Vec<(i8, &ItemScore)> = scores
        .iter()
        .filter_map(|s| s.gap().filter(|g| *g > 0).map(|g| (g, s)))
        .collect();
    // The sort hands back the items alone; each gap is recomputed from them.
    ordered_by(open, |g| -i32::from(*g))
        .into_iter()
        .filter_map(|s| s.gap().map(|g| (s, g)))
        .collect()
}

/// Items with "Vet ej" as current level or target: things to find out.
pub fn to_find_out(scores: &[ItemScore]) -> Vec<ItemScore> {
    scores
        .iter()
        .filter(|s| s.now == Some(Rating::DontKnow) || s.target == Some(Rating::DontKnow))
        .cloned()
        .collect()
}
