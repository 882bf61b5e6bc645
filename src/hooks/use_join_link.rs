//! Opening a join link (`#workshop=…`): the phone takes part in that workshop. A link for an
//! own framework carries it (see `kompass_core::workshop::carried`): the browser decompresses
//! it and it is added to this phone's frameworks, unless one with its id is here already.

use yew::prelude::*;

use crate::hooks::{use_effect_on, use_mount, use_slot};
use crate::platform::random::random_u64;
use crate::platform::{compression, location};
use crate::store::{send, AppContext};
use kompass_core::editor::EditorCommand;
use kompass_core::files::share::MAX_SHARE_BYTES;
use kompass_core::workshop::carried::{split_carried, unpack};
use kompass_core::workshop::setup::JOIN_KEY;
use kompass_core::workshop::{read_join, WorkshopCommand};
use kompass_core::Command;

/// Joins the workshop in the address, once its framework is on offer (a custom framework
/// arrives after the first render, a carried one once decompressed). Returns true when the
/// address holds a join link that cannot be read.
#[hook]
pub fn use_join_link(state: AppContext) -> bool {
    let hash = use_memo((), |()| location::fragment());
    let is_join = hash.trim_start_matches('#').starts_with(JOIN_KEY);
    let (setup_part, carried) = split_carried(&hash);
    let setup_part = setup_part.to_owned();
    // A carried framework still being decompressed: not yet a bad link.
    let unpacking = use_slot(|| matches!(carried, Some(Some(_))));
    {
        let (state, unpacking, setup_part) = (state.clone(), unpacking.clone(), setup_part.clone());
        use_mount(Box::new(move || {
            let fw_id = setup_part.split('.').nth(1).unwrap_or_default().to_owned();
            let here = state.frameworks.iter().any(|f| f.id == fw_id);
            match carried {
                Some(Some(packed)) if !here => yew::platform::spawn_local(async move {
                    let fw = compression::inflate(&packed, MAX_SHARE_BYTES)
                        .await
                        .and_then(|bytes| String::from_utf8(bytes).ok())
                        .and_then(|text| unpack(&text, &fw_id));
                    if let Some(fw) = fw {
                        send(&state, Command::Editor(EditorCommand::Install(vec![fw])));
                    }
                    unpacking.set(false);
                }),
                _ => unpacking.set(false),
            }
            None
        }));
    }
    let setup = use_memo(state.frameworks.clone(), move |frameworks| {
        read_join(&setup_part, frameworks.as_slice())
    });
    let deps = setup.clone();
    use_effect_on(
        Box::new(setup.clone()),
        Box::new(move || {
            if let Some(setup) = (*deps).clone() {
                let nonce = random_u64();
                send(
                    &state,
                    Command::Workshop(WorkshopCommand::Join { setup, nonce }),
                );
            }
            None
        }),
    );
    is_join && setup.is_none() && !*unpacking
}
