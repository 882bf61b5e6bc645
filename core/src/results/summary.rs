//! The printed report's first-page summary: what a manager needs to say where the unit stands
//! and what to do next, in the order the page reads.

use crate::assessment::{ActionStatus, Assessment, Rating};
use crate::framework::Framework;
use crate::results::scoring::{
    gaps, goal_area_scores, item_scores, ranking, GoalAreaScore, ItemScore,
};

/// How many items each of the summary's lists names.
pub const SUMMARY_ITEMS: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Every goal area's current and target index, in framework order.
    pub goal_areas: Vec<GoalAreaScore>,
    /// The strongest items today (at most [`SUMMARY_ITEMS`]).
    pub strongest: Vec<ItemScore>,
    /// The largest gaps to the target, in steps (at most [`SUMMARY_ITEMS`]).
    pub gaps: Vec<(ItemScore, i8)>,
    /// How many actions the plan has, and how many of them are done.
    pub actions: usize,
    pub done: usize,
    /// How many items have a level today (not "Vet ej"), of how many.
    pub rated: usize,
    pub items: usize,
}

/// The summary of `a` under `fw`, by the same rules as the results page.
pub fn summary(fw: &Framework, a: &Assessment) -> Summary {
    let scores = item_scores(fw, a);
    let mut strongest = ranking(&scores).strongest;
    strongest.truncate(SUMMARY_ITEMS);
    let mut largest = gaps(&scores);
    largest.truncate(SUMMARY_ITEMS);
    Summary {
        goal_areas: goal_area_scores(fw, a),
        strongest,
        gaps: largest,
        actions: a.actions.len(),
        done: a
            .actions
            .iter()
            .filter(|p| p.status == ActionStatus::Done)
            .count(),
        rated: scores
            .iter()
            .filter(|s| s.now.and_then(Rating::level).is_some())
            .count(),
        items: scores.len(),
    }
}
