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

pub async fn settle() {
    sleep(Duration::from_millis(20)).await;
}

/// Waits until `ready` holds (the app renders and runs its effects asynchronously), at most 2 s.
pub async fn until(ready: impl Fn() -> bool) {
    for _ in 0..100 {
        if ready() {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
}

pub fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}
