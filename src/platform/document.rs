//! The document around the app: its language and title, the theme attribute, focus, printing,
//! and whether the page is embedded in another site's frame.

use wasm_bindgen::JsCast;

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Sets `<html lang>` (screen readers pick their voice from it) and the page title.
pub fn set_lang_and_title(code: &str, title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        doc.set_title(title);
    }
}

/// Sets or removes an attribute of `<html>` (`data-theme` for the projector theme).
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = root() {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

/// An attribute of `<html>` (`data-update` is set by www/sw-register.js).
pub fn root_attribute(name: &str) -> Option<String> {
    root()?.get_attribute(name)
}

/// Moves keyboard and screen-reader focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog (the printed report).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Whether the page runs in another page's frame, where the browser partitions storage.
pub fn embedded() -> bool {
    web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false)
}
