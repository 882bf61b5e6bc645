//! What the room answered, per item: the distribution, the median, the spread, and how much
//! the group agrees.
//!
//! Agreement classes (thresholds, also in README "Workshop"):
//! - **Uncertain** when fewer than the minimum group size gave a level, or when "Vet ej" is a
//!   third or more of the answers given;
//! - otherwise **Consensus** when every level is within a quarter of the scale's range
//!   (highest minus lowest step) of the median: one step on a five-step scale (range 4), as
//!   before scales; on 1–4 (range 3) ¾ step, so only levels next to a median between them; on
//!   0–5 (range 5) 1¼ steps and on 1–7 (range 6) 1½ steps, so one step from a whole median;
//! - otherwise **Split**: someone is further from the median.
//!
//! Items are listed with the widest disagreement first: largest spread (highest minus lowest
//! level) as a share of the item's range, then the largest total distance from the median as
//! such a share, then framework order (on five-step items, exactly the order by steps).

use super::collect::Response;
use super::setup::WorkshopSetup;
use crate::assessment::{Level, Rating, Which};
use crate::order::sort_small;
use crate::results::scoring::share_of;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    Consensus,
    Split,
    Uncertain,
}

/// The answers to one rating (now or target) of one item.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// The lowest and highest level of the item's scale.
    pub min: u8,
    pub max: u8,
    /// How many chose each level of the scale, the lowest first.
    pub counts: Vec<usize>,
    pub dont_know: usize,
    pub blank: usize,
    /// Twice the median (so 2.5 is 5); `None` without any level.
    pub median_x2: Option<u8>,
    /// Highest minus lowest level.
    pub spread: u8,
    /// Σ |level − median|, doubled like the median.
    pub distance_x2: u32,
}

impl Tally {
    /// The tally of `ratings` on the scale `(min, max)`; a level off it counts as blank.
    pub fn new(ratings: impl Iterator<Item = Option<Rating>>, (min, max): (u8, u8)) -> Tally {
        let mut tally = Tally {
            min,
            max,
            counts: vec![0; usize::from(max.saturating_sub(min)) + 1],
            dont_know: 0,
            blank: 0,
            median_x2: None,
            spread: 0,
            distance_x2: 0,
        };
        let mut levels = Vec::new();
        for rating in ratings {
            match rating {
                Some(Rating::Level(l)) if (min..=max).contains(&l.get()) => {
                    tally.counts[usize::from(l.get() - min)] += 1;
                    levels.push(l.get());
                }
                Some(Rating::DontKnow) => tally.dont_know += 1,
                _ => tally.blank += 1,
            }
        }
        sort_small(&mut levels, |a, b| a < b);
        if let (Some(lo), Some(hi)) = (levels.first(), levels.last()) {
            let n = levels.len();
            let median_x2 = levels[(n - 1) / 2] + levels[n / 2];
            tally.median_x2 = Some(median_x2);
            tally.spread = hi - lo;
            tally.distance_x2 = levels
                .iter()
                .map(|l| u32::from((2 * l).abs_diff(median_x2)))
                .sum();
        }
        tally
    }

    pub fn levels(&self) -> usize {
        self.counts.iter().sum()
    }

    /// The default for the agreed level: the median, a half rounded down (never overstating).
    pub fn median_level(&self) -> Option<Level> {
        self.median_x2.and_then(|m| Level::new(m / 2))
    }

    /// The scale's range: highest minus lowest step (4 on a five-step scale).
    pub fn range(&self) -> u8 {
        self.max.saturating_sub(self.min).max(1)
    }

    pub fn agreement(&self, min_group: u8) -> Agreement {
        let given = self.levels() + self.dont_know;
        // |level − median| ≤ range / 4, in doubled units: 2·|2·level − 2·median| ≤ range.
        let all_near = || {
            let m = self.median_x2.unwrap_or(0);
            // Counted from the lowest level (the counts run from `min` to `max`).
            self.counts.iter().enumerate().all(|(i, count)| {
                let level = self.min + i as u8;
                *count == 0 || 2 * u16::from((2 * level).abs_diff(m)) <= u16::from(self.range())
            })
        };
        if self.levels() < usize::from(min_group) || 3 * self.dont_know >= given {
            Agreement::Uncertain
        } else if all_near() {
            Agreement::Consensus
        } else {
            Agreement::Split
        }
    }
}

/// One item's result.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult {
    pub item: String,
    pub now: Tally,
    /// Only when the set-up rates targets.
    pub target: Option<Tally>,
    pub agreement: Agreement,
}

/// Where in a response's slots an item's rating is.
pub fn slot_index(setup: &WorkshopSetup, item_at: usize, which: Which) -> usize {
    match (setup.targets, which) {
        (true, Which::Now) => 2 * item_at,
        (true, Which::Target) => 2 * item_at + 1,
        (false, _) => item_at,
    }
}

/// The answers to the rating `which` of the item at `at` in the set-up.
pub fn tally(setup: &WorkshopSetup, responses: &[Response], at: usize, which: Which) -> Tally {
    let i = slot_index(setup, at, which);
    Tally::new(
        responses.iter().map(|r| r.slots.get(i).copied().flatten()),
        setup.span(at),
    )
}

/// Every item's result, widest disagreement first.
pub fn results(setup: &WorkshopSetup, responses: &[Response]) -> Vec<ItemResult> {
    let tally = |at: usize, which| tally(setup, responses, at, which);
    let mut out: Vec<(usize, ItemResult)> = setup
        .items
        .iter()
        .enumerate()
        .map(|(at, item)| {
            let now = tally(at, Which::Now);
            let result = ItemResult {
                item: item.clone(),
                agreement: now.agreement(setup.min_group),
                target: setup.targets.then(|| tally(at, Which::Target)),
                now,
            };
            (at, result)
        })
        .collect();
    let key = |(at, r): &(usize, ItemResult)| {
        let range = r.now.range();
        (
            share_of(i64::from(r.now.spread), range),
            share_of(i64::from(r.now.distance_x2), range),
            usize::MAX - at,
        )
    };
    sort_small(&mut out, |a, b| key(a) > key(b));
    out.into_iter().map(|(_, r)| r).collect()
}
