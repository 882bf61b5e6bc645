use yew::prelude::*;

use crate::i18n::{t, AssessmentText, CommonText};
use kompass_core::{ItemKind, Lang, Level, Rating};

#[derive(Properties, PartialEq)]
pub struct ScaleFieldProps {
    /// Radio group name, unique on the page; also the prefix of the input ids.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub kind: ItemKind,
    pub value: Option<Rating>,
    pub lang: Lang,
    pub on_change: Callback<Option<Rating>>,
    /// A line under the legend (e.g. last time's level).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A five-step scale plus "Vet ej" as a native radio group in a fieldset: arrow keys move
/// between the steps, and every step is a large touch target with its descriptor.
#[component]
pub fn ScaleField(props: &ScaleFieldProps) -> Html {
    let lang = props.lang;
    let option = |rating: Rating, number: Option<u8>, text: &'static str| {
        let id = match number {
            Some(n) => format!("{}-{n}", props.name),
            None => format!("{}-vet-ej", props.name),
        };
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |_: Event| on_change.emit(Some(rating)));
        let class = if number.is_none() {
            "scale-option dont-know"
        } else {
            "scale-option"
        };
        html! {
            <label class={class} for={id.clone()}>
                <input type="radio" {id} name={props.name.clone()} checked={props.value == Some(rating)} {onchange} />
                if let Some(n) = number {
                    <span class="scale-number">{ n }</span>
                }
                <span class="scale-text">{ text }</span>
            </label>
        }
    };
    let levels = Level::all().map(|l| {
        option(
            Rating::Level(l),
            Some(l.get()),
            t(lang, AssessmentText::level(props.kind, l)),
        )
    });
    html! {
        <fieldset class="scale">
            <legend>{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <p class="hint previous-hint">{ hint.clone() }</p>
            }
            <div class="scale-options">
                { for levels }
                { option(Rating::DontKnow, None, t(lang, CommonText::DontKnow)) }
            </div>
        </fieldset>
    }
}
