//! Full screen for the projector. A refusal (no user gesture, an iframe without permission) is
//! fine: the projector view fills the window anyway.

use wasm_bindgen::JsCast;

/// Asks the browser to show the whole page in full screen.
pub fn enter() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    // Called through Reflect: web-sys's binding would add a feature for one call.
    let request = js_sys::Reflect::get(&root, &"requestFullscreen".into()).ok();
    if let Some(f) = request.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        if let Ok(promise) = f
            .call0(&root)
            .and_then(wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>)
        {
            yew::platform::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}

/// Leaves full screen, if the page is in it.
pub fn leave() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}
