use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, Lang, RoundsMsg, RoundsText};
use kompass_core::workshop::word_cloud::{count_words, layout};

/// The answers' words as a cloud (drawn from the core's geometry; hidden from screen readers)
/// and the same counts as a table. On the projector the box is wider and the table is only for
/// screen readers. A plain function, not a component: it costs less in the app's download.
pub fn word_cloud(text: &str, lang: Lang, projector: bool) -> Html {
    let (width, height) = if projector { (1600, 640) } else { (640, 400) };
    let counts = count_words(text, lang);
    let cloud = layout(&counts, width, height);
    if counts.is_empty() {
        return leaf(
            "p",
            Some("cloud-empty"),
            t(lang, RoundsText::CloudEmpty).into(),
        );
    }
    let words = cloud.words.iter().enumerate().map(|(i, w)| {
        // The text is drawn at exactly its box's width, whatever the font.
        html! {
            <text x={w.x.to_string()} y={w.y.to_string()} font-size={w.size.to_string()}
                textLength={w.width.to_string()} lengthAdjust="spacingAndGlyphs"
                class={format!("cloud-word c{}", i % 3)}>{ w.word.clone() }</text>
        }
    });
    let rows = counts.iter().map(|w| {
        html! { <tr><th scope="row" lang="sv">{ w.word.clone() }</th><td>{ w.count }</td></tr> }
    });
    let total: usize = counts.iter().map(|w| w.count).sum();
    html! {
        <div class="word-cloud">
            <svg class="cloud" viewBox={format!("0 0 {width} {height}")} aria-hidden="true" focusable="false">
                { for words }
            </svg>
            <p class="cloud-total">{ t(lang, RoundsMsg::Words { words: total, distinct: counts.len() }) }</p>
            // A table ignores a height of 1 px, so the hiding is on a box around it.
            <div class={classes!(projector.then_some("visually-hidden"))}>
            <table class="cloud-table">
                { leaf("caption", None, t(lang, RoundsText::CloudCaption).into()) }
                <thead><tr><th scope="col">{ t(lang, RoundsText::ColWord) }</th><th scope="col">{ t(lang, RoundsText::ColCount) }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
        </div>
    }
}
