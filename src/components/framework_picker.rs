use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{t, T};
use crate::state::{Action, AppContext};

/// A native select of every framework on offer.
#[component]
pub fn FrameworkPicker() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let lang = state.lang;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::ChooseFramework(select.value()));
        })
    };
    let options = state.frameworks.iter().map(|f| {
        html! {
            <option value={f.id.clone()} selected={f.id == state.framework_id}>
                { f.name.get(lang).to_owned() }
            </option>
        }
    });
    html! {
        <div class="field framework-picker">
            <label for="framework-select">{ t(lang, T::FrameworkLabel) }</label>
            <p id="framework-hint" class="hint">{ t(lang, T::FrameworkHint) }</p>
            <select id="framework-select" aria-describedby="framework-hint" {onchange}>
                { for options }
            </select>
        </div>
    }
}
