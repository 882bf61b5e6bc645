use yew::prelude::*;

use crate::i18n::{t, CommonText};
use kompass_core::{Framework, Lang, Localized};

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

/// Short name of a shift (its TILL pole) or factor, for lists and navigation.
pub fn item_label(fw: &Framework, id: &str, lang: Lang) -> String {
    if let Some(s) = fw.shift(id) {
        s.to.get(lang).to_owned()
    } else if let Some(f) = fw.factor(id) {
        f.name.get(lang).to_owned()
    } else {
        id.to_owned()
    }
}

/// Full name of a shift ("Från X till Y") or factor, for headings. The poles keep their own
/// capitals: lower-casing would pull Unicode case tables into the bundle for little gain.
pub fn item_title(fw: &Framework, id: &str, lang: Lang) -> String {
    match fw.shift(id) {
        Some(s) => format!(
            "{} {} {} {}",
            t(lang, CommonText::From),
            s.from.get(lang),
            t(lang, CommonText::ToJoin),
            s.to.get(lang)
        ),
        None => item_label(fw, id, lang),
    }
}

/// A unit's name for display: "Namnlös enhet" when the unit has none.
pub fn unit_name(unit: &str, lang: Lang) -> String {
    if unit.is_empty() {
        t(lang, CommonText::UnnamedUnit).to_owned()
    } else {
        unit.to_owned()
    }
}
