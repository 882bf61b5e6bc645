use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::word_cloud;
use crate::i18n::{t, RoundsText};
use crate::store::{send, AppContext};
use kompass_core::workshop::{GroupCommand, Workshop, WorkshopCommand};
use kompass_core::Command;

/// The opening question ("Välkommen! Vad betyder nära vård för dig?"): shown on the projector
/// when chosen, its answers pasted from the chat become a word cloud with a table of counts.
pub fn opening_question(state: &AppContext, workshop: &Workshop) -> Html {
    let lang = state.ws.lang;
    let work = &workshop.group_work;
    let group = |state: &AppContext, c: GroupCommand| {
        send(state, Command::Workshop(WorkshopCommand::Group(c)));
    };
    let on_show = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            group(&state, GroupCommand::Opening(on));
        })
    };
    let on_answers = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            group(&state, GroupCommand::Answers(text));
        })
    };
    html! {
        <section class="workshop-opening" aria-labelledby="opening-heading">
            <h3 id="opening-heading">{ t(lang, RoundsText::OpeningHeading) }</h3>
            { leaf("p", Some("opening-question"), t(lang, RoundsText::OpeningQuestion).into()) }
            <p class="check">
                <input id="opening-show" type="checkbox" checked={work.opening} onchange={on_show} />
                <label for="opening-show">{ t(lang, RoundsText::OpeningShow) }</label>
            </p>
            if work.opening {
                <div class="field">
                    <label for="opening-answers">{ t(lang, RoundsText::AnswersLabel) }</label>
                    <p id="opening-hint" class="hint">{ t(lang, RoundsText::AnswersHint) }</p>
                    <textarea id="opening-answers" rows="5" aria-describedby="opening-hint"
                        value={work.answers.clone()} oninput={on_answers} />
                </div>
                { leaf("h3", None, t(lang, RoundsText::CloudHeading).into()) }
                { word_cloud(&work.answers, lang, false) }
            }
        </section>
    }
}
