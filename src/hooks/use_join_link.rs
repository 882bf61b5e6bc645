//! Opening a join link (`#workshop=…`): the phone takes part in that workshop.

use yew::prelude::*;

use crate::platform::location;
use crate::platform::random::random_u64;
use crate::store::{send, AppContext};
use kompass_core::workshop::setup::JOIN_KEY;
use kompass_core::workshop::{read_join, WorkshopCommand};
use kompass_core::Command;

/// Joins the workshop in the address, once its framework is on offer (a custom framework
/// arrives after the first render). Returns true when the address holds a join link that
/// cannot be read.
#[hook]
pub fn use_join_link(state: AppContext) -> bool {
    let hash = use_memo((), |()| location::fragment());
    let is_join = hash.trim_start_matches('#').starts_with(JOIN_KEY);
    let setup = use_memo(state.frameworks.clone(), {
        let hash = hash.clone();
        move |frameworks| read_join(&hash, frameworks.as_slice())
    });
    use_effect_with(setup.clone(), move |setup| {
        if let Some(setup) = (**setup).clone() {
            let nonce = random_u64();
            send(
                &state,
                Command::Workshop(WorkshopCommand::Join { setup, nonce }),
            );
        }
    });
    is_join && setup.is_none()
}
