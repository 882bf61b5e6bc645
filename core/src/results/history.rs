//! A unit's assessments over time. A unit is its name (trimmed): the same name in two browsers
//! is the same unit, which is what merging files from several browsers needs.

use crate::assessment::date::Date;
use crate::assessment::{ActionStatus, Assessment, Which};
use crate::framework::Framework;
use crate::order::sort_small;
use crate::results::projection::{project, Projection};
use crate::results::scoring::{goal_area_scores, Index};
use crate::workspace::Workspace;

/// The units that have assessments, in the order they first appear.
pub fn units(ws: &Workspace) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for a in &ws.assessments {
        if !names.contains(&a.unit.as_str()) {
            names.push(&a.unit);
        }
    }
    names
}

/// The assessments of `unit`, oldest first (same date: in the order they were made).
pub fn of_unit<'a>(ws: &'a Workspace, unit: &str) -> Vec<&'a Assessment> {
    let mut list: Vec<(usize, &Assessment)> = ws
        .assessments
        .iter()
        .enumerate()
        .filter(|(_, a)| a.unit == unit)
        .collect();
    sort_small(&mut list, |a, b| (a.1.date, a.0) < (b.1.date, b.0));
    list.into_iter().map(|(_, a)| a).collect()
}

/// The assessment of the same unit and framework just before `a`.
pub fn previous<'a>(ws: &'a Workspace, a: &Assessment) -> Option<&'a Assessment> {
    let list = of_unit(ws, &a.unit);
    let at = list.iter().position(|x| x.id == a.id)?;
    list[..at]
        .iter()
        .rev()
        .find(|x| x.framework_id == a.framework_id)
        .copied()
}

/// The unit's assessments made with framework `fw`, oldest first: the points of its trend.
pub fn series<'a>(ws: &'a Workspace, unit: &str, fw: &Framework) -> Vec<&'a Assessment> {
    of_unit(ws, unit)
        .into_iter()
        .filter(|a| a.framework_id == fw.id)
        .collect()
}

/// One goal area over time: its index per assessment, the target (from the latest assessment
/// that sets one) and the projection toward it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalTrend {
    pub goal_area: String,
    /// (date as fractional year, index) per assessment that has an index.
    pub points: Vec<(f64, f64)>,
    /// The date of each point.
    pub dates: Vec<Date>,
    pub target: Option<f64>,
    pub projection: Option<Projection>,
}

pub fn goal_trends(fw: &Framework, list: &[&Assessment]) -> Vec<GoalTrend> {
    let per_assessment: Vec<_> = list
        .iter()
        .map(|a| (a.date, goal_area_scores(fw, a)))
        .collect();
    fw.goal_areas
        .iter()
        .enumerate()
        .map(|(g, area)| {
            let dated: Vec<(Date, f64)> = per_assessment
                .iter()
                .filter_map(|(date, scores)| scores.get(g)?.now.percent.map(|p| (*date, p)))
                .collect();
            let points: Vec<(f64, f64)> = dated.iter().map(|(d, p)| (d.as_year(), *p)).collect();
            let target = per_assessment
                .iter()
                .rev()
                .find_map(|(_, s)| s.get(g)?.target.percent);
            let projection = target.map(|t| project(&points, t, fw.horizon));
            GoalTrend {
                goal_area: area.id.clone(),
                points,
                dates: dated.into_iter().map(|(d, _)| d).collect(),
                target,
                projection,
            }
        })
        .collect()
}

/// One shift or factor over time.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemTrend {
    /// (date as fractional year, level as 0–100) per assessment with a level.
    pub points: Vec<(f64, f64)>,
    pub dates: Vec<Date>,
    /// The latest target, as 0–100.
    pub target: Option<f64>,
}

pub fn item_trend(list: &[&Assessment], item: &str) -> ItemTrend {
    let index = |a: &Assessment, which| Index::of([a.rating(item, which)]).percent;
    let dated: Vec<(Date, f64)> = list
        .iter()
        .filter_map(|a| index(a, Which::Now).map(|p| (a.date, p)))
        .collect();
    ItemTrend {
        points: dated.iter().map(|(d, p)| (d.as_year(), *p)).collect(),
        dates: dated.into_iter().map(|(d, _)| d).collect(),
        target: list.iter().rev().find_map(|a| index(a, Which::Target)),
    }
}

/// Actions completed after `earlier`, up to and including `later`: done in any of the unit's
/// assessments in between (a done action is not carried into the next one), and not already
/// done in `earlier`. Matched by item and wording; each listed once.
pub fn completed_between<'a>(
    ws: &'a Workspace,
    earlier: &Assessment,
    later: &Assessment,
) -> Vec<&'a str> {
    let done_before = |item: &str, what: &str| {
        earlier
            .actions
            .iter()
            .any(|e| e.item == item && e.what == what && e.status == ActionStatus::Done)
    };
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for a in of_unit(ws, &earlier.unit) {
        let after_earlier =
            (a.date, a.id.as_str()) > (earlier.date, earlier.id.as_str()) && a.id != earlier.id;
        if !after_earlier || a.date > later.date {
            continue;
        }
        for action in a.actions.iter().filter(|p| p.status == ActionStatus::Done) {
            let key = (action.item.as_str(), action.what.as_str());
            if !done_before(key.0, key.1) && !seen.contains(&key) {
                seen.push(key);
            }
        }
    }
    seen.into_iter().map(|(_, what)| what).collect()
}
