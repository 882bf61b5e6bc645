use std::rc::Rc;

use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::{participant_code, rating_step, RatingStep};
use crate::hooks::use_slot;
use crate::i18n::{t, PhoneMsg, PhoneText};
use crate::platform::document::focus_by_id;
use crate::ui::loc;
use kompass_core::workshop::{grouped, Participation, Slot};
use kompass_core::{Framework, Lang};

#[derive(Properties)]
pub struct PhoneRoundProps {
    pub participation: Rc<Participation>,
    pub fw: Rc<Framework>,
    pub lang: Lang,
    /// An answer: (slot, rating).
    pub on_rate: Callback<(usize, Slot)>,
    /// Done (show the code), or back to change the answers.
    pub on_finish: Callback<bool>,
    pub on_leave: Callback<()>,
}

/// Shared values are the same when they are the same `Rc`: a change of answers makes a new
/// participation, and a framework does not change while a round is on.
impl PartialEq for PhoneRoundProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.participation, &other.participation)
            && Rc::ptr_eq(&self.fw, &other.fw)
            && self.lang == other.lang
            && self.on_rate == other.on_rate
            && self.on_finish == other.on_finish
            && self.on_leave == other.on_leave
    }
}

/// A participant's round on a phone: one item per screen with back and next, then the answer
/// code (text and QR) to hand over. The full app's participant view and the participant page
/// (`join.html`) both show it.
#[component]
pub fn PhoneRound(props: &PhoneRoundProps) -> Html {
    let warn = use_slot(|| false);
    let at = use_slot(|| 0usize);
    let (p, fw, lang) = (&props.participation, &props.fw, props.lang);
    // Each new screen puts the focus on its heading, so a screen reader starts there.
    use_effect_with((*at, p.done), |(at, done)| {
        if *at > 0 || *done {
            focus_by_id(&if *done {
                "code-heading".to_owned()
            } else {
                format!("delta-{at}-h")
            });
        }
    });
    let heading = html! {
        <div class="participant-head">
            <h1 id="step-heading" tabindex="-1">{ t(lang, PhoneMsg::WorkshopId { id: &p.setup.id }) }</h1>
            { leaf("p", Some("workshop-framework"), loc(&fw.name, lang).into()) }
        </div>
    };
    if p.done {
        let on_change = props.on_finish.reform(|_: MouseEvent| false);
        let on_leave = props.on_leave.reform(|_: MouseEvent| ());
        return html! {
            <section class="participant done">
                { heading }
                { participant_code(&AttrValue::from(grouped(&p.code())), lang, on_change, on_leave) }
            </section>
        };
    }
    let n = p.setup.items.len();
    let here = (*at).min(n.saturating_sub(1));
    let step = |to: usize| {
        let at = at.clone();
        Callback::from(move |_: MouseEvent| at.set(to))
    };
    let any = p.slots.iter().any(Option::is_some);
    let on_done = {
        let (on_finish, warn) = (props.on_finish.clone(), warn.clone());
        Callback::from(move |_: MouseEvent| {
            warn.set(!any);
            on_finish.emit(true);
        })
    };
    let last = here + 1 >= n;
    html! {
        <section class="participant">
            { heading }
            if here == 0 {
                { leaf("p", Some("intro"), t(lang, PhoneText::ParticipantIntro).into()) }
            }
            { rating_step(&RatingStep { fw, setup: &p.setup, slots: &p.slots, at: here, lang, on_rate: &props.on_rate, name: "delta", progress: true }) }
            if *warn && !any {
                <p class="error" role="alert">{ t(lang, PhoneText::NothingAnswered) }</p>
            }
            <p class="step-buttons participant-buttons">
                if here > 0 {
                    <button type="button" class="back" onclick={step(here - 1)}>{ t(lang, PhoneText::Back) }</button>
                }
                if last {
                    <button type="button" class="primary" onclick={on_done}>{ t(lang, PhoneText::Done) }</button>
                } else {
                    <button type="button" class="primary" onclick={step(here + 1)}>{ t(lang, PhoneText::Next) }</button>
                }
            </p>
        </section>
    }
}
