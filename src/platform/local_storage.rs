//! The browser side of saving: localStorage, probed before use because a browser that blocks
//! storage throws on mere access (so does `gloo_storage::LocalStorage`, by panicking). The
//! saved form itself is the domain's (`domain::storage`).

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

use kompass_core::files::saved::{decode, StoreError, STORAGE_KEY};
use kompass_core::Workspace;

/// Where saved data that could not be read is put aside, untouched.
pub const UNREADABLE_KEY: &str = "nara-vard-kompassen.unreadable";

/// How loading went, for the user to be told.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadNote {
    /// Nothing saved before, or restored without trouble.
    Fine,
    /// The browser offers no storage: work stays in memory.
    Unavailable,
    /// Saved data could not be read; it was put aside (`kept` true) or left where it was.
    Unreadable {
        error: StoreError,
        raw: String,
        kept: bool,
    },
}

/// Why a save failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    Unavailable,
    /// Storage exists but refused the write (full, or blocked for writing).
    Refused,
    /// Another tab saved in a form this version cannot read; saving stops so as not to overwrite it.
    NewerElsewhere,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Every key the app has put in this browser's storage starts with this.
const PREFIX: &str = "nara-vard-kompassen";

/// The text kept under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Keeps `text` under `key`; false when the browser refused.
pub fn set(key: &str, text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, text).is_ok())
}

/// Removes everything the app has put in this browser's storage.
pub fn erase_ours() {
    let Some(store) = storage() else {
        return;
    };
    let keys: Vec<String> = (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = store.remove_item(&key);
    }
}

/// The saved workspace, or a fresh one and what the user should hear about it.
pub fn load() -> (Workspace, LoadNote) {
    let Some(store) = storage() else {
        return (Workspace::default(), LoadNote::Unavailable);
    };
    let raw = match store.get_item(STORAGE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Workspace::default(), LoadNote::Fine),
        Err(_) => return (Workspace::default(), LoadNote::Unavailable),
    };
    match decode(&raw) {
        Ok(ws) => (ws, LoadNote::Fine),
        Err(error) => {
            // Put the unreadable data aside before anything can overwrite it.
            let kept = store.set_item(UNREADABLE_KEY, &raw).is_ok();
            (
                Workspace::default(),
                LoadNote::Unreadable { error, raw, kept },
            )
        }
    }
}

pub fn save(text: &str) -> Result<(), SaveProblem> {
    let store = storage().ok_or(SaveProblem::Unavailable)?;
    store
        .set_item(STORAGE_KEY, text)
        .map_err(|_| SaveProblem::Refused)
}

/// Calls `adopt` with what another tab of this browser saved: the new workspace, or an empty one
/// when that tab erased everything. Saved data this version cannot read (from a newer version
/// in the other tab) is not taken over: `unreadable` is called instead.
pub fn on_other_tab_save(
    adopt: impl Fn(Workspace) + 'static,
    unreadable: impl Fn() + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    let local = storage()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else {
            return;
        };
        // `clear()` reports no key; other keys and sessionStorage are not ours.
        let ours = event.key().is_none_or(|key| key == STORAGE_KEY);
        if !ours || event.storage_area().as_ref() != Some(&local) {
            return;
        }
        match event.new_value() {
            None => adopt(Workspace::default()),
            Some(text) => match decode(&text) {
                Ok(ws) => adopt(ws),
                Err(_) => unreadable(),
            },
        }
    }))
}
