//! The header's line about the working file: where the data is kept and when it was last
//! written, or that the file is not connected (with the one click that connects it again).

use yew::prelude::*;

use super::working_actions::{on_click, reconnect};
use crate::i18n::{t, WorkingMsg, WorkingText};
use crate::store::AppContext;
use kompass_core::files::working::Link;

/// A view function, not a component: each component type adds kilobytes of Yew code.
pub fn working_status(state: &AppContext) -> Html {
    let lang = state.ws.lang;
    let working = &state.working;
    let Some(handle) = &working.handle else {
        return html! {};
    };
    let name = handle.name();
    let file = name.as_str();
    let text = match working.link {
        Link::None => return html! {},
        Link::Connected => WorkingMsg::Connected {
            file,
            at: working.written_at.as_deref(),
        },
        Link::Remembered => WorkingMsg::Remembered { file },
        Link::Question | Link::Failed(_) | Link::PutAside(_) => WorkingMsg::Stopped { file },
    };
    html! {
        <p class="working-status">
            { t(lang, text) }
            if working.link == Link::Remembered {
                <button type="button" class="working-reconnect" onclick={on_click(state, reconnect)}>{ t(lang, WorkingText::Reconnect) }</button>
            }
        </p>
    }
}
