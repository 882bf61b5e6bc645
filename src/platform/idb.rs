//! A small key–value store in `IndexedDB`, for what `localStorage` cannot hold: the working file's
//! handle (a browser object, kept by structured clone). One database, one object store.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::platform::js_call::{call, get};

const DATABASE: &str = "nara-vard-kompassen";
const STORE: &str = "kept";

/// The request's result once it succeeds (its `onsuccess`), or its error.
async fn done(request: JsValue, event: &str) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let _ = Reflect::set(&request, &event.into(), &resolve);
        let _ = Reflect::set(&request, &"onerror".into(), &reject);
    });
    JsFuture::from(promise).await?;
    Ok(get(&request, "result").unwrap_or(JsValue::UNDEFINED))
}

async fn database() -> Result<JsValue, JsValue> {
    let factory = get(&js_sys::global(), "indexedDB").ok_or(JsValue::NULL)?;
    let request = call(&factory, "open", &[&DATABASE.into(), &1.into()])?;
    // A first visit creates the store before the database opens.
    let create = {
        let request = request.clone();
        wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(db) = get(&request, "result") {
                let _ = call(&db, "createObjectStore", &[&STORE.into()]);
            }
        })
    };
    Reflect::set(&request, &"onupgradeneeded".into(), &create)?;
    done(request, "onsuccess").await
}

/// The store, in a transaction of `mode`.
async fn store(mode: &str) -> Result<JsValue, JsValue> {
    let db = database().await?;
    let tx = call(&db, "transaction", &[&STORE.into(), &mode.into()])?;
    call(&tx, "objectStore", &[&STORE.into()])
}

/// What is kept under `key`, if anything.
pub async fn read(key: &str) -> Option<JsValue> {
    let store = store("readonly").await.ok()?;
    let request = call(&store, "get", &[&key.into()]).ok()?;
    done(request, "onsuccess")
        .await
        .ok()
        .filter(|v| !v.is_undefined())
}

/// Keeps `value` under `key`; false when the browser refused.
pub async fn write(key: &str, value: &JsValue) -> bool {
    let Ok(store) = store("readwrite").await else {
        return false;
    };
    match call(&store, "put", &[value, &key.into()]) {
        Ok(request) => done(request, "onsuccess").await.is_ok(),
        Err(_) => false,
    }
}

/// Forgets what is kept under `key`.
pub async fn remove(key: &str) {
    if let Ok(store) = store("readwrite").await {
        if let Ok(request) = call(&store, "delete", &[&key.into()]) {
            let _ = done(request, "onsuccess").await;
        }
    }
}
