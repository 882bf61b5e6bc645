use yew::prelude::*;

use crate::hooks::use_app;

use crate::features::assessment::{ActionForm, ActionList, StepButtons};
use crate::features::files::SaveReminder;
use crate::i18n::{t, AssessmentText};

/// The whole action plan: every action of the assessment, and a form to add more.
#[component]
pub fn ActionsStep() -> Html {
    let state = use_app();
    let Some(a) = state.current() else {
        return html! {};
    };
    let lang = state.ws.lang;
    html! {
        <div class="actions-step">
            <h1 id="step-heading" tabindex="-1">{ t(lang, AssessmentText::StepActions) }</h1>
            <p>{ t(lang, AssessmentText::ActionsIntro) }</p>
            <ActionList actions={a.actions.clone()} show_item={true} />
            <SaveReminder />
            <h2>{ t(lang, AssessmentText::AddAction) }</h2>
            <ActionForm />
            <StepButtons />
        </div>
    }
}
