use yew::prelude::*;

use kompass_core::workshop::qr::{qr_picture, QUIET_ZONE};

/// A QR code of `text` drawn from the domain's geometry, black on white whatever the theme;
/// `label` says what it holds, for screen readers. A plain function, not a component: it has
/// no state, and each component type would weigh on the participant page's bundle.
pub fn qr_code(text: &str, label: &str) -> Html {
    let Some(pic) = qr_picture(text) else {
        return html! {};
    };
    let side = pic.size + 2 * QUIET_ZONE;
    html! {
        <svg class="qr-code" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={label.to_owned()}
            shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#ffffff" />
            <path d={pic.path} fill="#000000" />
        </svg>
    }
}
