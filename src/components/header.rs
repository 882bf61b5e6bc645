use yew::prelude::*;

use crate::components::LanguageSwitch;
use crate::i18n::{t, Lang, T};
use crate::state::{Action, AppContext};

/// Site header: app name, tagline and the language switch.
#[component]
pub fn AppHeader() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let lang = state.lang;
    let on_change = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(Action::SetLang(lang)))
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <p class="app-name">{ t(lang, T::AppTitle) }</p>
                <p class="tagline">{ t(lang, T::Tagline) }</p>
            </div>
            <LanguageSwitch {lang} {on_change} />
        </header>
    }
}
