//! Keys pressed anywhere on the page (the projector's arrows, space, PageUp/PageDown and Esc).

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// A key pressed on the page: its name, and whether focus was on a control (where space
/// presses that control instead).
pub struct KeyPress {
    pub key: String,
    pub on_control: bool,
}

/// Calls `handle` for every key pressed on the page; when it returns true the browser's own
/// action (scrolling) is prevented. Dropping the listener stops it.
pub fn on_key(handle: impl Fn(&KeyPress) -> bool + 'static) -> Option<EventListener> {
    let doc = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &doc,
        "keydown",
        options,
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let on_control = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|el| {
                    matches!(
                        el.tag_name().as_str(),
                        "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A"
                    )
                });
            if handle(&KeyPress {
                key: e.key(),
                on_control,
            }) {
                e.prevent_default();
            }
        },
    ))
}
