//! Scoring rules (also in README, "Scoring"):
//!
//! - A level L on an item's scale counts as `(L − min) / (max − min)` of the way along it: on the
//!   five-step scales (1–5) level 1 = 0 %, 3 = 50 %, 5 = 100 %; on 0–5, level 2 = 40 %; on 1–4,
//!   level 2 = 33⅓ %.
//! - An **index** over a set of items is the mean of that over the items that have a level, as a
//!   percentage. "Vet ej" and unanswered items are *left out*, never counted as zero; the index
//!   says how many items it rests on (`rated` of `total`), and is `None` when none has a level.
//! - The **goal-area index** is the index over the shifts and factors mapped to that goal area;
//!   the same over the targets gives the goal area's **target index**.
//! - **Strongest** and **weakest** items: the highest and lowest current levels (as shares of
//!   their scales, so items on different scales compare), at most three
//!   each, ties in framework order; an item at the lowest level present is never "strongest", one
//!   at the highest never "weakest", and no item is in both lists (strongest wins), so when every
//!   level is equal both lists are empty.
//! - **Gaps**: target level minus current level where both are levels, in steps of the item's
//!   scale; largest first as a share of the scale (the same order as steps when all share one).
//! - **To find out**: every item with "Vet ej" as its current level or its target.

use crate::assessment::{Assessment, Rating, Which};
use crate::framework::{Framework, ItemKind, Scale};
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

    /// The index over ratings, each on its item's scale.
    pub fn of<'s>(ratings: impl IntoIterator<Item = (Option<Rating>, &'s Scale)>) -> Index {
        let (mut sum, mut rated, mut total) = (0.0, 0, 0);
        for (rating, scale) in ratings {
            total += 1;
            // A level off the item's scale (only from tampered storage) counts as unanswered.
            if let Some(level) = rating
                .and_then(Rating::level)
                .filter(|l| scale.contains(*l))
            {
                sum += scale.progress(level);
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
    /// The lowest and highest level of the item's scale.
    pub min: u8,
    pub max: u8,
}

/// A common multiple of every scale's range (1–10), so shares of scales compare exactly.
const SHARE: i64 = 2520;

/// `steps` of a scale whose range (highest minus lowest step) is `range`, as a share of that
/// range in 2520ths: exact for every scale, so shares of different scales compare.
pub fn share_of(steps: i64, range: u8) -> i64 {
    steps * SHARE / i64::from(range.max(1))
}

impl ItemScore {
    /// Target minus current level, in steps of the item's scale.
    pub fn gap(&self) -> Option<i8> {
        let now = self.now.and_then(Rating::level)?;
        let target = self.target.and_then(Rating::level)?;
        Some(target.get() as i8 - now.get() as i8)
    }

    /// A number of steps as a share of the item's scale (see [`share_of`]).
    fn share(&self, steps: i64) -> i64 {
        share_of(steps, self.max.saturating_sub(self.min))
    }

    /// The current level's place on the scale, in 2520ths.
    fn now_share(&self) -> Option<i64> {
        let l = self.now.and_then(Rating::level)?;
        Some(self.share(i64::from(l.get()) - i64::from(self.min)))
    }
}

/// Every item of the framework with its ratings, in framework order.
pub fn item_scores(fw: &Framework, a: &Assessment) -> Vec<ItemScore> {
    fw.items()
        .map(|(kind, id, _)| {
            let scale = fw.scale_of(id);
            ItemScore {
                kind,
                id: id.to_owned(),
                now: a.rating(id, Which::Now),
                target: a.rating(id, Which::Target),
                min: scale.min(),
                max: scale.max(),
            }
        })
        .collect()
}

/// The index over all items of one kind (all shifts, or all factors).
pub fn kind_index(fw: &Framework, a: &Assessment, kind: ItemKind, which: Which) -> Index {
    Index::of(
        fw.items()
            .filter(|(k, _, _)| *k == kind)
            .map(|(_, id, _)| (a.rating(id, which), fw.scale_of(id))),
    )
}

/// Current and target index per goal area, in framework order.
pub fn goal_area_scores(fw: &Framework, a: &Assessment) -> Vec<GoalAreaScore> {
    fw.goal_areas
        .iter()
        .map(|g| {
            let of = |which| {
                Index::of(
                    fw.items_serving(&g.id)
                        .map(|(_, id)| (a.rating(id, which), fw.scale_of(id))),
                )
            };
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
    let leveled: Vec<(i64, &ItemScore)> = scores
        .iter()
        .filter_map(|s| s.now_share().map(|l| (l, s)))
        .collect();
    let (Some(min), Some(max)) = (
        leveled.iter().map(|(l, _)| *l).min(),
        leveled.iter().map(|(l, _)| *l).max(),
    ) else {
        return Ranking::default();
    };
    let high: Vec<_> = leveled.iter().filter(|(l, _)| *l > min).copied().collect();
    let strongest: Vec<ItemScore> = ordered_by(high, -1, 3);
    let low: Vec<_> = leveled
        .iter()
        .filter(|(l, s)| *l < max && !strongest.iter().any(|st| st.id == s.id))
        .copied()
        .collect();
    let weakest = ordered_by(low, 1, 3);
    Ranking { strongest, weakest }
}

/// The first `limit` items sorted by their key times `sign` (1 ascending, -1 descending), equal
/// keys keeping their order. Not generic, so that its sort is compiled once.
#[inline(never)]
fn ordered_by(mut items: Vec<(i64, &ItemScore)>, sign: i64, limit: usize) -> Vec<ItemScore> {
    sort_small(&mut items, |a, b| sign * a.0 < sign * b.0);
    items
        .iter()
        .take(limit)
        .map(|(_, s)| (*s).clone())
        .collect()
}

/// Items whose target is above their current level, largest gap first.
pub fn gaps(scores: &[ItemScore]) -> Vec<(ItemScore, i8)> {
    let open: Vec<(i64, &ItemScore)> = scores
        .iter()
        .filter_map(|s| {
            s.gap()
                .filter(|g| *g > 0)
                .map(|g| (s.share(i64::from(g)), s))
        })
        .collect();
    // The sort hands back the items alone; each gap is recomputed from them.
    ordered_by(open, -1, usize::MAX)
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
