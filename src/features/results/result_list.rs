use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, ResultsMsg, ResultsText};
use kompass_core::Lang;

/// How many items a list shows until the user asks for all.
const SHOWN: usize = 5;

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    pub heading: ResultsText,
    /// The sentence when the list is empty.
    pub empty: ResultsText,
    /// Each item's name and a detail after it ("(+3 steg)").
    pub items: Vec<(String, String)>,
    pub lang: Lang,
}

/// A titled list of items: the first five, and "Visa alla" for the rest. The rest are in the
/// page but hidden, so that the printed report lists them all.
#[component]
pub fn ResultList(props: &ResultListProps) -> Html {
    let open = use_state(|| false);
    let lang = props.lang;
    let more = props.items.len().saturating_sub(SHOWN);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let rows = props.items.iter().enumerate().map(|(i, (name, detail))| {
        let hidden = i >= SHOWN && !*open;
        html! { <li {hidden}>{ name }<span class="detail">{ detail }</span></li> }
    });
    html! {
        <section class="result-list">
            { leaf("h3", None, t(lang, props.heading).into()) }
            if props.items.is_empty() {
                { leaf("p", Some("empty"), t(lang, props.empty).into()) }
            } else {
                <ul>{ for rows }</ul>
                if more > 0 {
                    <button type="button" class="link-button show-all" aria-expanded={(*open).to_string()} onclick={toggle}>
                        { if *open { t(lang, ResultsText::ShowFewer).to_owned() } else { t(lang, ResultsMsg::ShowAll { n: props.items.len() }) } }
                    </button>
                }
            }
        </section>
    }
}
