//! Helpers shared by the component tests in headless Chromium.
#![allow(dead_code)]

use std::time::Duration;

use web_sys::Element;
use yew::platform::time::sleep;

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh element to render into.
pub fn mount() -> Element {
    let doc = document();
    let root = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

/// Waits until the component rendered into `root` shows something (Yew renders asynchronously);
/// fails the test after 2 s.
pub async fn settle(root: &Element) {
    until("the component to render", || root.child_element_count() > 0).await;
}

/// Waits until `ready` holds (the app renders and runs its effects asynchronously); fails the
/// test, naming `what` it waited for, when it still does not hold after 2 s.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..100 {
        if ready() {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
    assert!(ready(), "waited 2 s for {what} in vain");
}

pub fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}
