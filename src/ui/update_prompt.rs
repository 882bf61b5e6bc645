use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonText, Lang};
use crate::platform::update;

/// "Ny version finns": shown when www/sw-register.js reports a new build waiting; the button hands
/// over to it, and the page reloads with the new version's files, all of them. `ready` comes
/// from `use_update_ready`, which the router calls.
pub fn update_prompt(ready: bool, lang: Lang) -> Html {
    let onclick = Callback::from(|_: MouseEvent| update::apply());
    html! {
        <div role="status">
            if ready {
                <div class="banner update-ready">
                    { leaf("p", None, t(lang, CommonText::UpdateReady).into()) }
                    <button type="button" class="primary" {onclick}>{ t(lang, CommonText::UpdateNow) }</button>
                </div>
            }
        </div>
    }
}
