//! The service worker's update signal (www/sw-register.js): whether a new build is waiting, an
//! event when one arrives, and handing over to it.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

use super::document::root_attribute;

/// Whether a new build is already waiting (it may have arrived before the app started).
pub fn waiting() -> bool {
    root_attribute("data-update").is_some_and(|v| v == "ready")
}

/// Calls `ready` when a new build arrives; dropping the listener stops it.
pub fn on_ready(ready: impl Fn() + 'static) -> Option<EventListener> {
    web_sys::window().map(|w| EventListener::new(&w, "nvk-update", move |_| ready()))
}

/// Hands over to the waiting build; the page reloads with all of its files.
pub fn apply() {
    let apply = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"nvkApplyUpdate".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(apply) = apply {
        let _ = apply.call0(&wasm_bindgen::JsValue::NULL);
    }
}
