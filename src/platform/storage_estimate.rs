//! How much the browser stores for the app, and whether it has promised to keep it
//! (`navigator.storage`: `estimate`, `persisted`, `persist`).

use crate::platform::js_call::{call_async, get};

fn storage() -> Option<wasm_bindgen::JsValue> {
    get(&get(&js_sys::global(), "navigator")?, "storage")
}

/// Bytes used and the most the browser allows, when it says.
pub async fn estimate() -> Option<(f64, f64)> {
    let estimate = call_async(&storage()?, "estimate", &[]).await.ok()?;
    Some((
        get(&estimate, "usage")?.as_f64()?,
        get(&estimate, "quota")?.as_f64()?,
    ))
}

/// Whether the browser has promised not to clear the app's data when space runs low.
pub async fn persisted() -> Option<bool> {
    call_async(&storage()?, "persisted", &[])
        .await
        .ok()?
        .as_bool()
}

/// Asks the browser to keep the app's data (it may grant without asking the user, or refuse).
pub async fn persist() {
    if let Some(storage) = storage() {
        let _ = call_async(&storage, "persist", &[]).await;
    }
}
