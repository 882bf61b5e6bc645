use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::results::item_kind;
use crate::i18n::{t, AssessmentMsg, CommonText, PhoneMsg};
use crate::ui::{item_title, loc, scale_field, ScaleFieldProps};
use kompass_core::workshop::{Slot, WorkshopSetup};
use kompass_core::{Framework, ItemKind, Lang, Rating, Which};

/// Answers so far and the item to rate (from 0, in the set-up's order).
pub struct RatingStep<'a> {
    pub fw: &'a Framework,
    pub setup: &'a WorkshopSetup,
    pub slots: &'a [Slot],
    pub at: usize,
    pub lang: Lang,
    pub on_rate: &'a Callback<(usize, Option<Rating>)>,
    /// Prefix of the radio groups' names and ids, unique on the page.
    pub name: &'a str,
    /// "2 av 4" over the item (on the phone, one item per screen).
    pub progress: bool,
}

/// One item to rate: where the participant is ("2 av 4", on the phone), the item with its
/// FRÅN and TILL, and its scales (now, and the target when asked for), each step a large
/// target. The phone shows one per screen; a pass-the-device round shows them all.
pub fn rating_step(props: &RatingStep) -> Html {
    let (fw, lang, setup, at) = (props.fw, props.lang, props.setup, props.at);
    let Some(id) = setup.items.get(at) else {
        return html! {};
    };
    let kind = item_kind(fw, id);
    let per_item = if setup.targets { 2 } else { 1 };
    let scale = |which: Which| {
        let slot = at * per_item + usize::from(which == Which::Target);
        let on_rate = props.on_rate.clone();
        let legend = match which {
            Which::Now => t(lang, CommonText::NowLegend).to_owned(),
            Which::Target => t(
                lang,
                AssessmentMsg::TargetLegend {
                    horizon: fw.horizon,
                },
            ),
        };
        let name = format!(
            "{}-{at}-{}",
            props.name,
            if which == Which::Now { "nu" } else { "mal" }
        );
        scale_field(&ScaleFieldProps {
            name: name.into(),
            legend: legend.into(),
            scale: fw.scale_of(id).clone(),
            levels: fw.level_texts(id).to_vec(),
            value: props.slots.get(slot).copied().flatten(),
            lang,
            on_change: Callback::from(move |r| on_rate.emit((slot, r))),
            hint: None,
        })
    };
    // A shift shows its two poles, so that the scale's FRÅN and TILL have their meaning.
    let title = match (kind, fw.shift(id)) {
        (ItemKind::Shift, Some(shift)) => html! {
            <>
                { leaf("span", Some("visually-hidden"), item_title(fw, id, lang).into()) }
                <span class="pole from" aria-hidden="true"><span class="pole-label">{ t(lang, CommonText::From) }</span>{ loc(&shift.from, lang) }</span>
                <span class="pole to" aria-hidden="true"><span class="pole-label">{ t(lang, CommonText::To) }</span>{ loc(&shift.to, lang) }</span>
            </>
        },
        _ => html! { item_title(fw, id, lang) },
    };
    let heading_id = format!("{}-{at}-h", props.name);
    html! {
        <section class="rating-item" key={heading_id.clone()} aria-labelledby={heading_id.clone()}>
            if props.progress {
            <p class="progress-line">
                <span>{ t(lang, PhoneMsg::ItemOf { i: at + 1, n: setup.items.len() }) }</span>
                <svg class="progress-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="progress-track" width="100" height="6" />
                    <rect class="progress-done" width={((at + 1) * 100 / setup.items.len().max(1)).to_string()} height="6" />
                </svg>
            </p>
            }
            <h2 id={heading_id} class="item-heading" tabindex="-1">{ title }</h2>
            { scale(Which::Now) }
            if setup.targets {
                { scale(Which::Target) }
            }
        </section>
    }
}

/// Every item of a set-up at once, as a pass-the-device round shows them.
pub fn rating_list(step: &RatingStep) -> Html {
    let items = (0..step.setup.items.len()).map(|at| rating_step(&RatingStep { at, ..*step }));
    html! { <div class="rating-list">{ for items }</div> }
}
