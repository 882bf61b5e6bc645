//! A unit's assessments over time. A unit is its name (trimmed): the same name in two browsers
//! is the same unit, which is what merging files from several browsers needs.

use crate::assessment::date::Date;
use crate::assessment::lookup::latest_positions;
pub use crate::assessment::records::of_unit;
use crate::assessment::{ActionStatus, Assessment, Which};
use crate::framework::{Framework, GoalArea, Scale};
use crate::results::projection::{project, Outcome, Projection};
use crate::results::scoring::{goal_area_scores, Index};
use crate::workshop::word_cloud::lower;

/// A unit to switch to, and its latest assessment (opened when the unit is chosen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitChoice {
    pub unit: String,
    /// Id of the unit's latest assessment.
    pub latest: String,
}

/// Every unit that has assessments, with its latest one, units in the order they first appear.
pub fn unit_choices(list: &[Assessment]) -> Vec<UnitChoice> {
    // The latest by (date, position), as `of_unit(..).last()` has it, for all units in one pass.
    latest_positions(list.len(), &|i| &list[i])
        .into_iter()
        .map(|i| UnitChoice {
            unit: list[i].unit.clone(),
            latest: list[i].id.clone(),
        })
        .collect()
}

/// What a unit picker shows when there are too many units for one list.
#[derive(Debug, PartialEq, Eq)]
pub struct UnitPick<'a> {
    /// The options: the current unit first (a list shows its chosen option, and choosing the
    /// option shown already changes nothing), then others that match.
    pub shown: Vec<&'a UnitChoice>,
    /// How many of `shown` match.
    pub listed: usize,
    /// How many units match in all.
    pub matching: usize,
}

/// The units a picker of at most `max` options shows: the `current` one, then those whose name
/// contains `query` (in any case of the Latin letters Swedish and English use; all when it is
/// empty), in `choices`' order.
pub fn pick_units<'a>(
    choices: &'a [UnitChoice],
    current: &str,
    query: &str,
    max: usize,
) -> UnitPick<'a> {
    // Folded as the word cloud folds words: the library's case tables would add kilobytes.
    let query = lower(query.trim());
    let mut pick = UnitPick {
        shown: choices.iter().filter(|c| c.unit == current).collect(),
        listed: 0,
        matching: 0,
    };
    for c in choices.iter().filter(|c| lower(&c.unit).contains(&query)) {
        pick.matching += 1;
        if c.unit == current {
            pick.listed += 1;
        } else if pick.shown.len() < max {
            pick.shown.push(c);
            pick.listed += 1;
        }
    }
    pick
}

/// The assessment of the same unit and framework just before `a`.
pub fn previous<'a>(list: &'a [Assessment], a: &Assessment) -> Option<&'a Assessment> {
    let list = of_unit(list, &a.unit);
    let at = list.iter().position(|x| x.id == a.id)?;
    list[..at]
        .iter()
        .rev()
        .find(|x| x.framework_id == a.framework_id)
        .copied()
}

/// The unit's assessments made with framework `fw`, oldest first: the points of its trend.
pub fn series<'a>(list: &'a [Assessment], unit: &str, fw: &Framework) -> Vec<&'a Assessment> {
    of_unit(list, unit)
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

/// One line of the printed report's trend: a goal area, where its projection leads, and its
/// target (as a whole percentage).
#[derive(Clone, Debug, PartialEq)]
pub struct TrendLine<'a> {
    pub goal_area: &'a GoalArea,
    pub outcome: Outcome,
    pub target: u32,
}

/// The printed report's trend over the unit's series `list`: one line per goal area with a
/// target and a projection, once there are two assessments to draw a trend from.
pub fn report_trend<'a>(fw: &'a Framework, list: &[&Assessment]) -> Vec<TrendLine<'a>> {
    if list.len() < 2 {
        return Vec::new();
    }
    goal_trends(fw, list)
        .into_iter()
        .filter_map(|g| {
            Some(TrendLine {
                goal_area: fw.goal_area(&g.goal_area)?,
                outcome: g.projection?.said(),
                target: g.target?.round() as u32,
            })
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

pub fn item_trend(list: &[&Assessment], item: &str, scale: &Scale) -> ItemTrend {
    let index = |a: &Assessment, which| Index::of([(a.rating(item, which), scale)]).percent;
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
    list: &'a [Assessment],
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
    for a in of_unit(list, &earlier.unit) {
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
