//! Answer codes read by camera: a video frame as grey levels for a QR decoder, and which
//! readings are worth checking (a phone held up to the camera is seen in many frames in a row).
//! The frame never leaves the device; this only turns its pixels into grey levels.

/// A grey-level image, one byte per pixel, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grey {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

/// The grey levels (BT.601 luma, in integers) of an RGBA frame of `width` × `height`, taking every
/// n-th pixel so that neither side exceeds `max_side` (a QR code fills much of the frame, so
/// a large frame only costs time). `None` when `rgba` is not that frame's size.
pub fn grey(rgba: &[u8], width: usize, height: usize, max_side: usize) -> Option<Grey> {
    if width == 0 || height == 0 || max_side == 0 || rgba.len() != width * height * 4 {
        return None;
    }
    let step = width.max(height).div_ceil(max_side);
    let (out_w, out_h) = (width.div_ceil(step), height.div_ceil(step));
    let mut pixels = Vec::with_capacity(out_w * out_h);
    for y in (0..height).step_by(step) {
        for x in (0..width).step_by(step) {
            let i = (y * width + x) * 4;
            let [red, green, blue] = [0, 1, 2].map(|c| u32::from(rgba[i + c]));
            pixels.push(((77 * red + 150 * green + 29 * blue) >> 8) as u8);
        }
    }
    Some(Grey {
        width: out_w,
        height: out_h,
        pixels,
    })
}

/// How long a code must be out of view before seeing it again counts as showing it again.
pub const FORGET_MS: f64 = 1500.0;

/// Which readings are new: a text seen again within [`FORGET_MS`] of its last sighting is the
/// same phone still in front of the camera (two phones in view at once included), not a second
/// showing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sightings {
    /// Each text in view lately, with when it was last seen.
    recent: Vec<(String, f64)>,
}

impl Sightings {
    /// Notes a reading of `text` at `now_ms`; whether it is a new showing to check.
    pub fn is_new(&mut self, text: &str, now_ms: f64) -> bool {
        let text = text.trim();
        if text.is_empty() {
            return false;
        }
        self.recent.retain(|(_, seen)| now_ms - seen < FORGET_MS);
        if let Some(entry) = self.recent.iter_mut().find(|(t, _)| t == text) {
            entry.1 = now_ms;
            return false;
        }
        self.recent.push((text.to_owned(), now_ms));
        true
    }
}
