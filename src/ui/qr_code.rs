use yew::prelude::*;

use kompass_core::workshop::qr::{qr_picture, QUIET_ZONE};

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub text: AttrValue,
    /// What the picture holds, for screen readers.
    pub label: AttrValue,
}

/// A QR code drawn from the domain's geometry, black on white whatever the theme.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let picture = use_memo(props.text.clone(), |text| qr_picture(text));
    let Some(pic) = (*picture).clone() else {
        return html! {};
    };
    let side = pic.size + 2 * QUIET_ZONE;
    html! {
        <svg class="qr-code" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={props.label.clone()}
            shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#ffffff" />
            <path d={pic.path} fill="#000000" />
        </svg>
    }
}
