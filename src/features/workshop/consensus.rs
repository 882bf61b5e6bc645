use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonText, WorkshopMsg, WorkshopText};
use crate::store::AppContext;

use crate::platform::clock::today;
use crate::store::send;
use crate::ui::{item_title, level_label};
use kompass_core::workshop::{Workshop, WorkshopCommand};
use kompass_core::HistoryCommand;
use kompass_core::{Command, Level, Rating, Which};

fn rating_value(r: Option<Rating>) -> String {
    match r {
        Some(Rating::Level(l)) => l.get().to_string(),
        Some(Rating::DontKnow) => "vet-ej".to_owned(),
        None => String::new(),
    }
}

/// The group's agreed score and target per item (the median until changed) and its notes;
/// saving makes them an assessment of the unit.
pub fn workshop_consensus(state: &AppContext, workshop: &Workshop) -> Html {
    let lang = state.ws.lang;
    let Some(fw) = state.framework_by_id(&workshop.setup.framework_id) else {
        return html! {};
    };
    let chooser = |item: &str, which: Which| {
        let chosen = workshop.agreed.get(item).and_then(|a| match which {
            Which::Now => a.now,
            Which::Target => a.target,
        });
        let median = workshop.agreed(item, which).filter(|_| chosen.is_none());
        let default_label = match median.and_then(Rating::level) {
            Some(l) => t(
                lang,
                WorkshopMsg::MedianOption {
                    level: &level_label(&fw, item, l, lang),
                },
            ),
            None => t(lang, WorkshopText::Blank).to_owned(),
        };
        let onchange = {
            let (state, item) = (state.clone(), item.to_owned());
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                let rating = match value.as_str() {
                    "vet-ej" => Some(Rating::DontKnow),
                    v => v.parse().ok().and_then(Level::new).map(Rating::Level),
                };
                send(
                    &state,
                    Command::Workshop(WorkshopCommand::Agree {
                        item: item.clone(),
                        which,
                        rating,
                    }),
                );
            })
        };
        let selected = rating_value(chosen);
        let id = format!(
            "agree-{item}-{}",
            if which == Which::Now { "nu" } else { "mal" }
        );
        let label = t(
            lang,
            if which == Which::Now {
                WorkshopText::AgreedNow
            } else {
                WorkshopText::AgreedTarget
            },
        );
        let options = fw.scale_of(item).levels().map(|l| {
            let v = l.get().to_string();
            html! { <option value={v.clone()} selected={selected == v}>{ level_label(&fw, item, l, lang) }</option> }
        });
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                <select {id} {onchange}>
                    <option value="" selected={selected.is_empty()}>{ default_label }</option>
                    { for options }
                    <option value="vet-ej" selected={selected == "vet-ej"}>{ t(lang, CommonText::DontKnow) }</option>
                </select>
            </div>
        }
    };
    let items = workshop.setup.items.iter().map(|item| {
        let group_note = workshop
            .agreed
            .get(item)
            .map(|a| a.note.clone())
            .unwrap_or_default();
        let on_note = {
            let (state, item) = (state.clone(), item.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                send(
                    &state,
                    Command::Workshop(WorkshopCommand::AgreeNote {
                        item: item.clone(),
                        text,
                    }),
                );
            })
        };
        let note_id = format!("agree-{item}-note");
        html! {
            <fieldset class="agreed-item">
                { leaf("legend", None, item_title(&fw, item, lang).into()) }
                { chooser(item, Which::Now) }
                { chooser(item, Which::Target) }
                <div class="field">
                    <label for={note_id.clone()}>{ t(lang, WorkshopText::GroupNotes) }</label>
                    <textarea id={note_id} rows="2" value={group_note} oninput={on_note} />
                </div>
            </fieldset>
        }
    });
    let on_save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(
                &state,
                Command::Workshop(WorkshopCommand::Save { date: today() }),
            );
        })
    };
    let on_open = {
        let (state, id) = (state.clone(), workshop.saved_as.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = id.clone() {
                send(&state, Command::History(HistoryCommand::Open(id)));
            }
        })
    };
    html! {
        <div class="workshop-consensus">
            { leaf("p", None, t(lang, WorkshopText::ConsensusHelp).into()) }
            { for items }
            <p class="field-row">
                <button type="button" class="primary" onclick={on_save}>{ t(lang, WorkshopText::Save) }</button>
                // A live region that is always there, so "Sparat" is announced when it appears.
                <span role="status">
                    if workshop.saved_as.is_some() {
                        { leaf("span", Some("notice"), t(lang, WorkshopText::Saved).into()) }
                    }
                </span>
                if workshop.saved_as.is_some() {
                    <button type="button" onclick={on_open}>{ t(lang, WorkshopText::OpenSaved) }</button>
                }
            </p>
        </div>
    }
}
