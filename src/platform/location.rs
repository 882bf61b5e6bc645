//! The page's address: its fragment and query (the only places the app reads settings and
//! links from), the address to build links on, and forgetting a fragment once it is used.

use kompass_core::config::{parse_config, UrlConfig};
use kompass_core::files::share::SHARE_KEY;

/// The address's fragment, `#` included ("" when there is none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The address's query string, `?` included ("" when there is none).
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment: sub-path and query (the admin's URL settings)
/// carry over into links made from it.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The participant page (`join.html`) beside this page, with this page's query.
pub fn participant_page_address() -> String {
    let page = page_address();
    let (path, query) = page.split_once('?').unwrap_or((&page, ""));
    let dir = path.rsplit_once('/').map_or(path, |(dir, _)| dir);
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{dir}/join.html{query}")
}

/// Removes the fragment from the address, so a reload opens the app itself.
pub fn forget_fragment() {
    if let Some(w) = web_sys::window() {
        if let (Ok(history), Ok(path), Ok(query)) =
            (w.history(), w.location().pathname(), w.location().search())
        {
            let url = format!("{path}{query}");
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// What the page's query string (and a fragment that is not a share link) asks for.
pub fn url_config() -> UrlConfig {
    let hash = fragment();
    let mut config = parse_config(&query());
    if !hash.trim_start_matches('#').starts_with(SHARE_KEY) {
        let more = parse_config(&hash);
        config.framework = config.framework.or(more.framework);
        config.lang = config.lang.or(more.lang);
        config.unit = config.unit.or(more.unit);
        config.framework_file = config.framework_file.or(more.framework_file);
    }
    config
}
