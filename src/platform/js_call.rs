//! Calling browser methods that web-sys does not bind (or binds only as unstable) by name,
//! through `Reflect`, and waiting for the promises they return.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `target[name]`, when it is there.
pub fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `target[name](...args)`; the error is what the method threw (or that there is no such method).
pub fn call(target: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = get(target, name)
        .and_then(|m| m.dyn_into().ok())
        .ok_or_else(|| JsValue::from_str("TypeError"))?;
    let list: Array = args.iter().copied().collect();
    method.apply(target, &list)
}

/// `await target[name](...args)`: the value, or what it threw or rejected with.
pub async fn call_async(
    target: &JsValue,
    name: &str,
    args: &[&JsValue],
) -> Result<JsValue, JsValue> {
    let promise: Promise = call(target, name, args)?.dyn_into()?;
    JsFuture::from(promise).await
}

/// The name of a browser error (`DOMException.name`, e.g. `NotAllowedError`), or "".
pub fn error_name(err: &JsValue) -> String {
    get(err, "name")
        .and_then(|n| n.as_string())
        .or_else(|| err.as_string())
        .unwrap_or_default()
}

/// A plain object with these fields.
pub fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let out = js_sys::Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&out, &(*key).into(), value);
    }
    out.into()
}
