//! What the user must hear about the working file: why writing stopped (with the way to start
//! again; the data stays in the browser), and the question when the file changed elsewhere.

use yew::prelude::*;

use crate::ui::leaf;

use super::working_actions::{choose, on_click, reconnect};
use super::working_question::question_view;
use crate::i18n::{t, WorkingMsg, WorkingText};
use crate::platform::working_file::FileHandle;
use crate::store::AppContext;
use kompass_core::files::saved::StoreError;
use kompass_core::files::transfer::ImportError;
use kompass_core::files::working::{Link, WriteProblem};

/// The banner and the question; a view function (see `working_question.rs`).
pub fn working_notices(state: &AppContext) -> Html {
    let lang = state.ws.lang;
    let working = &state.working;
    let name = working
        .handle
        .as_ref()
        .map(FileHandle::name)
        .unwrap_or_default();
    let banner = match &working.link {
        Link::Failed(problem) => {
            // A file that is gone cannot be connected again: another is chosen.
            let (label, act): (_, fn(&AppContext)) = match problem {
                WriteProblem::Missing => (WorkingText::ChooseAnother, choose),
                WriteProblem::Permission => (WorkingText::Reconnect, reconnect),
                _ => (WorkingText::TryAgain, reconnect),
            };
            Some(html! {
                <div class="banner warning working-problem">
                    { leaf("p", None, t(lang, WorkingText::Problem(*problem)).into()) }
                    <button type="button" class="primary" onclick={on_click(state, act)}>{ t(lang, label) }</button>
                </div>
            })
        }
        Link::PutAside(err) => {
            let newer = matches!(err, ImportError::Unreadable(StoreError::NewerSchema { .. }));
            Some(html! {
                <div class="banner warning working-problem">
                    <p>{ t(lang, WorkingMsg::PutAside { file: &name, newer }) }</p>
                    <button type="button" class="primary" onclick={on_click(state, choose)}>{ t(lang, WorkingText::ChooseAnother) }</button>
                </div>
            })
        }
        _ => None,
    };
    html! {
        <>
            <div class="banners" role="alert">{ for banner }</div>
            if let Some(question) = &working.question {
                { question_view(state, question) }
            }
        </>
    }
}
