use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, Lang, PhoneText};
use crate::ui::qr_code;

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
            <h2 id="code-heading" tabindex="-1">{ t(lang, PhoneText::YourCode) }</h2>
            <p class="answer-code" data-code={code.clone()}>{ code.clone() }</p>
            { leaf("p", Some("code-ways"), t(lang, PhoneText::CodeWays).into()) }
            <ul class="code-ways-list">
                { leaf("li", None, t(lang, PhoneText::CodeChat).into()) }
                { leaf("li", None, t(lang, PhoneText::CodeSay).into()) }
                { leaf("li", None, t(lang, PhoneText::CodeCamera).into()) }
            </ul>
            { qr_code(code, t(lang, PhoneText::QrCode)) }
            { leaf("p", Some("hint"), t(lang, PhoneText::ChangeNote).into()) }
            <p class="field-row">
                <button type="button" onclick={on_change}>{ t(lang, PhoneText::ChangeAnswers) }</button>
                <button type="button" class="link-button" onclick={on_leave}>{ t(lang, PhoneText::Leave) }</button>
            </p>
        </section>
    }
}
