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

/// Puts `left` and "`page` 1 `of` 3" at the foot of every printed page: a page rule with
/// margin boxes, added to the app's own style sheet through the CSS object model (which a
/// strict style-src allows, unlike a `<style>` element). Replaces the rule set before.
pub fn set_print_footer(left: &str, page: &str, of: &str) {
    let Some(sheet) = own_style_sheet() else {
        return;
    };
    let rule = format!(
        "@page {{ @bottom-left {{ content: {}; font-size: 9pt; }} @bottom-right {{ content: {} counter(page) {} counter(pages); font-size: 9pt; }} }}",
        css_string(left),
        css_string(&format!("{page} ")),
        css_string(&format!(" {of} ")),
    );
    clear_print_footer_in(&sheet);
    let _ = sheet.insert_rule_with_index(&rule, sheet.css_rules().map_or(0, |r| r.length()));
}

/// Removes the footer rule (when the results are left).
pub fn clear_print_footer() {
    if let Some(sheet) = own_style_sheet() {
        clear_print_footer_in(&sheet);
    }
}

/// The last style sheet of the app's own (a `<link>` from this site).
fn own_style_sheet() -> Option<web_sys::CssStyleSheet> {
    let sheets = web_sys::window()?.document()?.style_sheets();
    (0..sheets.length())
        .rev()
        .find_map(|i| sheets.item(i)?.dyn_into::<web_sys::CssStyleSheet>().ok())
}

fn clear_print_footer_in(sheet: &web_sys::CssStyleSheet) {
    let Ok(rules) = sheet.css_rules() else {
        return;
    };
    for i in (0..rules.length()).rev() {
        let ours = rules.item(i).is_some_and(|r| {
            r.type_() == web_sys::CssRule::PAGE_RULE && r.css_text().contains("counter(pages)")
        });
        if ours {
            let _ = sheet.delete_rule(i);
        }
    }
}

/// `text` as a quoted CSS string.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Closes the disclosure (`<details>`) around the element a click came from, if the element asks
/// for it (`data-closes`), and puts the focus back on its `<summary>`, so keyboard users keep
/// their place.
pub fn close_disclosure_after(
    target: Option<web_sys::EventTarget>,
    details: Option<web_sys::Element>,
) {
    let asks = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[data-closes]").ok().flatten())
        .is_some();
    let Some(details) = details.filter(|_| asks) else {
        return;
    };
    let _ = details.remove_attribute("open");
    let summary = details
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(summary) = summary {
        let _ = summary.focus();
    }
}
