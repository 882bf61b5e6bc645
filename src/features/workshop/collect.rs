use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_app, use_slot};

use crate::features::workshop::{rating_list, RatingStep, WorkshopScanner};
use crate::i18n::{t, WorkshopMsg, WorkshopText};
use crate::store::{send, send_on_click};
use kompass_core::workshop::{Workshop, WorkshopCommand};
use kompass_core::Command;

#[derive(Properties, PartialEq)]
pub struct WorkshopCollectProps {
    pub workshop: Workshop,
}

/// Collecting answers: codes typed or pasted (with what became of each), and the "pass the
/// device" round where participants rate in turn on this device.
#[component]
pub fn WorkshopCollect(props: &WorkshopCollectProps) -> Html {
    let text = use_slot(String::new);
    let state = use_app();
    let lang = state.ws.lang;
    let ws = &props.workshop;
    let cmd = |c: WorkshopCommand| send_on_click(&state, Command::Workshop(c));
    if let Some(round) = &ws.round {
        let Some(fw) = state.framework_by_id(&ws.setup.framework_id) else {
            return html! {};
        };
        let on_rate = {
            let state = state.clone();
            Callback::from(move |(slot, rating)| {
                send(
                    &state,
                    Command::Workshop(WorkshopCommand::RoundRate { slot, rating }),
                );
            })
        };
        let on_name = {
            let state = state.clone();
            Callback::from(move |e: InputEvent| {
                let name = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                send(&state, Command::Workshop(WorkshopCommand::RoundName(name)));
            })
        };
        // A fresh key per person: nothing of the last person's answers stays on screen.
        return html! {
            <section class="workshop-round" aria-labelledby="round-heading" key={round.given}>
                <h2 id="round-heading">{ t(lang, WorkshopText::RoundStart) }</h2>
                { leaf("p", None, t(lang, WorkshopText::RoundHelp).into()) }
                if round.given > 0 {
                    <p class="notice" role="status">{ t(lang, WorkshopMsg::RoundGiven(round.given)) }</p>
                }
                if !ws.setup.anonymous {
                    <div class="field">
                        <label for="round-name">{ t(lang, WorkshopText::RoundName) }</label>
                        <input id="round-name" type="text" autocomplete="off" value={round.name.clone()} oninput={on_name} />
                    </div>
                }
                { rating_list(&RatingStep { fw: &fw, setup: &ws.setup, slots: &round.slots, at: 0, lang, on_rate: &on_rate, name: &format!("runda{}", round.given), progress: false }) }
                <p class="field-row">
                    <button type="button" class="primary" onclick={cmd(WorkshopCommand::RoundSubmit)}>{ t(lang, WorkshopText::RoundSubmit) }</button>
                    <button type="button" onclick={cmd(WorkshopCommand::EndRound)}>{ t(lang, WorkshopText::RoundEnd) }</button>
                </p>
            </section>
        };
    }
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let on_paste = {
        let (state, text) = (state.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            send(
                &state,
                Command::Workshop(WorkshopCommand::Paste((*text).clone())),
            );
            text.set(String::new());
        })
    };
    let report = ws.last_paste.as_ref().map(|r| {
        let rejected = r.rejected.iter().map(|(code, why)| html! {
            <li><span class="code">{ code.clone() }</span>{ " – " }{ t(lang, WorkshopText::rejection(*why)) }</li>
        });
        html! {
            <div class="paste-report">
                if r.nothing_found {
                    { leaf("p", Some("error"), t(lang, WorkshopText::NothingFound).into()) }
                } else {
                    { leaf("p", None, t(lang, WorkshopMsg::Added(r.added)).into()) }
                }
                if !r.rejected.is_empty() {
                    { leaf("p", Some("error"), t(lang, WorkshopMsg::NotAdded(r.rejected.len())).into()) }
                    <ul class="rejected">{ for rejected }</ul>
                }
            </div>
        }
    });
    // Names only where the workshop is not anonymous and people gave one.
    let names: Vec<&str> = ws
        .responses
        .iter()
        .filter_map(|r| r.name.as_deref())
        .collect();
    let names = names.join(", ");
    html! {
        <div class="workshop-collect">
            <form onsubmit={on_paste} aria-label={t(lang, WorkshopText::CollectHeading)}>
                <div class="field">
                    <label for="paste-codes">{ t(lang, WorkshopText::PasteLabel) }</label>
                    <p id="paste-hint" class="hint">{ t(lang, WorkshopText::PasteHint) }</p>
                    <textarea id="paste-codes" rows="4" aria-describedby="paste-hint" spellcheck="false"
                        value={(*text).clone()} oninput={on_input} />
                </div>
                <p class="field-row">
                    <button type="submit" class="primary">{ t(lang, WorkshopText::PasteButton) }</button>
                    <button type="button" onclick={cmd(WorkshopCommand::StartRound)}>{ t(lang, WorkshopText::RoundStart) }</button>
                </p>
            </form>
            // The one place for more ways in (the camera's "Skanna svarskoder" panel): after
            // the typed codes and the round, before the count they all add to.
            <WorkshopScanner workshop={ws.clone()} />
            <div role="status" aria-live="polite">
                <p class="collected-count"><strong>{ t(lang, WorkshopMsg::Collected(ws.responses.len())) }</strong></p>
                if !names.is_empty() {
                    { leaf("p", Some("hint collected-names"), names.into()) }
                }
                { for report }
            </div>
        </div>
    }
}
