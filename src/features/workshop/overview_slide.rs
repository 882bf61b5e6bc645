use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::results::{agreement_class, counts};
use crate::i18n::{t, CommonText, Lang, WorkshopMsg, WorkshopText};
use crate::ui::item_label;
use kompass_core::workshop::ItemResult;
use kompass_core::Framework;

/// A count with a bar of its share of the answers (a heat map the eye reads across a row).
fn heat(n: usize, total: usize) -> Html {
    let share = (n * 100).checked_div(total).unwrap_or(0);
    html! {
        <td class={classes!("heat", (n == 0).then_some("none"))}>
            { leaf("span", Some("heat-count"), n.into()) }
            <svg class="heat-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect width={share.to_string()} height="8" />
            </svg>
        </td>
    }
}

/// Every item on one screen, widest disagreement first: the counts per step, the median,
/// the spread and the agreement in words (and the target's median when rated).
pub fn overview_slide(results: &[ItemResult], fw: &Framework, lang: Lang) -> Html {
    let targets = results.iter().any(|r| r.target.is_some());
    // One column per level of any rated item's scale; a level off an item's scale is empty.
    let lowest = results.iter().map(|r| r.now.min).min().unwrap_or(1);
    let highest = results.iter().map(|r| r.now.max).max().unwrap_or(5);
    let rows = results.iter().map(|r| {
        let total: usize = counts(&r.now).iter().sum();
        let cols = (lowest..=highest).map(|l| {
            let count = l
                .checked_sub(r.now.min)
                .and_then(|i| r.now.counts.get(usize::from(i)));
            match count {
                Some(n) => heat(*n, total),
                None => html! { <td class="heat none"></td> },
            }
        });
        let target = r.target.as_ref().map(|t| t.median_x2);
        html! {
            <tr class={agreement_class(r.agreement)}>
                <th scope="row">{ item_label(fw, &r.item, lang) }</th>
                { for cols }
                { heat(r.now.dont_know, total) }
                { leaf("td", Some("num"), t(lang, WorkshopMsg::Median(r.now.median_x2)).into()) }
                { leaf("td", Some("num"), t(lang, WorkshopMsg::Steps(r.now.spread)).into()) }
                { leaf("td", None, t(lang, WorkshopText::agreement(r.agreement)).into()) }
                if let Some(m) = target {
                    { leaf("td", Some("num"), t(lang, WorkshopMsg::Median(m)).into()) }
                }
            </tr>
        }
    });
    let steps = (lowest..=highest).map(|n| html! { <th scope="col" class="num">{ n }</th> });
    html! {
        <div class="overview-slide">
            <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopText::OverviewSlide) }</h1>
            { leaf("p", Some("overview-note"), t(lang, WorkshopText::OrderNote).into()) }
            <table class={classes!("overview", (results.len() > 6).then_some("many"))}>
                <caption class="visually-hidden">{ format!("{} – {}", t(lang, WorkshopText::OverviewSlide), t(lang, CommonText::SeriesNow)) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, WorkshopText::Item) }</th>
                        { for steps }
                        <th scope="col" class="num">{ t(lang, CommonText::DontKnow) }</th>
                        <th scope="col" class="num">{ t(lang, WorkshopText::Median) }</th>
                        <th scope="col" class="num">{ t(lang, WorkshopText::Spread) }</th>
                        <th scope="col">{ t(lang, WorkshopText::AgreementHeader) }</th>
                        if targets {
                            <th scope="col" class="num">{ t(lang, WorkshopText::TargetMedian) }</th>
                        }
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
