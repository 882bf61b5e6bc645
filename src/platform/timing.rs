//! Slow work in steps: User Timing marks, so the benchmark can split a measured time into its
//! steps (a mark costs microseconds; it also shows in the browser's performance panel), and a
//! pause until the next task, so the page can draw and answer between the steps.

pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A browser without User Timing simply has no marks.
        let _ = performance.mark(name);
    }
}

/// Resolves in a task of its own (a zero timeout): what was drawn is painted, input is handled.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            // Without a window (never in the app) the step simply goes on.
            if window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_err()
            {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
