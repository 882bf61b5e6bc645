use yew::prelude::*;

use crate::i18n::{t, CommonText};
use kompass_core::{Framework, Lang, Level, Localized};

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

/// A level of item `id` as "3 – Delvis på plats": the number and its label on the item's scale
/// (the number alone for a level off the scale).
pub fn level_label(fw: &Framework, id: &str, level: Level, lang: Lang) -> String {
    match fw.scale_of(id).label(level) {
        Some(label) => format!("{} – {}", level.get(), label.get(lang)),
        None => level.get().to_string(),
    }
}

/// Full name of a shift ("Från organisation till person och relation") or factor, for
/// headings. Inside the sentence each pole starts with a small letter.
pub fn item_title(fw: &Framework, id: &str, lang: Lang) -> String {
    match fw.shift(id) {
        Some(s) => format!(
            "{} {} {} {}",
            t(lang, CommonText::From),
            in_sentence(s.from.get(lang)),
            t(lang, CommonText::ToJoin),
            in_sentence(s.to.get(lang))
        ),
        None => item_label(fw, id, lang),
    }
}

/// A framework text used inside a sentence: its first letter small when it is a capital
/// followed by a small letter (so "IT-stöd" and other abbreviations keep theirs). Only A–Z and
/// Å, Ä, Ö are folded, by hand: the library's case tables would add kilobytes to the wasm.
fn in_sentence(text: &str) -> String {
    let mut chars = text.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return text.to_owned();
    };
    let small = match first {
        'Å' => 'å',
        'Ä' => 'ä',
        'Ö' => 'ö',
        c => c.to_ascii_lowercase(),
    };
    if small == first || !(second.is_ascii_lowercase() || "åäöé".contains(second)) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    out.push(small);
    out.push_str(&text[first.len_utf8()..]);
    out
}

/// A unit's name for display: "Namnlös enhet" when the unit has none.
pub fn unit_name(unit: &str, lang: Lang) -> String {
    if unit.is_empty() {
        t(lang, CommonText::UnnamedUnit).to_owned()
    } else {
        unit.to_owned()
    }
}
