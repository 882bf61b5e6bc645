//! The page around the app follows its state: the document's language and title, the theme,
//! and focus on the heading of each new step.

use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::i18n::{t, CommonText};
use crate::platform::document;
use kompass_core::config::Theme;
use kompass_core::{Lang, Step};

/// `<html lang>` and the title in the interface language (screen readers pick their voice
/// from the attribute).
#[hook]
pub fn use_document_lang(lang: Lang) {
    use_effect_with(lang, |lang| {
        document::set_lang_and_title(lang.code(), t(*lang, CommonText::AppTitle));
    });
}

/// `?theme=projector`: large type and high contrast for the whole app (styles/projector.css).
#[hook]
pub fn use_theme(theme: Theme) {
    use_effect_with(theme, |theme| {
        let value = match theme {
            Theme::Projector => Some("projector"),
            Theme::Standard => None,
        };
        document::set_root_attribute("data-theme", value);
    });
}

/// After moving to another step, puts keyboard and screen-reader focus on its heading. Not on
/// the first render: a fresh page keeps the browser's own focus.
#[hook]
pub fn use_focus_on_step(step: Step) {
    let first = use_mut_ref(|| true);
    use_effect_on(
        Box::new(step),
        Box::new(move || {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                document::focus_by_id("step-heading");
            }
            None
        }),
    );
}
