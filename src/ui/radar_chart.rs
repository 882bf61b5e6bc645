use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonMsg, CommonText};
use kompass_core::results::radar::{line_points, name_lines, radar, Shape, VIEW_BOX};
use kompass_core::{Lang, Rating, Scale};

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    pub title: AttrValue,
    /// Axis names, in order.
    pub labels: Vec<String>,
    /// (now, target) per axis.
    pub values: Vec<(Option<Rating>, Option<Rating>)>,
    /// The scale of each axis (the rings follow the first).
    pub scales: Vec<Scale>,
    pub lang: Lang,
    /// Leave out the data table (small multiples whose numbers stand in a table nearby).
    #[prop_or_default]
    pub compact: bool,
}

/// A radar of now vs target, followed by the same numbers as a table. The chart is one image
/// to assistive technology; the table carries the data. A view function, not a component: each
/// component type costs its own lifecycle code.
pub fn radar_chart(props: &RadarChartProps) -> Html {
    let lang = props.lang;
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let chart = radar(&props.values, &props.scales).map(|r| {
        let rings = r.rings.iter().map(|points| html! { <polygon class="ring" points={points.clone()} /> });
        let ring_labels = r.ring_labels.iter().map(|(p, n)| html! {
            <text class="ring-label" x={p.x.to_string()} y={p.y.to_string()}>{ n }</text>
        });
        let axes = r.axes.iter().zip(&props.labels).enumerate().map(|(i, (a, name))| {
            // Small multiples are numbered: their names stand in the table beside them.
            let lines = if props.compact { vec![(i + 1).to_string()] } else { name_lines(name) };
            let places = line_points(a, lines.len());
            html! {
                <>
                    <line class="axis" x1={r.center.x.to_string()} y1={r.center.y.to_string()} x2={a.end.x.to_string()} y2={a.end.y.to_string()} />
                    <text class="axis-label" text-anchor={a.anchor.as_str()}>
                        { for lines.into_iter().zip(places).map(|(line, p)| html! {
                            <tspan x={p.x.to_string()} y={p.y.to_string()}>{ line }</tspan>
                        }) }
                    </text>
                </>
            }
        });
        let series = |class: &'static str, shape: &Shape| {
            let segments = shape.segments.iter().map(|(p, q)| html! {
                <line class={class} x1={p.x.to_string()} y1={p.y.to_string()} x2={q.x.to_string()} y2={q.y.to_string()} />
            });
            html! {
                <>
                    if !shape.points.is_empty() {
                        <polygon class={classes!(class, "area")} points={shape.points.clone()} />
                    }
                    { for segments }
                </>
            }
        };
        let dots = |class: &'static str, shape: &Shape| {
            let filled = shape.dots.iter().map(|p| html! { <circle class={class} cx={p.x.to_string()} cy={p.y.to_string()} r="5" /> });
            let hollow = shape.unknown.iter().map(|p| html! { <circle class="dot-unknown" cx={p.x.to_string()} cy={p.y.to_string()} r="6" /> });
            html! { <>{ for filled }{ for hollow }</> }
        };
        let (x0, y0, w, h) = VIEW_BOX;
        html! {
            <svg class="radar-svg" viewBox={format!("{x0} {y0} {w} {h}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                <desc id={desc_id.clone()}>{ t(lang, CommonMsg::ChartNote { min: r.ring_labels.first().map_or(1, |l| l.1), max: r.ring_labels.last().map_or(5, |l| l.1) }) }</desc>
                { for rings }
                { for axes }
                { for ring_labels }
                { series("series-target", &r.target) }
                { series("series-now", &r.now) }
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
                        { leaf("td", None, (i + 1).into()) }
                        <th scope="row">{ label.clone() }</th>
                        { leaf("td", None, t(lang, CommonMsg::Rating(*now)).into()) }
                        { leaf("td", None, t(lang, CommonMsg::Rating(*target)).into()) }
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
                        { leaf("span", Some("key key-now"), t(lang, CommonText::SeriesNow).into()) }
                        { leaf("span", Some("key key-target"), t(lang, CommonText::SeriesTarget).into()) }
                        if props.values.iter().any(|(n, t)| *n == Some(Rating::DontKnow) || *t == Some(Rating::DontKnow)) {
                            { leaf("span", Some("key key-unknown"), t(lang, CommonText::DontKnow).into()) }
                        }
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
