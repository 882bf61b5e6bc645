//! Copying text to the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `done` learns whether the browser allowed it.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let promise = window.navigator().clipboard().write_text(text);
    yew::platform::spawn_local(async move { done(JsFuture::from(promise).await.is_ok()) });
}
