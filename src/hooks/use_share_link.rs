//! A share link (`#dela=…`) opened: the shared assessment, read once, until it is closed.

use std::rc::Rc;

use yew::prelude::*;

use crate::platform::location;
use crate::store::AppContext;
use kompass_core::files::share::{read_share, ShareError};
use kompass_core::Assessment;

/// What a share link holds: the assessment, or why it cannot be read.
pub type Shared = Result<Assessment, ShareError>;

/// The assessment in the address's share link while it is shown, and a callback that closes it
/// (and forgets the fragment, so a reload opens the app itself).
#[hook]
pub fn use_share_link(state: &AppContext) -> (Option<Shared>, Callback<()>) {
    let frameworks = Rc::clone(&state.frameworks);
    let shared = use_memo((), move |()| {
        read_share(&location::fragment(), frameworks.as_slice())
    });
    let open = use_state(|| true);
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
