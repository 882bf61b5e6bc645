use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::ui::leaf;

use crate::store::AppContext;

use crate::features::assessment::action_form::{status_from, status_options};
use crate::i18n::{t, AssessmentText, CommonText};
use crate::store::{send, send_on_click};
use crate::ui::item_label;
use kompass_core::AnswerCommand;
use kompass_core::{Command, PlanAction};

/// Actions with their status (changeable), and removal with an undo.
pub fn action_list(state: &AppContext, actions: &[PlanAction], show_item: bool) -> Html {
    let Some(fw) = state.framework() else {
        return html! {};
    };
    let lang = state.ws.lang;
    let undo = state.ws.undo.removed.as_ref().map(|_| {
        let onclick = send_on_click(state, Command::Answers(AnswerCommand::UndoRemoveAction));
        html! {
            <p class="undo">
                { t(lang, AssessmentText::ActionRemoved) }{ " " }
                <button type="button" {onclick}>{ t(lang, CommonText::Undo) }</button>
            </p>
        }
    });
    let rows = actions.iter().map(|action| {
        let id = action.id;
        let on_status = {
            let state = state.clone();
            Callback::from(move |e: Event| {
                let status = status_from(&e.target_unchecked_into::<HtmlSelectElement>().value());
                send(&state, Command::Answers(AnswerCommand::SetActionStatus { id, status }));
            })
        };
        let on_remove = send_on_click(state, Command::Answers(AnswerCommand::RemoveAction(id)));
        let status_id = format!("status-{id}");
        let remove_label = format!("{}: {}", t(lang, AssessmentText::RemoveAction), action.what);
        html! {
            <li key={id} class="action">
                { leaf("p", Some("action-what"), action.what.clone().into()) }
                <p class="action-meta">
                    if show_item {
                        <span>{ t(lang, AssessmentText::ActionItem) }{ ": " }{ item_label(&fw, &action.item, lang) }</span>
                    }
                    if !action.who.is_empty() {
                        { leaf("span", None, action.who.clone().into()) }
                    }
                    if let Some(due) = action.due {
                        <span><time datetime={due.to_string()}>{ due.to_string() }</time></span>
                    }
                </p>
                <div class="action-controls">
                    <label for={status_id.clone()}>{ t(lang, AssessmentText::ActionStatus) }</label>
                    <select id={status_id} onchange={on_status}>{ status_options(lang, action.status) }</select>
                    <button type="button" class="remove" aria-label={remove_label} onclick={on_remove}>
                        { t(lang, AssessmentText::RemoveAction) }
                    </button>
                </div>
            </li>
        }
    });
    html! {
        <div class="action-list">
            <div role="status">{ for undo }</div>
            if actions.is_empty() {
                { leaf("p", Some("empty"), t(lang, AssessmentText::NoActions).into()) }
            } else {
                <ul>{ for rows }</ul>
            }
        </div>
    }
}
