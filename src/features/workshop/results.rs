use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonText, WorkshopMsg, WorkshopText};
use crate::store::send_on_click;
use crate::store::AppContext;

use crate::features::workshop::dot_plot::{dot_plot, plot_axis};
use crate::ui::item_title;
use kompass_core::workshop::{
    dot_plots, Agreement, DotPlot, ItemResult, PlotSpec, Tally, Workshop, WorkshopCommand,
};
use kompass_core::{Command, Framework, ItemKind, Lang};

#[derive(Properties, PartialEq)]
pub struct ResultItemProps {
    pub result: ItemResult,
    pub fw: std::rc::Rc<Framework>,
    pub lang: Lang,
}

pub fn agreement_class(a: Agreement) -> &'static str {
    match a {
        Agreement::Consensus => "agree-consensus",
        Agreement::Split => "agree-split",
        Agreement::Uncertain => "agree-uncertain",
    }
}

/// One item's result: agreement, then per rating (now, and the target) its labelled
/// distribution, median, spread and number of answers. A view function, not a component: it
/// has no state.
pub fn result_item(props: &ResultItemProps) -> Html {
    let (r, lang) = (&props.result, props.lang);
    let title = item_title(&props.fw, &r.item, lang);
    let tallies = series(r);
    let drawn = tallies.iter().zip(plots(&tallies, PlotSpec::PAGE)).map(|((tally, series), plot)| {
        let label = t(lang, *series);
        html! {
            <div class="result-plot">
                <h4 class="plot-label">{ label }</h4>
                { dot_plot(&plot, tally, format!("{} – {label}", t(lang, WorkshopText::Distribution)), lang, *series == CommonText::SeriesTarget) }
            </div>
        }
    });
    let figures = tallies.iter().map(|(tally, series)| {
        html! {
            <p class="figures">
                { leaf("strong", None, t(lang, *series).into()) }
                <span>{ format!("{}: {}", t(lang, WorkshopText::Median), t(lang, WorkshopMsg::Median(tally.median_x2))) }</span>
                <span>{ format!("{}: {}", t(lang, WorkshopText::Spread), t(lang, WorkshopMsg::Steps(tally.spread))) }</span>
                { leaf("span", None, (t(lang, WorkshopMsg::AnswersCount(tally.levels() + tally.dont_know))).into()) }
            </p>
        }
    });
    html! {
        <article class={classes!("result-item", agreement_class(r.agreement))}>
            { leaf("h3", None, title.into()) }
            <p class="agreement"><strong>{ t(lang, WorkshopText::agreement(r.agreement)) }</strong></p>
            { for drawn }
            { plot_axis(&props.fw, &r.item, lang) }
            { for figures }
        </article>
    }
}

/// A tally's counts per step, "Vet ej" last: the columns of its dot plot.
pub fn counts(tally: &Tally) -> Vec<usize> {
    tally
        .counts
        .iter()
        .copied()
        .chain([tally.dont_know])
        .collect()
}

/// An item's ratings with their labels: "I dag", and "Mål" when the target is rated.
pub fn series(r: &ItemResult) -> Vec<(&Tally, CommonText)> {
    std::iter::once((&r.now, CommonText::SeriesNow))
        .chain(r.target.iter().map(|t| (t, CommonText::SeriesTarget)))
        .collect()
}

/// The dot plots of an item's ratings, drawn alike (see `dot_plots`).
pub fn plots(series: &[(&Tally, CommonText)], spec: PlotSpec) -> Vec<DotPlot> {
    let rows: Vec<Vec<usize>> = series.iter().map(|(t, _)| counts(t)).collect();
    let rows: Vec<&[usize]> = rows.iter().map(Vec::as_slice).collect();
    dot_plots(&rows, spec)
}

/// Whether an item is a shift or a factor.
pub fn item_kind(fw: &Framework, id: &str) -> ItemKind {
    if fw.shift(id).is_some() {
        ItemKind::Shift
    } else {
        ItemKind::Factor
    }
}

/// The room's results, hidden until revealed and until enough have answered; widest
/// disagreement first.
pub fn workshop_results(state: &AppContext, workshop: &Workshop) -> Html {
    let lang = state.ws.lang;
    let Some(fw) = state.framework_by_id(&workshop.setup.framework_id) else {
        return html! {};
    };
    let toggle = {
        send_on_click(
            state,
            Command::Workshop(WorkshopCommand::Reveal(!workshop.revealed)),
        )
    };
    let body = if !workshop.enough() {
        html! { <p class="notice">{ t(lang, WorkshopMsg::TooFew { min: workshop.setup.min_group, n: workshop.responses.len() }) }</p> }
    } else if !workshop.revealed {
        leaf("p", Some("notice"), t(lang, WorkshopText::Hidden).into())
    } else {
        let items = workshop.results().into_iter().map(|result| {
            html! {
                <li>{ result_item(&ResultItemProps { result, fw: fw.clone(), lang }) }</li>
            }
        });
        html! {
            <>
                { leaf("p", Some("hint"), t(lang, WorkshopText::OrderNote).into()) }
                <ol class="result-items">{ for items }</ol>
            </>
        }
    };
    html! {
        <div class="workshop-results">
            <p>
                <button type="button" onclick={toggle}>
                    { t(lang, if workshop.revealed { WorkshopText::Hide } else { WorkshopText::Reveal }) }
                </button>
            </p>
            { body }
        </div>
    }
}
