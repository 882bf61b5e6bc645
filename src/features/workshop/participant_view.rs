use std::rc::Rc;

use yew::prelude::*;

use crate::features::workshop::PhoneRound;
use crate::i18n::{t, PhoneText};
use crate::platform::location::forget_fragment;
use crate::store::{send, AppContext};
use kompass_core::workshop::{Slot, WorkshopCommand};
use kompass_core::Command;

/// A participant's phone in the full app (an older join link, or `?läge=deltagare`): the
/// workshop it takes part in, kept in the saved workspace.
pub fn participant_view(state: &AppContext) -> Html {
    let lang = state.ws.lang;
    let Some(p) = state.ws.workshops.participation.clone() else {
        return html! {};
    };
    let Some(fw) = state.framework_by_id(&p.setup.framework_id) else {
        return html! { <p class="error" role="alert">{ t(lang, PhoneText::BadLink) }</p> };
    };
    let on_rate = {
        let state = state.clone();
        Callback::from(move |(slot, rating): (usize, Slot)| {
            send(
                &state,
                Command::Workshop(WorkshopCommand::Rate { slot, rating }),
            );
        })
    };
    let on_finish = {
        let state = state.clone();
        Callback::from(move |done| send(&state, Command::Workshop(WorkshopCommand::Finish(done))))
    };
    let state = state.clone();
    let on_leave = Callback::from(move |()| {
        forget_fragment();
        send(&state, Command::Workshop(WorkshopCommand::Leave));
    });
    html! {
        <PhoneRound participation={Rc::new(p)} {fw} {lang} {on_rate} {on_finish} {on_leave} />
    }
}
