use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::{use_effect_on, use_slot};
use crate::i18n::{t, CommonText, Lang, WorkshopMsg, WorkshopText};
use crate::platform::clipboard::copy;
use crate::platform::location::participant_page_address;
use crate::ui::qr_code;
use std::rc::Rc;

use crate::platform::compression;
use kompass_core::workshop::carried::{pack, with_carried};
use kompass_core::workshop::phone::is_built_in;
use kompass_core::workshop::WorkshopSetup;
use kompass_core::Framework;

/// The address a participant opens: the participant page beside this one (`join.html`, a
/// small bundle of its own) with the set-up in the fragment.
pub fn join_link(setup: &WorkshopSetup, fw: &Framework) -> String {
    format!("{}#{}", participant_page_address(), setup.fragment(fw))
}

/// What the join link must carry for `fw`: nothing when the participant page has it built in.
pub fn to_carry(fw: &Rc<Framework>) -> Option<Rc<Framework>> {
    (!is_built_in(fw)).then(|| fw.clone())
}

#[derive(Properties, PartialEq)]
pub struct WorkshopJoinProps {
    pub link: AttrValue,
    pub id: AttrValue,
    pub lang: Lang,
    /// Large, for the projector.
    #[prop_or_default]
    pub big: bool,
    /// An own framework the phones do not have: the link carries it, compressed.
    #[prop_or_default]
    pub carry: Option<Rc<Framework>>,
}

/// "Gå med": the QR code, the link to type or copy, and the workshop id.
#[component]
pub fn WorkshopJoin(props: &WorkshopJoinProps) -> Html {
    let copied = use_slot(|| None::<CommonText>);
    let lang = props.lang;
    // With an own framework, the link is ready once the browser has compressed it.
    let carried = use_slot(|| None::<String>);
    {
        let carried = carried.clone();
        let deps = (props.link.clone(), props.carry.clone());
        use_effect_on(
            Box::new(deps.clone()),
            Box::new(move || {
                let (link, carry) = deps;
                if let Some(fw) = carry {
                    let (link, text) = (link.to_string(), pack(&fw));
                    yew::platform::spawn_local(async move {
                        if let Some(deflated) = compression::deflate(text.as_bytes()).await {
                            let (page, fragment) = link.split_once('#').unwrap_or((&link, ""));
                            carried.set(Some(format!(
                                "{page}#{}",
                                with_carried(fragment, &deflated)
                            )));
                        }
                    });
                }
                None
            }),
        );
    }
    let link: AttrValue = match (&props.carry, &*carried) {
        (None, _) => props.link.clone(),
        (Some(_), Some(full)) => AttrValue::from(full.clone()),
        (Some(_), None) => return html! { <div class="workshop-join" /> },
    };
    let on_copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy(&link, move |ok| {
                copied.set(Some(if ok {
                    CommonText::Copied
                } else {
                    CommonText::CopyFailed
                }));
            });
        })
    };
    html! {
        <div class={classes!("workshop-join", props.big.then_some("big"))}>
            { qr_code(&link, t(lang, WorkshopText::QrJoin)) }
            <div>
                // The facilitator's page names the workshop in its heading already.
                if props.big {
                    <p class="workshop-id">{ t(lang, WorkshopMsg::WorkshopId { id: &props.id }) }</p>
                }
                { leaf("p", None, t(lang, WorkshopText::JoinHelp).into()) }
                // Text, not a link: opened here it would take part on the facilitator's own device.
                <p class="join-link"><code>{ link.clone() }</code></p>
                if !props.big {
                    <p>
                        <button type="button" onclick={on_copy}>{ t(lang, CommonText::CopyLink) }</button>
                        <span role="status">{ copied.map(|k| t(lang, k)).unwrap_or_default() }</span>
                    </p>
                }
            </div>
        </div>
    }
}
