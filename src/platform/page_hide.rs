//! The page being left or hidden: the last moment to write what is not saved yet, since a
//! hidden page may be closed or discarded without another chance.

use std::rc::Rc;

use gloo_events::EventListener;

/// Calls `hidden` when the page is left (`pagehide`) or hidden (`visibilitychange` to hidden,
/// as when a phone's user switches app); dropping the listeners stops it.
pub fn on_page_hide(hidden: impl Fn() + 'static) -> Option<[EventListener; 2]> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let hidden = Rc::new(hidden);
    let left = {
        let hidden = Rc::clone(&hidden);
        EventListener::new(&window, "pagehide", move |_| hidden())
    };
    let target = document.clone();
    let hid = EventListener::new(&document, "visibilitychange", move |_| {
        if target.hidden() {
            hidden();
        }
    });
    Some([left, hid])
}
