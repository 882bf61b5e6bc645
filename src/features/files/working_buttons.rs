//! The working file's buttons in the file bar: choose a file that updates automatically, open
//! one, stop; in a browser without the File System Access API, why it is not offered.

use yew::prelude::*;

use crate::ui::leaf;

use super::working_actions::{choose, on_click, open, stop};
use crate::i18n::{t, WorkingText};
use crate::store::AppContext;
use kompass_core::files::working::Link;

/// A view function, not a component: each component type adds kilobytes of Yew code.
pub fn working_buttons(state: &AppContext) -> Html {
    let lang = state.ws.lang;
    let working = &state.working;
    if !working.supported {
        // Embedded, the file bar already says to use "Spara som fil" and "Öppna fil".
        return if state.ws.assessments.is_empty() || crate::platform::document::embedded() {
            html! {}
        } else {
            leaf(
                "p",
                Some("working-unsupported"),
                t(lang, WorkingText::Unsupported).into(),
            )
        };
    }
    html! {
        <>
            if working.link == Link::None {
                if !state.ws.assessments.is_empty() {
                    <button type="button" class="working-choose" data-closes="" onclick={on_click(state, choose)}>{ t(lang, WorkingText::Choose) }</button>
                }
                <button type="button" class="working-open" data-closes="" onclick={on_click(state, open)}>{ t(lang, WorkingText::Open) }</button>
            } else {
                <button type="button" class="working-stop" onclick={on_click(state, stop)}>{ t(lang, WorkingText::Stop) }</button>
            }
        </>
    }
}
