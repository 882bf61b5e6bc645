//! The camera scanning for answer codes while a panel is open: it asks for the camera when the
//! panel opens, reads a frame every [`EVERY_MS`] and passes on each new showing of a code, and
//! stops the camera (every track) and the reader when the panel closes or the view unmounts.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlVideoElement, MediaStream};
use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::platform::barcode::QrReader;
use crate::platform::camera::{self, CameraError};
use kompass_core::workshop::scan::Sightings;

/// Time between two frames read.
const EVERY_MS: i32 = 100;

/// Where the camera is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraState {
    Starting,
    On,
    Failed(CameraError),
}

/// What a running scan holds, so that unmounting can end it wherever it is.
#[derive(Default)]
struct Scan {
    ended: Cell<bool>,
    stream: RefCell<Option<MediaStream>>,
}

impl Scan {
    fn end(&self) {
        self.ended.set(true);
        if let Some(stream) = self.stream.borrow_mut().take() {
            camera::stop(&stream);
        }
    }
}

/// While `open`, scans into `video` (a `<video>` the component renders while open) and calls
/// `on_text` with the text of each code newly shown to the camera.
#[hook]
pub fn use_camera_scan(open: bool, video: NodeRef, on_text: Callback<String>) -> CameraState {
    // A cell and a redraw rather than `use_state`: the same effect for less code in the bundle.
    let state = use_mut_ref(|| CameraState::Starting);
    let redraw = use_force_update();
    // The latest callback, so a running scan always checks against the latest answers.
    let latest = use_mut_ref(|| on_text.clone());
    *latest.borrow_mut() = on_text;
    {
        let state = state.clone();
        use_effect_on(
            Box::new(open),
            Box::new(move || {
                let scan = Rc::new(Scan::default());
                if open {
                    let state = state.clone();
                    let set = move |to| {
                        *state.borrow_mut() = to;
                        redraw.force_update();
                    };
                    yew::platform::spawn_local(run(scan.clone(), video, set, latest));
                }
                // Back to "starting" as the scan ends, so a panel opened again never says the camera
                // is on before the new stream is.
                Some(Box::new(move || {
                    scan.end();
                    *state.borrow_mut() = CameraState::Starting;
                }))
            }),
        );
    }
    let now = *state.borrow();
    now
}

async fn run(
    scan: Rc<Scan>,
    video: NodeRef,
    set: impl Fn(CameraState),
    on_text: Rc<RefCell<Callback<String>>>,
) {
    let stream = match camera::open().await {
        Ok(stream) => stream,
        Err(e) => {
            set(CameraState::Failed(e));
            return;
        }
    };
    // Closed while the browser was asking: the camera goes off again at once.
    if scan.ended.get() {
        camera::stop(&stream);
        return;
    }
    let Some(video) = video.cast::<HtmlVideoElement>() else {
        camera::stop(&stream);
        return;
    };
    video.set_src_object(Some(&stream));
    // Not `stream.clone()`: that is the JS `MediaStream.clone()`, a second stream.
    *scan.stream.borrow_mut() = Some(stream);
    if let Ok(playing) = video.play() {
        let _ = JsFuture::from(playing).await;
    }
    let Some(reader) = QrReader::start().await else {
        scan.end();
        set(CameraState::Failed(CameraError::Unsupported));
        return;
    };
    if scan.ended.get() {
        return;
    }
    set(CameraState::On);
    let mut sightings = Sightings::default();
    while !scan.ended.get() {
        pause(EVERY_MS).await;
        if scan.ended.get() {
            break;
        }
        for text in reader.read(&video).await {
            if sightings.is_new(&text, js_sys::Date::now()) {
                let emit = on_text.borrow().clone();
                emit.emit(text);
            }
        }
    }
    video.set_src_object(None);
}

async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
