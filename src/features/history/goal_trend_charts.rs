use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonMsg, CommonText, ResultsMsg, ResultsText};
use crate::ui::{loc, timeline_chart, TimelineChartProps};
use kompass_core::results::history::goal_trends;
use kompass_core::results::timeline::year_range;
use kompass_core::{Assessment, Date, Framework, Lang};

/// "v1, v2 …" for a chart's accessible name: each dated value, then the target.
pub(crate) fn spoken(
    lang: Lang,
    points: &[(f64, f64)],
    dates: &[Date],
    target: Option<f64>,
    as_level: bool,
) -> String {
    let value = |v: f64| {
        if as_level {
            format!("{}", (v / 25.0).round() as i32 + 1)
        } else {
            t(lang, CommonMsg::Percent(v.round() as u32))
        }
    };
    let mut parts: Vec<String> = points
        .iter()
        .zip(dates)
        .map(|((_, v), d)| format!("{d}: {}", value(*v)))
        .collect();
    if let Some(t) = target {
        parts.push(format!(
            "{} {}",
            crate::i18n::t(lang, CommonText::SeriesTarget),
            value(t)
        ));
    }
    parts.join(", ")
}

/// Per goal area its index over time, the target and the trend toward the horizon, with what
/// the trend says in a sentence: on the trend view and in the printed report. `list`: the
/// unit's assessments with this framework, oldest first. A view function: it has no state.
pub fn goal_trend_charts(fw: &Framework, list: &[&Assessment], lang: Lang) -> Html {
    if fw.goal_areas.is_empty() {
        return html! {};
    }
    let all_points: Vec<(f64, f64)> = list.iter().map(|a| (a.date.as_year(), 0.0)).collect();
    let years = year_range(&all_points, fw.horizon);
    let goals = goal_trends(fw, list).into_iter().filter_map(|g| {
        let area = fw.goal_area(&g.goal_area)?;
        let label = format!("{}: {}", area.name.get(lang), spoken(lang, &g.points, &g.dates, g.target, false));
        let sentence = match (g.projection, g.target) {
            (Some(p), Some(target)) => t(lang, ResultsMsg::Projection { outcome: p.said(), horizon: fw.horizon, target: target.round() as u32 }),
            _ => t(lang, ResultsText::NotRatedYet).to_owned(),
        };
        Some(html! {
            <figure class="trend-chart" data-goal={g.goal_area.clone()}>
                <figcaption><h3>{ loc(&area.name, lang) }</h3></figcaption>
                { timeline_chart(&TimelineChartProps { label: label.into(), points: g.points.clone(), target: g.target, trend: g.projection.and_then(|p| p.line), years, levels: None }) }
                { leaf("p", Some("projection"), sentence.into()) }
            </figure>
        })
    });
    html! { <div class="trend-goals">{ for goals }</div> }
}
