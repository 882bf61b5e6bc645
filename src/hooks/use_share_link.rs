//! A share link (`#dela=…`) opened: the shared assessment, read once, until it is closed.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_mount, use_slot};
use crate::platform::{compression, location};
use crate::store::AppContext;
use kompass_core::files::share::{packed_share, read_share_json, ShareError, MAX_SHARE_BYTES};

/// What a share link holds: the assessment (and its own framework), or why it cannot be read.
pub type Shared = Result<kompass_core::files::share::Shared, ShareError>;

/// The assessment in the address's share link while it is shown, and a callback that closes it
/// (and forgets the fragment, so a reload opens the app itself). The link is decompressed by
/// the browser, so the assessment arrives a moment after the first render.
#[hook]
pub fn use_share_link(state: &AppContext) -> (Option<Shared>, Callback<()>) {
    let shared = use_slot(|| None::<Shared>);
    {
        let (shared, frameworks) = (shared.clone(), Rc::clone(&state.frameworks));
        use_mount(Box::new(move || {
            match packed_share(&location::fragment()) {
                None => {}
                Some(Err(damaged)) => shared.set(Some(Err(damaged))),
                Some(Ok(packed)) => yew::platform::spawn_local(async move {
                    let read = match compression::inflate(&packed, MAX_SHARE_BYTES).await {
                        Some(json) => read_share_json(json, frameworks.as_slice()),
                        None => Err(ShareError::Damaged),
                    };
                    shared.set(Some(read));
                }),
            }
            None
        }));
    }
    let open = use_slot(|| true);
    let on_close = {
        let open = open.clone();
        Callback::from(move |()| {
            location::forget_fragment();
            open.set(false);
        })
    };
    let shown = if *open { (*shared).clone() } else { None };
    (shown, on_close)
}
