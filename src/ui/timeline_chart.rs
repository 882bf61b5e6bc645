use yew::prelude::*;

use kompass_core::results::projection::Line;
use kompass_core::results::timeline::{level_ticks, timeline, HEIGHT, WIDTH, YEAR_BELOW};

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    /// Accessible name of the chart: what it shows, in words and numbers.
    pub label: AttrValue,
    /// (fractional year, value 0–100) per assessment.
    pub points: Vec<(f64, f64)>,
    pub target: Option<f64>,
    pub trend: Option<Line>,
    pub years: (u16, u16),
    /// Label the y axis with the levels of a scale (lowest, highest) instead of percentages.
    #[prop_or_default]
    pub levels: Option<(u8, u8)>,
}

/// Values over time, the target line and the trend toward the horizon. One image to assistive
/// technology, named by `label`; the view gives the numbers in a table as well. A view
/// function, not a component: it has no state, and a component type costs bytes.
pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let g = timeline(&props.points, props.target, props.trend, props.years);
    let (top_left, bottom_right) = g.plot;
    let ticks = match props.levels {
        Some((min, max)) => level_ticks(min, max)
            .into_iter()
            .map(|(y, l)| (y, l.to_string()))
            .collect(),
        None => g
            .y_ticks
            .iter()
            .map(|(y, v)| (*y, format!("{v} %")))
            .collect::<Vec<_>>(),
    };
    let y_ticks = ticks.into_iter().map(|(y, text)| {
        html! {
            <>
                <line class="grid" x1={top_left.x.to_string()} x2={bottom_right.x.to_string()} y1={y.to_string()} y2={y.to_string()} />
                <text class="tick" x={(top_left.x - 8).to_string()} y={y.to_string()} text-anchor="end" dominant-baseline="middle">{ text }</text>
            </>
        }
    });
    let x_ticks = g.x_ticks.iter().map(|(x, year)| html! {
        <text class="tick" x={x.to_string()} y={(bottom_right.y + YEAR_BELOW).to_string()} text-anchor="middle">{ *year }</text>
    });
    let dots = g.dots.iter().map(
        |p| html! { <circle class="dot-now" cx={p.x.to_string()} cy={p.y.to_string()} r="5" /> },
    );
    html! {
        <svg class="timeline-svg" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={props.label.clone()}>
            { for y_ticks }
            { for x_ticks }
            if let Some(y) = g.target {
                <line class="target-line" x1={top_left.x.to_string()} x2={bottom_right.x.to_string()} y1={y.to_string()} y2={y.to_string()} />
            }
            if let Some((a, b)) = g.trend {
                <line class="trend-line" x1={a.x.to_string()} y1={a.y.to_string()} x2={b.x.to_string()} y2={b.y.to_string()} />
            }
            <polyline class="series-line" points={g.line.clone()} />
            { for dots }
        </svg>
    }
}
