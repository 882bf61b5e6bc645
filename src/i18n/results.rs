//! Keys of the results' texts: the summary, the charts, the goal areas and the printed report.

use kompass_core::results::projection::Outcome;

/// Every fixed text of the results and the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultsText {
    Heading,
    NotRatedYet,
    Strongest,
    Weakest,
    Gaps,
    FindOut,
    NothingYet,
    AllEqual,
    NoGaps,
    NoFindOut,
    /// The button that folds a long list back to its first items.
    ShowFewer,
    Print,
    ReportNotes,
    ReportPlan,
    ReportMadeWith,
    /// The printed report's first-page summary.
    SummaryHeading,
    /// The report's heading of the trend charts.
    ReportTrend,
    /// The report when no dialogue question is answered and nothing is noted.
    NoNotes,
    /// The action plan table's column headings in the report.
    PlanWhat,
    PlanItem,
    PlanWho,
    PlanDue,
    PlanStatus,
    /// "sida" in the printed report's footer ("sida 1 av 3").
    PageWord,
    /// "av" in the same.
    PageOf,
}

/// Results texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ResultsMsg<'a> {
    /// The heading of the goal areas, with the framework's horizon year if it has one.
    GoalHeading { horizon: Option<u16> },
    /// The report's line of facts: framework, the assessment's date and the day it is printed.
    ReportMeta {
        framework: &'a str,
        date: &'a str,
        printed: &'a str,
    },
    /// The strongest items today, named.
    SummaryStrongest { names: &'a [String] },
    /// The largest gaps to the target, named with their steps ("X (+3 steg)").
    SummaryGaps { names: &'a [String] },
    /// How many actions the plan has and how many are done.
    SummaryActions { n: usize, done: usize },
    /// How many items are rated, of how many.
    SummaryRated { rated: usize, total: usize },
    /// The button that shows every one of a list's `n` items.
    ShowAll { n: usize },
    /// How far along toward a goal area the unit is (in per cent), and its target if any, as a
    /// sentence a manager can read aloud.
    Progress {
        area: &'a str,
        now: u32,
        target: Option<u32>,
    },
    /// A goal-area figure rests on few answers: under three quarters of its items rated.
    FewAnswers { rated: usize, total: usize },
    /// Only one of a goal area's items is rated: no figure is given.
    SingleAnswer { total: usize },
    /// A goal area's target, in per cent.
    TargetShare(u32),
    /// How many of a goal area's items are rated.
    BasedOn { rated: usize, total: usize },
    /// How many steps a target lies above today's level.
    GapSteps(i8),
    /// A chart's title, naming what it shows.
    ChartTitle { subject: &'a str },
    /// What the trend says about reaching the target `target` (in %).
    Projection {
        outcome: Outcome,
        horizon: Option<u16>,
        target: u32,
    },
    /// The change of a goal-area index since the previous assessment, in percentage points.
    SinceLast { delta: i32, date: &'a str },
}

localized_by!(ResultsText, &'static str, results::text);

localized_by!(ResultsMsg<'_>, String, results::message);
