//! An admin's custom framework file named in the URL: fetched from this site only,
//! checked by the same `parse_framework` as the presets, and kept so that assessments made with it
//! stay readable on later visits without the URL parameter.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use super::local_storage;
use crate::i18n::{t, ErrorMsg};
use kompass_core::config::is_same_origin_path;
use kompass_core::framework::presets::presets;
use kompass_core::{parse_framework, Framework, Lang};

const CUSTOM_KEY: &str = "nara-vard-kompassen.framework";

/// The custom framework kept from an earlier visit, if it is still valid.
pub fn stored() -> Option<Framework> {
    let text = local_storage::get(CUSTOM_KEY)?;
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
    // Not kept when storage is refused: it is still used in this visit.
    local_storage::set(CUSTOM_KEY, &text);
    Ok(fw)
}
