//! English: the results' texts (summary, charts, goal areas, printed report).

use crate::i18n::{ResultsMsg as M, ResultsText as T};
use kompass_core::results::projection::Outcome as O;

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Results",
        T::NotRatedYet => "Not rated yet",
        T::Strongest => "Strongest today",
        T::Weakest => "Weakest today",
        T::Gaps => "Furthest from the target",
        T::FindOut => "To find out (\"Don't know\")",
        T::NothingYet => "No ratings yet. Go through the steps and rate where you stand.",
        T::AllEqual => "Every rated item is at the same level.",
        T::NoGaps => "No target is above today's level.",
        T::NoFindOut => "No \"Don't know\" answers.",
        T::ShowFewer => "Show fewer",
        T::Print => "Print / save as PDF",
        T::ReportNotes => "Dialogue and notes",
        T::ReportPlan => "Action plan",
        T::ReportMadeWith => "Report from Nära vård-kompassen",
        T::SummaryHeading => "Summary",
        T::ReportTrend => "Progress over time",
        T::NoNotes => "No answers to the dialogue questions and no notes.",
        T::PlanWhat => "Action",
        T::PlanItem => "Concerns",
        T::PlanWho => "Responsible",
        T::PlanDue => "Due",
        T::PlanStatus => "Status",
        T::PageWord => "page",
        T::PageOf => "of",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::GoalHeading {
            horizon: Some(year),
        } => format!("Toward the {year} target picture"),
        M::GoalHeading { horizon: None } => "Toward the target picture".to_owned(),
        M::ShowAll { n } => format!("Show all {n}"),
        M::ReportMeta { framework, date, printed } => {
            format!("Framework: {framework}. Assessed on {date}. Printed on {printed}.")
        }
        M::SummaryStrongest { names } => format!("Strongest today: {}.", listed(names)),
        M::SummaryGaps { names } => format!("Furthest from the target: {}.", listed(names)),
        M::SummaryActions { n: 0, .. } => "The action plan has no actions yet.".to_owned(),
        M::SummaryActions { n: 1, done: 1 } => "The action plan has 1 action, and it is done.".to_owned(),
        M::SummaryActions { n: 1, .. } => "The action plan has 1 action, not done yet.".to_owned(),
        M::SummaryActions { n, done } => format!("The action plan has {n} actions; {done} of them are done."),
        M::SummaryRated { rated, total } => format!("{rated} of {total} questions are rated."),
        M::Progress {
            area,
            now,
            target: Some(target),
        } => format!("You have come {now}% of the way toward {area} – your target is {target}%."),
        M::Progress {
            area,
            now,
            target: None,
        } => format!("You have come {now}% of the way toward {area}."),
        M::FewAnswers { rated, total } => format!(
            "Note: this figure rests on few answers: {rated} of {total} questions are rated. Rate more for a surer picture."
        ),
        M::SingleAnswer { total } => format!(
            "Only one of {total} questions is rated. That is not enough for a figure – rate more."
        ),
        M::TargetShare(p) => format!("Target: {p}%"),
        M::BasedOn { rated, total } => format!("{rated} of {total} questions rated"),
        M::GapSteps(1) => "+1 step".to_owned(),
        M::GapSteps(steps) => format!("+{steps} steps"),
        M::ChartTitle { subject } => format!("{subject}: today and target"),
        M::Projection {
            outcome,
            horizon,
            target,
        } => projection(outcome, horizon.unwrap_or(0), target),
        M::SinceLast { delta: 0, date } => format!("Since last time ({date}): unchanged"),
        M::SinceLast { delta, date } if delta > 0 => {
            format!("Since last time ({date}): +{delta} percentage points")
        }
        M::SinceLast { delta, date } => {
            format!("Since last time ({date}): −{} percentage points", -delta)
        }
    }
}

/// What the trend says about reaching the target `target` (in %) by the horizon year `h`.
fn projection(outcome: O, h: u16, target: u32) -> String {
    match outcome {
        O::TooFew => "At least two dated assessments are needed to show a trend.".to_owned(),
        O::Reached => format!("The target ({target}%) is reached."),
        O::Flat => format!(
            "No clear change over time: at this pace the target ({target}%) is not reached."
        ),
        O::Falling => {
            format!("The trend is downward: at this pace the target ({target}%) is not reached.")
        }
        O::ReachedIn(y) => format!(
            "At this pace the target ({target}%) is reached in {}.",
            y.floor() as i32
        ),
        O::Rising => format!(
            "If the pace holds, you are moving toward the target ({target}%). Once there are three dated assessments, the year it is reached is shown."
        ),
        O::NotByHorizon(y) => format!(
            "At this pace the target ({target}%) is not reached before {h}, only around {}.",
            y.floor() as i32
        ),
    }
}

/// "a", "a and b", "a, b and c".
fn listed(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
