//! The steps and views of the app, the steps of an assessment in order, and the page a step
//! shows.

use serde::{Deserialize, Serialize};

use crate::framework::Framework;

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
    /// The editor of the user's own framework ("Eget ramverk").
    Editor,
}

/// Every step of an assessment of `fw`, in order: start, each shift and factor, the action
/// plan, the results.
pub fn step_sequence(fw: &Framework) -> Vec<Step> {
    // Pushed one after another: a chain of the three parts compiles a loop for each.
    let mut steps = vec![Step::Start];
    steps.extend(fw.items().map(|(_, id, _)| Step::Item(id.to_owned())));
    steps.push(Step::Actions);
    steps.push(Step::Results);
    steps
}

/// The view the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageView<'a> {
    /// The start page (also where a step that cannot be shown falls back to).
    Start,
    /// One shift or factor of the open assessment, by id.
    Item(&'a str),
    Actions,
    Results,
    History,
    Trend,
    Compare {
        from: &'a str,
        to: &'a str,
    },
    Rollup,
    About,
    /// The workshop: the facilitator's page (also under the projector and taking part).
    Workshop,
    /// The own framework's editor.
    Editor,
}

impl PageView<'_> {
    /// Whether the page is a step of the open assessment (start, items, actions, results),
    /// shown beside the step navigation.
    pub fn is_assessment_step(&self) -> bool {
        matches!(
            self,
            PageView::Start | PageView::Item(_) | PageView::Actions | PageView::Results
        )
    }
}
