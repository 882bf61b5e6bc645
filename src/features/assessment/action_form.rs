use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::{use_app, use_node, use_slot};
use crate::i18n::{t, AssessmentText};
use crate::store::send;

use crate::ui::item_label;
use kompass_core::AnswerCommand;
use kompass_core::{ActionStatus, Command, Date, NewAction};

#[derive(Properties, PartialEq)]
pub struct ActionFormProps {
    /// The shift or factor the action belongs to; `None` shows a choice of item.
    #[prop_or_default]
    pub item: Option<AttrValue>,
}

fn status_value(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Planned => "planned",
        ActionStatus::InProgress => "in_progress",
        ActionStatus::Done => "done",
    }
}

pub fn status_from(value: &str) -> ActionStatus {
    ActionStatus::ALL
        .into_iter()
        .find(|s| status_value(*s) == value)
        .unwrap_or_default()
}

/// Status options for a select, with `selected` marked.
pub fn status_options(lang: kompass_core::Lang, selected: ActionStatus) -> Html {
    ActionStatus::ALL
        .into_iter()
        .map(|s| html! { <option value={status_value(s)} selected={s == selected}>{ t(lang, AssessmentText::status(s)) }</option> })
        .collect()
}

/// Adds an action: what (required), who, by when, status, and, without a fixed item, which
/// shift or factor it concerns.
#[component]
pub fn ActionForm(props: &ActionFormProps) -> Html {
    let what = use_node();
    let who = use_node();
    let due = use_node();
    let status = use_node();
    let item_select = use_node();
    let missing = use_slot(|| false);
    let state = use_app();
    let Some(fw) = state.framework() else {
        return html! {};
    };
    let lang = state.ws.lang;
    // Ids are unique per form: one form per step, and the plan step has its own prefix.
    let prefix = props
        .item
        .as_ref()
        .map_or("plan".to_owned(), |i| format!("add-{i}"));
    let id = |field: &str| format!("{prefix}-{field}");

    let onsubmit = {
        let (what, who, due, status, item_select) = (
            what.clone(),
            who.clone(),
            due.clone(),
            status.clone(),
            item_select.clone(),
        );
        let (missing, state, fixed) = (missing.clone(), state.clone(), props.item.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(what_el), Some(who_el), Some(due_el)) = (
                what.cast::<HtmlInputElement>(),
                who.cast::<HtmlInputElement>(),
                due.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            if what_el.value().trim().is_empty() {
                missing.set(true);
                let _ = what_el.focus();
                return;
            }
            let item = match &fixed {
                Some(item) => item.to_string(),
                None => item_select
                    .cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default(),
            };
            let chosen = status
                .cast::<HtmlSelectElement>()
                .map(|s| status_from(&s.value()))
                .unwrap_or_default();
            send(
                &state,
                Command::Answers(AnswerCommand::AddAction(NewAction {
                    item,
                    what: what_el.value(),
                    who: who_el.value(),
                    due: Date::parse(&due_el.value()),
                    status: chosen,
                })),
            );
            missing.set(false);
            what_el.set_value("");
            who_el.set_value("");
            due_el.set_value("");
        })
    };
    let item_choice = props.item.is_none().then(|| {
        let options = fw.items().map(|(_, item, _)| html! { <option value={item.to_owned()}>{ item_label(&fw, item, lang) }</option> });
        html! {
            <div class="field">
                <label for={id("item")}>{ t(lang, AssessmentText::ActionItem) }</label>
                <select id={id("item")} ref={item_select}>{ for options }</select>
            </div>
        }
    });
    let error_id = id("what-error");
    html! {
        <form class="action-form" {onsubmit} novalidate=true>
            { for item_choice }
            <div class="field">
                <label for={id("what")}>{ t(lang, AssessmentText::ActionWhat) }</label>
                <input id={id("what")} type="text" ref={what}
                    aria-invalid={missing.then_some("true")}
                    aria-describedby={missing.then_some(error_id.clone())} />
                if *missing {
                    <p id={error_id} class="field-error">{ t(lang, AssessmentText::ActionWhatMissing) }</p>
                }
            </div>
            <div class="field-row">
                <div class="field">
                    <label for={id("who")}>{ t(lang, AssessmentText::ActionWho) }</label>
                    <input id={id("who")} type="text" ref={who} />
                </div>
                <div class="field">
                    <label for={id("due")}>{ t(lang, AssessmentText::ActionDue) }</label>
                    <input id={id("due")} type="date" ref={due} />
                </div>
                <div class="field">
                    <label for={id("status")}>{ t(lang, AssessmentText::ActionStatus) }</label>
                    <select id={id("status")} ref={status}>{ status_options(lang, ActionStatus::Planned) }</select>
                </div>
            </div>
            <button type="submit">{ t(lang, AssessmentText::AddAction) }</button>
        </form>
    }
}
