use yew::prelude::*;

use crate::hooks::{use_app, use_update_ready};
use crate::i18n::{t, CommonText};
use crate::platform::update;

/// "Ny version finns": shown when www/sw-register.js reports a new build waiting; the button hands
/// over to it, and the page reloads with the new version's files, all of them.
#[component]
pub fn UpdatePrompt() -> Html {
    let ready = use_update_ready();
    let state = use_app();
    let lang = state.ws.lang;
    let onclick = Callback::from(|_: MouseEvent| update::apply());
    html! {
        <div role="status">
            if ready {
                <div class="banner update-ready">
                    <p>{ t(lang, CommonText::UpdateReady) }</p>
                    <button type="button" class="primary" {onclick}>{ t(lang, CommonText::UpdateNow) }</button>
                </div>
            }
        </div>
    }
}
