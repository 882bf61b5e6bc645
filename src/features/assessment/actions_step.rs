use yew::prelude::*;

use crate::ui::leaf;

use crate::store::AppContext;

use crate::features::assessment::{action_list, step_buttons, ActionForm};
use crate::features::files::save_reminder;
use crate::i18n::{t, AssessmentText};

/// The whole action plan: every action of the assessment, and a form to add more.
/// A view function of the router; the key on its root makes a change of page draw it anew,
/// as it was when it was a component of its own.
pub fn actions_step(state: &AppContext) -> Html {
    let Some(a) = state.current() else {
        return html! {};
    };
    let lang = state.ws.lang;
    html! {
        <div class="actions-step" key="actions">
            <h1 id="step-heading" tabindex="-1">{ t(lang, AssessmentText::StepActions) }</h1>
            { leaf("p", None, t(lang, AssessmentText::ActionsIntro).into()) }
            { action_list(state, &a.actions, true) }
            { save_reminder(state) }
            { leaf("h2", None, t(lang, AssessmentText::AddAction).into()) }
            <ActionForm />
            { step_buttons(state) }
        </div>
    }
}
