//! The printed report's footer while a report can be printed.

use yew::prelude::*;

use crate::platform::document;

/// Keeps `left` and "sida x av y" (`page`, `of` in the page's language) at the foot of every
/// printed page while the calling component is shown, and takes them away after.
#[hook]
pub fn use_print_footer(left: String, page: &'static str, of: &'static str) {
    use_effect_with((left, page, of), |(left, page, of)| {
        document::set_print_footer(left, page, of);
        document::clear_print_footer
    });
}
