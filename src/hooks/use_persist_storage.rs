//! Asks the browser, once the user has saved something, to keep the app's data even when
//! space runs low (`navigator.storage.persist()`), once per visit.

use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::platform::storage_estimate::persist;
use crate::ui::SaveState;

/// `save` is how the last save went; `has_data` whether there is an assessment to keep.
#[hook]
pub fn use_persist_storage(save: SaveState, has_data: bool) {
    let asked = use_mut_ref(|| false);
    use_effect_on(
        Box::new((save, has_data)),
        Box::new(move || {
            if save == SaveState::Saved && has_data && !*asked.borrow() {
                *asked.borrow_mut() = true;
                yew::platform::spawn_local(persist());
            }
            None
        }),
    );
}
