use yew::prelude::*;

use crate::i18n::{endonym, t, CommonText, Lang};

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

/// Two toggle buttons, each language named in itself (and marked with its own `lang`).
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let buttons = Lang::ALL.iter().map(|&option| {
        let on_change = props.on_change.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_change.emit(option));
        let pressed = option == props.lang;
        html! {
            <button type="button" class="lang-button" lang={option.code()}
                aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                { endonym(option) }
            </button>
        }
    });
    html! {
        <div class="language-switch" role="group" aria-label={t(props.lang, CommonText::LanguageGroup)}>
            { for buttons }
        </div>
    }
}
