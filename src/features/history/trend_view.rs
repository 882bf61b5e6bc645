use yew::prelude::*;

use crate::ui::leaf;

use crate::store::AppContext;

use crate::i18n::{t, CommonMsg, CommonText, HistoryMsg, HistoryText};

use crate::features::history::goal_trend_charts::{goal_trend_charts, spoken};
use crate::ui::{item_label, timeline_chart, unit_name, TimelineChartProps};
use kompass_core::results::history::{item_trend, series};
use kompass_core::results::projection::fit;
use kompass_core::results::timeline::year_range;
use kompass_core::Which;

/// The unit's progress with the current framework: per goal area its index over time, target and
/// projection; per shift and factor its level over time.
/// A view function of the router; the key on its root makes a change of page draw it anew,
/// as it was when it was a component of its own.
pub fn trend_view(state: &AppContext) -> Html {
    let (Some(fw), Some(current)) = (state.framework(), state.current()) else {
        return html! {};
    };
    let lang = state.ws.lang;
    let list = series(&state.ws.assessments, &current.unit, &fw);
    let all_points: Vec<(f64, f64)> = list.iter().map(|a| (a.date.as_year(), 0.0)).collect();
    let years = year_range(&all_points, fw.horizon);
    let unit = unit_name(&current.unit, lang);
    let dates: Vec<String> = list.iter().map(|a| a.date.to_string()).collect();
    let items = fw.items().map(|(_, id, _)| {
        let scale = fw.scale_of(id);
        let it = item_trend(&list, id, scale);
        let levels = Some((scale.min(), scale.max()));
        let name = item_label(&fw, id, lang);
        let label = format!("{name}: {}", spoken(lang, &it.points, &it.dates, it.target, true));
        let trend = fit(&it.points);
        html! {
            <figure class="trend-small" key={id.to_owned()}>
                <figcaption>{ name }</figcaption>
                { timeline_chart(&TimelineChartProps { label: label.into(), points: it.points, target: it.target, trend, years, levels }) }
            </figure>
        }
    });
    let header_cells = dates
        .iter()
        .map(|d| html! { <th scope="col">{ d.clone() }</th> });
    let table_rows = fw.items().map(|(_, id, _)| {
        let cells = list.iter().map(|a| leaf("td", None, t(lang, CommonMsg::Rating(a.rating(id, Which::Now))).into()));
        let target = list.last().map(|a| t(lang, CommonMsg::Rating(a.rating(id, Which::Target)))).unwrap_or_default();
        html! { <tr><th scope="row">{ item_label(&fw, id, lang) }</th>{ for cells }<td>{ target }</td></tr> }
    });
    html! {
        <div class="trend-view" key="trend">
            <h1 id="step-heading" tabindex="-1">{ t(lang, HistoryMsg::TrendTitle { unit: &unit }) }</h1>
            { leaf("p", None, t(lang, HistoryText::TrendIntro).into()) }
            if list.len() < 2 {
                { leaf("p", Some("notice"), t(lang, HistoryText::OnlyOne).into()) }
            }
            <p class="legend" aria-hidden="true">
                { leaf("span", Some("key key-now"), t(lang, CommonText::SeriesNow).into()) }
                { leaf("span", Some("key key-target"), t(lang, CommonText::SeriesTarget).into()) }
                { leaf("span", Some("key key-trend"), t(lang, HistoryText::SeriesTrend).into()) }
            </p>
            { goal_trend_charts(&fw, &list, lang) }
            { leaf("h2", None, t(lang, HistoryText::TrendItemsHeading).into()) }
            <div class="trend-items">{ for items }</div>
            // A table of many dates may be wider than a phone: it scrolls inside its own region.
            <div class="table-scroll" role="region" aria-labelledby="trend-table-caption" tabindex="0">
                <table class="data-table trend-table">
                    <caption id="trend-table-caption">{ t(lang, HistoryText::TrendTableCaption) }</caption>
                    <thead><tr><th scope="col">{ t(lang, CommonText::TableItem) }</th>{ for header_cells }<th scope="col">{ t(lang, CommonText::SeriesTarget) }</th></tr></thead>
                    <tbody>{ for table_rows }</tbody>
                </table>
            </div>
        </div>
    }
}
