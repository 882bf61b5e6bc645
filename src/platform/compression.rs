//! Raw deflate by the browser's own `CompressionStream` and `DecompressionStream`, so the app
//! carries no compression library for share links. Called through `Reflect`: web-sys still
//! marks these streams unstable.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::platform::js_call;

fn call(target: &JsValue, name: &str, arg: Option<&JsValue>) -> Option<JsValue> {
    js_call::call(target, name, arg.as_slice()).ok()
}

/// `bytes` as a stream through a new `kind` (`CompressionStream` or `DecompressionStream`).
fn through(bytes: &[u8], kind: &str) -> Option<JsValue> {
    let class: Function = Reflect::get(&js_sys::global(), &kind.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let transform = Reflect::construct(&class, &Array::of1(&"deflate-raw".into())).ok()?;
    let blob =
        web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes))).ok()?;
    let stream = call(&blob, "stream", None)?;
    call(&stream, "pipeThrough", Some(&transform))
}

/// Everything `stream` yields, or `None` when it fails (damaged data) or grows past `limit`.
async fn read_all(stream: &JsValue, limit: usize) -> Option<Vec<u8>> {
    let reader = call(stream, "getReader", None)?;
    let mut out = Vec::new();
    loop {
        let next: Promise = call(&reader, "read", None)?.dyn_into().ok()?;
        let chunk = JsFuture::from(next).await.ok()?;
        if Reflect::get(&chunk, &"done".into()).ok()?.is_truthy() {
            return Some(out);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()?
            .dyn_into()
            .ok()?;
        if out.len() + value.length() as usize > limit {
            // Stop reading a "zip bomb" at the limit instead of filling memory.
            let _ = call(&reader, "cancel", None);
            return None;
        }
        out.extend(value.to_vec());
    }
}

/// `bytes` compressed as raw deflate; `None` in a browser without `CompressionStream`.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    read_all(&through(bytes, "CompressionStream")?, usize::MAX).await
}

/// Raw deflate `bytes` decompressed, at most `limit` bytes; `None` when damaged or larger.
pub async fn inflate(bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
    read_all(&through(bytes, "DecompressionStream")?, limit).await
}
