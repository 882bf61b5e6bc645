use yew::prelude::*;

use crate::i18n::{t, Lang, RoundsMsg, RoundsText};
use kompass_core::workshop::word_cloud::{count_words, layout};

#[derive(Properties, PartialEq)]
pub struct WordCloudProps {
    /// The answers as pasted.
    pub text: AttrValue,
    pub lang: Lang,
    /// On the projector: a wide box, and the table only for screen readers.
    #[prop_or_default]
    pub projector: bool,
}

/// The answers' words as a cloud (drawn from the core's geometry; hidden from screen readers)
/// and the same counts as a table.
#[component]
pub fn WordCloud(props: &WordCloudProps) -> Html {
    let lang = props.lang;
    let (width, height) = if props.projector {
        (1600.0, 640.0)
    } else {
        (1000.0, 500.0)
    };
    let counts = use_memo((props.text.clone(), lang), |(text, lang)| {
        count_words(text, *lang)
    });
    let cloud = use_memo((counts.clone(), props.projector), move |(counts, _)| {
        layout(counts, width, height)
    });
    if counts.is_empty() {
        return html! { <p class="cloud-empty">{ t(lang, RoundsText::CloudEmpty) }</p> };
    }
    let words = cloud.words.iter().enumerate().map(|(i, w)| {
        // The text is drawn at exactly its box's width, whatever the font.
        html! {
            <text x={format!("{:.1}", w.x)} y={format!("{:.1}", w.y)} font-size={format!("{:.1}", w.size)}
                textLength={format!("{:.1}", w.width)} lengthAdjust="spacingAndGlyphs"
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
            <div class={classes!(props.projector.then_some("visually-hidden"))}>
            <table class="cloud-table">
                <caption>{ t(lang, RoundsText::CloudCaption) }</caption>
                <thead><tr><th scope="col">{ t(lang, RoundsText::ColWord) }</th><th scope="col">{ t(lang, RoundsText::ColCount) }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
        </div>
    }
}
