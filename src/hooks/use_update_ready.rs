//! Whether a new build of the app is waiting (the service worker's signal).

use yew::prelude::*;

use crate::hooks::{use_mount, use_slot};
use crate::platform::update;

/// True once a new build is waiting, whether it arrived before or after the app started.
#[hook]
pub fn use_update_ready() -> bool {
    let ready = use_slot(update::waiting);
    {
        let ready = ready.clone();
        use_mount(Box::new(move || {
            let listener = update::on_ready(move || ready.set(true));
            // Dropping the listener removes it.
            Some(Box::new(move || drop(listener)))
        }));
    }
    *ready
}
