use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, AssessmentText, CommonText};
use crate::ui::loc;
use kompass_core::{Lang, Localized, Shift};

#[derive(Properties, PartialEq)]
pub struct ShiftCardProps {
    pub shift: Shift,
    pub lang: Lang,
    /// Names of the goal areas the shift serves, in framework order.
    #[prop_or_default]
    pub goal_areas: Vec<Localized>,
}

/// One shift as its FRÅN → TILL pair. The arrow is decoration; the words "Från"/"Till" carry
/// the meaning for screen readers. A view function, not a component: it has no state.
pub fn shift_card(props: &ShiftCardProps) -> Html {
    let ShiftCardProps {
        shift,
        lang,
        goal_areas,
    } = props;
    let lang = *lang;
    let serves = (!goal_areas.is_empty()).then(|| {
        let names = goal_areas.iter().map(|g| leaf("li", None, loc(g, lang)));
        html! {
            <div class="serves">
                <span class="serves-label">{ t(lang, AssessmentText::Serves) }{ ":" }</span>
                <ul class="chips">{ for names }</ul>
            </div>
        }
    });
    let why = shift.rationale.as_ref().map(|r| {
        html! {
            <details class="rationale">
                { leaf("summary", None, t(lang, AssessmentText::WhyMapped).into()) }
                { leaf("p", None, loc(r, lang).into()) }
            </details>
        }
    });
    html! {
        <article class="shift-card" data-shift={shift.id.clone()}>
            <p class="pole pole-from">
                { leaf("span", Some("pole-label"), t(lang, CommonText::From).into()) }
                { leaf("span", Some("pole-text"), loc(&shift.from, lang).into()) }
            </p>
            <span class="arrow" aria-hidden="true">{ "→" }</span>
            <p class="pole pole-to">
                { leaf("span", Some("pole-label"), t(lang, CommonText::To).into()) }
                { leaf("span", Some("pole-text"), loc(&shift.to, lang).into()) }
            </p>
            { for serves }
            { for why }
        </article>
    }
}
