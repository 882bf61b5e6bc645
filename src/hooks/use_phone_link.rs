//! The participant page's join link: decompresses a framework the link carries, then joins the
//! workshop, keeping what this phone saved for the same link (see `workshop::phone`).

use std::rc::Rc;

use yew::prelude::*;

use crate::features::participant::PhoneContext;
use crate::hooks::use_slot;
use crate::platform::random::random_u64;
use crate::platform::{compression, location};
use kompass_core::files::share::MAX_SHARE_BYTES;
use kompass_core::workshop::carried::unpack;
use kompass_core::workshop::phone::{Opening, PhoneEvent};

/// What the address asks for, as the page shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LinkState {
    /// No join link in the address.
    None,
    /// A link that cannot be used.
    Bad,
    /// Being read (a carried framework is decompressed).
    Opening,
    /// Taking part.
    Joined,
}

#[hook]
pub fn use_phone_link(store: PhoneContext) -> LinkState {
    let hash = use_memo((), |()| location::fragment());
    let failed = use_slot(|| false);
    let phone = &store.phone;
    let opening = phone.opening(&hash);
    {
        let (store, failed, hash) = (store.clone(), failed.clone(), hash.clone());
        // What the address asks changes only when a framework arrives or the workshop is left.
        let deps = (phone.frameworks.len(), phone.left);
        use_effect_with(deps, move |_| match store.phone.opening(&hash) {
            Opening::Unpack { id, packed } => yew::platform::spawn_local(async move {
                let fw = compression::inflate(&packed, MAX_SHARE_BYTES)
                    .await
                    .and_then(|bytes| String::from_utf8(bytes).ok())
                    .and_then(|text| unpack(&text, &id));
                match fw {
                    Some(fw) => store.dispatch(PhoneEvent::Install(Rc::new(fw))),
                    None => failed.set(true),
                }
            }),
            Opening::Join { link, setup } if store.phone.link != link && !store.phone.left => {
                store.dispatch(PhoneEvent::Join {
                    link,
                    setup,
                    nonce: random_u64(),
                });
            }
            _ => {}
        });
    }
    match opening {
        _ if store.phone.participation.is_some() => LinkState::Joined,
        _ if store.phone.left => LinkState::None,
        Opening::NoLink => LinkState::None,
        Opening::Bad => LinkState::Bad,
        Opening::Unpack { .. } if *failed => LinkState::Bad,
        Opening::Unpack { .. } | Opening::Join { .. } => LinkState::Opening,
    }
}
