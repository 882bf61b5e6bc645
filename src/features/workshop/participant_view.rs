use yew::prelude::*;

use crate::features::workshop::{participant_code, rating_step, RatingStep};
use crate::hooks::use_app;
use crate::i18n::{t, WorkshopMsg, WorkshopText};
use crate::platform::document::focus_by_id;
use crate::platform::location::forget_fragment;
use crate::store::send;
use crate::ui::loc;
use kompass_core::workshop::{grouped, WorkshopCommand};
use kompass_core::Command;

/// A participant's phone: one item per screen with back and next, then the answer code
/// (text and QR) to hand over.
#[component]
pub fn ParticipantView() -> Html {
    let state = use_app();
    let warn = use_state(|| false);
    let at = use_state(|| 0usize);
    let lang = state.ws.lang;
    let done = state
        .ws
        .workshops
        .participation
        .as_ref()
        .is_some_and(|p| p.done);
    // Each new screen puts the focus on its heading, so a screen reader starts there.
    use_effect_with((*at, done), |(at, done)| {
        if *at > 0 || *done {
            focus_by_id(&if *done {
                "code-heading".to_owned()
            } else {
                format!("delta-{at}-h")
            });
        }
    });
    let Some(p) = state.ws.workshops.participation.clone() else {
        return html! {};
    };
    let Some(fw) = state.framework_by_id(&p.setup.framework_id) else {
        return html! { <p class="error" role="alert">{ t(lang, WorkshopText::BadLink) }</p> };
    };
    let heading = html! {
        <div class="participant-head">
            <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopMsg::WorkshopId { id: &p.setup.id }) }</h1>
            <p class="workshop-framework">{ loc(&fw.name, lang) }</p>
        </div>
    };
    let finish = |on: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Workshop(WorkshopCommand::Finish(on)));
        })
    };
    if p.done {
        let on_leave = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| {
                forget_fragment();
                send(&state, Command::Workshop(WorkshopCommand::Leave));
            })
        };
        return html! {
            <section class="participant done">
                { heading }
                { participant_code(&AttrValue::from(grouped(&p.code())), lang, finish(false), on_leave) }
            </section>
        };
    }
    let on_rate = {
        let state = state.clone();
        Callback::from(move |(slot, rating)| {
            send(
                &state,
                Command::Workshop(WorkshopCommand::Rate { slot, rating }),
            );
        })
    };
    let n = p.setup.items.len();
    let here = (*at).min(n.saturating_sub(1));
    let step = |to: usize| {
        let at = at.clone();
        Callback::from(move |_: MouseEvent| at.set(to))
    };
    let any = p.slots.iter().any(Option::is_some);
    let on_done = {
        let (state, warn) = (state.clone(), warn.clone());
        Callback::from(move |_: MouseEvent| {
            warn.set(!any);
            send(&state, Command::Workshop(WorkshopCommand::Finish(true)));
        })
    };
    let last = here + 1 >= n;
    html! {
        <section class="participant">
            { heading }
            if here == 0 {
                <p class="intro">{ t(lang, WorkshopText::ParticipantIntro) }</p>
            }
            { rating_step(&RatingStep { fw: &fw, setup: &p.setup, slots: &p.slots, at: here, lang, on_rate: &on_rate, name: "delta", progress: true }) }
            if *warn && !any {
                <p class="error" role="alert">{ t(lang, WorkshopText::NothingAnswered) }</p>
            }
            <p class="step-buttons participant-buttons">
                if here > 0 {
                    <button type="button" class="back" onclick={step(here - 1)}>{ t(lang, WorkshopText::Back) }</button>
                }
                if last {
                    <button type="button" class="primary" onclick={on_done}>{ t(lang, WorkshopText::Done) }</button>
                } else {
                    <button type="button" class="primary" onclick={step(here + 1)}>{ t(lang, WorkshopText::Next) }</button>
                }
            </p>
        </section>
    }
}
