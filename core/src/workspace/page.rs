//! What the page shows, as the workspace decides it from the step and what is there.

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
