use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonText, Lang};
use crate::ui::language_switch;

/// The participant page's header: the app's name and the language switch, compact so the
/// phone's first screen is left to the item.
pub fn phone_header(lang: Lang, on_lang: &Callback<Lang>) -> Html {
    html! {
        <header class="site-header">
            <div class="brand">
                { leaf("p", Some("app-name"), t(lang, CommonText::AppTitle).into()) }
            </div>
            <div class="header-tools">{ language_switch(lang, on_lang) }</div>
        </header>
    }
}
