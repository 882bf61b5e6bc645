use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonText, Lang};
use crate::ui::loc;
use kompass_core::workshop::{DotPlot, Tally};
use kompass_core::Framework;

/// One distribution: a dot per answer over each step, the count over each stack, and the
/// same counts as a table for screen readers (the drawing is hidden from them). `caption` says
/// what the plot shows ("Fördelning – I dag"); the target's dots are drawn in the accent colour.
/// A plain function, not a component: the projector draws many and each component costs bundle.
pub fn dot_plot(plot: &DotPlot, tally: &Tally, caption: String, lang: Lang, target: bool) -> Html {
    let r = (plot.dot / 2).to_string();
    let columns = plot.columns.iter().map(|c| {
        let dots = c.dots.iter().map(|d| {
            html! { <circle class="dot" cx={d.x.to_string()} cy={d.y.to_string()} r={r.clone()} /> }
        });
        html! {
            <g>
                { for dots }
                if c.count > 0 {
                    <text class="plot-count" x={(c.x + c.width / 2).to_string()} y={c.label_y.to_string()}>{ c.count }</text>
                }
            </g>
        }
    });
    let counts = tally.counts.iter().copied().chain([tally.dont_know]);
    let heads =
        (tally.min..=tally.max)
            .map(|n| n.to_string())
            .chain([t(lang, CommonText::DontKnow).to_owned()]);
    html! {
        <>
            <svg class={classes!("dot-plot", target.then_some("target"))} aria-hidden="true" focusable="false"
                viewBox={format!("0 0 {} {}", plot.width, plot.height)}>
                <line class="plot-base" x1="0" x2={plot.width.to_string()} y1={plot.height.to_string()} y2={plot.height.to_string()} />
                { for columns }
            </svg>
            <table class="distribution visually-hidden">
                { leaf("caption", None, caption.into()) }
                <thead><tr>{ for heads.map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody><tr>{ for counts.map(|n| leaf("td", None, n.into())) }</tr></tbody>
            </table>
        </>
    }
}

/// The steps under the plots: the number (or "Vet ej") on one line, what it means under it.
/// Hidden from screen readers, which get each plot's table instead. One column per step of
/// item `id`'s scale and one for "Vet ej", as the plots above have.
pub fn plot_axis(fw: &Framework, id: &str, lang: Lang) -> Html {
    let scale = fw.scale_of(id);
    let steps = scale.levels().zip(&scale.labels).map(|(l, label)| {
        html! {
            <li>
                { leaf("span", Some("axis-step"), l.get().into()) }
                { leaf("span", Some("axis-text"), loc(label, lang).into()) }
            </li>
        }
    });
    // The grid's columns by class: the style sheet allows no inline style.
    let columns = format!("cols-{}", usize::from(scale.steps) + 1);
    html! {
        <ol class={classes!("plot-axis", columns)} aria-hidden="true">
            { for steps }
            <li><span class="axis-step">{ t(lang, CommonText::DontKnow) }</span></li>
        </ol>
    }
}
