use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::hooks::use_app;

use crate::features::workshop::RatingList;
use crate::i18n::{added, collected, not_added, rejection_text, round_given, w, W};
use crate::store::send;
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
    let text = use_state(String::new);
    let state = use_app();
    let lang = state.ws.lang;
    let ws = &props.workshop;
    let cmd = |c: WorkshopCommand| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| send(&state, Command::Workshop(c.clone())))
    };
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
                )
            })
        };
        let on_name = {
            let state = state.clone();
            Callback::from(move |e: InputEvent| {
                let name = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                send(&state, Command::Workshop(WorkshopCommand::RoundName(name)))
            })
        };
        // A fresh key per person: nothing of the last person's answers stays on screen.
        return html! {
            <section class="workshop-round" aria-labelledby="round-heading" key={round.given}>
                <h2 id="round-heading">{ w(lang, W::RoundStart) }</h2>
                <p>{ w(lang, W::RoundHelp) }</p>
                if round.given > 0 {
                    <p class="notice" role="status">{ round_given(lang, round.given) }</p>
                }
                if !ws.setup.anonymous {
                    <div class="field">
                        <label for="round-name">{ w(lang, W::RoundName) }</label>
                        <input id="round-name" type="text" autocomplete="off" value={round.name.clone()} oninput={on_name} />
                    </div>
                }
                <RatingList {fw} setup={ws.setup.clone()} slots={round.slots.clone()} {lang} name={format!("runda{}", round.given)} {on_rate} />
                <p class="field-row">
                    <button type="button" class="primary" onclick={cmd(WorkshopCommand::RoundSubmit)}>{ w(lang, W::RoundSubmit) }</button>
                    <button type="button" onclick={cmd(WorkshopCommand::EndRound)}>{ w(lang, W::RoundEnd) }</button>
                </p>
            </section>
        };
    }
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
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
            <li><span class="code">{ code.clone() }</span>{ " – " }{ rejection_text(lang, *why) }</li>
        });
        html! {
            <div class="paste-report">
                if r.nothing_found {
                    <p class="error">{ w(lang, W::NothingFound) }</p>
                } else {
                    <p>{ added(lang, r.added) }</p>
                }
                if !r.rejected.is_empty() {
                    <p class="error">{ not_added(lang, r.rejected.len()) }</p>
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
        <section class="workshop-collect" aria-labelledby="collect-heading">
            <h2 id="collect-heading">{ w(lang, W::CollectHeading) }</h2>
            <form onsubmit={on_paste}>
                <div class="field">
                    <label for="paste-codes">{ w(lang, W::PasteLabel) }</label>
                    <p id="paste-hint" class="hint">{ w(lang, W::PasteHint) }</p>
                    <textarea id="paste-codes" rows="4" aria-describedby="paste-hint" spellcheck="false"
                        value={(*text).clone()} oninput={on_input} />
                </div>
                <p class="field-row">
                    <button type="submit" class="primary">{ w(lang, W::PasteButton) }</button>
                    <button type="button" onclick={cmd(WorkshopCommand::StartRound)}>{ w(lang, W::RoundStart) }</button>
                </p>
            </form>
            <div role="status" aria-live="polite">
                <p class="collected-count"><strong>{ collected(lang, ws.responses.len()) }</strong></p>
                if !names.is_empty() {
                    <p class="hint collected-names">{ names }</p>
                }
                { for report }
            </div>
        </section>
    }
}
