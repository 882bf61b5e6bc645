use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, ResultsMsg, ResultsText};
use kompass_core::Lang;

/// How many items a list shows until the user asks for all.
const SHOWN: usize = 5;

/// A titled list of items: the first five, and "Visa alla" for the rest. The rest are in the
/// page but hidden, so that the printed report lists them all. `empty` is the sentence when the
/// list is empty; each item is its name and a detail after it ("(+3 steg)"). Whether the list
/// is open is the caller's state (`on_toggle` flips it), so that the list is a view function.
pub fn result_list(
    heading: ResultsText,
    empty: ResultsText,
    items: &[(String, String)],
    lang: Lang,
    open: bool,
    on_toggle: Callback<MouseEvent>,
) -> Html {
    let more = items.len().saturating_sub(SHOWN);
    let rows = items.iter().enumerate().map(|(i, (name, detail))| {
        let hidden = i >= SHOWN && !open;
        html! { <li {hidden}>{ name }<span class="detail">{ detail }</span></li> }
    });
    html! {
        <section class="result-list">
            { leaf("h3", None, t(lang, heading).into()) }
            if items.is_empty() {
                { leaf("p", Some("empty"), t(lang, empty).into()) }
            } else {
                <ul>{ for rows }</ul>
                if more > 0 {
                    <button type="button" class="link-button show-all" aria-expanded={open.to_string()} onclick={on_toggle}>
                        { if open { t(lang, ResultsText::ShowFewer).to_owned() } else { t(lang, ResultsMsg::ShowAll { n: items.len() }) } }
                    </button>
                }
            }
        </section>
    }
}
