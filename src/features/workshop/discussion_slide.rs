use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::RoundTimer;
use crate::i18n::{t, CommonText, Lang};
use crate::ui::loc;
use kompass_core::Framework;

/// One rated shift for the group's talk: FRÅN → TILL, the dialogue questions in large type
/// and the round timer.
pub fn discussion_slide(id: &str, fw: &Framework, lang: Lang) -> Html {
    let Some(shift) = fw.shift(id) else {
        return html! {};
    };
    html! {
        <div class="discussion-slide">
            <h1 id="step-heading" tabindex="-1" class="poles">
                <span class="pole from"><span class="pole-label">{ t(lang, CommonText::From) }</span>{ loc(&shift.from, lang) }</span>
                <span class="arrow" aria-hidden="true">{ "→" }</span>
                <span class="pole to"><span class="pole-label">{ t(lang, CommonText::To) }</span>{ loc(&shift.to, lang) }</span>
            </h1>
            { leaf("h2", Some("visually-hidden"), t(lang, CommonText::DialogueQuestions).into()) }
            <ol class="projector-questions">{ for fw.questions.iter().map(|q| leaf("li", None, loc(q, lang).into())) }</ol>
            <RoundTimer {lang} />
        </div>
    }
}
