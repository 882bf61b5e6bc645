use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_app, use_slot};
use crate::i18n::{t, CommonText, WorkshopMsg, WorkshopText};
use crate::platform::random::random_u64;
use crate::store::send;
use crate::ui::item_label;
use kompass_core::workshop::setup::SetupError;
use kompass_core::workshop::{code_len, WorkshopCommand, WorkshopSetup};
use kompass_core::Command;

/// The facilitator's set-up: framework, items, target or not, anonymity, minimum group size
/// and the unit. The draft stays in the form until the workshop starts.
#[component]
pub fn WorkshopSetupForm() -> Html {
    let state = use_app();
    let draft = use_slot(|| {
        let s = &state;
        {
            let fw = s.framework()?;
            let mut setup = WorkshopSetup::new(&fw, random_u64() as u32);
            setup.unit = s
                .current()
                .map(|a| a.unit.clone())
                .or_else(|| s.config.unit.clone())
                .unwrap_or_default();
            Some(setup)
        }
    });
    let problem = use_slot(|| None::<SetupError>);
    let Some(setup) = (*draft).clone() else {
        return html! {};
    };
    let lang = state.ws.lang;
    let Some(fw) = state.framework_by_id(&setup.framework_id) else {
        return html! {};
    };
    // The chosen items' scales decide how long a code is and whether one can hold them.
    let setup = setup.fitted(&fw);
    let edit = |change: fn(&mut WorkshopSetup, &str, bool)| {
        let (draft, setup) = (draft.clone(), setup.clone());
        move |value: String, on: bool| {
            let mut next = setup.clone();
            change(&mut next, &value, on);
            draft.set(Some(next));
        }
    };
    let on_framework = {
        let (draft, state, setup) = (draft.clone(), state.clone(), setup.clone());
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(fw) = state.framework_by_id(&id) {
                draft.set(Some(WorkshopSetup {
                    unit: setup.unit.clone(),
                    ..WorkshopSetup::new(&fw, random_u64() as u32)
                }));
            }
        })
    };
    let toggle_item = edit(|s, id, on| {
        s.items.retain(|i| i != id);
        if on {
            s.items.push(id.to_owned());
        }
    });
    let order: Vec<String> = fw.items().map(|(_, id, _)| id.to_owned()).collect();
    let checkbox = |id: &str| {
        let (toggle, item) = (toggle_item.clone(), id.to_owned());
        let onchange = Callback::from(move |e: Event| {
            toggle(
                item.clone(),
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            );
        });
        let input_id = format!("ws-item-{id}");
        html! {
            <li>
                <input type="checkbox" id={input_id.clone()} checked={setup.items.iter().any(|i| i == id)} {onchange} />
                <label for={input_id}>{ item_label(&fw, id, lang) }</label>
            </li>
        }
    };
    let flag = |field: fn(&mut WorkshopSetup, bool)| {
        let (draft, setup) = (draft.clone(), setup.clone());
        Callback::from(move |e: Event| {
            let mut next = setup.clone();
            field(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            );
            draft.set(Some(next));
        })
    };
    let on_min = {
        let set = edit(|s, v, _| s.min_group = v.trim().parse().unwrap_or(0));
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlInputElement>().value(), true);
        })
    };
    let on_unit = {
        let set = edit(|s, v, _| v.clone_into(&mut s.unit));
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlInputElement>().value(), true);
        })
    };
    let on_submit = {
        let (state, problem, order) = (state.clone(), problem.clone(), order.clone());
        let setup = setup.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut setup = setup.clone();
            // Framework order, whatever the order of the clicks.
            setup.items = order
                .iter()
                .filter(|id| setup.items.contains(id))
                .cloned()
                .collect();
            match setup.check() {
                Ok(()) => {
                    problem.set(None);
                    send(
                        &state,
                        Command::Workshop(WorkshopCommand::Create(setup.clone())),
                    );
                }
                Err(e) => problem.set(Some(e)),
            }
        })
    };
    let frameworks = state.frameworks.iter().map(|f| html! {
        <option value={f.id.clone()} selected={f.id == setup.framework_id}>{ f.name.get(lang).to_owned() }</option>
    });
    let error = problem.map(|p| match p {
        SetupError::NoItems => WorkshopText::NoItems,
        SetupError::TooManyRatings => WorkshopText::TooMany,
        SetupError::MinGroup => WorkshopText::MinGroupBad,
    });
    html! {
        <form class="workshop-setup" onsubmit={on_submit} novalidate=true>
            { leaf("h2", None, t(lang, WorkshopText::SetupHeading).into()) }
            <div class="field">
                <label for="ws-unit">{ t(lang, WorkshopText::UnitLabel) }</label>
                <input id="ws-unit" type="text" autocomplete="organization" value={setup.unit.clone()} oninput={on_unit} />
            </div>
            <div class="field">
                <label for="ws-framework">{ t(lang, CommonText::FrameworkLabel) }</label>
                <select id="ws-framework" onchange={on_framework}>{ for frameworks }</select>
            </div>
            <fieldset class="ws-items">
                { leaf("legend", None, t(lang, WorkshopText::ItemsLegend).into()) }
                { leaf("h3", None, t(lang, CommonText::ShiftsHeading).into()) }
                <ul class="checks">{ for fw.shifts.iter().map(|s| checkbox(&s.id)) }</ul>
                if !fw.factors.is_empty() {
                    { leaf("h3", None, fw.factors_title.get(lang).to_owned().into()) }
                    <ul class="checks">{ for fw.factors.iter().map(|f| checkbox(&f.id)) }</ul>
                }
            </fieldset>
            <p class="check">
                <input type="checkbox" id="ws-targets" checked={setup.targets} onchange={flag(|s, on| s.targets = on)} />
                <label for="ws-targets">{ t(lang, WorkshopText::Targets) }</label>
            </p>
            <p class="check">
                <input type="checkbox" id="ws-anonymous" checked={setup.anonymous} onchange={flag(|s, on| s.anonymous = on)} />
                <label for="ws-anonymous">{ t(lang, WorkshopText::Anonymous) }</label>
            </p>
            <div class="field">
                <label for="ws-min">{ t(lang, WorkshopText::MinGroup) }</label>
                <input id="ws-min" type="number" inputmode="numeric" min="1" max="50" class="short"
                    value={setup.min_group.to_string()} oninput={on_min} />
            </div>
            if setup.check().is_ok() {
                <p class="hint" aria-live="polite">{ t(lang, WorkshopMsg::CodeLength(code_len(&setup))) }</p>
            }
            if let Some(e) = error {
                <p class="error" role="alert">{ t(lang, e) }</p>
            }
            <p><button type="submit" class="primary">{ t(lang, WorkshopText::Create) }</button></p>
        </form>
    }
}
