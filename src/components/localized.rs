use yew::prelude::*;

use crate::domain::{Lang, Localized};

/// Framework text in the interface language. Where English has no translation the Swedish
/// text is shown inside `lang="sv"`, so screen readers switch voice for it.
pub fn loc(text: &Localized, lang: Lang) -> Html {
    let shown = text.shown_in(lang);
    if shown == lang {
        html! { { text.get(lang).to_owned() } }
    } else {
        html! { <span lang={shown.code()}>{ text.get(lang).to_owned() }</span> }
    }
}
