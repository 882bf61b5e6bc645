//! The URL's configuration and an admin's custom framework file: fetched from this site only,
//! checked by the same `parse_framework` as the presets, and kept so that assessments made with it
//! stay readable on later visits without the URL parameter.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::i18n::{t, ErrorMsg};
use kompass_core::config::{is_same_origin_path, parse_config, UrlConfig};
use kompass_core::files::share::SHARE_KEY;
use kompass_core::framework::presets::presets;
use kompass_core::{parse_framework, Framework, Lang};

const CUSTOM_KEY: &str = "nara-vard-kompassen.framework";

/// What the page's query string (and a fragment that is not a share link) asks for.
pub fn url_config() -> UrlConfig {
    let location = web_sys::window().map(|w| w.location());
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let hash = location
        .as_ref()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    let mut config = parse_config(&search);
    if !hash.trim_start_matches('#').starts_with(SHARE_KEY) {
        let more = parse_config(&hash);
        config.framework = config.framework.or(more.framework);
        config.lang = config.lang.or(more.lang);
        config.unit = config.unit.or(more.unit);
        config.framework_file = config.framework_file.or(more.framework_file);
    }
    config
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The custom framework kept from an earlier visit, if it is still valid.
pub fn stored() -> Option<Framework> {
    let text = storage()?.get_item(CUSTOM_KEY).ok().flatten()?;
    parse_framework(&text).ok()
}

/// Fetches and checks the framework file at `path`; every problem as a sentence in `lang`.
pub async fn load(path: &str, lang: Lang) -> Result<Framework, Vec<String>> {
    if !is_same_origin_path(path) {
        return Err(vec![t(lang, ErrorMsg::FrameworkFileOtherSite)]);
    }
    let window = web_sys::window().ok_or_else(Vec::new)?;
    let response: Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or_else(|| vec![t(lang, ErrorMsg::FrameworkFileNotFetched)])?;
    if !response.ok() {
        return Err(vec![t(
            lang,
            ErrorMsg::FrameworkFileStatus(response.status()),
        )]);
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    let fw = parse_framework(&text).map_err(|errors| {
        errors
            .iter()
            .map(|e| t(lang, ErrorMsg::Framework(e)))
            .collect::<Vec<_>>()
    })?;
    if presets().iter().any(|p| p.id == fw.id) {
        return Err(vec![t(
            lang,
            ErrorMsg::FrameworkFilePresetId { id: &fw.id },
        )]);
    }
    if let Some(store) = storage() {
        let _ = store.set_item(CUSTOM_KEY, &text);
    }
    Ok(fw)
}
