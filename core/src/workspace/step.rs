//! The steps and views of the app, and when each can be shown.

use serde::{Deserialize, Serialize};

use crate::framework::Framework;
use crate::workspace::Workspace;

/// Where the user is in the assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Start,
    /// The step for one shift or factor, by id.
    Item(String),
    Actions,
    Results,
    /// The unit's assessments: open, start the next, delete, pick two to compare.
    History,
    /// The unit's trend per goal area, shift and factor, with the projection.
    Trend,
    /// Two assessments of the unit side by side, by id.
    Compare {
        from: String,
        to: String,
    },
    /// Many units' files side by side (the organisation view).
    Rollup,
    /// Accessibility statement, privacy and deleting one's data.
    About,
    /// The facilitator's workshop: set-up, collecting answers, results, consensus.
    Workshop,
    /// The workshop on a projector, one screen at a time.
    Projector,
    /// Taking part in a workshop on one's own phone.
    Participate,
}

/// Every step of an assessment of `fw`, in order: start, each shift and factor, the action
/// plan, the results.
pub fn step_sequence(fw: &Framework) -> Vec<Step> {
    let items = fw.items().map(|(_, id, _)| Step::Item(id.to_owned()));
    std::iter::once(Step::Start)
        .chain(items)
        .chain([Step::Actions, Step::Results])
        .collect()
}

impl Workspace {
    /// Whether `step` can be shown now: an item step needs an assessment open and an item of
    /// its framework (`is_item`), a comparison two existing assessments, and so on.
    pub(crate) fn can_show(&self, step: &Step, is_item: impl Fn(&str) -> bool) -> bool {
        let exists = |id: &str| self.assessments.iter().any(|a| a.id == id);
        match step {
            Step::Start => true,
            Step::Item(id) => self.current.is_some() && is_item(id),
            Step::Actions | Step::Results | Step::Trend => self.current.is_some(),
            Step::History => !self.assessments.is_empty(),
            Step::Rollup | Step::About => true,
            Step::Workshop => true,
            Step::Projector => self.workshop.is_some(),
            Step::Participate => self.participation.is_some(),
            Step::Compare { from, to } => exists(from) && exists(to),
        }
    }
}
