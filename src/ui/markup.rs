//! One element with one child, built in one place: `html!` writes a whole element out (its
//! tag, attributes, node ref and children) wherever it is used, and the views repeat this
//! shape, a paragraph, heading, cell or list item holding a text, a great many times.

use yew::prelude::*;

/// `<tag class={class}>{ child }</tag>`: the same element that `html!` would build there.
/// (The allow: `html!`'s code for a tag named at run time matches `_` on a unit.)
#[inline(never)]
#[allow(clippy::ignored_unit_patterns)]
pub fn leaf(tag: &'static str, class: Option<&'static str>, child: Html) -> Html {
    html! { <@{tag} {class}>{ child }</@> }
}
