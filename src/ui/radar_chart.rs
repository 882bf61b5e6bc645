use yew::prelude::*;

use crate::i18n::{t, CommonMsg, CommonText};
use kompass_core::results::radar::{radar, SIZE};
use kompass_core::{Lang, Rating};

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    pub title: AttrValue,
    /// Axis names, in order.
    pub labels: Vec<String>,
    /// (now, target) per axis.
    pub values: Vec<(Option<Rating>, Option<Rating>)>,
    pub lang: Lang,
    /// Leave out the data table (small multiples whose numbers stand in a table nearby).
    #[prop_or_default]
    pub compact: bool,
}

/// A radar of now vs target, followed by the same numbers as a table. The chart is one image
/// to assistive technology; the table carries the data.
#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let lang = props.lang;
    let levels: Vec<_> = props
        .values
        .iter()
        .map(|(n, t)| (n.and_then(Rating::level), t.and_then(Rating::level)))
        .collect();
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let chart = radar(&levels).map(|r| {
        let rings = r.rings.iter().map(|points| html! { <polygon class="ring" points={points.clone()} /> });
        let axes = r.axes.iter().enumerate().map(|(i, a)| html! {
            <>
                <line class="axis" x1={r.center.x.to_string()} y1={r.center.y.to_string()} x2={a.end.x.to_string()} y2={a.end.y.to_string()} />
                <text class="axis-label" x={a.label.x.to_string()} y={a.label.y.to_string()} text-anchor={a.anchor.as_str()} dominant-baseline="middle">{ i + 1 }</text>
            </>
        });
        let dots = |class: &'static str, shape: &kompass_core::results::radar::Shape| {
            shape.dots.iter().map(|p| html! { <circle class={class} cx={p.x.to_string()} cy={p.y.to_string()} r="5" /> }).collect::<Html>()
        };
        html! {
            <svg class="radar-svg" viewBox={format!("0 0 {SIZE} {SIZE}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                <desc id={desc_id.clone()}>{ t(lang, CommonText::ChartNote) }</desc>
                { for rings }
                { for axes }
                <polygon class="series-target" points={r.target.points.clone()} />
                <polygon class="series-now" points={r.now.points.clone()} />
                { dots("dot-target", &r.target) }
                { dots("dot-now", &r.now) }
            </svg>
        }
    });
    let rows =
        props
            .labels
            .iter()
            .zip(&props.values)
            .enumerate()
            .map(|(i, (label, (now, target)))| {
                html! {
                    <tr>
                        <td>{ i + 1 }</td>
                        <th scope="row">{ label.clone() }</th>
                        <td>{ t(lang, CommonMsg::Rating(*now)) }</td>
                        <td>{ t(lang, CommonMsg::Rating(*target)) }</td>
                    </tr>
                }
            });
    html! {
        <figure class="radar" aria-labelledby={title_id.clone()}>
            <figcaption id={title_id}>{ props.title.clone() }</figcaption>
            if let Some(chart) = chart {
                <div class="radar-chart">
                    { chart }
                    <p class="legend" aria-hidden="true">
                        <span class="key key-now">{ t(lang, CommonText::SeriesNow) }</span>
                        <span class="key key-target">{ t(lang, CommonText::SeriesTarget) }</span>
                    </p>
                </div>
            }
            if !props.compact {
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ t(lang, CommonText::TableItem) }</th>
                        <th scope="col">{ t(lang, CommonText::SeriesNow) }</th>
                        <th scope="col">{ t(lang, CommonText::SeriesTarget) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            }
        </figure>
    }
}
