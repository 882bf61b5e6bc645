use yew::prelude::*;

use crate::i18n::{t, w, workshop_id, Lang, T, W};
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
    let copied = use_state(|| None::<T>);
    let lang = props.lang;
    let on_copy = {
        let (link, copied) = (props.link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy(&link, move |ok| {
                copied.set(Some(if ok { T::Copied } else { T::CopyFailed }))
            });
        })
    };
    html! {
        <div class={classes!("workshop-join", props.big.then_some("big"))}>
            <QrCode text={props.link.clone()} label={w(lang, W::QrJoin)} />
            <div>
                <p class="workshop-id">{ workshop_id(lang, &props.id) }</p>
                <p>{ w(lang, W::JoinHelp) }</p>
                // Text, not a link: opened here it would take part on the facilitator's own device.
                <p class="join-link"><code>{ props.link.clone() }</code></p>
                if !props.big {
                    <p>
                        <button type="button" onclick={on_copy}>{ t(lang, T::CopyLink) }</button>
                        <span role="status">{ copied.map(|k| t(lang, k)).unwrap_or_default() }</span>
                    </p>
                }
            </div>
        </div>
    }
}
