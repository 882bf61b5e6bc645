//! The scanning web worker (built by trunk as `data-type="worker"`): it receives camera frames
//! as `ImageData` from the same device, reads the QR codes in them and answers with their texts.
//! Only this file links the QR reader, so the decoder is loaded when the camera is used, never
//! with the app. A frame is never kept or sent anywhere else.

use kompass_core::workshop::scan::grey;
use kompass_scan::Reader;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, ImageData, MessageEvent};

/// Frames are read at most this many pixels on their longest side.
const MAX_SIDE: usize = 800;

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let mut reader = Reader::default();
    let on_frame = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let texts = js_sys::Array::new();
        if let Ok(frame) = event.data().dyn_into::<ImageData>() {
            let (w, h) = (frame.width() as usize, frame.height() as usize);
            if let Some(image) = grey(&frame.data(), w, h, MAX_SIDE) {
                for text in reader.read(&image) {
                    texts.push(&JsValue::from(text));
                }
            }
        }
        // Always an answer, so the page never waits for one that does not come.
        let _ = reply.post_message(&texts);
    });
    scope.set_onmessage(Some(on_frame.as_ref().unchecked_ref()));
    on_frame.forget();
    // Ready: frames sent before this would be lost while the module starts.
    let _ = scope.post_message(&js_sys::Array::new());
}
