use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, CommonText};
use crate::ui::loc;
use kompass_core::{Lang, Localized, Rating, Scale};

#[derive(Properties, PartialEq)]
pub struct ScaleFieldProps {
    /// Radio group name, unique on the page; also the prefix of the input ids.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// The item's scale: one option per step, numbered and labelled as the scale says.
    pub scale: Scale,
    /// The item's own wording of each step (lowest first), shown under the step's label;
    /// empty when the item has none.
    #[prop_or_default]
    pub levels: Vec<Localized>,
    pub value: Option<Rating>,
    pub lang: Lang,
    pub on_change: Callback<Option<Rating>>,
    /// A line under the legend (e.g. last time's level).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// An item's scale plus "Vet ej" as a native radio group in a fieldset: arrow keys move
/// between the steps, and every step is a large touch target with its label (and the item's
/// own description of the step, where it has one).
pub fn scale_field(props: &ScaleFieldProps) -> Html {
    let lang = props.lang;
    let option = |rating: Rating, number: Option<u8>, text: Html, detail: Option<Html>| {
        let id = match number {
            Some(n) => format!("{}-{n}", props.name),
            None => format!("{}-vet-ej", props.name),
        };
        let report = props.on_change.clone();
        let onchange = Callback::from(move |_: Event| report.emit(Some(rating)));
        let class = if number.is_none() {
            "scale-option dont-know"
        } else {
            "scale-option"
        };
        html! {
            <label class={classes!(class, detail.is_some().then_some("described"))} for={id.clone()}>
                <input type="radio" {id} name={props.name.clone()} checked={props.value == Some(rating)} {onchange} />
                if let Some(n) = number {
                    { leaf("span", Some("scale-number"), n.into()) }
                }
                <span class="scale-text">
                    { leaf("span", Some("scale-label"), text.into()) }
                    if let Some(detail) = detail {
                        { leaf("span", Some("scale-detail"), detail.into()) }
                    }
                </span>
            </label>
        }
    };
    let levels = props.scale.levels().enumerate().map(|(i, l)| {
        let label = props
            .scale
            .labels
            .get(i)
            .map(|text| loc(text, lang))
            .unwrap_or_default();
        let detail = props.levels.get(i).map(|text| loc(text, lang));
        option(Rating::Level(l), Some(l.get()), label, detail)
    });
    html! {
        <fieldset class="scale">
            { leaf("legend", None, props.legend.clone().into()) }
            if let Some(hint) = &props.hint {
                { leaf("p", Some("hint previous-hint"), hint.clone().into()) }
            }
            <div class={classes!("scale-options", (!props.levels.is_empty()).then_some("with-details"))}>
                { for levels }
                { option(Rating::DontKnow, None, html! { t(lang, CommonText::DontKnow) }, None) }
            </div>
        </fieldset>
    }
}
