//! User Timing marks at the steps of slow work, so the benchmark can split a measured time into
//! its steps. A mark costs microseconds; it also shows in the browser's performance panel.

pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A browser without User Timing simply has no marks.
        let _ = performance.mark(name);
    }
}
