use yew::prelude::*;

use crate::i18n::{t, Lang, WorkshopText};
use crate::ui::QrCode;

/// The end of the phone's round: the answer code large, the ways to hand it in (chat, read
/// out, or the QR code for the facilitator's camera) and a way back to change the answers.
/// `code` is in groups of four.
pub fn participant_code(
    code: &AttrValue,
    lang: Lang,
    on_change: Callback<MouseEvent>,
    on_leave: Callback<MouseEvent>,
) -> Html {
    html! {
        <section class="participant-code" aria-labelledby="code-heading">
            <h2 id="code-heading" tabindex="-1">{ t(lang, WorkshopText::YourCode) }</h2>
            <p class="answer-code" data-code={code.clone()}>{ code.clone() }</p>
            <p class="code-ways">{ t(lang, WorkshopText::CodeWays) }</p>
            <ul class="code-ways-list">
                <li>{ t(lang, WorkshopText::CodeChat) }</li>
                <li>{ t(lang, WorkshopText::CodeSay) }</li>
                <li>{ t(lang, WorkshopText::CodeCamera) }</li>
            </ul>
            <QrCode text={code.clone()} label={t(lang, WorkshopText::QrCode)} />
            <p class="hint">{ t(lang, WorkshopText::ChangeNote) }</p>
            <p class="field-row">
                <button type="button" onclick={on_change}>{ t(lang, WorkshopText::ChangeAnswers) }</button>
                <button type="button" class="link-button" onclick={on_leave}>{ t(lang, WorkshopText::Leave) }</button>
            </p>
        </section>
    }
}
