//! The organisation's site configuration, `site.json` beside `index.html`: fetched once from
//! this site; a missing file is the normal case and says nothing.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Where the file is, relative to the app (so it works under any sub-path).
pub const SITE_FILE: &str = "site.json";

/// The text of the file at `path` on this site; `None` when there is no such file (or no
/// network, offline).
pub async fn fetch(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Gives the app the organisation's brand colour (`#rrggbb`, checked for contrast by the core)
/// through the style object model, which a strict style-src allows.
pub fn set_brand_colour(colour: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property("--brand", colour);
    }
}
