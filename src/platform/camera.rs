//! The camera, for scanning answer codes: video only, the back camera where there is one. The
//! stream is shown and read on this device only.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MediaStream, MediaStreamConstraints, MediaStreamTrack};

/// Why the camera could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The user or the browser's settings said no.
    Denied,
    /// No camera, or it is busy in another program.
    NoCamera,
    /// This browser or page cannot ask for a camera at all (an old browser, or not https).
    Unsupported,
}

/// Asks for the camera (the browser asks the user the first time).
pub async fn open() -> Result<MediaStream, CameraError> {
    let devices = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| n.media_devices().ok())
        .ok_or(CameraError::Unsupported)?;
    let video = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&video, &"facingMode".into(), &"environment".into());
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraError::Unsupported)?;
    match JsFuture::from(promise).await {
        Ok(stream) => stream.dyn_into().map_err(|_| CameraError::Unsupported),
        Err(e) => Err(error_kind(&e)),
    }
}

fn error_kind(e: &JsValue) -> CameraError {
    let name = e
        .dyn_ref::<web_sys::DomException>()
        .map(web_sys::DomException::name)
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" => CameraError::Denied,
        "NotSupportedError" | "TypeError" => CameraError::Unsupported,
        _ => CameraError::NoCamera,
    }
}

/// Turns the camera off: every track stopped, so the browser's camera light goes out.
pub fn stop(stream: &MediaStream) {
    // Every item of getTracks() is a track (unchecked: a subclass may fail `instanceof`).
    for track in stream.get_tracks() {
        track.unchecked_into::<MediaStreamTrack>().stop();
    }
}
