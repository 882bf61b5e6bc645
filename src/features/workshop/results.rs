use yew::prelude::*;

use crate::hooks::use_app;
use crate::i18n::{t, CommonText, WorkshopMsg, WorkshopText};
use crate::store::send;

use crate::ui::item_title;
use kompass_core::workshop::{Agreement, ItemResult, Tally, Workshop, WorkshopCommand};
use kompass_core::{Command, Framework, Lang};

#[derive(Properties, PartialEq)]
pub struct ResultItemProps {
    pub result: ItemResult,
    pub fw: std::rc::Rc<Framework>,
    pub lang: Lang,
    /// Heading level 2 on the projector, 3 in the facilitator's list.
    #[prop_or(3)]
    pub level: u8,
}

fn agreement_class(a: Agreement) -> &'static str {
    match a {
        Agreement::Consensus => "agree-consensus",
        Agreement::Split => "agree-split",
        Agreement::Uncertain => "agree-uncertain",
    }
}

/// One row of dots per step: one dot per answer, with the count in words for screen readers.
fn distribution(tally: &Tally, lang: Lang, caption: &str) -> Html {
    let column = |label: String, n: usize| {
        html! {
            <td>
                <span class="dots" aria-hidden="true">{ for (0..n).map(|_| html! { <span class="dot"></span> }) }</span>
                <span class="count">{ n }</span>
                <span class="visually-hidden">{ format!(" – {label}") }</span>
            </td>
        }
    };
    let heads = (1..=5).map(|n| html! { <th scope="col">{ n }</th> });
    let cells = tally
        .counts
        .iter()
        .enumerate()
        .map(|(i, n)| column((i + 1).to_string(), *n));
    html! {
        <table class="distribution">
            <caption class="visually-hidden">{ caption.to_owned() }</caption>
            <thead><tr>{ for heads }<th scope="col">{ t(lang, CommonText::DontKnow) }</th></tr></thead>
            <tbody><tr>{ for cells }{ column(t(lang, CommonText::DontKnow).to_owned(), tally.dont_know) }</tr></tbody>
        </table>
    }
}

/// One item's result: agreement, distribution, median and spread.
#[component]
pub fn ResultItem(props: &ResultItemProps) -> Html {
    let (r, lang) = (&props.result, props.lang);
    let title = item_title(&props.fw, &r.item, lang);
    let heading = if props.level == 2 {
        html! { <h2>{ title.clone() }</h2> }
    } else {
        html! { <h3>{ title.clone() }</h3> }
    };
    let figures = |tally: &Tally, label: &str| {
        html! {
            <>
                { distribution(tally, lang, &format!("{} – {label}", t(lang, WorkshopText::Distribution))) }
                <p class="figures">
                    <span>{ format!("{}: {}", t(lang, WorkshopText::Median), t(lang, WorkshopMsg::Median(tally.median_x2))) }</span>
                    <span>{ format!("{}: {}", t(lang, WorkshopText::Spread), t(lang, WorkshopMsg::Steps(tally.spread))) }</span>
                    <span>{ t(lang, WorkshopMsg::AnswersCount(tally.levels() + tally.dont_know)) }</span>
                </p>
            </>
        }
    };
    html! {
        <article class={classes!("result-item", agreement_class(r.agreement))}>
            { heading }
            <p class="agreement"><strong>{ t(lang, WorkshopText::agreement(r.agreement)) }</strong></p>
            { figures(&r.now, t(lang, CommonText::NowLegend)) }
            if let Some(target) = &r.target {
                <h4>{ t(lang, CommonText::SeriesTarget) }</h4>
                { figures(target, t(lang, CommonText::SeriesTarget)) }
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkshopResultsProps {
    pub workshop: Workshop,
}

/// The room's results, hidden until revealed and until enough have answered; widest
/// disagreement first.
#[component]
pub fn WorkshopResults(props: &WorkshopResultsProps) -> Html {
    let state = use_app();
    let lang = state.ws.lang;
    let workshop = &props.workshop;
    let Some(fw) = state.framework_by_id(&workshop.setup.framework_id) else {
        return html! {};
    };
    let toggle = {
        let (state, on) = (state.clone(), !workshop.revealed);
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Workshop(WorkshopCommand::Reveal(on)));
        })
    };
    let body = if !workshop.enough() {
        html! { <p class="notice">{ t(lang, WorkshopMsg::TooFew { min: workshop.setup.min_group, n: workshop.responses.len() }) }</p> }
    } else if !workshop.revealed {
        html! { <p class="notice">{ t(lang, WorkshopText::Hidden) }</p> }
    } else {
        let items = workshop.results().into_iter().map(|result| {
            html! {
                <li><ResultItem {result} fw={fw.clone()} {lang} /></li>
            }
        });
        html! {
            <>
                <p class="hint">{ t(lang, WorkshopText::OrderNote) }</p>
                <ol class="result-items">{ for items }</ol>
            </>
        }
    };
    html! {
        <section class="workshop-results" aria-labelledby="workshop-results-heading">
            <h2 id="workshop-results-heading">{ t(lang, WorkshopText::ResultsHeading) }</h2>
            <p>
                <button type="button" onclick={toggle}>
                    { t(lang, if workshop.revealed { WorkshopText::Hide } else { WorkshopText::Reveal }) }
                </button>
            </p>
            { body }
        </section>
    }
}
