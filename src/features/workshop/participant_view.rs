use yew::prelude::*;

use crate::features::workshop::RatingList;
use crate::hooks::use_app;
use crate::i18n::{t, WorkshopMsg, WorkshopText};
use crate::platform::location::forget_fragment;
use crate::store::send;
use crate::ui::{loc, QrCode};
use kompass_core::workshop::{grouped, WorkshopCommand};
use kompass_core::Command;

/// A participant's phone: rate alone, then show the answer code (text and QR) to hand over.
#[component]
pub fn ParticipantView() -> Html {
    let state = use_app();
    let warn = use_state(|| false);
    let lang = state.ws.lang;
    let Some(p) = state.ws.workshops.participation.clone() else {
        return html! {};
    };
    let Some(fw) = state.framework_by_id(&p.setup.framework_id) else {
        return html! { <p class="error" role="alert">{ t(lang, WorkshopText::BadLink) }</p> };
    };
    let cmd = |c: WorkshopCommand| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| send(&state, Command::Workshop(c.clone())))
    };
    let heading = html! {
        <>
            <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopMsg::WorkshopId { id: &p.setup.id }) }</h1>
            <p class="workshop-framework">{ loc(&fw.name, lang) }</p>
        </>
    };
    let on_leave = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            forget_fragment();
            send(&state, Command::Workshop(WorkshopCommand::Leave));
        })
    };
    if p.done {
        let code = grouped(&p.code());
        return html! {
            <section class="participant done">
                { heading }
                <h2>{ t(lang, WorkshopText::YourCode) }</h2>
                <p class="answer-code" data-code={code.clone()}>{ code.clone() }</p>
                <p>{ t(lang, WorkshopText::CodeHelp) }</p>
                <QrCode text={AttrValue::from(code)} label={t(lang, WorkshopText::QrCode)} />
                <p class="hint">{ t(lang, WorkshopText::ChangeNote) }</p>
                <p class="field-row">
                    <button type="button" onclick={cmd(WorkshopCommand::Finish(false))}>{ t(lang, WorkshopText::ChangeAnswers) }</button>
                    <button type="button" class="link-button" onclick={on_leave}>{ t(lang, WorkshopText::Leave) }</button>
                </p>
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
    let any = p.slots.iter().any(Option::is_some);
    let on_done = {
        let (state, warn) = (state.clone(), warn.clone());
        Callback::from(move |_: MouseEvent| {
            warn.set(!any);
            send(&state, Command::Workshop(WorkshopCommand::Finish(true)));
        })
    };
    html! {
        <section class="participant">
            { heading }
            <p class="intro">{ t(lang, WorkshopText::ParticipantIntro) }</p>
            <RatingList fw={fw.clone()} setup={p.setup.clone()} slots={p.slots.clone()} {lang} name="delta" {on_rate} />
            if *warn && !any {
                <p class="error" role="alert">{ t(lang, WorkshopText::NothingAnswered) }</p>
            }
            <p><button type="button" class="primary" onclick={on_done}>{ t(lang, WorkshopText::Done) }</button></p>
        </section>
    }
}
