use yew::prelude::*;

use crate::i18n::{t, CommonText, Lang, WorkshopMsg, WorkshopText};
use crate::platform::clipboard::copy;
use crate::platform::location::page_address;
use crate::ui::QrCode;
use kompass_core::workshop::WorkshopSetup;
use kompass_core::Framework;

/// The address a participant opens: this page with the set-up in the fragment.
pub fn join_link(setup: &WorkshopSetup, fw: &Framework) -> String {
    format!("{}#{}", page_address(), setup.fragment(fw))
}

#[derive(Properties, PartialEq)]
pub struct WorkshopJoinProps {
    pub link: AttrValue,
    pub id: AttrValue,
    pub lang: Lang,
    /// Large, for the projector.
    #[prop_or_default]
    pub big: bool,
}

/// "Gå med": the QR code, the link to type or copy, and the workshop id.
#[component]
pub fn WorkshopJoin(props: &WorkshopJoinProps) -> Html {
    let copied = use_state(|| None::<CommonText>);
    let lang = props.lang;
    let on_copy = {
        let (link, copied) = (props.link.clone(), copied.clone());
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
            <QrCode text={props.link.clone()} label={t(lang, WorkshopText::QrJoin)} />
            <div>
                // The facilitator's page names the workshop in its heading already.
                if props.big {
                    <p class="workshop-id">{ t(lang, WorkshopMsg::WorkshopId { id: &props.id }) }</p>
                }
                <p>{ t(lang, WorkshopText::JoinHelp) }</p>
                // Text, not a link: opened here it would take part on the facilitator's own device.
                <p class="join-link"><code>{ props.link.clone() }</code></p>
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
