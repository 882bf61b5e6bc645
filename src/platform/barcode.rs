//! Reading QR codes from the camera's video: the browser's own `BarcodeDetector` where it exists,
//! elsewhere the scanning web worker (`scan_worker_loader.js`, built from `src/bin/scan_worker.rs`),
//! loaded only now. Frames go from the video to a canvas to the worker, all on this device.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, Worker};

/// The worker's loader, next to index.html.
const WORKER: &str = "./scan_worker_loader.js";
/// Frames go to the worker at most this many pixels on their longest side.
const MAX_SIDE: u32 = 800;

pub enum QrReader {
    /// The browser's `BarcodeDetector`, for QR codes.
    Native(JsValue),
    /// The scanning worker and the canvas frames are drawn on.
    Worker(Worker, HtmlCanvasElement),
}

impl QrReader {
    /// The best reader this browser has; `None` if neither can be started.
    pub async fn start() -> Option<Self> {
        if let Some(detector) = native_detector() {
            return Some(Self::Native(detector));
        }
        let worker = Worker::new(WORKER).ok()?;
        // The worker says it is ready with a first (empty) answer.
        if next_answer(&worker).await.is_none() {
            worker.terminate();
            return None;
        }
        let canvas = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        Some(Self::Worker(worker, canvas))
    }

    /// The texts of the QR codes in the video's current frame.
    pub async fn read(&self, video: &HtmlVideoElement) -> Vec<String> {
        let (w, h) = (video.video_width(), video.video_height());
        if w == 0 || h == 0 {
            return Vec::new();
        }
        let answer = match self {
            Self::Native(detector) => native_detect(detector, video).await,
            Self::Worker(worker, canvas) => {
                let scale = f64::from(MAX_SIDE) / f64::from(w.max(h));
                let (cw, ch) = if scale < 1.0 {
                    ((f64::from(w) * scale) as u32, (f64::from(h) * scale) as u32)
                } else {
                    (w, h)
                };
                canvas.set_width(cw);
                canvas.set_height(ch);
                let Some(frame) = context(canvas).and_then(|ctx| {
                    ctx.draw_image_with_html_video_element_and_dw_and_dh(
                        video,
                        0.0,
                        0.0,
                        f64::from(cw),
                        f64::from(ch),
                    )
                    .ok()?;
                    ctx.get_image_data(0.0, 0.0, f64::from(cw), f64::from(ch))
                        .ok()
                }) else {
                    return Vec::new();
                };
                let reply = next_answer(worker);
                if worker.post_message(&frame).is_err() {
                    return Vec::new();
                }
                reply.await
            }
        };
        answer
            .map(|texts| texts.iter().filter_map(|t| t.as_string()).collect())
            .unwrap_or_default()
    }
}

impl Drop for QrReader {
    fn drop(&mut self) {
        if let Self::Worker(worker, _) = self {
            worker.terminate();
        }
    }
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    let options = js_sys::Object::new();
    let _ = Reflect::set(&options, &"willReadFrequently".into(), &JsValue::TRUE);
    canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()
}

/// `new BarcodeDetector({ formats: ["qr_code"] })`, where the browser has one for QR codes.
fn native_detector() -> Option<JsValue> {
    let class: js_sys::Function = Reflect::get(&js_sys::global(), &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    let formats = Array::of1(&"qr_code".into());
    Reflect::set(&options, &"formats".into(), &formats).ok()?;
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

/// The `rawValue`s that `detector.detect(video)` finds.
async fn native_detect(detector: &JsValue, video: &HtmlVideoElement) -> Option<Array> {
    let detect: js_sys::Function = Reflect::get(detector, &"detect".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = detect.call1(detector, video).ok()?.dyn_into().ok()?;
    let found: Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(
        found
            .iter()
            .filter_map(|b| Reflect::get(&b, &"rawValue".into()).ok())
            .collect(),
    )
}

/// The worker's next answer (an array of texts); `None` if it failed to load or run.
fn next_answer(worker: &Worker) -> impl std::future::Future<Output = Option<Array>> {
    let promise = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    });
    async move {
        let event: web_sys::MessageEvent = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
        event.data().dyn_into().ok()
    }
}
