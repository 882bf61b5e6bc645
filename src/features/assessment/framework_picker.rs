use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::store::AppContext;

use crate::i18n::{t, AssessmentText, CommonText};
use crate::store::send;
use kompass_core::NavCommand;

use kompass_core::{Assessment, Command};

/// A native select of every framework on offer; locked once the assessment has answers.
pub fn framework_picker(state: &AppContext) -> Html {
    let lang = state.ws.lang;
    let selected = state.ws.framework_id().to_owned();
    let locked = state.current().is_some_and(Assessment::has_answers);
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            send(
                &state,
                Command::Navigate(NavCommand::ChooseFramework(select.value())),
            );
        })
    };
    let options = state.frameworks.iter().map(|f| {
        html! {
            <option value={f.id.clone()} selected={f.id == selected}>
                { f.name.get(lang).to_owned() }
            </option>
        }
    });
    let hint = if locked {
        AssessmentText::FrameworkLocked
    } else {
        AssessmentText::FrameworkHint
    };
    html! {
        <div class="field framework-picker">
            <label for="framework-select">{ t(lang, CommonText::FrameworkLabel) }</label>
            <p id="framework-hint" class="hint">{ t(lang, hint) }</p>
            <select id="framework-select" aria-describedby="framework-hint" disabled={locked} {onchange}>
                { for options }
            </select>
        </div>
    }
}
