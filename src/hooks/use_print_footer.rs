//! The printed report's footer while a report can be printed.

use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::platform::document;

/// Keeps `left` and "sida x av y" (`page`, `of` in the page's language) at the foot of every
/// printed page while the calling component is shown, and takes them away after.
#[hook]
pub fn use_print_footer(left: String, page: &'static str, of: &'static str) {
    let deps = (left, page, of);
    use_effect_on(
        Box::new(deps.clone()),
        Box::new(move || {
            let (left, page, of) = &deps;
            document::set_print_footer(left, page, of);
            Some(Box::new(document::clear_print_footer))
        }),
    );
}
