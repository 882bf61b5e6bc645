//! Copying text, and the page's own address for links made from it.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `done` learns whether the browser allowed it.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let promise = window.navigator().clipboard().write_text(text);
    yew::platform::spawn_local(async move { done(JsFuture::from(promise).await.is_ok()) });
}

/// The page's address without its fragment: sub-path and query (the admin's URL settings)
/// carry over into links made from it.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}
