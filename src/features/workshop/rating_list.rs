use yew::prelude::*;

use crate::i18n::{t, AssessmentMsg, CommonText};
use crate::ui::{item_title, ScaleField};
use kompass_core::workshop::{Slot, WorkshopSetup};
use kompass_core::{Framework, ItemKind, Lang, Rating, Which};

#[derive(Properties, PartialEq)]
pub struct RatingListProps {
    pub fw: std::rc::Rc<Framework>,
    pub setup: WorkshopSetup,
    pub slots: Vec<Slot>,
    pub lang: Lang,
    /// Prefix of the radio groups' names, unique on the page.
    pub name: AttrValue,
    pub on_rate: Callback<(usize, Option<Rating>)>,
}

/// Every rated item of a workshop with its scales (now, and the target when asked for), as a
/// participant fills them in on a phone or in a "pass the device" round.
#[component]
pub fn RatingList(props: &RatingListProps) -> Html {
    let (fw, lang, setup) = (&props.fw, props.lang, &props.setup);
    let per_item = if setup.targets { 2 } else { 1 };
    let items = setup.items.iter().enumerate().map(|(at, id)| {
        let kind = if fw.shift(id).is_some() {
            ItemKind::Shift
        } else {
            ItemKind::Factor
        };
        let scale = |which: Which| {
            let slot = at * per_item + usize::from(which == Which::Target);
            let on_rate = props.on_rate.clone();
            let legend = match which {
                Which::Now => t(lang, CommonText::NowLegend).to_owned(),
                Which::Target => t(
                    lang,
                    AssessmentMsg::TargetLegend {
                        horizon: fw.horizon,
                    },
                ),
            };
            let name = format!(
                "{}-{at}-{}",
                props.name,
                if which == Which::Now { "nu" } else { "mal" }
            );
            html! {
                <ScaleField name={name} legend={legend} {kind} {lang}
                    value={props.slots.get(slot).copied().flatten()}
                    on_change={Callback::from(move |r| on_rate.emit((slot, r)))} />
            }
        };
        html! {
            <section class="rating-item" aria-labelledby={format!("{}-{at}-h", props.name)}>
                <h3 id={format!("{}-{at}-h", props.name)}>{ item_title(fw, id, lang) }</h3>
                { scale(Which::Now) }
                if setup.targets {
                    { scale(Which::Target) }
                }
            </section>
        }
    });
    html! { <div class="rating-list">{ for items }</div> }
}
