use yew::prelude::*;

use crate::i18n::{endonym, t, CommonText, Lang};

/// Two toggle buttons, each language named in itself (and marked with its own `lang`). A plain
/// function, not a component: it has no state, and the participant page's bundle stays smaller.
pub fn language_switch(lang: Lang, on_change: &Callback<Lang>) -> Html {
    let buttons = Lang::ALL.iter().map(|&option| {
        let onclick = on_change.reform(move |_: MouseEvent| option);
        let pressed = option == lang;
        html! {
            <button type="button" class="lang-button" lang={option.code()}
                aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                { endonym(option) }
            </button>
        }
    });
    html! {
        <div class="language-switch" role="group" aria-label={t(lang, CommonText::LanguageGroup)}>
            { for buttons }
        </div>
    }
}
